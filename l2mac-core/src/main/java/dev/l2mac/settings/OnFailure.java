package dev.l2mac.settings;

import java.util.Locale;

/**
 * What becomes of a failed instruction's changes to the workspace (config key {@code run.on_failure}): kept as they
 * are for inspection, or rolled back to the last good commit. Only an instruction that failed within the limits is
 * rolled back; a run stopped by its budget or by the model keeps its work, which a resume continues.
 */
public enum OnFailure {
    KEEP,
    ROLLBACK;

    /** The policy named {@code name} ({@code keep} or {@code rollback}, any case). */
    public static OnFailure named(String name) {
        for (OnFailure policy : values()) {
            if (policy.name().equalsIgnoreCase(name.strip())) {
                return policy;
            }
        }
        throw new IllegalArgumentException("'" + name + "' is not a failure policy; use keep or rollback");
    }

    /** The name as the configuration and the command line spell it. */
    public String spelling() {
        return name().toLowerCase(Locale.ROOT);
    }
}
