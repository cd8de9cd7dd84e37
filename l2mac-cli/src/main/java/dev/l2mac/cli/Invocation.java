package dev.l2mac.cli;

import java.io.PrintStream;
import java.nio.file.Path;
import java.util.Map;

/**
 * What one run of the command sees of its process: streams, environment, working and home folders, and the
 * launcher to hand the resolved settings to. Tests build one with temp folders and a recording launcher.
 */
record Invocation(
        PrintStream out,
        PrintStream err,
        Map<String, String> environment,
        Path workingDir,
        Path home,
        Launcher launcher) {

    static Invocation ofProcess() {
        Map<String, String> environment = System.getenv();
        return new Invocation(
                System.out,
                System.err,
                environment,
                Path.of("").toAbsolutePath(),
                homeOf(environment),
                RunLauncher::launch);
    }

    /**
     * The user's home as the shell names it ({@code $HOME}), where {@code ~/.l2mac/config.yaml} is looked for; Java's
     * {@code user.home} (from the password database) only when {@code HOME} is unset.
     */
    static Path homeOf(Map<String, String> environment) {
        String home = environment.get("HOME");
        return home == null || home.isBlank() ? Path.of(System.getProperty("user.home")) : Path.of(home);
    }
}
