package dev.l2mac.cli.eval;

import dev.l2mac.eval.EvalProgress;
import java.io.PrintStream;
import java.time.Duration;
import java.util.Locale;

/**
 * Shows an evaluation's progress as a bar with counts, elapsed time and an estimate of time left: one line per
 * {@value #STEP_PERCENT}% of the samples (and the last), so that it reads well in a terminal and in a log file.
 */
final class EvalProgressBar implements EvalProgress {
    static final int STEP_PERCENT = 5;
    private static final int BAR_WIDTH = 30;
    private static final int SECONDS_PER_MINUTE = 60;
    private static final int PERCENT = 100;

    private final PrintStream out;
    private int lastStep = -1;

    EvalProgressBar(PrintStream out) {
        this.out = out;
    }

    @Override
    public void update(Snapshot snapshot) {
        int step = snapshot.done() * PERCENT / snapshot.total() / STEP_PERCENT;
        if (step == lastStep && snapshot.done() != snapshot.total()) {
            return;
        }
        lastStep = step;
        out.println(line(snapshot));
    }

    static String line(Snapshot snapshot) {
        int filled = snapshot.done() * BAR_WIDTH / snapshot.total();
        String bar = "#".repeat(filled) + ".".repeat(BAR_WIDTH - filled);
        String left =
                snapshot.remaining().map(r -> "about " + clock(r) + " left").orElse("estimating time left");
        return String.format(
                Locale.ROOT,
                "[%s] %d/%d  passed %d  %s elapsed, %s",
                bar,
                snapshot.done(),
                snapshot.total(),
                snapshot.passed(),
                clock(snapshot.elapsed()),
                left);
    }

    private static String clock(Duration duration) {
        long seconds = duration.toSeconds();
        return seconds < SECONDS_PER_MINUTE
                ? seconds + "s"
                : seconds / SECONDS_PER_MINUTE + "m" + String.format(Locale.ROOT, "%02d", seconds % SECONDS_PER_MINUTE)
                        + "s";
    }
}
