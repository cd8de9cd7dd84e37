package dev.l2mac.testing;

/** Whether the tests run under CI, where a missing tool fails a test instead of skipping it. */
public final class CiMode {
    /** The system property that turns CI mode on, for a local run that must prove what CI proves. */
    public static final String PROPERTY = "l2mac.ci";

    private CiMode() {}

    /** True when the environment variable {@code CI} is {@code true} or the system property {@code l2mac.ci} is. */
    public static boolean on() {
        return on(System.getenv("CI"), System.getProperty(PROPERTY));
    }

    static boolean on(String variable, String property) {
        return "true".equalsIgnoreCase(variable) || "true".equalsIgnoreCase(property);
    }
}
