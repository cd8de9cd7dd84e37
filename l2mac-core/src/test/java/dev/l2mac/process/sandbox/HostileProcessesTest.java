package dev.l2mac.process.sandbox;

import static org.assertj.core.api.Assertions.assertThat;

import dev.l2mac.process.ProcessRunner.ProcessResult;
import dev.l2mac.process.Processes;
import java.nio.file.Path;
import java.time.Duration;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Hostile programs that attack the machine's processes, memory, CPU and the runner's output. */
class HostileProcessesTest {

    /** Processes carrying the program's arguments besides its own: bubblewrap and its init. */
    private static final int SANDBOX_PROCESSES = BubblewrapConfinement.BUBBLEWRAP_PROCESSES;

    private static final Duration SHORT = Duration.ofSeconds(3);
    /** How long, past its timeout, a run may take to stop everything and return. */
    private static final Duration STOP_GRACE = Duration.ofSeconds(8);

    @TempDir(factory = OutsideTmp.class)
    Path workspace;

    @TempDir(factory = OutsideTmp.class)
    Path home;

    private HostileRun hostile(Sandbox.Bubblewrap sandbox) throws Exception {
        return new HostileRun(sandbox, HostileRun.TIGHT, workspace, home);
    }

    @Test
    void a_fork_bomb_is_bounded_by_the_process_limit_and_stopped_by_the_timeout() throws Exception {
        HostileRun hostile = hostile(Sandboxing.requireBoundedProcesses());
        String marker = Processes.uniqueSleepSeconds();
        AtomicInteger most = new AtomicInteger();
        AtomicBoolean running = new AtomicBoolean(true);
        Thread watcher = Thread.ofPlatform().daemon().start(() -> {
            while (running.get()) {
                most.accumulateAndGet(Processes.withArgument(marker).size(), Math::max);
            }
        });
        try {
            long started = System.nanoTime();
            ProcessResult result = hostile.run("""
                    import os, time
                    while True:
                        try:
                            os.fork()
                        except OSError:
                            time.sleep(0.01)
                    """, SHORT, marker);

            assertThat(result.timedOut()).isTrue();
            assertThat(Duration.ofNanos(System.nanoTime() - started)).isLessThan(SHORT.plus(STOP_GRACE));
        } finally {
            running.set(false);
            watcher.join();
        }
        assertThat(most.get()).isPositive().isLessThanOrEqualTo(HostileRun.TIGHT.maxProcesses() + SANDBOX_PROCESSES);
        assertThat(Processes.awaitGone(marker)).isEmpty();
        hostile.assertRunGoesOn();
    }

    @Test
    void an_infinite_loop_times_out() throws Exception {
        HostileRun hostile = hostile(Sandboxing.requireBubblewrap());
        long started = System.nanoTime();

        ProcessResult result = hostile.run("while True:\n    pass\n", SHORT);

        assertThat(result.timedOut()).isTrue();
        assertThat(result.succeeded()).isFalse();
        assertThat(Duration.ofNanos(System.nanoTime() - started)).isLessThan(SHORT.plus(STOP_GRACE));
        hostile.assertRunGoesOn();
    }

    @Test
    void two_hundred_megabytes_of_output_are_cut_to_the_cap() throws Exception {
        HostileRun hostile = hostile(Sandboxing.requireBubblewrap());

        ProcessResult result = hostile.run("""
                import sys
                chunk = "x" * (1 << 20) + "\\n"
                for _ in range(200):
                    sys.stdout.write(chunk)
                print("end of output")
                """);

        assertThat(result.timedOut()).isFalse();
        assertThat(((ProcessResult.Exited) result).exitCode()).isZero();
        assertThat(result.truncated()).isTrue();
        assertThat(result.output())
                .hasSizeLessThan(HostileRun.CAP + 100)
                .contains("characters cut")
                .endsWith("end of output\n");
        hostile.assertRunGoesOn();
    }

    @Test
    void allocating_ten_gigabytes_fails_inside_the_program() throws Exception {
        HostileRun hostile = hostile(Sandboxing.requireBubblewrap());

        ProcessResult result = hostile.run("""
                try:
                    block = bytearray(10 * 1024 ** 3)
                    print("allocated", len(block))
                except MemoryError:
                    print("denied")
                """);

        assertThat(result.timedOut()).isFalse();
        assertThat(result.output()).isEqualTo("denied\n");
        hostile.assertRunGoesOn();
    }

    @Test
    void killing_its_parent_and_every_process_it_can_see_spares_the_host() throws Exception {
        HostileRun hostile = hostile(Sandboxing.requireBubblewrap());
        String marker = Processes.uniqueSleepSeconds();
        Process bystander = new ProcessBuilder("sleep", marker).start();
        try {
            ProcessResult result = hostile.run("""
                    import os, signal
                    print("parent", os.getppid(), flush=True)
                    os.kill(os.getppid(), signal.SIGKILL)
                    os.kill(-1, signal.SIGKILL)
                    print("still alive")
                    """);

            assertThat(result.timedOut()).isFalse();
            assertThat(result.succeeded()).isFalse();
            assertThat(result.output()).contains("parent");
            Thread.sleep(200);
            assertThat(bystander.isAlive()).isTrue();
            assertThat(ProcessHandle.current().isAlive()).isTrue();
        } finally {
            bystander.destroyForcibly();
        }
        hostile.assertRunGoesOn();
    }

    @Test
    void a_background_process_left_behind_is_killed() throws Exception {
        HostileRun hostile = hostile(Sandboxing.requireBubblewrap());
        String marker = Processes.uniqueSleepSeconds();
        try {
            ProcessResult result = hostile.run("""
                    import os, subprocess, sys
                    if os.fork() == 0:
                        os.setsid()
                        subprocess.Popen(["sleep", sys.argv[1]], start_new_session=True,
                                         stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)
                        os._exit(0)
                    os.wait()
                    print("left a sleeper behind")
                    """, marker);

            assertThat(result.succeeded()).isTrue();
            assertThat(result.output()).isEqualTo("left a sleeper behind\n");
            assertThat(Processes.awaitGone(marker)).isEmpty();
        } finally {
            Processes.killAll(marker);
        }
        hostile.assertRunGoesOn();
    }
}
