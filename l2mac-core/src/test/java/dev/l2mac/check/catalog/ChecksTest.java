package dev.l2mac.check.catalog;

import static org.assertj.core.api.Assertions.assertThat;

import dev.l2mac.check.CheckPlan;
import dev.l2mac.check.CheckReport;
import dev.l2mac.check.Checker;
import dev.l2mac.check.Checks;
import dev.l2mac.check.CommandCheck;
import dev.l2mac.check.Finding;
import dev.l2mac.check.Language;
import dev.l2mac.check.java.JUnitLauncherJar;
import dev.l2mac.process.LocalProcessRunner;
import dev.l2mac.process.Python;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.FileTime;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Set;
import java.util.function.Predicate;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class ChecksTest {

    private static final Duration TIMEOUT = Duration.ofSeconds(60);

    @TempDir
    Path workspace;

    /** A checker that answers a fixed report and records what it was asked. */
    private static class FixedChecker implements Checker {
        private final String name;
        private final Predicate<Collection<String>> applies;
        private final CheckReport report;
        final List<Set<String>> calls = new ArrayList<>();

        FixedChecker(String name, Predicate<Collection<String>> applies, CheckReport report) {
            this.name = name;
            this.applies = applies;
            this.report = report;
        }

        @Override
        public String name() {
            return name;
        }

        @Override
        public boolean appliesTo(Collection<String> files) {
            return applies.test(files);
        }

        @Override
        public CheckReport check(Path workspace, Set<String> changed) {
            calls.add(changed);
            if (report == null) {
                throw new UncheckedIOException(new IOException("disk full"));
            }
            return report;
        }
    }

    @Test
    void runs_only_the_checkers_that_apply_in_order() throws Exception {
        Files.writeString(workspace.resolve("app.py"), "x = 1\n");
        FixedChecker python =
                new FixedChecker("py", files -> files.contains("app.py"), new CheckReport.Passed("py", "ok"));
        FixedChecker java =
                new FixedChecker("java", files -> files.contains("Main.java"), new CheckReport.Passed("java", "ok"));
        FixedChecker always =
                new FixedChecker("always", files -> true, new CheckReport.Unavailable("always", "tool missing"));

        List<CheckReport> reports = new Checks(List.of(python, java, always)).run(workspace, Set.of("app.py"));

        assertThat(reports)
                .containsExactly(
                        new CheckReport.Passed("py", "ok"), new CheckReport.Unavailable("always", "tool missing"));
        assertThat(python.calls).containsExactly(Set.of("app.py"));
        assertThat(java.calls).isEmpty();
    }

    @Test
    void reports_a_checker_that_fails_on_io_as_unavailable_and_runs_the_rest() {
        FixedChecker broken = new FixedChecker("broken", files -> true, null);
        FixedChecker fine = new FixedChecker("fine", files -> true, new CheckReport.Passed("fine", "ok"));

        List<CheckReport> reports = new Checks(List.of(broken, fine)).run(workspace, List.of("a.py"), Set.of());

        assertThat(reports).hasSize(2);
        assertThat(reports.getFirst()).isInstanceOf(CheckReport.Unavailable.class);
        assertThat(((CheckReport.Unavailable) reports.getFirst()).reason()).contains("disk full");
        assertThat(reports.get(1)).isEqualTo(new CheckReport.Passed("fine", "ok"));
    }

    @Test
    void all_passed_treats_unavailable_as_no_failure_and_timeouts_as_failures() {
        CheckReport passed = new CheckReport.Passed("a", "ok");
        CheckReport unavailable = new CheckReport.Unavailable("b", "missing");
        CheckReport timedOut = new CheckReport.TimedOut("c", TIMEOUT, "");
        CheckReport failed =
                new CheckReport.Failed("d", List.of(new Finding("x.py", 1, 1, Finding.Severity.ERROR, "bad", "")));

        assertThat(Checks.allPassed(List.of())).isTrue();
        assertThat(Checks.allPassed(List.of(passed, unavailable))).isTrue();
        assertThat(Checks.allPassed(List.of(passed, timedOut))).isFalse();
        assertThat(Checks.allPassed(List.of(unavailable, failed))).isFalse();
    }

    @Test
    void python_checks_find_a_syntax_error_and_the_failing_test_it_causes() throws Exception {
        Python.requirePytest();
        Files.writeString(workspace.resolve("calc.py"), "def add(a, b)\n    return a + b\n");
        Files.writeString(
                workspace.resolve("test_calc.py"),
                "from calc import add\n\n" + "def test_add():\n    assert add(1, 2) == 3\n");

        List<CheckReport> reports =
                CheckerCatalog.python(new LocalProcessRunner(), TIMEOUT, 8_000).run(workspace, Set.of());

        assertThat(reports).extracting(CheckReport::checker).containsExactly("python-syntax", "pytest");
        assertThat(reports).allMatch(report -> report instanceof CheckReport.Failed);
        assertThat(Checks.allPassed(reports)).isFalse();
        String feedback = Checks.render(reports, 4_000);
        assertThat(feedback).contains("calc.py:1:").contains("pytest: failed with 1 problem");
    }

    @Test
    void python_checks_pass_a_correct_codebase() throws Exception {
        Python.requirePytest();
        Files.writeString(workspace.resolve("calc.py"), "def add(a, b):\n    return a + b\n");
        Files.writeString(
                workspace.resolve("test_calc.py"),
                "from calc import add\n\n" + "def test_add():\n    assert add(1, 2) == 3\n");

        List<CheckReport> reports =
                CheckerCatalog.python(new LocalProcessRunner(), TIMEOUT, 8_000).run(workspace, Set.of());

        assertThat(reports)
                .containsExactly(
                        new CheckReport.Passed("python-syntax", "2 Python files parse"),
                        new CheckReport.Passed("pytest", "1 test passed"));
        assertThat(Checks.allPassed(reports)).isTrue();
    }

    @Test
    void reuses_a_report_while_no_file_changes_in_content_and_runs_again_after_a_change() throws Exception {
        Files.writeString(workspace.resolve("app.py"), "x = 1\n");
        FixedChecker tests = new FixedChecker("tests", files -> true, new CheckReport.Passed("tests", "ok"));
        Checks checks = new Checks(List.of(tests));

        checks.run(workspace, Set.of());
        Files.writeString(workspace.resolve("app.py"), "x = 1\n");
        List<CheckReport> again = checks.run(workspace, Set.of());

        assertThat(again).containsExactly(new CheckReport.Passed("tests", "ok"));
        assertThat(tests.calls).hasSize(1);

        Files.writeString(workspace.resolve("app.py"), "x = 2\n");
        checks.run(workspace, Set.of());
        assertThat(tests.calls).hasSize(2);
    }

    @Test
    void a_settled_file_whose_stamp_is_unchanged_is_not_read_again_and_any_change_to_it_is_seen() throws Exception {
        Path app = workspace.resolve("app.py");
        Files.writeString(app, "x = 1\n");
        FileTime anHourAgo = FileTime.from(Instant.now().minusSeconds(3_600));
        Files.setLastModifiedTime(app, anHourAgo);
        FixedChecker tests = new FixedChecker("tests", files -> true, new CheckReport.Passed("tests", "ok"));
        Checks checks = new Checks(List.of(tests));
        checks.run(workspace, Set.of());

        // the same size, the same file and, set back, the same time: only a read would tell, and none is made
        Files.writeString(app, "x = 2\n");
        Files.setLastModifiedTime(app, anHourAgo);
        checks.run(workspace, Set.of());
        assertThat(tests.calls).hasSize(1);

        // any real change moves the modification time
        Files.writeString(app, "x = 3\n");
        checks.run(workspace, Set.of());
        assertThat(tests.calls).hasSize(2);
    }

    @Test
    void a_change_to_a_file_a_checker_does_not_depend_on_keeps_its_report() throws Exception {
        Files.writeString(workspace.resolve("Main.java"), "class Main {}\n");
        Files.writeString(workspace.resolve("README.md"), "one\n");
        FixedChecker javaOnly = new FixedChecker("java", files -> true, new CheckReport.Passed("java", "ok")) {
            @Override
            public boolean dependsOn(String file) {
                return file.endsWith(".java");
            }
        };
        Checks checks = new Checks(List.of(javaOnly));

        checks.run(workspace, Set.of());
        Files.writeString(workspace.resolve("README.md"), "two\n");
        checks.run(workspace, Set.of());

        assertThat(javaOnly.calls).hasSize(1);
    }

    @Test
    void does_not_reuse_a_report_of_a_check_that_could_not_run() {
        FixedChecker missing = new FixedChecker(
                "missing", files -> true, new CheckReport.Unavailable("missing", "tool not installed"));
        Checks checks = new Checks(List.of(missing));

        checks.run(workspace, List.of(), Set.of());
        checks.run(workspace, List.of(), Set.of());

        assertThat(missing.calls).hasSize(2);
    }

    @Test
    void for_workspace_runs_the_checkers_of_the_planned_languages_whose_files_are_present() throws Exception {
        Files.writeString(workspace.resolve("app.js"), "const x = ;\n");
        Files.writeString(workspace.resolve("Main.java"), "class Main {}\n");
        Files.writeString(workspace.resolve("app.py"), "x = (\n");
        CheckPlan plan = new CheckPlan(
                java.util.EnumSet.of(Language.JAVASCRIPT, Language.JAVA),
                List.of(new CommandCheck("docs", List.of("true"), List.of(".md"))),
                TIMEOUT,
                8_000);

        Checks checks = CheckerCatalog.forWorkspace(
                new LocalProcessRunner(), plan, JUnitLauncherJar.offline(workspace.resolve(".cache")));
        List<CheckReport> reports = checks.run(workspace, Set.of());

        assertThat(checks.checkers())
                .extracting(Checker::name)
                .containsExactly("java-compile", "junit", "javascript-syntax", "node-test", "docs");
        assertThat(reports).extracting(CheckReport::checker).containsExactly("java-compile", "javascript-syntax");
        assertThat(reports.get(1)).isInstanceOf(CheckReport.Failed.class);
    }

    @Test
    void an_empty_plan_has_no_checkers() {
        CheckPlan none = new CheckPlan(Set.of(), List.of(), TIMEOUT, 8_000);

        assertThat(none.isEmpty()).isTrue();
        assertThat(CheckerCatalog.forWorkspace(new LocalProcessRunner(), none, JUnitLauncherJar.offline(workspace))
                        .checkers())
                .isEmpty();
    }
}
