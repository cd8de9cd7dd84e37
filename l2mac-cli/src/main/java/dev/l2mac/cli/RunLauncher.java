package dev.l2mac.cli;

/** Runs the engine for one resolved command; returns the process exit code. */
final class RunLauncher {
    static int launch(dev.l2mac.config.Settings settings, String domain, String task,
                      java.io.PrintStream out, java.io.PrintStream err) {
        err.println("l2mac: the engine is not wired yet"); return 70; }
}
