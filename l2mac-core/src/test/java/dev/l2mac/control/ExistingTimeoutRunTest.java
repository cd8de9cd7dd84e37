package dev.l2mac.control;

import static dev.l2mac.control.ScriptedCalls.complete;
import static dev.l2mac.control.ScriptedCalls.raw;
import static dev.l2mac.control.ScriptedCalls.write;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;

import dev.l2mac.check.ReportRenderer;
import dev.l2mac.llm.ChatResponse;
import dev.l2mac.llm.FinishReason;
import dev.l2mac.llm.Message;
import dev.l2mac.llm.ScriptedLlm;
import dev.l2mac.llm.Usage;
import dev.l2mac.run.CheckOutcome;
import dev.l2mac.run.RunEvent;
import dev.l2mac.settings.Limits;
import dev.l2mac.settings.RunSettings;
import dev.l2mac.testing.Requirements;
import dev.l2mac.testing.Tool;
import dev.l2mac.testing.UserRepository;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.eclipse.jgit.api.Git;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * A run on an existing repository whose test suite runs past the check timeout: when it did so before the run began
 * too, the timeout is no instruction's to fix and never holds one; a timeout the run causes is fed back as before.
 */
class ExistingTimeoutRunTest {

    /** Short, so that a stuck suite costs the test little; long enough for pytest to start on a busy machine. */
    private static final Duration CHECK_TIMEOUT = Duration.ofSeconds(5);

    private static final String STUCK_TEST = "import time\n\n\ndef test_waits():\n    time.sleep(600)\n";
    private static final String CALC = "def add(a, b):\n    return a + b\n";
    private static final String QUICK_TEST = "def test_quick():\n    assert 1 + 1 == 2\n";

    @TempDir
    Path workspace;

    @BeforeAll
    static void needsPytest() {
        Requirements.require(Tool.PYTEST);
    }

    @Test
    void a_suite_that_timed_out_before_the_run_began_passes_unjudged_and_the_model_is_not_asked_to_fix_it()
            throws Exception {
        theirs(Map.of("test_slow.py", STUCK_TEST, "calc.py", CALC));
        List<String> seen = new ArrayList<>();
        ScriptedLlm model = new ScriptedLlm("gpt-4o")
                .thenCalls(raw("run_tests", "{}"))
                .thenAnswer(request -> {
                    seen.add(request.messages().getLast().text());
                    return MachineEndToEndTest.reply(
                            write(Map.of("calc.py", CALC + "\n\ndef neg(a):\n    return -a\n")));
                })
                .thenCalls(complete())
                .thenAnswer(request -> {
                    seen.add(MachineEndToEndTest.lastUserText(request));
                    return new ChatResponse(
                            new Message.AssistantMessage("Added neg to calc.py.", List.of()),
                            new Usage(100, 20),
                            FinishReason.STOP);
                });
        List<RunEvent> events = new ArrayList<>();

        RunResult result = ScriptedRun.of(model, settings(), "Add neg to calc.py.", events);

        assertThat(result.reason()).isEmpty();
        assertThat(result.completed()).isTrue();
        assertThat(seen.getFirst())
                .as("run_tests is judged alike, and tells the model of nothing to fix")
                .startsWith("All checks passed.")
                .contains("pytest: passed (" + ReportRenderer.timedOutBefore(CHECK_TIMEOUT) + ")")
                .doesNotContain("Make it finish quickly");
        assertThat(seen.getLast()).as("the instruction's checks passed at once").startsWith("The checks passed");
        assertThat(pytestReports(events))
                .extracting(RunEvent.CheckReported::outcome, RunEvent.CheckReported::details)
                .containsOnly(tuple(CheckOutcome.PASSED, ReportRenderer.timedOutBefore(CHECK_TIMEOUT)));
    }

    @Test
    void a_timeout_the_run_causes_is_fed_back() throws Exception {
        theirs(Map.of("test_quick.py", QUICK_TEST));
        List<String> feedback = new ArrayList<>();
        ScriptedLlm model = new ScriptedLlm("gpt-4o")
                .thenCalls(write(Map.of("test_quick.py", STUCK_TEST)))
                .thenCalls(complete())
                .thenAnswer(request -> {
                    feedback.add(MachineEndToEndTest.lastUserText(request));
                    return MachineEndToEndTest.reply(write(Map.of("test_quick.py", QUICK_TEST)));
                })
                .thenCalls(complete())
                .thenText("Kept the test quick.");
        List<RunEvent> events = new ArrayList<>();

        RunResult result = ScriptedRun.of(model, settings(), "Touch the test.", events);

        assertThat(result.completed()).isTrue();
        assertThat(feedback)
                .singleElement()
                .asString()
                .contains("pytest: timed out after 5s and was stopped", "Make it finish quickly");
        assertThat(pytestReports(events))
                .extracting(RunEvent.CheckReported::outcome)
                .containsExactly(CheckOutcome.TIMED_OUT, CheckOutcome.PASSED);
    }

    private RunSettings settings() {
        return RunSettings.defaults(workspace)
                .withLimits(
                        Limits.DEFAULTS.toBuilder().checkTimeout(CHECK_TIMEOUT).build());
    }

    private static List<RunEvent.CheckReported> pytestReports(List<RunEvent> events) {
        return events.stream()
                .filter(RunEvent.CheckReported.class::isInstance)
                .map(RunEvent.CheckReported.class::cast)
                .filter(check -> check.checker().equals("pytest"))
                .toList();
    }

    /** The user's repository holding {@code files}, committed. */
    private void theirs(Map<String, String> files) throws Exception {
        try (Git git = Git.init().setDirectory(workspace.toFile()).call()) {
            for (Map.Entry<String, String> file : files.entrySet()) {
                Files.writeString(workspace.resolve(file.getKey()), file.getValue());
            }
            git.add().addFilepattern(".").call();
            UserRepository.commitAsUser(git, "their work");
        }
    }
}
