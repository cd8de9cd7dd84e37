package dev.l2mac.cli.invocation;

import dev.l2mac.config.ConfigException;
import java.io.IOException;
import java.nio.charset.MalformedInputException;
import java.nio.file.Files;
import java.nio.file.Path;

/** Files named on the command line: each must exist and be readable, and a task file must hold UTF-8 text. */
public final class InputFiles {
    private InputFiles() {}

    public static String readTask(Path file) {
        requireReadable(file, "task file", "--task-file");
        try {
            String task = Files.readString(file).strip();
            if (task.isEmpty()) {
                throw new ConfigException("task file " + file + " is empty", "write the task into it, in plain words");
            }
            return task;
        } catch (MalformedInputException notText) {
            throw new ConfigException("task file " + file + " is not UTF-8 text", "save it as UTF-8 text");
        } catch (IOException unreadable) {
            throw new ConfigException(
                    "cannot read task file " + file + ": " + unreadable.getMessage(),
                    "check that the file is readable");
        }
    }

    public static void requireReadable(Path file, String what, String givenBy) {
        if (!Files.exists(file)) {
            throw new ConfigException(what + " " + file + " does not exist", "check the path given to " + givenBy);
        }
        if (!Files.isRegularFile(file) || !Files.isReadable(file)) {
            throw new ConfigException(
                    what + " " + file + " is not a readable file",
                    "check the path given to " + givenBy + " and the file's permissions");
        }
    }
}
