package dev.l2mac.control;

import java.nio.file.Path;

/**
 * Why a run stopped on an {@link Error} thrown inside it, in words the user can act on. Such a run is recorded as
 * failed, never left "running", so that {@code l2mac runs} tells the truth and {@code l2mac resume} continues it.
 */
final class RunStop {
    /** The variable {@code bin/l2mac} passes to the JVM. */
    static final String JAVA_OPTIONS = "L2MAC_JAVA_OPTS";

    private RunStop() {
    }

    static String describe(Error error, String runId, Path workspace) {
        String resume = "'l2mac resume " + runId + " --workspace " + workspace + "'";
        if (error instanceof OutOfMemoryError) {
            return "the run ran out of memory (" + error + ") and stopped. Give Java more memory, for example "
                    + JAVA_OPTIONS + "=-Xmx4g (without it, Java takes a quarter of the machine's memory), then"
                    + " continue with " + resume + ".";
        }
        return "the run stopped on an internal error (" + error + "); once its cause is fixed, continue with "
                + resume + ".";
    }
}
