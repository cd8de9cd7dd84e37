package dev.l2mac.cli.invocation;

/** The process exit codes of {@code l2mac}, in one place so that scripts can rely on them. */
public final class ExitCode {

    /** The run completed. */
    public static final int SUCCESS = 0;
    /** The run started and failed (an instruction could not be completed, a limit was reached). */
    public static final int RUN_FAILED = 1;
    /** The command line or the configuration is wrong; nothing was run. */
    public static final int USAGE = 2;
    /** The model provider refused or failed (authentication, unknown model, unreachable server). */
    public static final int PROVIDER = 3;
    /** The run stopped before a request that could have crossed a budget; everything written so far is kept. */
    public static final int BUDGET_REACHED = 4;
    /** The user interrupted the run (Ctrl-C), as shells report for SIGINT. */
    public static final int INTERRUPTED = 130;

    private ExitCode() {}
}
