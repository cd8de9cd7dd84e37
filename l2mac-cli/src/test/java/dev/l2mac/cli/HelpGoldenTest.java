package dev.l2mac.cli;

import static org.assertj.core.api.Assertions.assertThat;

import dev.l2mac.cli.eval.EvalCommand;
import dev.l2mac.cli.invocation.Invocation;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * Pins the help of {@code l2mac} and of every subcommand (and of every evaluation under {@code l2mac eval}) to golden
 * files, so that a change to a flag, a description or an exit code shows up in review. Run with
 * {@code -Dgolden.update=true} to rewrite them.
 */
class HelpGoldenTest {
    private static final Path GOLDEN = Path.of("src/test/resources/dev/l2mac/cli/help");
    private static final boolean UPDATE = Boolean.getBoolean("golden.update");
    private static final Path NOWHERE = Path.of("/nonexistent-l2mac-help");

    static Stream<List<String>> commands() {
        Invocation invocation = invocation(new ByteArrayOutputStream());
        List<List<String>> commands = new ArrayList<>(List.of(
                List.of(),
                List.of("codebase"),
                List.of("book"),
                List.of("eval"),
                List.of("replay"),
                List.of("resume"),
                List.of("deps"),
                List.of("runs"),
                List.of("show"),
                List.of("undo")));
        EvalCommand.commandLine(invocation).getSubcommands().keySet().stream()
                .filter(name -> !name.equals("help"))
                .sorted()
                .forEach(name -> commands.add(List.of("eval", name)));
        return commands.stream();
    }

    @ParameterizedTest
    @MethodSource("commands")
    void help_is_as_recorded(List<String> command) throws IOException {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        List<String> args = new ArrayList<>(command);
        args.add("--help");

        int exit = Main.execute(args.toArray(String[]::new), invocation(out));

        String help = out.toString(StandardCharsets.UTF_8);
        Path golden = GOLDEN.resolve((command.isEmpty() ? "l2mac" : "l2mac-" + String.join("-", command)) + ".txt");
        if (UPDATE) {
            Files.createDirectories(GOLDEN);
            Files.writeString(golden, help);
        }
        assertThat(exit).isZero();
        assertThat(golden)
                .as("golden file; create it with -Dgolden.update=true")
                .exists();
        assertThat(help).isEqualTo(Files.readString(golden));
    }

    private static Invocation invocation(ByteArrayOutputStream out) {
        PrintStream print = new PrintStream(out, true, StandardCharsets.UTF_8);
        return new Invocation(print, print, Map.of(), NOWHERE, NOWHERE, (settings, domain, task, o, e) -> 0);
    }
}
