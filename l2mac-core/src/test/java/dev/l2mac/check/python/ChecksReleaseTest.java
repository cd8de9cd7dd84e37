package dev.l2mac.check.python;

import static org.assertj.core.api.Assertions.assertThat;

import dev.l2mac.check.CheckReport;
import dev.l2mac.check.Checks;
import dev.l2mac.check.WorkspaceFixture;
import dev.l2mac.process.Executables;
import dev.l2mac.process.LocalProcessRunner;
import dev.l2mac.process.ProcessRunner;
import dev.l2mac.testing.Requirements;
import dev.l2mac.testing.Tool;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** A run's warm check workers are stopped when the run releases its checks, and start again when needed. */
class ChecksReleaseTest {
    private static final Duration TIMEOUT = Duration.ofSeconds(60);
    private static final int CAP = 8_000;

    @TempDir
    Path root;

    /** Runs for real, counting the workers started and not yet closed. */
    private static final class CountingRunner implements ProcessRunner {
        final AtomicInteger open = new AtomicInteger();
        final AtomicInteger started = new AtomicInteger();
        private final ProcessRunner real = new LocalProcessRunner();

        @Override
        public ProcessResult run(
                List<String> command,
                Path directory,
                Map<String, String> environment,
                Duration timeout,
                int maxOutputChars) {
            return real.run(command, directory, environment, timeout, maxOutputChars);
        }

        @Override
        public Optional<Worker> startWorker(
                List<String> command, Path directory, Map<String, String> extra, Access access) {
            return real.startWorker(command, directory, extra, access).map(worker -> {
                started.incrementAndGet();
                open.incrementAndGet();
                return new Worker() {
                    @Override
                    public Optional<String> ask(String request, Duration timeout) {
                        return worker.ask(request, timeout);
                    }

                    @Override
                    public Optional<String> awaitLine(Duration timeout) {
                        return worker.awaitLine(timeout);
                    }

                    @Override
                    public void close() {
                        worker.close();
                        open.decrementAndGet();
                    }
                };
            });
        }
    }

    @Test
    void releasing_the_checks_stops_their_warm_workers_and_a_later_check_starts_them_again() {
        Requirements.require(Tool.PYTEST);
        Requirements.require(Tool.PYLINT);
        new WorkspaceFixture(root)
                .write("calc.py", "def add(a, b):\n    return a + b\n")
                .write("test_calc.py", "from calc import add\n\n\ndef test_add():\n    assert add(1, 2) == 3\n");
        CountingRunner runner = new CountingRunner();
        Checks checks = new Checks(List.of(
                new PylintChecker(runner, TIMEOUT, CAP, PythonChecks.PYLINT, Executables.PYTHON, true),
                new PytestChecker(runner, TIMEOUT, CAP, Executables.PYTHON, true)));

        assertThat(checks.run(root, Set.of())).allMatch(CheckReport.Passed.class::isInstance);
        assertThat(runner.open.get()).isEqualTo(2);

        checks.release();
        assertThat(runner.open.get()).isZero();

        new WorkspaceFixture(root).write("calc.py", "def add(a, b):\n    return b + a\n");
        assertThat(checks.run(root, Set.of())).allMatch(CheckReport.Passed.class::isInstance);
        assertThat(runner.started.get()).isEqualTo(4);
        checks.release();
        assertThat(runner.open.get()).isZero();
    }
}
