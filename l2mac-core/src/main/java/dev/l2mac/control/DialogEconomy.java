package dev.l2mac.control;

import dev.l2mac.llm.Message;
import dev.l2mac.llm.ToolCall;
import dev.l2mac.memory.FileStore;
import dev.l2mac.memory.FileTooLargeException;
import dev.l2mac.memory.MemoryException;
import dev.l2mac.settings.ContextSaving;
import dev.l2mac.tools.CallContents;
import dev.l2mac.tools.ToolResult;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * Applies the chosen {@link ContextSaving}s to an instruction's dialog as it goes into a request. The dialog itself
 * is never changed: every request is built afresh from it, so what a saving leaves out is always the stale copy.
 */
final class DialogEconomy {
    static final String WORKING_FILES_HEADING = "Working files: the current contents of every file viewed or"
            + " written in this step so far (the views and writes below refer here).\n";
    static final String WRITTEN_NOTE = "(written; the current contents are in the working files)";
    static final String VIEWED_NOTE = "(shown; the current contents are in the working files): ";
    static final String SUPERSEDED_TEST_RUN = "(output superseded by a later run of the same tests)";
    static final String MISSING = "(does not exist now)";

    private final Set<ContextSaving> savings;
    private final FileStore files;
    private final int workingFilesMaxChars;

    DialogEconomy(Set<ContextSaving> savings, FileStore files, int workingFilesMaxChars) {
        this.savings = savings.isEmpty() ? EnumSet.noneOf(ContextSaving.class) : EnumSet.copyOf(savings);
        this.files = files;
        this.workingFilesMaxChars = workingFilesMaxChars;
    }

    /** The working-files message (when that saving is on and the dialog has seen files) and the economized dialog. */
    record Economized(Optional<Message> workingFiles, List<Message> dialog) {}

    /** The working files as text, and the files seen that did not fit in them. */
    private record WorkingFiles(String text, Set<String> leftOut) {}

    /**
     * Economizes {@code dialog}, whose tool calls' {@code results} are given by call id; a tool result message
     * without its result is left as it is.
     */
    Economized apply(List<Message> dialog, Map<String, ToolResult> results) {
        Optional<WorkingFiles> working = working(dialog, results);
        Set<String> leftOut = working.map(WorkingFiles::leftOut).orElse(Set.of());
        return new Economized(
                working.map(files -> new Message.UserMessage(files.text())), economized(dialog, results, leftOut));
    }

    /** The working-files message to put before the dialog, when that saving is on and the dialog has seen files. */
    Optional<Message> workingFiles(List<Message> dialog, Map<String, ToolResult> results) {
        return apply(dialog, results).workingFiles();
    }

    /**
     * The dialog with stale contents replaced by notes. The latest view of a file too big for the working files
     * (also one too large to read whole, of which a view shows the start) is not stale: it stays, so that such a
     * file can always be seen. A view of ranges of lines stays too: no working copy holds them.
     */
    List<Message> dialog(List<Message> dialog, Map<String, ToolResult> results) {
        return apply(dialog, results).dialog();
    }

    private Optional<WorkingFiles> working(List<Message> dialog, Map<String, ToolResult> results) {
        if (!savings.contains(ContextSaving.WORKING_FILES)) {
            return Optional.empty();
        }
        Set<String> seen = new LinkedHashSet<>();
        Map<String, ToolCall> calls = calls(dialog);
        for (Message message : dialog) {
            if (message instanceof Message.ToolResultMessage result
                    && succeeded(result, results)
                    && calls.containsKey(result.toolCallId())) {
                ToolCall call = calls.get(result.toolCallId());
                seen.addAll(CallContents.filesViewed(call));
                seen.addAll(CallContents.filesWritten(call));
            }
        }
        return seen.isEmpty() ? Optional.empty() : Optional.of(render(seen));
    }

    private List<Message> economized(List<Message> dialog, Map<String, ToolResult> results, Set<String> leftOut) {
        Map<String, ToolCall> calls = calls(dialog);
        Map<String, String> latestTestRun = new HashMap<>();
        for (Message message : dialog) {
            if (message instanceof Message.ToolResultMessage result
                    && calls.containsKey(result.toolCallId())
                    && CallContents.runsTests(calls.get(result.toolCallId()))) {
                latestTestRun.put(
                        calls.get(result.toolCallId()).arguments().replaceAll("\\s", ""), result.toolCallId());
            }
        }
        Set<String> okResults = new java.util.HashSet<>();
        dialog.stream()
                .filter(m -> m instanceof Message.ToolResultMessage r && succeeded(r, results))
                .forEach(m -> okResults.add(((Message.ToolResultMessage) m).toolCallId()));
        Set<String> latestViews = latestViews(dialog, calls, okResults, leftOut);
        List<Message> out = new ArrayList<>(dialog.size());
        for (Message message : dialog) {
            out.add(
                    switch (message) {
                        case Message.AssistantMessage reply ->
                            savings.contains(ContextSaving.WORKING_FILES)
                                    ? withoutWrittenContents(reply, okResults)
                                    : reply;
                        case Message.ToolResultMessage result ->
                            calls.containsKey(result.toolCallId()) && !latestViews.contains(result.toolCallId())
                                    ? economized(
                                            result,
                                            results.get(result.toolCallId()),
                                            calls.get(result.toolCallId()),
                                            latestTestRun)
                                    : result;
                        case Message.SystemMessage system -> system;
                        case Message.UserMessage user -> user;
                    });
        }
        return out;
    }

    /** The ids of the latest successful view of each file in {@code leftOut}. */
    private static Set<String> latestViews(
            List<Message> dialog, Map<String, ToolCall> calls, Set<String> okResults, Set<String> leftOut) {
        Map<String, String> latest = new HashMap<>();
        for (Message message : dialog) {
            if (message instanceof Message.ToolResultMessage result
                    && okResults.contains(result.toolCallId())
                    && calls.containsKey(result.toolCallId())) {
                CallContents.filesViewed(calls.get(result.toolCallId())).stream()
                        .filter(leftOut::contains)
                        .forEach(path -> latest.put(path, result.toolCallId()));
            }
        }
        return Set.copyOf(latest.values());
    }

    private Message economized(
            Message.ToolResultMessage result, ToolResult kind, ToolCall call, Map<String, String> latestTestRun) {
        if (kind == null || kind instanceof ToolResult.Error) {
            return result;
        }
        List<String> viewed = CallContents.filesViewed(call);
        if (savings.contains(ContextSaving.WORKING_FILES) && !viewed.isEmpty() && !CallContents.viewsLineRanges(call)) {
            return new Message.ToolResultMessage(
                    result.toolCallId(), result.toolName(), VIEWED_NOTE + String.join(", ", viewed));
        }
        if (!CallContents.runsTests(call)) {
            return result;
        }
        boolean latest =
                result.toolCallId().equals(latestTestRun.get(call.arguments().replaceAll("\\s", "")));
        if (savings.contains(ContextSaving.STALE_TEST_RUNS) && !latest) {
            return new Message.ToolResultMessage(result.toolCallId(), result.toolName(), SUPERSEDED_TEST_RUN);
        }
        if (savings.contains(ContextSaving.SHORT_PASSING_TESTS)
                && kind instanceof ToolResult.TestsRan tests
                && tests.passed()) {
            return new Message.ToolResultMessage(result.toolCallId(), result.toolName(), firstAndLast(result.text()));
        }
        return result;
    }

    private static Message.AssistantMessage withoutWrittenContents(
            Message.AssistantMessage reply, Set<String> okResults) {
        if (!reply.hasToolCalls()) {
            return reply;
        }
        List<ToolCall> calls = reply.toolCalls().stream()
                .map(call ->
                        okResults.contains(call.id()) ? CallContents.withoutWrittenContents(call, WRITTEN_NOTE) : call)
                .toList();
        return new Message.AssistantMessage(reply.text(), calls);
    }

    private WorkingFiles render(Set<String> seen) {
        StringBuilder text = new StringBuilder(WORKING_FILES_HEADING);
        List<String> over = new ArrayList<>();
        for (String path : seen) {
            String shown;
            try {
                String content = files.read(path);
                shown = "--- " + path + " ---\n" + content + (content.endsWith("\n") ? "" : "\n");
            } catch (FileTooLargeException large) {
                over.add(path);
                continue;
            } catch (MemoryException gone) {
                shown = "--- " + path + " " + MISSING + " ---\n";
            }
            if (text.length() + shown.length() > workingFilesMaxChars) {
                over.add(path);
            } else {
                text.append(shown);
            }
        }
        if (!over.isEmpty()) {
            text.append("[Not shown here, as the working files may take at most ")
                    .append(workingFilesMaxChars)
                    .append(" characters: ")
                    .append(String.join(", ", over))
                    .append("; their latest view below stands, and viewing them again shows them there.]\n");
        }
        return new WorkingFiles(text.toString(), Set.copyOf(over));
    }

    private static String firstAndLast(String text) {
        List<String> lines =
                text.strip().lines().filter(line -> !line.isBlank()).toList();
        return lines.size() <= 2 ? text : lines.getFirst() + "\n" + lines.getLast();
    }

    /** Whether the call's result is known and not an error. */
    private static boolean succeeded(Message.ToolResultMessage message, Map<String, ToolResult> results) {
        ToolResult result = results.get(message.toolCallId());
        return result != null && !(result instanceof ToolResult.Error);
    }

    private static Map<String, ToolCall> calls(List<Message> dialog) {
        Map<String, ToolCall> calls = new HashMap<>();
        dialog.stream()
                .filter(m -> m instanceof Message.AssistantMessage)
                .forEach(m -> ((Message.AssistantMessage) m).toolCalls().forEach(c -> calls.put(c.id(), c)));
        return calls;
    }
}
