package dev.l2mac.control;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;

import dev.l2mac.check.CheckReport;
import dev.l2mac.check.CheckScope;
import dev.l2mac.check.Checker;
import dev.l2mac.check.Checks;
import dev.l2mac.check.Finding;
import dev.l2mac.check.ReportRenderer;
import dev.l2mac.history.StartingPoint;
import dev.l2mac.history.WorkspaceHistory;
import dev.l2mac.run.RunEvent;
import dev.l2mac.run.RunListener;
import dev.l2mac.testing.UserRepository;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Set;
import org.eclipse.jgit.api.Git;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The checks after an instruction: a new workspace checked whole, an existing repository only within the files the
 * run changed, and findings that were there when the run started left out by the {@link CheckBaseline}.
 */
class WorkspaceChecksTest {

    @TempDir
    Path workspace;

    /**
     * A scoped checker whose findings are the lines of {@code problems.txt} in the folder it checks, each
     * {@code file|message} or {@code file|message|test id}; it records what it was asked to look at.
     */
    private static final class ProblemsChecker implements Checker {
        final List<String> looked = new ArrayList<>();

        @Override
        public String name() {
            return "problems";
        }

        @Override
        public boolean appliesTo(Collection<String> files) {
            return true;
        }

        @Override
        public boolean scoped() {
            return true;
        }

        @Override
        public CheckReport check(Path workspace, Set<String> changed) {
            looked.add("everything");
            return findingsIn(workspace);
        }

        @Override
        public CheckReport check(Path workspace, CheckScope.Only scope) {
            looked.add(String.join(",", scope.changed().stream().sorted().toList()));
            return findingsIn(workspace);
        }

        private CheckReport findingsIn(Path folder) {
            List<Finding> findings = new ArrayList<>();
            try {
                for (String line : Files.readAllLines(folder.resolve("problems.txt"))) {
                    String[] parts = line.split("\\|");
                    Finding finding =
                            new Finding(parts[0], findings.size() + 1, 0, Finding.Severity.ERROR, parts[1], "");
                    findings.add(parts.length > 2 ? finding.ofTest(parts[2]) : finding);
                }
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
            return findings.isEmpty()
                    ? new CheckReport.Passed(name(), "none")
                    : new CheckReport.Failed(name(), findings);
        }
    }

    private final ProblemsChecker checker = new ProblemsChecker();
    private final ProblemsChecker before = new ProblemsChecker();

    @Test
    void a_new_workspace_is_checked_whole_as_before() throws Exception {
        WorkspaceChecks checks = startedChecks();
        write("problems.txt", "a.py|E1 undefined x\n");

        List<CheckReport> reports = checks.run();

        assertThat(reports).singleElement().isInstanceOf(CheckReport.Failed.class);
        assertThat(checker.looked).containsExactly("everything");
        assertThat(before.looked).isEmpty();
    }

    @Test
    void an_existing_repository_is_checked_only_within_the_files_the_run_changed() throws Exception {
        write("problems.txt", "");
        write("untouched.py", "x = 1\n");
        write("edited.py", "y = 1\n");
        WorkspaceChecks checks = startedChecks();
        write("edited.py", "y = 2\n");

        List<CheckReport> reports = checks.run();

        assertThat(reports).singleElement().isInstanceOf(CheckReport.Passed.class);
        assertThat(checker.looked).containsExactly("edited.py");
        assertThat(before.looked)
                .as("nothing failed, so the starting point is never checked")
                .isEmpty();
    }

    @Test
    void findings_there_at_the_start_are_left_out_by_file_and_message_or_test_id_and_counted() throws Exception {
        write("problems.txt", "a.py|E1 undefined x\ntests/t.py|t::one failed: assert 1 == 2|t::one\n");
        WorkspaceChecks checks = startedChecks();
        write(
                "problems.txt",
                "b.py|E2 new\na.py|E1 undefined x\na.py|E1 undefined x\n"
                        + "tests/t.py|t::one failed: assert 3 == 4|t::one\n");

        List<CheckReport> reports = checks.run();

        assertThat(reports).singleElement().isInstanceOfSatisfying(CheckReport.Failed.class, failed -> {
            assertThat(failed.findings())
                    .extracting(Finding::file, Finding::line)
                    .as("the old error moved down a line and came twice: one of them is new")
                    .containsExactly(tuple("b.py", 1), tuple("a.py", 3));
            assertThat(failed.leftOut()).isEqualTo(2);
        });
        assertThat(before.looked).containsExactly("problems.txt");
    }

    @Test
    void a_report_of_old_findings_only_passes_and_says_they_were_left_out() throws Exception {
        write("problems.txt", "a.py|E1 undefined x\n");
        WorkspaceChecks checks = startedChecks();
        write("other.py", "z = 1\n");

        List<CheckReport> reports = checks.run();

        assertThat(reports).singleElement().isEqualTo(new CheckReport.Passed("problems", ReportRenderer.leftOut(1)));
        checks.release();
    }

    @Test
    void a_repository_nested_in_the_workspace_before_the_run_never_blocks_it() throws Exception {
        write("problems.txt", "");
        Files.createDirectories(workspace.resolve("vendor/lib"));
        try (Git nested = Git.init()
                .setDirectory(workspace.resolve("vendor/lib").toFile())
                .call()) {
            write("vendor/lib/lib.py", "z = 1\n");
            nested.add().addFilepattern(".").call();
            nested.commit()
                    .setMessage("theirs")
                    .setAuthor("Ann", "ann@example.com")
                    .setCommitter("Ann", "ann@example.com")
                    .setSign(false)
                    .call();
        }
        WorkspaceChecks checks = startedChecks();
        write("edited.py", "y = 2\n");

        List<CheckReport> reports = checks.run();

        assertThat(reports).extracting(CheckReport::checker).containsExactly("problems", Checks.NESTED_REPOSITORIES);
        assertThat(reports.getLast())
                .isEqualTo(new CheckReport.Passed(Checks.NESTED_REPOSITORIES, ReportRenderer.leftOut(1)));
    }

    @Test
    void a_workspace_that_held_only_a_repository_of_the_users_is_an_existing_one_and_it_never_blocks_the_run()
            throws Exception {
        UserRepository.checkout(workspace.resolve("vendor/lib"), "lib.py", "z = 1\n");
        WorkspaceChecks checks = startedChecks();
        write("problems.txt", "");

        List<CheckReport> reports = checks.run();

        assertThat(reports.getLast())
                .isEqualTo(new CheckReport.Passed(Checks.NESTED_REPOSITORIES, ReportRenderer.leftOut(1)));
        checks.release();
    }

    @Test
    void a_starting_commit_git_cannot_read_loses_the_baseline_once_and_then_everything_is_checked() throws Exception {
        write("problems.txt", "a.py|E1 undefined x\n");
        write("legacy.py", "x = 1\n");
        List<RunEvent> told = new ArrayList<>();
        WorkspaceChecks checks = startedChecks(told::add);
        UserRepository.corruptObjectOf(workspace, "legacy.py");
        write("other.py", "z = 1\n");

        List<CheckReport> first = checks.run();
        List<CheckReport> second = checks.run();

        assertThat(first)
                .as("nothing to judge against: the old finding counts, as in a new workspace")
                .singleElement()
                .isInstanceOfSatisfying(
                        CheckReport.Failed.class,
                        failed -> assertThat(failed.leftOut()).isZero());
        assertThat(second).isEqualTo(first);
        assertThat(checker.looked).containsExactly("other.py", "everything");
        assertThat(told)
                .singleElement()
                .isInstanceOfSatisfying(
                        RunEvent.HistoryWarning.class,
                        warning -> assertThat(warning.warning())
                                .contains("could not read commit", "is corrupt")
                                .endsWith(
                                        "so for the rest of this run they judge every file and every problem, as in a new"
                                                + " workspace"));
        checks.release();
    }

    /** Checks over the workspace, told the commit a run started from (the workspace as it is now). */
    private WorkspaceChecks startedChecks() {
        return startedChecks(RunListener.NONE);
    }

    private WorkspaceChecks startedChecks(RunListener listener) {
        WorkspaceChecks checks =
                new WorkspaceChecks(new Checks(List.of(checker)), workspace, new Checks(List.of(before)));
        try (WorkspaceHistory history = WorkspaceHistory.open(workspace, Clock.systemUTC())) {
            checks.startsFrom(new StartingPoint(workspace, history.start("r1").commit(), history.users()), listener);
        }
        return checks;
    }

    private void write(String file, String content) throws IOException {
        Files.writeString(workspace.resolve(file), content);
    }
}
