package dev.l2mac.tools;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.l2mac.check.CheckPlan;
import dev.l2mac.check.Checks;
import dev.l2mac.check.catalog.CheckerCatalog;
import dev.l2mac.check.java.JUnitLauncherJar;
import dev.l2mac.llm.ToolCall;
import dev.l2mac.llm.ToolSpec;
import dev.l2mac.memory.FileStore;
import dev.l2mac.process.ProcessRunner;
import java.nio.file.Path;
import java.util.Collection;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;

/**
 * The tools offered to the model, by name, and the one place a tool call is executed: its arguments are parsed once,
 * and every failure (unparsable arguments, an unknown tool, a tool that throws) comes back as a
 * {@link ToolResult.Error} rather than an exception.
 */
public final class ToolBox {

    /** The answer to an interrupted call of a tool that is not safe to execute twice. */
    public static final String INTERRUPTED = "This call was interrupted (the run stopped while it was executing) and"
            + " was not executed again, because running it twice could do its work twice. Look at the files to see"
            + " whether it took effect, then call it again if it did not.";

    /** How much of unparsable arguments is quoted back to the model. */
    static final int ARGUMENT_QUOTE_CHARS = 200;

    private static final ObjectMapper JSON = new ObjectMapper().enable(DeserializationFeature.FAIL_ON_TRAILING_TOKENS);

    private final Map<String, Tool> tools;
    private final CallHistory history;

    /** A toolbox of these tools, in this order; names must be unique. */
    public ToolBox(List<? extends Tool> tools) {
        this(tools, CallHistory.NONE);
    }

    private ToolBox(List<? extends Tool> tools, CallHistory history) {
        Map<String, Tool> byName = new LinkedHashMap<>();
        for (Tool tool : tools) {
            if (byName.putIfAbsent(tool.name(), tool) != null) {
                throw new IllegalArgumentException(
                        "Two tools are named '" + tool.name() + "'; tool names must be" + " unique.");
            }
        }
        this.tools = Collections.unmodifiableMap(byName);
        this.history = Objects.requireNonNull(history, "history");
    }

    /**
     * This toolbox continuing an interrupted run: a call that finished before returns its recorded result without
     * being executed again; a call that was interrupted is executed again only when its tool is
     * {@linkplain Tool#repeatSafe() repeat-safe}, and otherwise answered with {@link #INTERRUPTED}.
     */
    public ToolBox resumingWith(CallHistory history) {
        return new ToolBox(List.copyOf(tools.values()), history);
    }

    /**
     * The codebase domain's tools, with {@code run_tests} running the standard checks of every language; see
     * {@link #codebase(FileStore, ProcessRunner, ToolSettings, Checks)}.
     */
    public static ToolBox codebase(FileStore store, ProcessRunner runner, ToolSettings settings) {
        return codebase(
                store,
                runner,
                settings,
                CheckerCatalog.forWorkspace(
                        runner,
                        CheckPlan.allLanguages(settings.runTimeout(), settings.toolOutputMaxChars()),
                        JUnitLauncherJar.standard(JUnitLauncherJar.defaultCacheDirectory())));
    }

    /**
     * The codebase domain's tools: step completion, file viewing, writing, editing, deleting and listing, running
     * pytest and Python files, running {@code checks} ({@code run_tests}) and shell commands, searching files and
     * outlining their definitions. A run offers only those its stack names. Processes run in
     * {@code settings.workspace()}, or else in the store's root; with neither, the run tools refuse every call.
     */
    public static ToolBox codebase(FileStore store, ProcessRunner runner, ToolSettings settings, Checks checks) {
        Path workspace =
                Optional.ofNullable(settings.workspace()).or(store::root).orElse(null);
        PythonRun python = new PythonRun(runner, settings, workspace);
        return new ToolBox(List.of(
                new StepCompleteTool(),
                new ViewFilesTool(store, settings.viewMaxChars()),
                new WriteFilesTool(store),
                new EditFileTool(store),
                new DeleteFilesTool(store),
                new ListFilesTool(store, settings.viewMaxChars()),
                new PytestFilesTool(store, python),
                new RunPythonFileTool(store, python),
                new RunTestsTool(checks, workspace, settings.toolOutputMaxChars()),
                new RunCommandTool(python),
                new SearchFilesTool(store, settings.viewMaxChars()),
                new OutlineFilesTool(store, settings.viewMaxChars())));
    }

    /** The book domain's tools: step completion and the file tools; nothing runs code. */
    public static ToolBox book(FileStore store, ToolSettings settings) {
        return new ToolBox(List.of(
                new StepCompleteTool(),
                new ViewFilesTool(store, settings.viewMaxChars()),
                new WriteFilesTool(store),
                new DeleteFilesTool(store),
                new ListFilesTool(store, settings.viewMaxChars())));
    }

    /** The tools' specifications, in order, as offered to the model. */
    public List<ToolSpec> specs() {
        return tools.values().stream().map(Tool::spec).toList();
    }

    /** The tools' names, in order. */
    public List<String> names() {
        return List.copyOf(tools.keySet());
    }

    /**
     * A toolbox with only the named tools, in this toolbox's order.
     *
     * @throws IllegalArgumentException when a name is not a tool here; the message lists the valid names
     */
    public ToolBox restrictedTo(Collection<String> names) {
        List<String> unknown = names.stream()
                .filter(name -> !tools.containsKey(name))
                .distinct()
                .toList();
        if (!unknown.isEmpty()) {
            throw new IllegalArgumentException("Unknown tool" + (unknown.size() == 1 ? " '" : "s '")
                    + String.join("', '", unknown) + "'; the valid tools are: " + String.join(", ", tools.keySet())
                    + ".");
        }
        return new ToolBox(tools.values().stream()
                .filter(tool -> names.contains(tool.name()))
                .toList());
    }

    /**
     * This toolbox with some tools described differently, by tool name; a name that is no tool here is ignored,
     * and calls work as before.
     */
    public ToolBox redescribed(Map<String, String> descriptions) {
        return new ToolBox(
                tools.values().stream()
                        .map(tool -> {
                            String description = descriptions.get(tool.name());
                            return description == null ? tool : (Tool) new RedescribedTool(tool, description);
                        })
                        .toList(),
                history);
    }

    /** True unless the named tool is known not to edit the workspace's code ({@link Tool#mayChangeFiles()}). */
    public boolean mayChangeFiles(String name) {
        Tool tool = tools.get(name);
        return tool == null || tool.mayChangeFiles();
    }

    /** Executes one call; never throws. */
    public ToolResult dispatch(ToolCall call) {
        Objects.requireNonNull(call, "call");
        Optional<ToolResult> recorded = history.recordedResult(call);
        if (recorded.isPresent()) {
            return recorded.get();
        }
        Tool tool = tools.get(call.name());
        if (tool != null && !tool.repeatSafe() && history.interrupted(call)) {
            return new ToolResult.Error(INTERRUPTED);
        }
        if (tool == null) {
            return new ToolResult.Error((call.name().isBlank()
                            ? "The tool call named no tool (its function or " + "its name was missing)"
                            : "There is no tool named '" + call.name() + "'")
                    + ". The available tools are: "
                    + String.join(", ", tools.keySet()) + ". Call one of these by its exact name.");
        }
        JsonNode arguments;
        try {
            arguments = parse(call.arguments());
        } catch (JsonProcessingException e) {
            return unparsable(call, "they could not be parsed (" + reason(e) + ")");
        }
        if (!arguments.isObject()) {
            return unparsable(call, "they are " + Arguments.kind(arguments) + ", not a JSON object");
        }
        try {
            return Objects.requireNonNull(tool.call(arguments), "tool result");
        } catch (RuntimeException e) {
            return new ToolResult.Error("The tool " + call.name() + " failed unexpectedly (" + e + "). This is a"
                    + " fault in the tool, not in your call; try once more, or continue another way.");
        }
    }

    private static JsonNode parse(String arguments) throws JsonProcessingException {
        return arguments.isBlank() ? JSON.createObjectNode() : JSON.readTree(arguments);
    }

    /** The parser's complaint and where it was, without the parser's own location boilerplate. */
    private static String reason(JsonProcessingException e) {
        String message = e.getOriginalMessage().lines().findFirst().orElse("malformed JSON");
        int boilerplate = message.indexOf(" (start marker at");
        String complaint = (boilerplate < 0 ? message : message.substring(0, boilerplate)).strip();
        return e.getLocation() == null
                ? complaint
                : complaint + ", at character " + (e.getLocation().getCharOffset() + 1);
    }

    private static ToolResult unparsable(ToolCall call, String why) {
        String arguments = call.arguments();
        String quoted = arguments.length() <= ARGUMENT_QUOTE_CHARS
                ? arguments
                : arguments.substring(0, ARGUMENT_QUOTE_CHARS) + "... (" + arguments.length() + " characters in all)";
        return new ToolResult.Error("The arguments for " + call.name() + " were not valid JSON, because " + why
                + ". They began: " + quoted + "\nSend the arguments as one JSON object matching the tool's"
                + " parameters; if they were long, they may have been cut off, so send less per call.");
    }
}
