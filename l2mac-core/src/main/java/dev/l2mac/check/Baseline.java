package dev.l2mac.check;

import java.util.List;
import java.util.Optional;

/**
 * How the checks of a run on an existing repository are judged: within the files the run changed since it began,
 * and without the findings that were there before it began, which are never the run's to fix.
 */
public interface Baseline {

    /**
     * The files the run changed since it began (written or deleted), as the scope of its next check; empty when the
     * baseline is lost (git cannot read where the run began), and the checks judge everything, as on a new workspace.
     */
    Optional<CheckScope.Only> scope();

    /** {@code reports}, made within {@code scope}, with every finding that was there before the run left out. */
    List<CheckReport> judge(List<CheckReport> reports, CheckScope.Only scope);
}
