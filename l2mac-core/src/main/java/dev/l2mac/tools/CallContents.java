package dev.l2mac.tools;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.l2mac.llm.ToolCall;
import dev.l2mac.memory.MemoryException;
import dev.l2mac.memory.WorkspacePath;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * What a call of the codebase tools carries into a context, for a control unit that leaves stale content out: the
 * files whose whole contents a view returns or a write sends, and whether the call runs tests. Calls whose arguments
 * cannot be read carry nothing.
 */
public final class CallContents {
    private static final ObjectMapper JSON = new ObjectMapper();

    private CallContents() {}

    /**
     * The files a {@code view_files} call shows whole (or from their start, when too large), normalized; empty for
     * any other call. Entries that name ranges of lines are not among them.
     */
    public static List<String> filesViewed(ToolCall call) {
        List<String> paths = new ArrayList<>();
        viewEntries(call).stream()
                .filter(entry -> entry instanceof ViewEntry.Whole)
                .forEach(entry -> normalized(entry.path())
                        .filter(path -> !paths.contains(path))
                        .ifPresent(paths::add));
        return paths;
    }

    /**
     * Whether a {@code view_files} call shows ranges of lines, which no working copy of a file holds, so that its
     * result must stay. An entry is judged a range by its form alone, without asking the store whether a file has
     * that literal name.
     */
    public static boolean viewsLineRanges(ToolCall call) {
        return viewEntries(call).stream().anyMatch(entry -> entry instanceof ViewEntry.Range);
    }

    private static List<ViewEntry> viewEntries(ToolCall call) {
        if (!ViewFilesTool.NAME.equals(call.name())) {
            return List.of();
        }
        List<ViewEntry> entries = new ArrayList<>();
        arguments(call)
                .ifPresent(args -> args.path("files")
                        .forEach(file -> entries.add(ViewEntry.parse(file.asText(), literal -> false))));
        return entries;
    }

    /** The files a {@code write_files} call writes, normalized; empty for any other call. */
    public static List<String> filesWritten(ToolCall call) {
        List<String> paths = new ArrayList<>();
        writtenFiles(call)
                .forEach(file -> normalized(file.path("file_path").asText()).ifPresent(paths::add));
        return paths;
    }

    /** The call with every written file's contents replaced by {@code note}; the call itself when it writes none. */
    public static ToolCall withoutWrittenContents(ToolCall call, String note) {
        Optional<JsonNode> args = arguments(call);
        List<JsonNode> files = args.map(tree -> writtenFiles(call.name(), tree)).orElse(List.of());
        if (files.isEmpty()) {
            return call;
        }
        files.forEach(file -> ((ObjectNode) file).put("file_contents", note));
        return new ToolCall(call.id(), call.name(), args.get().toString());
    }

    /** Whether the call runs tests, so that a later run of the same tests supersedes its output. */
    public static boolean runsTests(ToolCall call) {
        return PytestFilesTool.NAME.equals(call.name()) || RunTestsTool.NAME.equals(call.name());
    }

    private static List<JsonNode> writtenFiles(ToolCall call) {
        return arguments(call).map(args -> writtenFiles(call.name(), args)).orElse(List.of());
    }

    /** The file objects of a write's parsed arguments, as nodes of {@code args} itself. */
    private static List<JsonNode> writtenFiles(String tool, JsonNode args) {
        if (!WriteFilesTool.NAME.equals(tool)) {
            return List.of();
        }
        JsonNode list = args.has(WriteFilesTool.FILES)
                ? args.get(WriteFilesTool.FILES)
                : args.path(WriteFilesTool.LEGACY_FILES);
        List<JsonNode> files = new ArrayList<>();
        list.forEach(file -> {
            if (file.isObject() && file.path("file_path").isTextual()) {
                files.add(file);
            }
        });
        return files;
    }

    private static Optional<JsonNode> arguments(ToolCall call) {
        try {
            JsonNode args = JSON.readTree(call.arguments().isBlank() ? "{}" : call.arguments());
            return args != null && args.isObject() ? Optional.of(args) : Optional.empty();
        } catch (JsonProcessingException unreadable) {
            return Optional.empty();
        }
    }

    private static Optional<String> normalized(String path) {
        try {
            return Optional.of(WorkspacePath.parse(path).value());
        } catch (MemoryException invalid) {
            return Optional.empty();
        }
    }
}
