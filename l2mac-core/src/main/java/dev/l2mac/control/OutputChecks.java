package dev.l2mac.control;

import dev.l2mac.check.CheckReport;
import dev.l2mac.history.StartingPoint;
import dev.l2mac.run.RunListener;
import java.util.List;

/** The checks run when the model declares an instruction complete; an empty list means nothing to check. */
@FunctionalInterface
public interface OutputChecks {
    OutputChecks NONE = () -> List.of();

    List<CheckReport> run();

    /**
     * Told where the run starts, before the first check; checks may judge findings against it (a
     * {@link CheckBaseline}), and tell {@code listener} when git cannot read it.
     */
    default void startsFrom(StartingPoint start, RunListener listener) {}

    /** Stops what the checks keep running between runs of them (warm workers); called when the run ends. */
    default void release() {}
}
