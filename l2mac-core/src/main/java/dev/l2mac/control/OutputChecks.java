package dev.l2mac.control;

import dev.l2mac.check.CheckReport;
import java.util.List;

/** The checks run when the model declares an instruction complete; an empty list means nothing to check. */
@FunctionalInterface
public interface OutputChecks {
    OutputChecks NONE = () -> List.of();

    List<CheckReport> run();

    /**
     * Told the commit the run starts from, before the first check; checks may judge findings against it (a
     * {@link CheckBaseline}).
     */
    default void startsFrom(String commit) {}

    /** Stops what the checks keep running between runs of them (warm workers); called when the run ends. */
    default void release() {}
}
