package dev.l2mac.run;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.IOException;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.time.Clock;

/**
 * The run's append-only {@code events.jsonl}: one JSON object per event with its {@code type} and time, written
 * and flushed before the run moves on; the first line of a new log also carries the {@link RecordFormat}. Events
 * that are not {@linkplain RunEvent#recorded() recorded} are not written.
 */
public final class EventLog implements RunListener, AutoCloseable {
    private static final ObjectMapper JSON = new ObjectMapper();

    private final Path file;
    private final Clock clock;
    private final OutputStream out;
    private boolean empty;

    public EventLog(Path file, Clock clock) throws IOException {
        this.file = file;
        this.clock = clock;
        this.empty = !Files.exists(file) || Files.size(file) == 0;
        this.out = Files.newOutputStream(
                file, StandardOpenOption.CREATE, StandardOpenOption.APPEND, StandardOpenOption.WRITE);
    }

    public Path file() {
        return file;
    }

    @Override
    public synchronized void on(RunEvent event) {
        if (!event.recorded()) {
            return;
        }
        ObjectNode line = JSON.createObjectNode();
        line.put("type", typeName(event));
        if (empty) {
            line.put(RecordFormat.FIELD, RecordFormat.CURRENT);
        }
        line.put("at", clock.instant().toString());
        line.setAll((ObjectNode) JSON.valueToTree(event));
        try {
            out.write((JSON.writeValueAsString(line) + "\n").getBytes(StandardCharsets.UTF_8));
            out.flush();
            empty = false;
        } catch (IOException e) {
            throw new UncheckedIOException(DiskTrouble.describe("append to the event log " + file, e), e);
        }
    }

    /** {@code RequestSent} becomes {@code request-sent}. */
    static String typeName(RunEvent event) {
        return typeName(event.getClass().getSimpleName());
    }

    static String typeName(String simpleName) {
        return simpleName.replaceAll("([a-z])([A-Z])", "$1-$2").toLowerCase(java.util.Locale.ROOT);
    }

    @Override
    public synchronized void close() throws IOException {
        out.close();
    }
}
