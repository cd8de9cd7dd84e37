package dev.l2mac.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;

/**
 * {@code bin/l2mac} of this checkout on its packaged jar, as a user starts it: in a working folder, with a home of
 * its own, none of the caller's {@code L2MAC_*} or {@code OPENAI_*} variables, the key a local server accepts, and
 * any other variables given (such as {@code L2MAC_JAVA_OPTS}).
 */
final class BinL2mac {
    static final Path CHECKOUT = Path.of("..").toAbsolutePath().normalize();

    record Result(int exitCode, String output) {}

    private BinL2mac() {}

    /** Runs {@code bin/l2mac args...} to its end, at most {@code timeoutSeconds}; stdout and stderr together. */
    static Result run(
            Path workingDir, Path home, Map<String, String> environment, long timeoutSeconds, List<String> args)
            throws IOException, InterruptedException {
        List<String> command =
                new ArrayList<>(List.of("bash", CHECKOUT.resolve("bin/l2mac").toString()));
        command.addAll(args);
        ProcessBuilder builder =
                new ProcessBuilder(command).directory(workingDir.toFile()).redirectErrorStream(true);
        builder.environment().keySet().removeIf(name -> name.startsWith("L2MAC_") || name.startsWith("OPENAI_"));
        builder.environment().put("HOME", home.toString());
        builder.environment().put("L2MAC_API_KEY", "sk-local-test");
        builder.environment().putAll(environment);
        Process process = builder.start();
        String output = new String(process.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        assertThat(process.waitFor(timeoutSeconds, TimeUnit.SECONDS)).as(output).isTrue();
        return new Result(process.exitValue(), output);
    }
}
