package dev.l2mac.eval.polyglot;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.l2mac.memory.Fingerprints;
import dev.l2mac.process.ProcessRunner;
import dev.l2mac.process.ProcessRunner.ProcessResult;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.concurrent.ConcurrentHashMap;

/**
 * Jest and the Babel packages the exercises' {@code package.json} and {@code babel.config.js} need, installed once
 * by {@code npm install} into a folder of the tool cache named by the versions wanted, and reused by every exercise
 * through a symbolic link to its {@code node_modules}.
 */
final class JestInstall {
    /** The packages of an exercise's {@code devDependencies} that running its tests needs (not eslint, not types). */
    static final Set<String> NEEDED = Set.of(
            "jest", "babel-jest", "@babel/core", "@babel/preset-env", "core-js", "@exercism/babel-preset-javascript");
    /** npm fetches some 500 packages; this bounds a stalled registry. */
    static final Duration INSTALL_TIMEOUT = Duration.ofMinutes(10);

    static final String JEST_BIN = "node_modules/jest/bin/jest.js";
    private static final String DONE_MARKER = ".installed";
    private static final int FOLDER_HASH_CHARS = 12;
    private static final ObjectMapper JSON = new ObjectMapper();
    private static final Map<Path, Object> LOCKS = new ConcurrentHashMap<>();

    private JestInstall() {}

    /** The installed packages' folder, or why there is none. */
    sealed interface Installed {
        record Ready(Path folder) implements Installed {}

        record Failed(String reason) implements Installed {}
    }

    /** Installs (once per distinct set of versions) what {@code exercise}'s tests need, through {@code npm}. */
    static Installed forExercise(PolyglotExercise exercise, Path toolCache, ProcessRunner installer) {
        List<String> packages;
        try {
            packages = packages(exercise.folder().resolve("package.json"));
        } catch (IOException e) {
            return new Installed.Failed(
                    "cannot read " + exercise.folder().resolve("package.json") + ": " + e.getMessage());
        }
        String key = Fingerprints.of(String.join(" ", packages).getBytes(StandardCharsets.UTF_8))
                .substring(0, FOLDER_HASH_CHARS);
        Path folder = toolCache.resolve("jest-" + key).toAbsolutePath();
        synchronized (LOCKS.computeIfAbsent(folder, f -> new Object())) {
            if (Files.isRegularFile(folder.resolve(DONE_MARKER)) && Files.isRegularFile(folder.resolve(JEST_BIN))) {
                return new Installed.Ready(folder);
            }
            return install(folder, packages, installer);
        }
    }

    private static Installed install(Path folder, List<String> packages, ProcessRunner installer) {
        try {
            Files.createDirectories(folder);
            Files.writeString(folder.resolve("package.json"), "{\"private\": true}\n");
        } catch (IOException e) {
            return new Installed.Failed("cannot create " + folder + ": " + e.getMessage());
        }
        List<String> command =
                new ArrayList<>(List.of("npm", "install", "--no-audit", "--no-fund", "--loglevel=error"));
        command.addAll(packages);
        ProcessResult result = installer.run(
                command,
                folder,
                Map.of("npm_config_cache", folder.resolve(".npm-cache").toString()),
                INSTALL_TIMEOUT,
                TestRun.MAX_OUTPUT_CHARS,
                ProcessRunner.Access.writable(folder));
        if (!result.succeeded() || !Files.isRegularFile(folder.resolve(JEST_BIN))) {
            return new Installed.Failed("npm could not install " + String.join(" ", packages) + " into " + folder
                    + " ("
                    + switch (result) {
                        case ProcessResult.Exited exited -> "exit status " + exited.exitCode();
                        case ProcessResult.TimedOut timedOut ->
                            "still running after " + INSTALL_TIMEOUT.toMinutes() + " min";
                        case ProcessResult.CouldNotStart notStarted -> "npm did not start";
                    }
                    + "): " + TestRun.tail(result.output()) + "\nInstall Node.js and npm and let npm reach its"
                    + " registry once; the installed folder is reused afterwards.");
        }
        try {
            Files.writeString(folder.resolve(DONE_MARKER), String.join("\n", packages) + "\n", StandardCharsets.UTF_8);
        } catch (IOException e) {
            return new Installed.Failed("cannot mark " + folder + " as installed: " + e.getMessage());
        }
        return new Installed.Ready(folder);
    }

    /** {@code name@range} of each needed development dependency, sorted, so equal needs share one folder. */
    static List<String> packages(Path packageJson) throws IOException {
        JsonNode dependencies = JSON.readTree(packageJson.toFile()).path("devDependencies");
        Set<String> specs = new TreeSet<>();
        dependencies.fields().forEachRemaining(entry -> {
            if (NEEDED.contains(entry.getKey())) {
                specs.add(entry.getKey() + "@" + entry.getValue().asText());
            }
        });
        if (specs.stream().noneMatch(spec -> spec.startsWith("jest@"))) {
            throw new IOException("its devDependencies name no jest");
        }
        return List.copyOf(specs);
    }
}
