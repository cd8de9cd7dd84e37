package dev.l2mac.cli.invocation;

import java.io.PrintStream;
import java.nio.file.Path;
import java.util.Map;

/**
 * What one run of the command sees of its process: streams, environment, working and home folders, and the
 * launcher to hand the resolved settings to. Tests build one with temp folders and a recording launcher.
 */
public record Invocation(
        PrintStream out,
        PrintStream err,
        Map<String, String> environment,
        Path workingDir,
        Path home,
        Launcher launcher) {
    /** What every error line of the command starts with. */
    public static final String ERROR_PREFIX = "l2mac: ";

    /** The process's own streams, environment and folders, handing resolved runs to {@code launcher}. */
    public static Invocation ofProcess(Launcher launcher) {
        Map<String, String> environment = System.getenv();
        return new Invocation(
                System.out, System.err, environment, Path.of("").toAbsolutePath(), homeOf(environment), launcher);
    }

    /**
     * The user's home as the shell names it ({@code $HOME}), where {@code ~/.l2mac/config.yaml} is looked for; Java's
     * {@code user.home} (from the password database) only when {@code HOME} is unset.
     */
    public static Path homeOf(Map<String, String> environment) {
        String home = environment.get("HOME");
        return home == null || home.isBlank() ? Path.of(System.getProperty("user.home")) : Path.of(home);
    }
}
