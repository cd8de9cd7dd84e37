package dev.l2mac.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** {@code bin/l2mac} as a user runs it, from another folder, on the jar this build packaged. */
class LauncherIT {
    private static final Path PROJECT = Path.of("..").toAbsolutePath().normalize();
    /** Generous: the launcher may have to find a JDK and start a JVM on a loaded machine. */
    private static final long TIMEOUT_SECONDS = 120;

    @TempDir
    Path elsewhere;

    @Test
    void help_works_from_any_folder() throws Exception {
        Result result = launch(List.of("--help"));

        assertThat(result.exitCode()).as(result.output()).isZero();
        assertThat(result.output()).contains("Usage: l2mac", "codebase", "book").doesNotContain("building");
    }

    @Test
    void without_a_model_exits_2_and_says_how_to_configure_one() throws Exception {
        Result result = launch(List.of(
                "codebase",
                "Build a URL shortener",
                "--config",
                elsewhere.resolve("none.yaml").toString()));

        assertThat(result.exitCode()).as(result.output()).isEqualTo(2);
        assertThat(result.output()).contains("l2mac: ", "OPENAI_API_KEY", "--base-url");
    }

    private record Result(int exitCode, String output) {}

    private Result launch(List<String> args) throws IOException, InterruptedException {
        Files.writeString(elsewhere.resolve("none.yaml"), "{}\n");
        List<String> command = new java.util.ArrayList<>(
                List.of("bash", PROJECT.resolve("bin/l2mac").toString()));
        command.addAll(args);
        ProcessBuilder builder =
                new ProcessBuilder(command).directory(elsewhere.toFile()).redirectErrorStream(true);
        builder.environment().keySet().removeIf(name -> name.startsWith("L2MAC_") || name.startsWith("OPENAI_"));
        builder.environment().put("HOME", elsewhere.toString());
        Process process = builder.start();
        String output = new String(process.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        assertThat(process.waitFor(TIMEOUT_SECONDS, TimeUnit.SECONDS))
                .as(output)
                .isTrue();
        return new Result(process.exitValue(), output);
    }
}
