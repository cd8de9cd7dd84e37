package dev.l2mac.cli.invocation;

import dev.l2mac.config.Settings;
import java.io.PrintStream;

/** Starts a run once the command line is resolved; returns the process exit code (see {@link ExitCode}). */
@FunctionalInterface
public interface Launcher {
    int launch(Settings settings, String domain, String task, PrintStream out, PrintStream err);
}
