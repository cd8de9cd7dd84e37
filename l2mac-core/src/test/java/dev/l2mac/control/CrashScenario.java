package dev.l2mac.control;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.l2mac.check.CheckReport;
import dev.l2mac.check.Finding;
import dev.l2mac.llm.ChatResponse;
import dev.l2mac.llm.FinishReason;
import dev.l2mac.llm.LlmClient;
import dev.l2mac.llm.LlmException;
import dev.l2mac.llm.Message;
import dev.l2mac.llm.ScriptedLlm;
import dev.l2mac.llm.ToolCall;
import dev.l2mac.llm.Usage;
import dev.l2mac.memory.DiskFileStore;
import dev.l2mac.memory.FileStore;
import dev.l2mac.process.LocalProcessRunner;
import dev.l2mac.program.Domain;
import dev.l2mac.program.PromptPack;
import dev.l2mac.run.RecordedEvents;
import dev.l2mac.run.RunEvent;
import dev.l2mac.run.RunFolder;
import dev.l2mac.settings.Limits;
import dev.l2mac.settings.OnFailure;
import dev.l2mac.testing.StoreContents;
import dev.l2mac.tools.ToolBox;
import dev.l2mac.tools.ToolSettings;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.stream.Stream;
import org.eclipse.jgit.api.Git;
import org.eclipse.jgit.api.errors.GitAPIException;
import org.eclipse.jgit.revwalk.RevCommit;

/**
 * A deterministic five-instruction run for crash tests: a bootstrapped plan; failing checks corrected twice; a
 * context overflow reported by the provider and recovered from a progress summary; a reply without tool calls;
 * writes, rewrites, views, listings and deletes. Every file operation is counted in a side file outside the
 * workspace, so that a test sees any tool call executed twice.
 */
final class CrashScenario {
    static final String TASK = "Build a small package in five steps.";
    /** Any file containing this marker fails the scenario's check. */
    static final String BUG = "BUG";

    private static final ObjectMapper JSON = new ObjectMapper();

    private CrashScenario() {}

    /** The model's answers, in order; a resumed run gets those after the ones its log already holds. */
    static List<ScriptedLlm.Step> script() {
        List<ScriptedLlm.Step> steps = new ArrayList<>();
        ObjectNode plan = JSON.createObjectNode();
        ArrayNode planned = plan.putArray("steps");
        List.of(
                        "Write a and b.",
                        "Write c and look around.",
                        "Write d, drop a.",
                        "Write e/f twice.",
                        "Write g, drop b.")
                .forEach(planned::add);
        steps.add(calls(new ToolCall("p1", "provide_detailed_sub_task_steps_for_sub_agents", plan.toString())));
        // 1: a bug caught by the check, then fixed
        steps.add(calls(write("c1", Map.of("a.py", "x = 1\n", "b.py", "y = '" + BUG + "'\n"))));
        steps.add(calls(complete("c2")));
        steps.add(calls(write("c3", Map.of("b.py", "y = 2\n"))));
        steps.add(calls(complete("c4")));
        steps.add(text("Wrote a.py and b.py."));
        // 2: the provider reports an overflow; restart from a progress summary
        steps.add(calls(write("c5", Map.of("c.py", "z = 3\n"))));
        steps.add(request -> {
            throw new LlmException.ContextOverflow("maximum context length exceeded", null);
        });
        steps.add(text("Wrote c.py; still to look around."));
        steps.add(calls(view("c6", "a.py"), new ToolCall("c7", "list_files", "{}")));
        steps.add(calls(complete("c8")));
        steps.add(text("Wrote c.py."));
        // 3: a reply without tool calls gets a reminder
        steps.add(text("Let me think about step 3."));
        steps.add(calls(write("c9", Map.of("d.py", "w = 4\n")), delete("c10", "a.py")));
        steps.add(calls(complete("c11")));
        steps.add(text("Wrote d.py, deleted a.py."));
        // 4: a file rewritten
        steps.add(calls(write("c12", Map.of("e/f.py", "v = 1\n"))));
        steps.add(calls(write("c13", Map.of("e/f.py", "v = 2\n"))));
        steps.add(calls(complete("c14")));
        steps.add(text("Wrote e/f.py."));
        // 5: another bug caught and fixed, and a delete
        steps.add(calls(write("c15", Map.of("g.py", "g = '" + BUG + "'\n"))));
        steps.add(calls(complete("c16")));
        steps.add(calls(write("c17", Map.of("g.py", "g = 5\n")), delete("c18", "b.py")));
        steps.add(calls(complete("c19")));
        steps.add(text("Wrote g.py, deleted b.py."));
        return steps;
    }

    /** The scripted model, skipping the first {@code answered} answers. */
    static ScriptedLlm model(int answered) {
        ScriptedLlm model = new ScriptedLlm("gpt-4");
        script().stream().skip(answered).forEach(model::then);
        return model;
    }

    /** The machine over {@code workspace}, counting file operations in {@code executions}. */
    static Machine machine(Path workspace, LlmClient model, Path executions) {
        return machine(workspace, model, executions, Limits.DEFAULTS);
    }

    static Machine machine(Path workspace, LlmClient model, Path executions, Limits limits) {
        return machine(workspace, model, executions, limits, OnFailure.KEEP);
    }

    static Machine machine(Path workspace, LlmClient model, Path executions, Limits limits, OnFailure onFailure) {
        return machine(workspace, model, executions, limits, onFailure, WorkPoints.NONE);
    }

    /** The machine, passing {@code points} at every file write and delete, check and commit moment. */
    static Machine machine(Path workspace, LlmClient model, Path executions, WorkPoints points) {
        return machine(workspace, model, executions, Limits.DEFAULTS, OnFailure.KEEP, points);
    }

    private static Machine machine(
            Path workspace, LlmClient model, Path executions, Limits limits, OnFailure onFailure, WorkPoints points) {
        FileStore files =
                new CountingFileStore(new DiskFileStore(workspace, Limits.DEFAULTS.maxFileBytes()), executions, points);
        ToolBox tools = ToolBox.codebase(
                files,
                new LocalProcessRunner(),
                ToolSettings.of(
                        Limits.DEFAULTS.viewMaxChars(),
                        Limits.DEFAULTS.toolOutputMaxChars(),
                        Limits.DEFAULTS.runTimeout(),
                        workspace));
        try {
            OutputChecks checks = () -> {
                points.reached("check");
                return check(files);
            };
            return Machine.builder(
                            model,
                            files,
                            tools,
                            checks,
                            PromptPack.builtIn(Domain.CODEBASE),
                            limits,
                            0.0,
                            Clock.systemUTC())
                    .onFailure(onFailure)
                    .probingCommits(points)
                    .build();
        } catch (Exception e) {
            throw new IllegalStateException(e);
        }
    }

    static RunRequest request(Path workspace) {
        return new RunRequest(Domain.CODEBASE, TASK, java.util.Optional.empty(), workspace, Map.of());
    }

    /** How many of the script's answers the run's log already holds: what a resume must not ask for again. */
    static int answered(Path workspace) throws IOException {
        RunFolder folder = RunFolder.latest(workspace).orElseThrow();
        return (int) RecordedEvents.read(folder.eventsFile()).path().stream()
                .filter(e -> e instanceof RunEvent.ResponseReceived || e instanceof RunEvent.RequestFailed)
                .count();
    }

    /**
     * The tree of every commit on the workspace's branch, oldest first: the history a resumed run must reproduce
     * (an instruction committed twice, or not at all, shows as a different sequence).
     */
    static List<String> commitTrees(Path workspace) throws IOException {
        try (Git git = Git.open(workspace.toFile())) {
            List<String> trees = new ArrayList<>();
            for (RevCommit commit : git.log().call()) {
                trees.add(commit.getTree().getName());
            }
            return trees.reversed();
        } catch (GitAPIException e) {
            throw new IOException("could not read the history of " + workspace, e);
        }
    }

    /** Every file of the workspace but the run records, by path. */
    static Map<String, String> files(Path workspace) throws IOException {
        Map<String, String> files = new TreeMap<>();
        try (Stream<Path> all = Files.walk(workspace)) {
            for (Path file : all.filter(Files::isRegularFile).toList()) {
                String relative = workspace.relativize(file).toString().replace('\\', '/');
                if (!relative.startsWith(".l2mac/") && !relative.startsWith(".git/")) {
                    files.put(relative, Files.readString(file));
                }
            }
        }
        return files;
    }

    private static List<CheckReport> check(FileStore files) {
        return StoreContents.of(files).entrySet().stream()
                .filter(e -> e.getValue().contains(BUG))
                .findFirst()
                .<List<CheckReport>>map(e -> List.of(new CheckReport.Failed(
                        "bug-finder",
                        List.of(new Finding(e.getKey(), 1, 0, Finding.Severity.ERROR, "a bug marker remains", "")))))
                .orElse(List.of(new CheckReport.Passed("bug-finder", "no bug markers")));
    }

    private static ScriptedLlm.Step calls(ToolCall... calls) {
        return request -> new ChatResponse(
                new Message.AssistantMessage("", List.of(calls)), new Usage(100, 20), FinishReason.TOOL_CALLS);
    }

    private static ScriptedLlm.Step text(String text) {
        return request ->
                new ChatResponse(Message.AssistantMessage.ofText(text), new Usage(100, 20), FinishReason.STOP);
    }

    private static ToolCall write(String id, Map<String, String> files) {
        ObjectNode args = JSON.createObjectNode();
        ArrayNode list = args.putArray("list_of_file_objects");
        new TreeMap<>(files)
                .forEach((path, content) ->
                        list.addObject().put("file_path", path).put("file_contents", content));
        return new ToolCall(id, "write_files", args.toString());
    }

    private static ToolCall view(String id, String file) {
        return new ToolCall(id, "view_files", "{\"files\": [\"" + file + "\"]}");
    }

    private static ToolCall delete(String id, String file) {
        return new ToolCall(id, "delete_files", "{\"files\": [\"" + file + "\"]}");
    }

    private static ToolCall complete(String id) {
        return new ToolCall(id, "sub_task_step_complete", "{}");
    }
}
