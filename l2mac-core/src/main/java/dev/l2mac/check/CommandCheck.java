package dev.l2mac.check;

import java.util.List;
import java.util.Objects;

/**
 * A check the user adds in configuration: a command (a linter, a type checker) run in the workspace, whose non-zero
 * exit code is a failure and whose output lines become the findings. It applies when some workspace file ends with
 * one of {@code extensions}, or always when there are none.
 *
 * @param name       a short name for reports, such as {@code mypy}
 * @param command    the program and its arguments, run without a shell
 * @param extensions file name endings such as {@code .py} that make the check apply; empty: always
 */
public record CommandCheck(String name, List<String> command, List<String> extensions) {
    public CommandCheck {
        Objects.requireNonNull(name, "name");
        command = List.copyOf(command);
        extensions = extensions == null ? List.of() : List.copyOf(extensions);
        if (name.isBlank()) {
            throw new IllegalArgumentException("a command check needs a name, such as 'mypy'");
        }
        if (command.isEmpty() || command.getFirst().isBlank()) {
            throw new IllegalArgumentException("the command check '" + name + "' has no command; give the program"
                    + " and its arguments as a list, such as [mypy, --strict, .]");
        }
    }
}
