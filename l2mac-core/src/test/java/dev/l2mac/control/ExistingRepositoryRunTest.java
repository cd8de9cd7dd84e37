package dev.l2mac.control;

import static dev.l2mac.control.ScriptedCalls.complete;
import static dev.l2mac.control.ScriptedCalls.raw;
import static dev.l2mac.control.ScriptedCalls.write;
import static org.assertj.core.api.Assertions.assertThat;

import dev.l2mac.check.ReportRenderer;
import dev.l2mac.llm.Message;
import dev.l2mac.llm.ScriptedLlm;
import dev.l2mac.run.CheckOutcome;
import dev.l2mac.run.RunEvent;
import dev.l2mac.testing.Requirements;
import dev.l2mac.testing.Tool;
import dev.l2mac.testing.UserRepository;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.stream.StreamSupport;
import org.eclipse.jgit.api.Git;
import org.eclipse.jgit.revwalk.RevCommit;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * A run on an existing repository that already has pylint errors and a failing test: problems that were there
 * before never block an instruction, a new one the model makes is still fed back, and the run's commits are the only
 * ones added to the repository's history.
 */
class ExistingRepositoryRunTest {

    private static final String CALC = "def add(a, b):\n    return a + b\n\n\ndef broken():\n    return missing_name\n";
    private static final String CALC_WITH_SUBTRACT = CALC + "\n\ndef subtract(a, b):\n    return a - b\n";

    @TempDir
    Path workspace;

    private RevCommit theirs;

    @BeforeAll
    static void needsPylintAndPytest() {
        Requirements.require(Tool.PYLINT);
        Requirements.require(Tool.PYTEST);
    }

    /** Pylint errors in legacy.py (never touched) and calc.py; test_legacy.py fails, test_calc.py passes. */
    @BeforeEach
    void existingRepository() throws Exception {
        try (Git git = Git.init().setDirectory(workspace.toFile()).call()) {
            put("legacy.py", "def old():\n    return undefined_thing\n");
            put("calc.py", CALC);
            put("test_calc.py", "from calc import add\n\n\ndef test_add():\n    assert add(2, 3) == 5\n");
            put("test_legacy.py", "def test_old():\n    assert 1 == 2\n");
            git.add().addFilepattern(".").call();
            theirs = git.commit()
                    .setMessage("their work")
                    .setAuthor("Ann", "ann@example.com")
                    .setCommitter("Ann", "ann@example.com")
                    .setSign(false)
                    .call();
        }
    }

    @Test
    void old_pylint_errors_and_failing_tests_do_not_block_an_instruction_that_touches_other_code() throws Exception {
        List<String> testsRan = new ArrayList<>();
        ScriptedLlm model = new ScriptedLlm("gpt-4o")
                .thenCalls(raw("run_tests", "{}"))
                .thenAnswer(request -> {
                    if (request.messages().getLast() instanceof Message.ToolResultMessage tests) {
                        testsRan.add(tests.text());
                    }
                    return MachineEndToEndTest.reply(write(Map.of("calc.py", CALC_WITH_SUBTRACT)));
                })
                .thenCalls(complete())
                .thenText("Added subtract to calc.py.");
        List<RunEvent> events = new ArrayList<>();

        RunResult result = ScriptedRun.of(model, workspace, "Add a subtract function to calc.py.", events);

        assertThat(result.reason()).isEmpty();
        assertThat(result.completed()).isTrue();
        assertThat(testsRan)
                .singleElement()
                .asString()
                .as("run_tests is judged like the checks: nothing changed yet, so nothing is the run's")
                .startsWith("All checks passed.")
                .contains("pytest: passed (" + ReportRenderer.leftOut(1) + ")")
                .doesNotContain("test_old", "undefined_thing");
        assertThat(checks(events))
                .extracting(RunEvent.CheckReported::outcome)
                .doesNotContain(CheckOutcome.FAILED, CheckOutcome.TIMED_OUT);
        assertThat(checks(events))
                .filteredOn(check -> check.checker().equals("pytest"))
                .singleElement()
                .extracting(RunEvent.CheckReported::details)
                .isEqualTo(ReportRenderer.leftOut(1));
        assertThat(checks(events))
                .filteredOn(check -> check.checker().equals("pylint"))
                .singleElement()
                .extracting(RunEvent.CheckReported::details)
                .as("the old error in calc.py is left out; legacy.py, untouched, is not linted at all")
                .isEqualTo(ReportRenderer.leftOut(1));
        assertThat(addedCommits())
                .hasSize(1)
                .allSatisfy(commit -> assertThat(commit.getFullMessage()).contains("L2mac-Run: "));
    }

    @Test
    void a_new_pylint_error_and_a_broken_test_are_fed_back_without_the_old_problems() throws Exception {
        List<String> feedback = new ArrayList<>();
        String careless = CALC.replace("return a + b", "return a - b") + "\n\ndef subtract(a, b):\n    return a - c\n";
        ScriptedLlm model = new ScriptedLlm("gpt-4o")
                .thenCalls(write(Map.of("calc.py", careless)))
                .thenCalls(complete())
                .thenAnswer(request -> {
                    feedback.add(MachineEndToEndTest.lastUserText(request));
                    return MachineEndToEndTest.reply(write(Map.of("calc.py", CALC_WITH_SUBTRACT)));
                })
                .thenCalls(complete())
                .thenText("Added subtract to calc.py.");
        List<RunEvent> events = new ArrayList<>();

        RunResult result = ScriptedRun.of(model, workspace, "Add a subtract function to calc.py.", events);

        assertThat(result.reason()).isEmpty();
        assertThat(result.completed()).isTrue();
        assertThat(feedback)
                .singleElement()
                .asString()
                .startsWith("The checks found problems")
                .contains(
                        "calc.py:10:16: error: E0602 Undefined variable 'c' (undefined-variable)",
                        "test_calc.py::test_add failed",
                        "pylint: failed with 1 problem (" + ReportRenderer.leftOut(1) + ")",
                        "pytest: failed with 1 problem (" + ReportRenderer.leftOut(1) + ")")
                .doesNotContain("missing_name", "undefined_thing", "test_old");
        assertThat(addedCommits()).hasSize(1);
    }

    @Test
    void a_corrupt_object_in_the_starting_commit_leaves_the_checks_judging_everything_and_the_user_is_told_once()
            throws Exception {
        UserRepository.corruptObjectOf(workspace, "legacy.py");
        List<String> feedback = new ArrayList<>();
        ScriptedLlm model = new ScriptedLlm("gpt-4o")
                .thenCalls(write(Map.of("calc.py", CALC_WITH_SUBTRACT)))
                .thenCalls(complete())
                .thenAnswer(request -> {
                    feedback.add(MachineEndToEndTest.lastUserText(request));
                    return MachineEndToEndTest.reply(write(Map.of(
                            "calc.py", CALC_WITH_SUBTRACT.replace("missing_name", "None"),
                            "legacy.py", "def old():\n    return None\n",
                            "test_legacy.py", "def test_old():\n    assert 1 == 1\n")));
                })
                .thenCalls(complete())
                .thenText("Added subtract to calc.py and fixed the old problems.");
        List<RunEvent> events = new ArrayList<>();

        RunResult result = ScriptedRun.of(model, workspace, "Add a subtract function to calc.py.", events);

        assertThat(result.reason()).isEmpty();
        assertThat(result.completed()).isTrue();
        assertThat(feedback)
                .as(
                        "without a baseline every old problem counts, as in a new workspace; git is no concern of the model")
                .singleElement()
                .asString()
                .contains("test_legacy.py::test_old", "missing_name")
                .doesNotContain("could not read", "corrupt", "before this run began");
        assertThat(events)
                .filteredOn(RunEvent.HistoryWarning.class::isInstance)
                .singleElement()
                .extracting(event -> ((RunEvent.HistoryWarning) event).warning())
                .asString()
                .contains("could not read commit", "is corrupt", "as in a new workspace");
        assertThat(addedCommits()).hasSize(1);
    }

    private static List<RunEvent.CheckReported> checks(List<RunEvent> events) {
        return events.stream()
                .filter(RunEvent.CheckReported.class::isInstance)
                .map(RunEvent.CheckReported.class::cast)
                .toList();
    }

    /** The commits after theirs, newest first; theirs must still be in the history, unchanged. */
    private List<RevCommit> addedCommits() throws Exception {
        try (Git git = Git.open(workspace.toFile())) {
            List<RevCommit> all =
                    StreamSupport.stream(git.log().call().spliterator(), false).toList();
            assertThat(all.getLast()).isEqualTo(theirs);
            return all.subList(0, all.size() - 1);
        }
    }

    private void put(String file, String content) throws Exception {
        Files.writeString(workspace.resolve(file), content);
    }
}
