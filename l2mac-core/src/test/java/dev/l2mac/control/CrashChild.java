package dev.l2mac.control;

import dev.l2mac.run.RunEvent;
import dev.l2mac.run.RunListener;
import java.nio.file.Path;

/**
 * The crash scenario in a process of its own, for the kill harness: runs it, and at the given stop point says so on
 * standard output and waits to be killed.
 *
 * <p>Arguments: workspace, executions file, stop point: {@code N} stops after the N-th recorded event,
 * {@code work:K} at the K-th {@link WorkPoints work point} (inside a tool call, a check or a commit).
 */
public final class CrashChild {
    /** Printed when the run reached the stop point; the parent kills the process on seeing it. */
    static final String REACHED = "REACHED";
    /** The prefix of a stop point between events. */
    static final String WORK = "work:";

    private CrashChild() {}

    public static void main(String[] args) throws Exception {
        Path workspace = Path.of(args[0]);
        String point = args[2];
        int stopAt = Integer.parseInt(point.startsWith(WORK) ? point.substring(WORK.length()) : point);
        WorkPoints points = point.startsWith(WORK)
                ? new WorkPoints() {
                    @Override
                    void reached(int number, String where) {
                        if (number == stopAt) {
                            stop(point + " (" + where + ")");
                        }
                    }
                }
                : WorkPoints.NONE;
        int[] seen = {0};
        RunListener stopper = event -> {
            if (!point.startsWith(WORK) && !(event instanceof RunEvent.ContextWindow) && ++seen[0] == stopAt) {
                stop(point);
            }
        };
        RunResult result = CrashScenario.machine(workspace, CrashScenario.model(0), Path.of(args[1]), points)
                .run(CrashScenario.request(workspace), stopper);
        System.out.println("FINISHED " + result.status());
    }

    private static void stop(String point) {
        System.out.println(REACHED + " " + point);
        System.out.flush();
        while (true) {
            try {
                Thread.sleep(60_000);
            } catch (InterruptedException ignored) {
                // only the kill ends this process
            }
        }
    }
}
