package dev.l2mac.cli;

import java.io.PrintStream;
import java.nio.file.Path;
import java.util.Map;

/**
 * What one run of the command sees of its process: streams, environment, working and home folders, and the
 * launcher to hand the resolved settings to. Tests build one with temp folders and a recording launcher.
 */
record Invocation(PrintStream out, PrintStream err, Map<String, String> environment, Path workingDir, Path home,
                  Launcher launcher) {

    static Invocation ofProcess() {
        return new Invocation(System.out, System.err, System.getenv(), Path.of("").toAbsolutePath(),
                Path.of(System.getProperty("user.home")), RunLauncher::launch);
    }
}
