package dev.l2mac.control;

import dev.l2mac.check.WorkspaceFiles;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;

/**
 * A generated project built on its own, as its user would build it: a copy of the workspace's files (without the
 * machine's {@code .l2mac} folder) in a fresh folder, where commands run as plain processes, outside the machine
 * and its sandbox.
 */
final class StandaloneBuild {

    /** Generous for a cold Maven or compiler on a loaded two-core machine. */
    private static final Duration TIMEOUT = Duration.ofMinutes(5);

    private final Path project;
    private final Path output;

    private StandaloneBuild(Path project, Path output) {
        this.project = project;
        this.output = output;
    }

    /** The workspace's files copied into {@code folder}/project. */
    static StandaloneBuild copyOf(Path workspace, Path folder) throws IOException {
        Path project = folder.resolve("project");
        for (String file : WorkspaceFiles.list(workspace)) {
            Path target = project.resolve(file);
            Files.createDirectories(target.getParent());
            Files.copy(workspace.resolve(file), target);
        }
        return new StandaloneBuild(project, folder.resolve("output.txt"));
    }

    Path project() {
        return project;
    }

    /** How a command ended: its exit code and its output, stdout and stderr merged. */
    record Result(int exitCode, String output) {}

    /** Runs {@code command} in the project with this process's environment plus {@code environment}. */
    Result run(Map<String, String> environment, List<String> command) throws IOException, InterruptedException {
        ProcessBuilder builder = new ProcessBuilder(command)
                .directory(project.toFile())
                .redirectErrorStream(true)
                .redirectOutput(output.toFile());
        // Options for the build running these tests, not for the project's.
        builder.environment().remove("MAVEN_ARGS");
        builder.environment().putAll(environment);
        Process process = builder.start();
        if (!process.waitFor(TIMEOUT.toSeconds(), TimeUnit.SECONDS)) {
            process.descendants().forEach(ProcessHandle::destroyForcibly);
            process.destroyForcibly();
            throw new AssertionError(String.join(" ", command) + " did not end within " + TIMEOUT + ":\n"
                    + Files.readString(output, StandardCharsets.UTF_8));
        }
        return new Result(process.exitValue(), Files.readString(output, StandardCharsets.UTF_8));
    }
}
