package dev.l2mac.control;

import static org.assertj.core.api.Assertions.assertThat;

import dev.l2mac.llm.ChatRequest;
import dev.l2mac.llm.ChatResponse;
import dev.l2mac.llm.FinishReason;
import dev.l2mac.llm.Message;
import dev.l2mac.llm.ModelInfo;
import dev.l2mac.llm.ModelRegistry;
import dev.l2mac.llm.ScriptedLlm;
import dev.l2mac.llm.TokenCounter;
import dev.l2mac.llm.ToolCall;
import dev.l2mac.llm.Usage;
import dev.l2mac.memory.InMemoryFileStore;
import dev.l2mac.process.LocalProcessRunner;
import dev.l2mac.program.Domain;
import dev.l2mac.program.PromptPack;
import dev.l2mac.program.PromptPackException;
import dev.l2mac.program.PromptProgram;
import dev.l2mac.run.RunEvent;
import dev.l2mac.run.RunStatus;
import dev.l2mac.settings.Limits;
import dev.l2mac.tools.ToolBox;
import dev.l2mac.tools.ToolSettings;
import java.nio.file.Path;
import java.time.Clock;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Random;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Budgets are checked before every request against the most it could spend, so no run ever exceeds one. */
class BudgetTest {
    private static final ModelInfo GPT_4O =
            ModelRegistry.builtIn().find("gpt-4o").orElseThrow();
    /** Requests a randomized script can make: more than any budget below lets through. */
    private static final int SCRIPT_LENGTH = 400;

    @TempDir
    Path workspace;

    @Test
    void stops_before_the_request_that_would_cross_the_cost_budget_and_says_how_to_go_on() throws Exception {
        List<RunEvent> events = new ArrayList<>();
        Limits limits = Limits.builder().budget(0.05, 0, 0).build();

        RunResult result = run(new Random(1), limits, events);

        assertThat(result.status()).isEqualTo(RunStatus.BUDGET_REACHED);
        assertThat(result.costUsd()).isLessThanOrEqualTo(0.05).isGreaterThan(0);
        assertThat(result.reason())
                .contains(
                        "limits.max-cost-usd=$0.0500",
                        "spent so far: $",
                        "Everything written so far is kept",
                        "--max-cost");
        java.util.regex.Matcher next = java.util.regex.Pattern.compile("could bring the cost to \\$([0-9.]+)")
                .matcher(result.reason());
        assertThat(next.find()).as(result.reason()).isTrue();
        assertThat(Double.parseDouble(next.group(1)))
                .as("the refused request could have crossed the budget")
                .isGreaterThan(0.05);
        double spentByEvents = events.stream()
                .filter(RunEvent.SpendUpdated.class::isInstance)
                .map(RunEvent.SpendUpdated.class::cast)
                .reduce((a, b) -> b)
                .orElseThrow()
                .costUsd();
        assertThat(spentByEvents).isEqualTo(result.costUsd());
        assertThat(events.getLast())
                .isInstanceOfSatisfying(
                        RunEvent.RunFinished.class,
                        finished -> assertThat(finished.status()).isEqualTo(RunStatus.BUDGET_REACHED));
    }

    @Test
    void stops_at_the_request_budget_exactly() throws Exception {
        RunResult result = run(new Random(2), Limits.builder().budget(0, 0, 7).build(), new ArrayList<>());

        assertThat(result.status()).isEqualTo(RunStatus.BUDGET_REACHED);
        assertThat(result.reason()).contains("limits.max-requests=7", "7 requests");
    }

    @Test
    void no_budget_is_ever_exceeded_across_a_hundred_randomized_runs() throws Exception {
        int stopped = 0;
        for (long seed = 0; seed < 100; seed++) {
            Random random = new Random(seed);
            double maxCost = random.nextInt(3) == 0 ? 0 : 0.005 + random.nextDouble() * 0.2;
            long maxTokens = random.nextInt(3) == 0 ? 0 : 5_000 + random.nextInt(80_000);
            int maxRequests = random.nextInt(3) == 0 ? 0 : 1 + random.nextInt(60);
            Limits limits =
                    Limits.builder().budget(maxCost, maxTokens, maxRequests).build();

            RunResult result = run(random, limits, new ArrayList<>());

            String where = "seed " + seed + ": " + result.reason();
            if (maxCost > 0) {
                assertThat(result.costUsd()).as(where).isLessThanOrEqualTo(maxCost);
            }
            if (maxTokens > 0) {
                assertThat(result.usage().totalTokens()).as(where).isLessThanOrEqualTo(maxTokens);
            }
            if (result.status() == RunStatus.BUDGET_REACHED) {
                stopped++;
            } else {
                assertThat(result.status()).as(where).isEqualTo(RunStatus.COMPLETED);
            }
        }
        assertThat(stopped).as("runs stopped by a budget").isBetween(20, 99);
    }

    /** A run of a five-instruction program by a model that answers at random, reporting realistic usage. */
    private RunResult run(Random random, Limits limits, List<RunEvent> events) throws PromptPackException {
        InMemoryFileStore files = new InMemoryFileStore(limits.maxFileBytes());
        ToolBox tools = ToolBox.codebase(
                files,
                new LocalProcessRunner(),
                ToolSettings.of(limits.viewMaxChars(), limits.toolOutputMaxChars(), limits.runTimeout(), null));
        ScriptedLlm model = new ScriptedLlm("gpt-4o");
        TokenCounter counter = TokenCounter.forModel("gpt-4o");
        for (int i = 0; i < SCRIPT_LENGTH; i++) {
            model.thenAnswer(request -> randomReply(random, counter, request));
        }
        Machine machine = Machine.builder(
                        model,
                        files,
                        tools,
                        OutputChecks.NONE,
                        PromptPack.builtIn(Domain.CODEBASE),
                        limits,
                        0.0,
                        Clock.systemUTC())
                .model(Optional.of(GPT_4O))
                .build();
        PromptProgram program = PromptProgram.of(List.of("One.", "Two.", "Three.", "Four.", "Five."));
        return machine.run(
                new RunRequest(Domain.CODEBASE, "Build it.", Optional.of(program), workspace, Map.of()), events::add);
    }

    private static ChatResponse randomReply(Random random, TokenCounter counter, ChatRequest request) {
        int prompt = counter.count(request.messages()) + counter.countTools(request.tools());
        Usage usage = new Usage(prompt, random.nextInt(request.maxOutputTokens() + 1));
        ToolCall call = switch (random.nextInt(4)) {
            case 0 -> ScriptedCalls.complete();
            case 1 -> ScriptedCalls.view("f" + random.nextInt(5) + ".py");
            default ->
                ScriptedCalls.write(
                        Map.of("f" + random.nextInt(5) + ".py", "x = " + "1 + ".repeat(random.nextInt(2_000)) + "1\n"));
        };
        return new ChatResponse(new Message.AssistantMessage("", List.of(call)), usage, FinishReason.TOOL_CALLS);
    }
}
