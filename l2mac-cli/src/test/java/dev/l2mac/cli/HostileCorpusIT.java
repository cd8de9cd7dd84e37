package dev.l2mac.cli;

import static dev.l2mac.cli.ChatScript.call;
import static dev.l2mac.cli.ChatScript.complete;
import static dev.l2mac.cli.ChatScript.plan;
import static dev.l2mac.cli.ChatScript.write;
import static dev.l2mac.llm.openai.OpenAiReplies.raw;
import static dev.l2mac.llm.openai.OpenAiReplies.text;
import static dev.l2mac.llm.openai.OpenAiReplies.toolCalls;
import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.ObjectMapper;
import dev.l2mac.llm.openai.LocalOpenAiServer;
import dev.l2mac.process.sandbox.Sandbox;
import dev.l2mac.process.sandbox.Sandboxes;
import dev.l2mac.testing.Requirements;
import dev.l2mac.testing.Tool;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Comparator;
import java.util.Map;
import java.util.stream.Stream;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * The hostile corpus, end to end: a scripted hostile model on the local chat-completions server drives
 * {@code bin/l2mac codebase} in a real bubblewrap sandbox, one test per class of {@code docs/security.md}'s
 * "Hostile input" table. Every run also checks that none of the three canary keys (home, project and
 * {@code --config} settings) reaches a request body, the terminal, the run folder or the workspace.
 */
class HostileCorpusIT {
    private static final ObjectMapper JSON = new ObjectMapper();
    private static final String ESC = "\u001b";
    private static final String BEL = "\u0007";
    private static final String TITLE = ESC + "]0;pwned" + BEL;
    private static final String CLEAR = ESC + "[2J";

    private Path root;
    private LocalOpenAiServer server;

    @BeforeEach
    void start() throws IOException {
        Sandbox sandbox = Sandboxes.detected();
        Requirements.require(
                sandbox instanceof Sandbox.Bubblewrap,
                () -> "a bubblewrap sandbox, so generated code" + " is confined (" + sandbox.describe()
                        + "); apt-get install bubblewrap");
        Requirements.require(Tool.PYTEST);
        root = Files.createTempDirectory(
                Files.createDirectories(Path.of("target").toAbsolutePath()), "corpus-");
        server = LocalOpenAiServer.start();
    }

    @AfterEach
    void stop() throws IOException {
        server.close();
        try (Stream<Path> paths = Files.walk(root)) {
            for (Path path : paths.sorted(Comparator.reverseOrder()).toList()) {
                path.toFile().setWritable(true);
                Files.deleteIfExists(path);
            }
        }
    }

    private static String json(Object value) {
        try {
            return JSON.writeValueAsString(value);
        } catch (IOException e) {
            throw new IllegalStateException(e);
        }
    }

    /** The id of the run, from the first line of its progress. */
    private static String runId(CorpusRun.Result result) {
        java.util.regex.Matcher id =
                java.util.regex.Pattern.compile("Run (\\S+) \\(").matcher(result.output());
        assertThat(id.find()).as(result.output()).isTrue();
        return id.group(1);
    }

    /** A reply that runs {@code line} with {@code run_command}. */
    private static LocalOpenAiServer.Reply run(String line) {
        return toolCalls(call("run_command", json(Map.of("command", line))));
    }

    // ---- 1. reserved names at every depth; nested repositories -------------------------------------------------

    @Test
    void a_planted_nested_repository_never_runs_its_configuration_in_the_users_git() throws Exception {
        CorpusRun user = new CorpusRun(root, "");
        Path ran = root.resolve("fsmonitor-ran");
        String plant = "mkdir -p vendor && git -C vendor init -q && git -C vendor config core.fsmonitor 'touch " + ran
                + "' && printf 'X = 1\\n' > vendor/mod.py";
        server.enqueue(
                toolCalls(plan("Write app.py and vendor a module under vendor/.")),
                toolCalls(write(Map.of(
                        "sub/.git/config", "[core]\n\tfsmonitor = touch " + ran + "\n", "app.py", "print('hi')\n"))),
                run("git config core.fsmonitor 'touch " + ran + "'; " + plant),
                toolCalls(write(Map.of("app.py", "print('hi')\n"))),
                toolCalls(complete()),
                text("app.py written; vendor/ holds the module."));

        CorpusRun.Result first = user.launch(
                server,
                "codebase",
                "Write app.py.",
                "--config",
                user.config.toString(),
                "--no-checks",
                "--require-sandbox");

        assertThat(first.exitCode()).as(first.output()).isZero();
        assertThat(server.requests().get(2).bodyText()).contains("reserved");
        assertThat(server.requests().get(3).bodyText()).contains("Read-only file system");
        CorpusRun.Result status = user.git("status", "--porcelain");
        CorpusRun.Result index = user.git("ls-files", "-s");
        CorpusRun.Result log = user.git("log", "--format=%B");
        assertThat(status.exitCode()).as(status.output()).isZero();
        assertThat(index.output()).contains("vendor/mod.py").doesNotContain("160000");
        assertThat(log.output()).contains("L2mac-Removed-Repository: vendor/.git");
        assertThat(ran).as("the planted fsmonitor ran").doesNotExist();
        assertThat(user.workspace.resolve("vendor/.git")).doesNotExist();
        user.assertNoCanary(server, first, status, log);
    }

    @Test
    void a_nested_repository_is_reported_to_the_model_as_a_finding_it_can_act_on() throws Exception {
        CorpusRun user = new CorpusRun(root, "");
        server.enqueue(
                toolCalls(plan("Write app.py.")),
                run("printf 'print(1)\\n' > app.py && mkdir -p lib && git -C lib init -q"),
                toolCalls(complete()),
                run("rm -rf lib/.git"),
                toolCalls(complete()),
                text("app.py written."));

        CorpusRun.Result result = user.launch(
                server, "codebase", "Write app.py.", "--config", user.config.toString(), "--require-sandbox");

        assertThat(result.exitCode()).as(result.output()).isZero();
        assertThat(server.requests().get(3).bodyText())
                .contains("nested-repositories", "lib/.git", "rm -rf 'lib/.git'");
        user.assertNoCanary(server, result);
    }

    // ---- 2. the engine reads a path from checker output only inside the workspace ------------------------------

    @Test
    void checker_output_naming_a_settings_file_shows_no_line_of_it() throws Exception {
        CorpusRun user = new CorpusRun(root, """
                run:
                  command_checks:
                    - name: leak
                      command: [sh, -c, "echo '../../elsewhere/custom.yaml:1:3: error: see the key'; \
                echo '../l2mac.yaml:2:3: error: and this one'; echo '%s:2:1: error: and the home'; exit 1"]
                """.formatted(root.resolve("home/.l2mac/config.yaml")));
        server.enqueue(
                toolCalls(plan("Write notes.txt.")),
                toolCalls(write(Map.of("notes.txt", "notes\n"))),
                toolCalls(complete()),
                toolCalls(complete()),
                toolCalls(complete()),
                toolCalls(complete()));

        CorpusRun.Result result = user.launch(
                server,
                "codebase",
                "Write notes.",
                "--config",
                user.config.toString(),
                "--require-sandbox",
                "--max-requests",
                "5");

        assertThat(server.requests()).hasSizeGreaterThanOrEqualTo(4);
        assertThat(server.requests().get(3).bodyText()).contains("see the key", "and this one", "and the home");
        user.assertNoCanary(server, result);
    }

    // ---- 3. no secret inside the sandbox ------------------------------------------------------------------------

    @Test
    void generated_code_sees_no_settings_file_and_no_key_in_its_environment() throws Exception {
        CorpusRun user = new CorpusRun(root, "");
        String look = String.join(
                "; ",
                "cat " + user.config,
                "cat " + user.project.resolve("l2mac.yaml"),
                "cat ../l2mac.yaml",
                "cat " + user.home.resolve(".l2mac/config.yaml"),
                "cat ~/.l2mac/config.yaml",
                "env",
                "cat /proc/self/environ | tr '\\0' '\\n'",
                "ls -la " + user.config.getParent());
        server.enqueue(
                toolCalls(plan("Write notes.txt.")),
                run(look),
                toolCalls(write(Map.of("notes.txt", "notes\n"))),
                toolCalls(complete()),
                text("Done."));

        CorpusRun.Result result = user.launch(
                server,
                Map.of("OPENAI_API_KEY", CorpusRun.HOME_KEY),
                "codebase",
                "Write notes.",
                "--config",
                user.config.toString(),
                "--require-sandbox");

        assertThat(result.exitCode()).as(result.output()).isZero();
        assertThat(server.requests().get(2).bodyText()).contains("custom.yaml", "PATH=");
        user.assertNoCanary(server, result);
    }

    // ---- 4. model text is inert ---------------------------------------------------------------------------------

    @Test
    void escape_sequences_from_the_model_reach_neither_the_terminal_nor_the_history() throws Exception {
        CorpusRun user = new CorpusRun(root, "");
        server.enqueue(
                toolCalls(plan("Write app.py" + TITLE + CLEAR, "Then stop" + CLEAR)),
                toolCalls(
                        call("write" + CLEAR, "{}"),
                        call("view_files", json(Map.of("files", java.util.List.of("a" + TITLE + ".py"))))),
                toolCalls(write(Map.of("app.py", "print('hi')\n"))),
                toolCalls(complete()),
                text("Wrote app.py" + TITLE + CLEAR),
                toolCalls(complete()),
                text("Nothing more" + CLEAR));

        CorpusRun.Result result = user.launch(
                server, "codebase", "Write app.py.", "--config", user.config.toString(), "--require-sandbox");
        CorpusRun.Result runs = user.command("runs");
        CorpusRun.Result log = user.git("log", "--format=%B");
        CorpusRun.Result show = user.command("show", runId(result));

        assertThat(result.exitCode()).as(result.output()).isZero();
        assertThat(show.exitCode()).as(show.output()).isZero();
        assertThat(result.output()).contains("\\u001b");
        for (CorpusRun.Result shown : java.util.List.of(result, runs, log, show)) {
            assertThat(shown.output()).as(shown.output()).doesNotContain(ESC, BEL);
        }
        user.assertNoCanary(server, result, runs, show);
    }

    // ---- 5. a malformed reply is a tool error or a retry --------------------------------------------------------

    private static String completion(String toolCalls, String usage) {
        return """
                {"id": "chatcmpl-x", "object": "chat.completion", "created": 1700000000, "model": "gpt-4o",
                 "choices": [{"index": 0, "message": {"role": "assistant", "content": null, "tool_calls": %s},
                              "finish_reason": "tool_calls"}],
                 "usage": %s}""".formatted(toolCalls, usage);
    }

    @Test
    void malformed_replies_become_tool_errors_or_retries_and_the_run_completes() throws Exception {
        CorpusRun user = new CorpusRun(root, "");
        String huge = "x".repeat(17 * 1024 * 1024);
        server.enqueue(
                toolCalls(plan("Write app.py.")),
                raw(
                        200,
                        "application/json",
                        completion("""
                        [{"id": "c1", "type": "function", "function": null},
                         {"type": "function", "function": {"name": "list_files", "arguments": "{}"}}]""", "{\"prompt_tokens\": \"many\", \"completion_tokens\": -3}")),
                raw(200, "application/json", completion("""
                        [{"id": "c2", "type": "function", "function": {"name": "write_files", "arguments":
                          {"list_of_file_objects": [{"file_path": "app.py", "file_contents": "print(1)\\n"}]}}}]""", "null")),
                raw(200, "application/json", completion("""
                        [{"id": "c3", "type": "function", "function": {"name": "view_files", "arguments": "%s"}}]""".formatted(huge), "null")),
                toolCalls(complete()),
                text("app.py written."));

        CorpusRun.Result result = user.launch(
                server, "codebase", "Write app.py.", "--config", user.config.toString(), "--require-sandbox");

        assertThat(result.exitCode()).as(result.output()).isZero();
        assertThat(result.output())
                .contains("Run completed", "retrying")
                .doesNotContain("Exception", "com.fasterxml", "base_url");
        assertThat(user.events()).contains("larger than 16 MiB");
        assertThat(user.workspace.resolve("app.py")).content().contains("print(1)");
        user.assertNoCanary(server, result);
    }

    // ---- 6. bounded memory --------------------------------------------------------------------------------------

    @Test
    void huge_files_are_listed_and_viewed_in_part_by_a_small_heap() throws Exception {
        CorpusRun user = new CorpusRun(root, "");
        String make = "for i in 1 2 3; do head -c 200000000 /dev/zero | tr '\\0' 'a' > big$i.txt; done;"
                + " head -c 100000000 /dev/urandom > blob.bin; ls -l";
        server.enqueue(
                toolCalls(plan("Look at the data files.")),
                run(make),
                toolCalls(call("list_files", "{}")),
                toolCalls(call("view_files", json(Map.of("files", java.util.List.of("big1.txt", "blob.bin"))))),
                run("rm -f big1.txt big2.txt big3.txt blob.bin"),
                toolCalls(complete()),
                text("Looked."));

        CorpusRun.Result result = user.launch(
                server,
                Map.of("L2MAC_JAVA_OPTS", "-Xmx160m"),
                "codebase",
                "Look at the data.",
                "--config",
                user.config.toString(),
                "--require-sandbox");

        assertThat(result.exitCode()).as(result.output()).isZero();
        assertThat(result.output()).contains("Run completed").doesNotContain("OutOfMemoryError");
        assertThat(server.requests())
                .allSatisfy(request -> assertThat(request.bodyText().length()).isLessThan(2_000_000));
        assertThat(server.requests().get(3).bodyText()).contains("big1.txt", "blob.bin");
        user.assertNoCanary(server, result);
    }

    // ---- 7. a wall-clock limit per reply ------------------------------------------------------------------------

    @Test
    void a_trickling_server_is_cut_off_at_the_reply_deadline_while_progress_says_it_waits() throws Exception {
        CorpusRun user = new CorpusRun(root, "  timeout_seconds: 20\n");
        LocalOpenAiServer.Reply trickled = toolCalls(plan("Write app.py.")).trickled(Duration.ofSeconds(2));
        server.enqueue(
                trickled,
                toolCalls(plan("Write app.py.")),
                toolCalls(write(Map.of("app.py", "print(1)\n"))),
                toolCalls(complete()),
                text("Done."));

        CorpusRun.Result result = user.launch(
                server, "codebase", "Write app.py.", "--config", user.config.toString(), "--require-sandbox");

        assertThat(result.exitCode()).as(result.output()).isZero();
        assertThat(result.output())
                .contains(
                        "waiting for the model's reply: 15 s (it is cut off at 20 s",
                        "llm.timeout_seconds",
                        "Run completed");
        user.assertNoCanary(server, result);
    }

    // ---- 8. messages the model can act on -----------------------------------------------------------------------

    @Test
    void refusals_say_what_to_do_and_the_output_is_committed_whatever_a_gitignore_says() throws Exception {
        CorpusRun user = new CorpusRun(root, "");
        String longName = "n".repeat(300) + ".py";
        String oversized = "y".repeat(1_200_000);
        server.enqueue(
                toolCalls(plan("Write app.py.")),
                toolCalls(write(Map.of(longName, "x = 1\n"))),
                toolCalls(write(Map.of("data.txt", oversized))),
                run("ln -s /etc/hostname host-link"),
                toolCalls(call("delete_files", json(Map.of("files", java.util.List.of("host-link"))))),
                toolCalls(write(Map.of(".gitignore", "*\n", "app.py", "print('hi')\n"))),
                toolCalls(complete()),
                text("app.py written."));

        CorpusRun.Result result = user.launch(
                server, "codebase", "Write app.py.", "--config", user.config.toString(), "--require-sandbox");

        assertThat(result.exitCode()).as(result.output()).isZero();
        assertThat(server.requests().get(2).bodyText()).contains("name", "shorter");
        assertThat(server.requests().get(3).bodyText())
                .contains("over the limit")
                .doesNotContain("y".repeat(5_000));
        assertThat(server.requests())
                .allSatisfy(request -> assertThat(request.bodyText()).doesNotContain("y".repeat(5_000)));
        assertThat(server.requests().get(5).bodyText()).doesNotContain("leads outside the project");
        assertThat(server.requests().get(6).bodyText()).contains("git ignores", "committed all the same");
        assertThat(Files.exists(user.workspace.resolve("host-link"), java.nio.file.LinkOption.NOFOLLOW_LINKS))
                .isFalse();
        CorpusRun.Result tracked = user.git("ls-files");
        assertThat(tracked.output()).contains("app.py", ".gitignore");

        CorpusRun.Result undo = user.command("undo", runId(result));
        assertThat(undo.exitCode()).as(undo.output()).isZero();
        assertThat(undo.output()).contains("app.py").doesNotContain("no files changed");
        user.assertNoCanary(server, result, undo);
    }

    // ---- 9. without a sandbox --------------------------------------------------------------------------------------

    @Test
    void without_a_sandbox_no_process_outlives_its_command_and_deleted_records_are_said_to_be_lost() throws Exception {
        CorpusRun user = new CorpusRun(root, "");
        Map<String, String> noSandbox = user.withoutSandbox();
        String marker = "sleep 7100." + ProcessHandle.current().pid();
        server.enqueue(
                toolCalls(plan("Write app.py.")),
                run("setsid " + marker + " > /dev/null 2>&1 < /dev/null & (setsid sh -c '" + marker
                        + "' > /dev/null 2>&1 < /dev/null &) ; nohup " + marker + " > /dev/null 2>&1 & echo started"),
                toolCalls(write(Map.of("app.py", "print('hi')\n"))),
                toolCalls(complete()),
                text("app.py written."));

        CorpusRun.Result first =
                user.launch(server, noSandbox, "codebase", "Write app.py.", "--config", user.config.toString());

        assertThat(first.exitCode()).as(first.output()).isZero();
        assertThat(first.output()).contains("bubblewrap (bwrap) is not installed");
        assertThat(processesWith(marker))
                .as("processes started by generated code")
                .isEmpty();
        user.assertNoCanary(server, first);

        server.enqueue(
                toolCalls(plan("Clean up.")),
                run("rm -rf .git .l2mac"),
                toolCalls(write(Map.of("notes.txt", "notes\n"))),
                toolCalls(complete()),
                text("Cleaned."));
        CorpusRun.Result second =
                user.launch(server, noSandbox, "codebase", "Clean up.", "--config", user.config.toString());

        assertThat(second.exitCode()).isNotZero();
        assertThat(second.output())
                .doesNotContain("Everything recorded before is kept")
                .contains(
                        "deleted while the run was going on",
                        "is lost",
                        "cannot be resumed",
                        "the files in the workspace are kept");
    }

    // ---- 10. no leaks ---------------------------------------------------------------------------------------------

    private static final int LEAK_RUNS = 20;
    private static final Path TMP = Path.of(System.getProperty("java.io.tmpdir"));

    @Test
    void twenty_runs_with_checks_leave_no_cgroup_temporary_folder_or_process_behind() throws Exception {
        CorpusRun user = new CorpusRun(root, "");
        java.util.Set<String> tmpBefore = leftovers(TMP, 1);
        java.util.Set<Long> pids = new java.util.HashSet<>();
        String marker = "sleep 7200." + ProcessHandle.current().pid();
        for (int i = 0; i < LEAK_RUNS; i++) {
            server.enqueue(
                    toolCalls(plan("Write calc.py with add() and its pytest test.")),
                    run("(" + marker + " &) ; setsid " + marker + " > /dev/null 2>&1 < /dev/null & echo started"),
                    toolCalls(write(Map.of(
                            "calc.py",
                            "def add(a, b):\n    return a + b\n",
                            "test_calc.py",
                            "from calc import add\n\n\ndef test_add():\n    assert add(1, " + i + ") == " + (1 + i)
                                    + "\n"))),
                    toolCalls(complete()),
                    text("calc.py and its test written."));
            CorpusRun.Launched run = user.start(
                    server, "codebase", "Write calc.py.", "--config", user.config.toString(), "--require-sandbox");
            pids.add(run.pid());
            CorpusRun.Result result = run.await();
            assertThat(result.exitCode()).as(result.output()).isZero();
            assertThat(result.output()).contains("check pytest: passed");
            user.assertNoCanary(server, result);
        }

        assertThat(processesWith(marker))
                .as("processes started by generated code")
                .isEmpty();
        assertThat(processesWith(root.toString())).as("processes of the runs").isEmpty();
        // Each name carries the pid of the JVM that made it; other l2mac processes on this machine are not ours.
        java.util.Set<String> tmpAfter = leftovers(TMP, 1);
        tmpAfter.removeAll(tmpBefore);
        assertThat(tmpAfter)
                .as("temporary folders of the runs left in " + TMP)
                .noneMatch(name -> pids.stream().anyMatch(pid -> name.matches("l2mac-[a-z-]+-" + pid + "-.*")));
        assertThat(leftovers(Path.of("/sys/fs/cgroup"), 8))
                .as("cgroups of the runs")
                .noneMatch(name -> pids.stream().anyMatch(pid -> name.startsWith("l2mac-" + pid + "-")));
    }

    /** The names of the {@code l2mac-*} entries up to {@code depth} folders below {@code top}. */
    private static java.util.Set<String> leftovers(Path top, int depth) throws IOException {
        java.util.Set<String> names = new java.util.TreeSet<>();
        if (!Files.isDirectory(top)) {
            return names;
        }
        Files.walkFileTree(
                top,
                java.util.EnumSet.noneOf(java.nio.file.FileVisitOption.class),
                depth,
                new java.nio.file.SimpleFileVisitor<>() {
                    @Override
                    public java.nio.file.FileVisitResult preVisitDirectory(
                            Path dir, java.nio.file.attribute.BasicFileAttributes attributes) {
                        if (!dir.equals(top) && dir.getFileName().toString().startsWith("l2mac-")) {
                            names.add(dir.getFileName().toString());
                            return java.nio.file.FileVisitResult.SKIP_SUBTREE;
                        }
                        return java.nio.file.FileVisitResult.CONTINUE;
                    }

                    @Override
                    public java.nio.file.FileVisitResult visitFile(
                            Path file, java.nio.file.attribute.BasicFileAttributes attributes) {
                        if (file.getFileName().toString().startsWith("l2mac-")) {
                            names.add(file.getFileName().toString());
                        }
                        return java.nio.file.FileVisitResult.CONTINUE;
                    }

                    @Override
                    public java.nio.file.FileVisitResult visitFileFailed(Path file, IOException e) {
                        return java.nio.file.FileVisitResult.CONTINUE;
                    }
                });
        return names;
    }

    /** Live processes whose command line contains {@code text}. */
    private static java.util.List<String> processesWith(String text) {
        return ProcessHandle.allProcesses()
                .filter(ProcessHandle::isAlive)
                .filter(process -> process.pid() != ProcessHandle.current().pid())
                .map(process -> process.pid() + " " + commandLine(process.pid()))
                .filter(line -> line.contains(text))
                .toList();
    }

    private static String commandLine(long pid) {
        try {
            return new String(
                            Files.readAllBytes(Path.of("/proc", String.valueOf(pid), "cmdline")),
                            java.nio.charset.StandardCharsets.UTF_8)
                    .replace('\0', ' ');
        } catch (IOException e) {
            return "";
        }
    }
}
