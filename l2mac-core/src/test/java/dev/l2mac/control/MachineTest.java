package dev.l2mac.control;

import static dev.l2mac.control.ScriptedCalls.complete;
import static dev.l2mac.control.ScriptedCalls.plan;
import static dev.l2mac.control.ScriptedCalls.write;
import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.l2mac.llm.ChatRequest;
import dev.l2mac.llm.LlmException;
import dev.l2mac.llm.ScriptedLlm;
import dev.l2mac.memory.InMemoryFileStore;
import dev.l2mac.process.LocalProcessRunner;
import dev.l2mac.program.Bootstrapper;
import dev.l2mac.program.Domain;
import dev.l2mac.program.PromptPack;
import dev.l2mac.program.PromptPackException;
import dev.l2mac.program.PromptProgram;
import dev.l2mac.run.RunEvent;
import dev.l2mac.run.RunStatus;
import dev.l2mac.settings.Limits;
import dev.l2mac.tools.ToolBox;
import dev.l2mac.tools.ToolSettings;
import java.io.IOException;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** A whole run in memory: the program is obtained, executed instruction by instruction, and the run recorded. */
class MachineTest {
    static final Clock CLOCK = Clock.fixed(Instant.parse("2026-01-15T10:00:00Z"), ZoneOffset.UTC);
    private static final ObjectMapper JSON = new ObjectMapper();
    private static final String TASK = "Build a todo list app.";

    @TempDir
    Path workspace;

    private final ScriptedLlm model = new ScriptedLlm("gpt-4");
    private final InMemoryFileStore files = new InMemoryFileStore(Limits.DEFAULTS.maxFileBytes());
    private final ScriptedChecks checks = new ScriptedChecks();
    private final List<RunEvent> progress = new ArrayList<>();

    @Test
    void hands_each_instructions_summary_to_the_next_instructions_fresh_context() {
        model.thenCalls(write(Map.of("todo/models.py", "class Todo:\n    pass\n")))
                .thenCalls(complete())
                .thenText("Built todo/models.py with class Todo.")
                .thenCalls(complete())
                .thenText("Added the CLI.");

        RunResult result = run(Limits.DEFAULTS, program("Write the model.", "Write the CLI."));

        assertThat(result.status()).isEqualTo(RunStatus.COMPLETED);
        assertThat(result.instructionsCompleted()).isEqualTo(2);
        assertThat(result.files()).containsExactly("todo/models.py");
        ChatRequest secondStart = model.requests().get(3);
        assertThat(secondStart.messages()).hasSize(2);
        assertThat(secondStart.messages().get(1).text())
                .contains("Built todo/models.py with class Todo.", "Write the CLI.", "todo/models.py")
                .doesNotContain("Write the model.");
    }

    @Test
    void releases_the_checks_when_the_run_ends_so_no_worker_outlives_it() {
        model.thenCalls(complete()).thenText("done");

        RunResult result = run(Limits.DEFAULTS, program("Write the model."));

        assertThat(result.status()).isEqualTo(RunStatus.COMPLETED);
        assertThat(checks.runs()).isEqualTo(1);
        assertThat(checks.releases()).isEqualTo(1);
    }

    @Test
    void skips_the_planning_request_when_a_program_is_supplied() throws IOException {
        model.thenCalls(complete()).thenText("done");

        RunResult result = run(Limits.DEFAULTS, program("Write the model."));

        assertThat(result.completed()).isTrue();
        assertThat(model.requests()).extracting(ChatRequest::forcedTool).containsOnlyNulls();
        assertThat(progress)
                .filteredOn(RunEvent.ProgramReady.class::isInstance)
                .containsExactly(new RunEvent.ProgramReady(List.of("Write the model."), "program file"));
        assertThat(runJson(result).get("startedFrom").asText()).isEqualTo("program file");
        assertThat(JSON.readTree(runDir(result).resolve("program.json").toFile())
                        .get("instructions")
                        .get(0)
                        .asText())
                .isEqualTo("Write the model.");
    }

    @Test
    void bootstraps_the_program_with_a_forced_planning_call_when_none_is_supplied() {
        model.thenCalls(plan(List.of("Write the model.", "Write the CLI.")))
                .thenCalls(complete())
                .thenText("one")
                .thenCalls(complete())
                .thenText("two");

        RunResult result = run(Limits.DEFAULTS, Optional.empty());

        assertThat(result.completed()).isTrue();
        assertThat(model.requests().getFirst().forcedTool()).isEqualTo(Bootstrapper.PLAN_TOOL.name());
        assertThat(progress)
                .filteredOn(RunEvent.ProgramReady.class::isInstance)
                .containsExactly(new RunEvent.ProgramReady(List.of("Write the model.", "Write the CLI."), "bootstrap"));
        assertThat(progress)
                .filteredOn(e ->
                        e instanceof RunEvent.RequestSent sent && sent.purpose().equals("plan"))
                .hasSize(1);
    }

    @Test
    void fails_with_a_clear_reason_after_max_plan_attempts_malformed_plans() throws IOException {
        model.thenText("Here is my plan: 1. write code")
                .thenCall(Bootstrapper.PLAN_TOOL.name(), "{\"steps\": []}")
                .thenCall(Bootstrapper.PLAN_TOOL.name(), "{\"plan\": \"write code\"}");

        RunResult result = run(Limits.builder().maxPlanAttempts(3).build(), Optional.empty());

        assertThat(result.status()).isEqualTo(RunStatus.FAILED);
        assertThat(result.reason())
                .startsWith("could not obtain a prompt program: The model returned no usable plan" + " in 3 attempts")
                .contains("limits.max-plan-attempts", "--program");
        assertThat(result.instructionsCompleted()).isZero();
        assertThat(model.requests()).hasSize(3);
        assertThat(runJson(result).get("status").asText()).isEqualTo("failed");
        assertThat(runDir(result).resolve("program.json")).doesNotExist();
    }

    @Test
    void stops_with_model_failed_and_the_providers_message_when_authentication_fails() throws IOException {
        model.thenFail(new LlmException.AuthenticationFailed("Incorrect API key provided", null));

        RunResult result = run(Limits.DEFAULTS, program("Write the model.", "Write the CLI."));

        assertThat(result.status()).isEqualTo(RunStatus.MODEL_FAILED);
        assertThat(result.reason()).contains("Incorrect API key provided", "check the API key");
        assertThat(model.requests()).hasSize(1);
        assertThat(runJson(result).get("status").asText()).isEqualTo("model-failed");
        assertThat(progress.getLast())
                .isInstanceOf(RunEvent.RunFinished.class)
                .extracting(e -> ((RunEvent.RunFinished) e).status())
                .isEqualTo(RunStatus.MODEL_FAILED);
    }

    @Test
    void stops_with_model_failed_when_authentication_fails_while_planning() {
        model.thenFail(new LlmException.AuthenticationFailed("Incorrect API key provided", null));

        RunResult result = run(Limits.DEFAULTS, Optional.empty());

        assertThat(result.status()).isEqualTo(RunStatus.MODEL_FAILED);
        assertThat(result.reason()).startsWith("could not obtain a prompt program: Incorrect API key provided");
    }

    @Test
    void stops_at_the_first_failed_instruction_and_counts_those_completed() throws IOException {
        LlmException overflow = new LlmException.ContextOverflow("too long", null);
        model.thenCalls(complete())
                .thenText("one")
                .thenCalls(write(Map.of("a.py", "x = 1\n")))
                .thenFail(overflow)
                .thenText("progress")
                .thenCalls(write(Map.of("b.py", "y = 2\n")))
                .thenFail(overflow);

        RunResult result = run(Limits.builder().maxRestarts(1).build(), program("One.", "Two.", "Three."));

        assertThat(result.status()).isEqualTo(RunStatus.FAILED);
        assertThat(result.reason())
                .isEqualTo("instruction 2 failed: its context overflowed more than limits.max-restarts=1 times");
        assertThat(result.instructionsCompleted()).isEqualTo(1);
        assertThat(progress)
                .filteredOn(RunEvent.InstructionStarted.class::isInstance)
                .hasSize(2);
        JsonNode run = runJson(result);
        assertThat(run.get("status").asText()).isEqualTo("failed");
        assertThat(run.get("reason").asText()).isEqualTo(result.reason());
        assertThat(run.get("instructionsCompleted").asInt()).isEqualTo(1);
    }

    @Test
    void sums_the_usage_of_every_request_into_the_result_and_run_json() throws IOException {
        model.thenCalls(complete()).thenText("done");

        RunResult result = run(Limits.DEFAULTS, program("Write the model."));

        assertThat(result.usage().promptTokens()).isEqualTo(200);
        assertThat(result.usage().completionTokens()).isEqualTo(40);
        assertThat(runJson(result).get("usage").get("promptTokens").asLong()).isEqualTo(200);
    }

    @Test
    void gives_each_run_on_the_same_workspace_its_own_id_and_folder() {
        model.thenCalls(complete()).thenText("a").thenCalls(complete()).thenText("b");

        RunResult first = run(Limits.DEFAULTS, program("One."));
        RunResult second = run(Limits.DEFAULTS, program("One."));

        assertThat(first.runId()).isNotEqualTo(second.runId());
        assertThat(runDir(first)).isNotEqualTo(runDir(second));
        assertThat(runDir(first).resolve("events.jsonl")).exists();
        assertThat(runDir(second).resolve("events.jsonl")).exists();
    }

    RunResult run(Limits limits, Optional<PromptProgram> program) {
        return run(limits, program, Map.of());
    }

    RunResult run(Limits limits, Optional<PromptProgram> program, Map<String, Object> settings) {
        ToolBox tools = ToolBox.codebase(
                files,
                new LocalProcessRunner(),
                ToolSettings.of(limits.viewMaxChars(), limits.toolOutputMaxChars(), limits.runTimeout(), null));
        Machine machine = Machine.builder(model, files, tools, checks, prompts(), limits, 0.0, CLOCK)
                .build();
        return machine.run(new RunRequest(Domain.CODEBASE, TASK, program, workspace, settings), progress::add);
    }

    Path runDir(RunResult result) {
        return workspace.resolve(".l2mac/runs").resolve(result.runId());
    }

    JsonNode runJson(RunResult result) throws IOException {
        return JSON.readTree(runDir(result).resolve("run.json").toFile());
    }

    static Optional<PromptProgram> program(String... steps) {
        return Optional.of(PromptProgram.of(List.of(steps)));
    }

    private static PromptPack prompts() {
        try {
            return PromptPack.builtIn(Domain.CODEBASE);
        } catch (PromptPackException e) {
            throw new IllegalStateException(e);
        }
    }
}
