package dev.l2mac.cli;

import static org.assertj.core.api.Assertions.assertThat;

import dev.l2mac.llm.openai.LocalOpenAiServer;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;

/**
 * One user's setup for the hostile corpus, as a user has it: a home with {@code ~/.l2mac/config.yaml}, a project
 * folder with its {@code l2mac.yaml} (the working folder), a {@code --config} file elsewhere, each holding a
 * different canary key, and the workspace {@code out} in the project. {@link #launch} runs {@code bin/l2mac} on the
 * packaged jar; {@link #assertNoCanary} then checks that no key reached any request body, the terminal, the run
 * folder or the workspace.
 */
final class CorpusRun {
    static final Path CHECKOUT = Path.of("..").toAbsolutePath().normalize();
    static final String HOME_KEY = "sk-canary-home-6f0d2a91";
    static final String PROJECT_KEY = "sk-canary-project-b83c47e5";
    static final String CONFIG_KEY = "sk-canary-config-1d9e5c30";
    static final List<String> KEYS = List.of(HOME_KEY, PROJECT_KEY, CONFIG_KEY);
    /** A whole run on a loaded machine: a JVM, an instruction or two, and the checks with their warm-up. */
    static final long RUN_TIMEOUT_SECONDS = 300;

    final Path root;
    final Path home;
    final Path project;
    final Path config;
    final Path workspace;

    record Result(int exitCode, String output) {}

    /** A launched {@code bin/l2mac}: {@code bin/l2mac} execs the JVM, so its pid is the JVM's. */
    record Launched(Process process, java.util.concurrent.CompletableFuture<String> output) {
        long pid() {
            return process.pid();
        }

        Result await() throws InterruptedException, java.util.concurrent.ExecutionException {
            assertThat(process.waitFor(RUN_TIMEOUT_SECONDS, TimeUnit.SECONDS)).isTrue();
            return new Result(process.exitValue(), output.get());
        }
    }

    /**
     * A setup under {@code root}, which must lie outside {@code /tmp} (every sandbox replaces {@code /tmp}, which
     * would hide the files for another reason than the guard under test) and outside the home.
     */
    CorpusRun(Path root, String configExtra) throws IOException {
        this.root = root;
        this.home = Files.createDirectories(root.resolve("home"));
        this.project = Files.createDirectories(root.resolve("project"));
        this.config = Files.createDirectories(root.resolve("elsewhere")).resolve("custom.yaml");
        this.workspace = project.resolve("out");
        Files.createDirectories(home.resolve(".l2mac"));
        Files.writeString(home.resolve(".l2mac/config.yaml"), "llm:\n  api_key: " + HOME_KEY + "\n");
        Files.writeString(project.resolve("l2mac.yaml"), "llm:\n  api_key: " + PROJECT_KEY + "\n");
        Files.writeString(config, "llm:\n  api_key: " + CONFIG_KEY + "\n" + configExtra);
    }

    /** {@code bin/l2mac} with {@code args}, the model and base URL of {@code server}, and the workspace. */
    Result launch(LocalOpenAiServer server, String... args) throws IOException, InterruptedException {
        return launch(server, Map.of(), args);
    }

    Result launch(LocalOpenAiServer server, Map<String, String> environment, String... args)
            throws IOException, InterruptedException {
        return run(l2mac(server, args), environment);
    }

    /** As {@link #launch}, returning at once with the process, whose pid is the run's JVM's. */
    Launched start(LocalOpenAiServer server, String... args) throws IOException {
        Process process = builder(l2mac(server, args), Map.of()).start();
        return new Launched(process, java.util.concurrent.CompletableFuture.supplyAsync(() -> {
            try {
                return new String(process.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
            } catch (IOException e) {
                throw new java.io.UncheckedIOException(e);
            }
        }));
    }

    /** Any other command of {@code bin/l2mac} (undo, show, runs), with the workspace. */
    Result command(String... args) throws IOException, InterruptedException {
        return run(l2mac(null, args), Map.of());
    }

    /** {@code bin/l2mac} with {@code args}, the model of {@code server} (when there is one) and the workspace. */
    private List<String> l2mac(LocalOpenAiServer server, String... args) {
        List<String> command =
                new ArrayList<>(List.of("bash", CHECKOUT.resolve("bin/l2mac").toString()));
        command.addAll(List.of(args));
        if (server != null) {
            command.addAll(List.of("--model", "gpt-4o", "--base-url", server.baseUrl()));
        }
        command.addAll(List.of("--workspace", workspace.toString()));
        return command;
    }

    private ProcessBuilder builder(List<String> command, Map<String, String> environment) {
        ProcessBuilder builder =
                new ProcessBuilder(command).directory(project.toFile()).redirectErrorStream(true);
        builder.environment().keySet().removeIf(name -> name.startsWith("L2MAC_") || name.startsWith("OPENAI_"));
        builder.environment().put("HOME", home.toString());
        builder.environment().putAll(environment);
        return builder;
    }

    private Result run(List<String> command, Map<String, String> environment) throws IOException, InterruptedException {
        Process process = builder(command, environment).start();
        String output = new String(process.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        assertThat(process.waitFor(RUN_TIMEOUT_SECONDS, TimeUnit.SECONDS))
                .as(output)
                .isTrue();
        return new Result(process.exitValue(), output);
    }

    /** No canary key in any request body, in {@code outputs}, in the run folders or in the workspace's files. */
    void assertNoCanary(LocalOpenAiServer server, Result... outputs) throws IOException {
        for (LocalOpenAiServer.RecordedRequest request : server.requests()) {
            for (String key : KEYS) {
                assertThat(request.bodyText()).as("a request body").doesNotContain(key);
            }
        }
        for (Result result : outputs) {
            for (String key : KEYS) {
                assertThat(result.output()).as("the terminal output").doesNotContain(key);
            }
        }
        if (!Files.isDirectory(workspace)) {
            return;
        }
        try (Stream<Path> files = Files.walk(workspace)) {
            for (Path file : files.filter(Files::isRegularFile)
                    .filter(file -> !workspace.relativize(file).startsWith(".git"))
                    .toList()) {
                String text = Files.size(file) > 50_000_000 ? "" : Files.readString(file, StandardCharsets.ISO_8859_1);
                for (String key : KEYS) {
                    assertThat(text).as(file.toString()).doesNotContain(key);
                }
            }
        }
    }

    /**
     * The environment of a machine without bubblewrap: a {@code PATH} whose folders that hold {@code bwrap} are
     * replaced by copies of themselves, made of links to everything else they hold.
     */
    Map<String, String> withoutSandbox() throws IOException {
        List<String> folders = new ArrayList<>();
        int index = 0;
        for (String folder :
                System.getenv().getOrDefault("PATH", "/usr/bin:/bin").split(java.io.File.pathSeparator)) {
            Path dir = Path.of(folder);
            if (!Files.exists(dir.resolve("bwrap"))) {
                folders.add(folder);
                continue;
            }
            Path mirror =
                    Files.createDirectories(root.resolve("path-without-bwrap").resolve(String.valueOf(index++)));
            try (Stream<Path> entries = Files.list(dir)) {
                for (Path entry : entries.toList()) {
                    if (!entry.getFileName().toString().equals("bwrap")) {
                        Files.createSymbolicLink(mirror.resolve(entry.getFileName()), entry);
                    }
                }
            }
            folders.add(mirror.toString());
        }
        return Map.of("PATH", String.join(java.io.File.pathSeparator, folders));
    }

    /** Runs {@code git} in the workspace as its user would, with this setup's home. */
    Result git(String... args) throws IOException, InterruptedException {
        List<String> command = new ArrayList<>(List.of("git", "-C", workspace.toString()));
        command.addAll(List.of(args));
        return run(command, Map.of());
    }

    /** The text of every event log of the workspace's runs. */
    String events() throws IOException {
        StringBuilder all = new StringBuilder();
        try (Stream<Path> runs = Files.list(workspace.resolve(".l2mac/runs"))) {
            for (Path run : runs.toList()) {
                all.append(Files.readString(run.resolve("events.jsonl")));
            }
        }
        return all.toString();
    }
}
