package dev.l2mac.run;

import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.IOException;
import java.nio.channels.FileChannel;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;

/**
 * The events of a run as read back from its {@code events.jsonl}: every complete line, typed again; a last line
 * without its newline (the process died while writing it) is not an event and is reported as a torn tail. The
 * format is the first line's {@code format} (none: format 0); a log in a newer format is refused.
 *
 * @param all           every recorded event, in order, including resume markers and the events they supersede
 * @param completeBytes the length of the file up to and including the last complete line
 * @param tornTail      whether bytes after the last complete line were found (and ignored)
 */
public record RecordedEvents(List<RunEvent> all, long completeBytes, boolean tornTail) {
    private static final ObjectMapper JSON =
            new ObjectMapper().disable(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES);
    private static final Map<String, Class<?>> TYPES = Arrays.stream(RunEvent.class.getPermittedSubclasses())
            .collect(Collectors.toMap(type -> EventLog.typeName(type.getSimpleName()), Function.identity()));

    public RecordedEvents {
        all = List.copyOf(all);
    }

    /**
     * Reads {@code file}; a missing file has no events.
     *
     * @throws IOException when the file cannot be read or a complete line is not an event
     */
    public static RecordedEvents read(Path file) throws IOException {
        if (!Files.exists(file)) {
            return new RecordedEvents(List.of(), 0, false);
        }
        byte[] bytes = Files.readAllBytes(file);
        List<RunEvent> events = new ArrayList<>();
        int start = 0;
        int lineNumber = 0;
        for (int i = 0; i < bytes.length; i++) {
            if (bytes[i] == '\n') {
                lineNumber++;
                JsonNode line = tree(new String(bytes, start, i - start, StandardCharsets.UTF_8), file, lineNumber);
                if (lineNumber == 1) {
                    RecordFormat.require(line.path(RecordFormat.FIELD).asInt(0), file.toString());
                }
                events.add(parse(line, file, lineNumber));
                start = i + 1;
            }
        }
        return new RecordedEvents(events, start, start < bytes.length);
    }

    /** Cuts a torn last line off {@code file}, so that the next event appended starts a line of its own. */
    public static void repairTail(Path file, RecordedEvents read) throws IOException {
        if (read.tornTail()) {
            try (FileChannel channel = FileChannel.open(file, StandardOpenOption.WRITE)) {
                channel.truncate(read.completeBytes());
            }
        }
    }

    /**
     * The run's path: the events that led to where it stands, without those a resume marker superseded, and
     * without the markers themselves.
     */
    public List<RunEvent> path() {
        List<RunEvent> path = new ArrayList<>();
        for (RunEvent event : all) {
            if (event instanceof RunEvent.RunResumed resumed) {
                path.subList(Math.min(resumed.continuesAfter(), path.size()), path.size())
                        .clear();
            } else {
                path.add(event);
            }
        }
        return path;
    }

    private static JsonNode tree(String line, Path file, int lineNumber) throws IOException {
        try {
            return JSON.readTree(line);
        } catch (IOException e) {
            throw notAnEvent(file, lineNumber, e);
        }
    }

    private static RunEvent parse(JsonNode node, Path file, int lineNumber) throws IOException {
        try {
            String type = node.path("type").asText();
            Class<?> kind = TYPES.get(type);
            if (kind == null) {
                throw new IOException("unknown event type '" + type + "'");
            }
            if (kind == RunEvent.ToolReturned.class && !node.has("kind") && node.isObject()) {
                ((ObjectNode) node).put("kind", LegacyToolResults.kind(node).written());
            }
            return (RunEvent) JSON.treeToValue(node, kind);
        } catch (IOException | IllegalArgumentException e) {
            throw notAnEvent(file, lineNumber, e);
        }
    }

    private static IOException notAnEvent(Path file, int lineNumber, Exception e) {
        return new IOException(
                "line " + lineNumber + " of the event log " + file + " is not a run event ("
                        + String.valueOf(e.getMessage()).lines().findFirst().orElse("") + ")",
                e);
    }
}
