package dev.l2mac.control;

import static dev.l2mac.control.ScriptedCalls.complete;
import static dev.l2mac.control.ScriptedCalls.plan;
import static dev.l2mac.control.ScriptedCalls.view;
import static dev.l2mac.control.ScriptedCalls.write;
import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.l2mac.llm.ChatRequest;
import dev.l2mac.llm.Message;
import dev.l2mac.llm.ScriptedLlm;
import dev.l2mac.program.Bootstrapper;
import dev.l2mac.program.Domain;
import dev.l2mac.program.PromptPack;
import dev.l2mac.run.CheckOutcome;
import dev.l2mac.run.RunEvent;
import dev.l2mac.settings.Limits;
import dev.l2mac.settings.RunPolicy;
import dev.l2mac.settings.RunSettings;
import dev.l2mac.testing.Pytest;
import dev.l2mac.testing.Requirements;
import dev.l2mac.testing.Tool;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;
import java.util.stream.IntStream;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * A whole run with a scripted model and real parts: a bootstrapped three-instruction program writes a small Python
 * package with pytest tests into a workspace on disk; a failing check is corrected; one instruction overflows a
 * small context window and restarts from a summary; the finished workspace's tests pass on their own.
 */
class MachineEndToEndTest {
    private static final ObjectMapper JSON = new ObjectMapper();

    @TempDir
    Path workspace;

    @BeforeAll
    static void needsPytest() throws Exception {
        Requirements.require(Tool.PYTEST);
    }

    @Test
    void builds_checks_corrects_and_recovers_from_overflow_to_a_working_package() throws Exception {
        ScriptedLlm model = new ScriptedLlm("gpt-4")
                .thenCalls(plan(List.of(
                        "Write calc.add with tests.",
                        "Write a data table and calc.stats.mean.",
                        "Write calc.cli with tests.")))
                // instruction 1: a bug the tests catch, then the fix
                .thenCalls(write(Map.of(
                        "calc/__init__.py",
                        "",
                        "calc/core.py",
                        "def add(a, b):\n    return a - b\n",
                        "tests/test_core.py",
                        "from calc.core import add\n\n\ndef test_add():\n    assert add(2, 3) == 5\n")))
                .thenCalls(complete())
                .thenAnswer(request -> {
                    assertThat(lastUserText(request)).contains("test_add");
                    return reply(write(Map.of("calc/core.py", "def add(a, b):\n    return a + b\n")));
                })
                .thenCalls(complete())
                .thenText("Built calc.add in calc/core.py with tests in tests/test_core.py.")
                // instruction 2: a large file and its view overflow the window
                .thenAnswer(request -> {
                    assertThat(allText(request)).contains("Built calc.add in calc/core.py");
                    return reply(write(Map.of("calc/data.py", bigTable())));
                })
                .thenCalls(view("calc/data.py"))
                .thenText("Wrote calc/data.py with TABLE; calc/stats.py with mean() remains.")
                .thenAnswer(request -> {
                    assertThat(allText(request)).contains("calc/stats.py with mean() remains");
                    return reply(write(Map.of(
                            "calc/stats.py",
                            "def mean(xs):\n    return sum(xs) / len(xs)\n",
                            "tests/test_stats.py",
                            "from calc.stats import mean\n\n\ndef test_mean():\n"
                                    + "    assert mean([1, 2, 3]) == 2\n")));
                })
                .thenCalls(complete())
                .thenText("Added calc/stats.py with mean().")
                // instruction 3
                .thenCalls(write(Map.of(
                        "calc/cli.py",
                        "import sys\n\nfrom calc.core import add\n\n\n"
                                + "def main(argv):\n    return add(int(argv[0]), int(argv[1]))\n",
                        "tests/test_cli.py",
                        "from calc.cli import main\n\n\ndef test_main():\n" + "    assert main(['2', '40']) == 42\n")))
                .thenCalls(complete())
                .thenText("Added calc/cli.py.");
        List<RunEvent> events = new ArrayList<>();

        RunResult result = machine(model, Limits.DEFAULTS.withContextWindow(5_000, 600))
                .run(
                        new RunRequest(
                                Domain.CODEBASE, "Write a calculator package.", Optional.empty(), workspace, Map.of()),
                        events::add);

        assertThat(result.reason()).isEmpty();
        assertThat(result.completed()).isTrue();
        assertThat(result.instructionsCompleted()).isEqualTo(3);
        assertThat(model.remainingSteps()).isZero();
        assertThat(model.requests().getFirst().forcedTool()).isEqualTo(Bootstrapper.PLAN_TOOL.name());
        assertThat(events)
                .filteredOn(RunEvent.ContextOverflowed.class::isInstance)
                .hasSize(1);
        assertThat(events)
                .filteredOn(e -> e instanceof RunEvent.CheckReported c && c.outcome() == CheckOutcome.FAILED)
                .isNotEmpty();
        assertThat(result.files())
                .contains(
                        "calc/core.py",
                        "calc/data.py",
                        "calc/stats.py",
                        "calc/cli.py",
                        "tests/test_core.py",
                        "tests/test_stats.py",
                        "tests/test_cli.py");
        assertThat(Pytest.run(workspace)).isZero();
        assertRunFolder(result.runId());
    }

    private void assertRunFolder(String runId) throws IOException {
        Path folder = workspace.resolve(".l2mac/runs").resolve(runId);
        assertThat(JSON.readTree(folder.resolve("run.json").toFile())
                        .get("status")
                        .asText())
                .isEqualTo("completed");
        assertThat(JSON.readTree(folder.resolve("program.json").toFile()).get("instructions"))
                .hasSize(3);
        List<String> types = new ArrayList<>();
        for (String line : Files.readAllLines(folder.resolve("events.jsonl"))) {
            JsonNode event = JSON.readTree(line);
            types.add(event.get("type").asText());
        }
        assertThat(types).first().isEqualTo("run-started");
        assertThat(types).last().isEqualTo("run-finished");
        assertThat(types)
                .contains(
                        "program-ready",
                        "request-sent",
                        "response-received",
                        "tool-called",
                        "tool-returned",
                        "check-reported",
                        "context-overflowed",
                        "instruction-completed");
        assertThat(types).doesNotContain("context-window");
    }

    private Machine machine(ScriptedLlm model, Limits limits) throws Exception {
        return MachineSetup.of(
                        model,
                        Domain.CODEBASE,
                        PromptPack.builtIn(Domain.CODEBASE),
                        RunSettings.defaults(workspace)
                                .withLimits(limits)
                                .withPolicy(RunPolicy.DEFAULTS.withSavings(Set.of())))
                .assemble();
    }

    static String bigTable() {
        return "TABLE = [\n"
                + IntStream.range(0, 250)
                        .mapToObj(i -> "    (" + i + ", " + (i * i) + "),")
                        .collect(Collectors.joining("\n"))
                + "\n]\n";
    }

    static dev.l2mac.llm.ChatResponse reply(dev.l2mac.llm.ToolCall... calls) {
        return new dev.l2mac.llm.ChatResponse(
                new Message.AssistantMessage("", List.of(calls)),
                new dev.l2mac.llm.Usage(100, 20),
                dev.l2mac.llm.FinishReason.TOOL_CALLS);
    }

    static String lastUserText(ChatRequest request) {
        return request.messages().reversed().stream()
                .filter(Message.UserMessage.class::isInstance)
                .findFirst()
                .map(Message::text)
                .orElse("");
    }

    static String allText(ChatRequest request) {
        return request.messages().stream().map(Message::text).collect(Collectors.joining("\n"));
    }
}
