package dev.l2mac.cli;

import static dev.l2mac.llm.openai.OpenAiReplies.text;
import static org.assertj.core.api.Assertions.assertThat;

import dev.l2mac.cli.invocation.ExitCode;
import dev.l2mac.cli.invocation.Invocation;
import dev.l2mac.llm.openai.LocalOpenAiServer;
import dev.l2mac.testing.FolderCopy;
import dev.l2mac.testing.Requirements;
import dev.l2mac.testing.Tool;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * {@code l2mac eval polyglot} as a user runs it, on the shared Exercism exercises: a local OpenAI-compatible server
 * answers one exercise with its reference solution and another with its stub unchanged; the tests run for real.
 */
class CliPolyglotTest {
    private static final String SOLVED = "affine-cipher";
    private static final String UNSOLVED = "beer-song";

    @TempDir
    Path project;

    private final ByteArrayOutputStream out = new ByteArrayOutputStream();
    private final ByteArrayOutputStream err = new ByteArrayOutputStream();

    @Test
    void scores_direct_replies_by_the_exercises_own_tests_and_writes_the_reports() throws Exception {
        Requirements.require(Tool.PYTEST);
        Path data = Requirements.sharedData("polyglot");
        Path exercises = data.resolve("python/exercises/practice");
        try (LocalOpenAiServer server = LocalOpenAiServer.start()) {
            server.enqueue(
                    text(reply("affine_cipher.py", exercises.resolve(SOLVED).resolve(".meta/example.py"))),
                    text(reply("beer_song.py", exercises.resolve(UNSOLVED).resolve("beer_song.py"))));

            int exit = run(
                    "eval",
                    "polyglot",
                    "--data",
                    data.toString(),
                    "--language",
                    "python",
                    "--exercises",
                    SOLVED + "," + UNSOLVED,
                    "--method",
                    "direct",
                    "--model",
                    "gpt-4o",
                    "--base-url",
                    server.baseUrl(),
                    "--output",
                    "reports");

            assertThat(exit).as(err.toString(StandardCharsets.UTF_8)).isEqualTo(ExitCode.RUN_FAILED);
            assertThat(out.toString(StandardCharsets.UTF_8)).contains("1/2 passed");
            assertThat(server.requests())
                    .hasSize(2)
                    .noneMatch(request -> request.bodyText().contains("def test_"));
        }
        try (var reports = Files.walk(project.resolve("reports"))) {
            assertThat(reports.map(path -> path.getFileName().toString()))
                    .contains("report.json", "report.md", "chart.png");
        }
    }

    @Test
    void an_unknown_language_is_a_usage_error_naming_the_languages() {
        Path data = Requirements.sharedData("polyglot");

        int exit = run("eval", "polyglot", "--data", data.toString(), "--language", "cobol", "--model", "gpt-4o");

        assertThat(exit).isEqualTo(ExitCode.USAGE);
        assertThat(err.toString(StandardCharsets.UTF_8)).contains("cobol", "java", "python", "javascript");
    }

    @Test
    void an_exercise_without_tests_is_refused_before_any_request_and_nothing_counts_as_passed() throws Exception {
        Path data = project.resolve("data");
        Path exercise = FolderCopy.copy(
                Requirements.sharedData("polyglot")
                        .resolve("python/exercises/practice")
                        .resolve(SOLVED),
                data.resolve("python/exercises/practice").resolve(SOLVED));
        Files.delete(exercise.resolve("affine_cipher_test.py"));
        try (LocalOpenAiServer server = LocalOpenAiServer.start()) {
            int exit = run(
                    "eval",
                    "polyglot",
                    "--data",
                    data.toString(),
                    "--language",
                    "python",
                    "--exercises",
                    SOLVED,
                    "--method",
                    "direct",
                    "--model",
                    "gpt-4o",
                    "--base-url",
                    server.baseUrl(),
                    "--output",
                    "reports");

            assertThat(exit).isEqualTo(ExitCode.USAGE);
            assertThat(err.toString(StandardCharsets.UTF_8))
                    .contains(
                            exercise.toString(),
                            "has no test files (affine_cipher_test.py missing)",
                            "restore its tests or leave it out");
            assertThat(out.toString(StandardCharsets.UTF_8)).doesNotContain("passed");
            assertThat(server.requests()).isEmpty();
        }
        assertThat(project.resolve("reports")).doesNotExist();
    }

    private static String reply(String file, Path content) throws IOException {
        return file + "\n```python\n" + Files.readString(content) + "```\n";
    }

    private int run(String... args) {
        Invocation invocation = new Invocation(
                new PrintStream(out, true, StandardCharsets.UTF_8),
                new PrintStream(err, true, StandardCharsets.UTF_8),
                Map.of("L2MAC_API_KEY", "sk-local-test"),
                project,
                Files.exists(project) ? project.resolve("home") : project,
                RunLauncher::launch);
        return Main.execute(args, invocation);
    }
}
