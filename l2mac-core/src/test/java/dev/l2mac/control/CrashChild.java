package dev.l2mac.control;

import dev.l2mac.run.RunEvent;
import dev.l2mac.run.RunListener;
import java.nio.file.Path;

/**
 * The crash scenario in a process of its own, for the kill harness: runs it, and after the given number of
 * recorded events says so on standard output and waits to be killed.
 *
 * <p>Arguments: workspace, executions file, events after which to stop (0: never).
 */
public final class CrashChild {
    /** Printed when the run reached the stop point; the parent kills the process on seeing it. */
    static final String REACHED = "REACHED";

    private CrashChild() {
    }

    public static void main(String[] args) throws Exception {
        Path workspace = Path.of(args[0]);
        int stopAfter = Integer.parseInt(args[2]);
        int[] seen = {0};
        RunListener stopper = event -> {
            if (!(event instanceof RunEvent.ContextWindow) && ++seen[0] == stopAfter) {
                System.out.println(REACHED + " " + stopAfter);
                System.out.flush();
                waitForTheKill();
            }
        };
        RunResult result = CrashScenario.machine(workspace, CrashScenario.model(0), Path.of(args[1]))
                .run(CrashScenario.request(workspace), stopper);
        System.out.println("FINISHED " + result.status());
    }

    private static void waitForTheKill() {
        while (true) {
            try {
                Thread.sleep(60_000);
            } catch (InterruptedException ignored) {
                // only the kill ends this process
            }
        }
    }
}
