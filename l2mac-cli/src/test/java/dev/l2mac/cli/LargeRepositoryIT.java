package dev.l2mac.cli;

import static dev.l2mac.cli.ChatScript.call;
import static dev.l2mac.cli.ChatScript.complete;
import static dev.l2mac.cli.ChatScript.plan;
import static dev.l2mac.llm.openai.OpenAiReplies.text;
import static dev.l2mac.llm.openai.OpenAiReplies.toolCalls;
import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.l2mac.llm.openai.LocalOpenAiServer;
import dev.l2mac.testing.LargeRepository;
import dev.l2mac.testing.Requirements;
import dev.l2mac.testing.Tool;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
import org.eclipse.jgit.api.Git;
import org.eclipse.jgit.diff.DiffEntry;
import org.eclipse.jgit.lib.ObjectReader;
import org.eclipse.jgit.revwalk.RevCommit;
import org.eclipse.jgit.treewalk.CanonicalTreeParser;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * A one-line change in an existing 10,000-file repository through {@code bin/l2mac}, with GPT-4's 8,192-token window
 * and a 512 MB heap, against a local chat-completions server whose scripted model searches, views a range, edits and
 * completes: the run completes, exactly one file changes, no request overflows, and the run's commits are the only
 * ones added to the repository's history.
 */
class LargeRepositoryIT {
    private static final int FILES = 10_000;
    private static final int CONTEXT_WINDOW = 8_192;
    /** Generating the repository, a JVM, the map of 10,000 files and the checks of the changed file. */
    private static final long RUN_TIMEOUT_SECONDS = 900;

    private static final ObjectMapper JSON = new ObjectMapper();

    @TempDir
    Path root;

    @Test
    void a_one_line_change_in_a_ten_thousand_file_python_repository() throws Exception {
        Requirements.require(Tool.PYLINT);
        changesOneLine(LargeRepository.python(root.resolve("shop"), FILES), "python");
    }

    /**
     * The task names no language: the repository's code is Java, so the run is written in the java stack, and its
     * compile check compiles the changed file and its users against the other 9,999 sources without compiling them.
     */
    @Test
    void a_one_line_change_in_a_ten_thousand_file_java_repository() throws Exception {
        changesOneLine(LargeRepository.java(root.resolve("shop"), FILES), "java");
    }

    private void changesOneLine(LargeRepository repository, String stack) throws Exception {
        String target = repository.target();
        int line = repository.targetLineNumber();
        RevCommit before = head(repository.root());
        try (LocalOpenAiServer server = LocalOpenAiServer.start()) {
            server.enqueue(
                    toolCalls(plan(repository.instruction())),
                    toolCalls(call("search_files", arguments("pattern", repository.targetFunction() + "("))),
                    toolCalls(call(
                            "view_files",
                            JSON.writeValueAsString(Map.of("files", List.of(target + ":" + (line - 2) + "-" + line))))),
                    toolCalls(call(
                            "edit_file",
                            arguments(
                                    "file_path", target,
                                    "old_text", repository.targetLine(),
                                    "new_text", repository.changedLine()))),
                    toolCalls(complete()),
                    text(repository.targetFunction() + " now strips the code before upper-casing it."));

            long started = System.nanoTime();
            BinL2mac.Result run = BinL2mac.run(
                    Files.createDirectories(root.resolve("project")),
                    Files.createDirectories(root.resolve("home")),
                    Map.of("L2MAC_JAVA_OPTS", "-Xmx512m"),
                    RUN_TIMEOUT_SECONDS,
                    List.of(
                            "codebase",
                            repository.task(),
                            "--model",
                            "gpt-4",
                            "--base-url",
                            server.baseUrl(),
                            "--workspace",
                            repository.root().toString()));

            System.out.printf(
                    "bin/l2mac on the 10,000-file %s repository took %.1f s%n",
                    stack, (System.nanoTime() - started) / 1e9);
            assertThat(run.exitCode()).as(run.output()).isZero();
            assertThat(run.output()).contains("Run completed", "in the " + stack + " stack");
            assertThat(server.remainingReplies()).as(run.output()).isZero();
        }
        assertThat(changedSince(repository.root(), before)).containsExactly(target);
        assertThat(repository.root().resolve(target)).content().contains(repository.changedLine());
        List<JsonNode> events = events(repository.root());
        assertThat(events)
                .noneMatch(event -> event.path("type").asText().equals("context-overflowed"))
                .noneMatch(event -> event.path("kind").asText().equals("context-overflow"));
        int largest = events.stream()
                .filter(event -> event.path("type").asText().equals("request-sent"))
                .mapToInt(event -> event.path("promptTokens").asInt()
                        + event.path("maxOutputTokens").asInt())
                .max()
                .orElseThrow();
        System.out.println(
                "largest request of the 10,000-file " + stack + " run: " + largest + " tokens with its reply's room");
        assertThat(largest).isLessThanOrEqualTo(CONTEXT_WINDOW);
        List<String> checks = events.stream()
                .filter(event -> event.path("type").asText().equals("check-reported"))
                .map(event -> event.path("checker").asText() + " "
                        + event.path("outcome").asText() + ": "
                        + event.path("details").asText())
                .toList();
        System.out.println("checks of the 10,000-file " + stack + " run: " + checks);
        if (stack.equals("java")) {
            // the edited class and the one class that uses it, not the 10,000
            assertThat(checks).contains("java-compile passed: 2 Java files compile");
        }
    }

    private static String arguments(String... keysAndValues) throws IOException {
        Map<String, String> fields = new java.util.LinkedHashMap<>();
        for (int i = 0; i < keysAndValues.length; i += 2) {
            fields.put(keysAndValues[i], keysAndValues[i + 1]);
        }
        return JSON.writeValueAsString(fields);
    }

    private static RevCommit head(Path repository) throws Exception {
        try (Git git = Git.open(repository.toFile())) {
            return git.log().setMaxCount(1).call().iterator().next();
        }
    }

    /** The files whose content differs between {@code before} and the repository's head, and every commit after. */
    private static List<String> changedSince(Path repository, RevCommit before) throws Exception {
        try (Git git = Git.open(repository.toFile());
                ObjectReader reader = git.getRepository().newObjectReader()) {
            CanonicalTreeParser old = new CanonicalTreeParser(null, reader, before.getTree());
            CanonicalTreeParser now = new CanonicalTreeParser(
                    null,
                    reader,
                    git.getRepository()
                            .parseCommit(git.getRepository().resolve("HEAD"))
                            .getTree());
            List<String> changed = new ArrayList<>();
            for (DiffEntry entry : git.diff().setOldTree(old).setNewTree(now).call()) {
                changed.add(
                        entry.getChangeType() == DiffEntry.ChangeType.DELETE ? entry.getOldPath() : entry.getNewPath());
            }
            assertThat(git.status().call().getUncommittedChanges())
                    .as("the run commits what it changes")
                    .isEmpty();
            return changed;
        }
    }

    private static List<JsonNode> events(Path workspace) throws IOException {
        Path runs = workspace.resolve(".l2mac/runs");
        try (Stream<Path> folders = Files.list(runs)) {
            Path run = folders.findFirst().orElseThrow();
            List<JsonNode> events = new ArrayList<>();
            for (String line : Files.readAllLines(run.resolve("events.jsonl"))) {
                events.add(JSON.readTree(line));
            }
            return events;
        }
    }
}
