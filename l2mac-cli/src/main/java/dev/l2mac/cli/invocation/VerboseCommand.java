package dev.l2mac.cli.invocation;

/** A command with a {@code --verbose} option: a failure it raises is shown with its details and stack trace. */
public interface VerboseCommand {
    boolean verbose();
}
