package dev.l2mac.program;

import java.nio.file.Path;

/** A user-supplied prompt program file cannot be used; the message names the file and what is wrong with it. */
public final class ProgramFileException extends Exception {

    private final Path file;

    public ProgramFileException(Path file, String problem, Throwable cause) {
        super(
                "Cannot use the prompt program " + file + ": " + problem + ". Write it as a YAML (or JSON) list of"
                        + " instructions, or as a mapping whose key 'steps' holds that list.",
                cause);
        this.file = file;
    }

    /** The file that was rejected. */
    public Path file() {
        return file;
    }
}
