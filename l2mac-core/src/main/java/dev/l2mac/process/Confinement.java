package dev.l2mac.process;

import java.io.IOException;
import java.nio.file.Path;
import java.util.List;

/**
 * How a resolved command is isolated before it starts. {@link #NONE} runs it as it is; a sandbox wraps it in
 * another command and may hold resources that are released once the command and everything it started are gone.
 */
public interface Confinement {

    Confinement NONE = (command, directory, home, access) -> new Confined(command, () -> {});

    /**
     * The command to start instead of {@code command}, which runs in {@code directory} with {@code home} as its
     * home directory, and may also use the paths in {@code access}.
     */
    Confined confine(List<String> command, Path directory, Path home, ProcessRunner.Access access) throws IOException;

    /** A command ready to start, and what to undo after it. */
    record Confined(List<String> command, Runnable release) {
        public Confined {
            command = List.copyOf(command);
        }
    }
}
