package dev.l2mac.check;

import static org.assertj.core.api.Assertions.assertThat;

import dev.l2mac.settings.Limits;
import dev.l2mac.testing.HeapLimitedChild;
import java.io.BufferedOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The file tools and a check round over a workspace with a 300 MB text file, in a child JVM whose heap
 * ({@value #CHILD_HEAP}) is far smaller than the file: they succeed, and what they return stays within the view cap.
 */
class BoundedMemoryTest {
    private static final String CHILD_HEAP = "-Xmx128m";
    private static final long FILE_BYTES = 300L * 1024 * 1024;
    private static final int LINE_CHARS = 100;
    private static final long LINES = FILE_BYTES / LINE_CHARS;
    /** Generous: the child streams the file a few times; a child that held it whole would fail, not be slow. */
    private static final Duration CHILD_TIMEOUT = Duration.ofMinutes(10);

    @TempDir
    Path workspace;

    /** {@link #LINES} numbered lines of {@link #LINE_CHARS} bytes each, written in pieces. */
    private void hugeFile(Path file) throws IOException {
        try (OutputStream out = new BufferedOutputStream(Files.newOutputStream(file), 1 << 20)) {
            for (long line = 1; line <= LINES; line++) {
                String prefix = "# generated " + line + " ";
                out.write(prefix.getBytes(StandardCharsets.US_ASCII));
                for (int i = prefix.length(); i < LINE_CHARS - 1; i++) {
                    out.write('.');
                }
                out.write('\n');
            }
        }
    }

    @Test
    void the_tools_and_checks_stay_within_a_small_heap_over_a_300_megabyte_file() throws Exception {
        Path huge = workspace.resolve("generated.py");
        Files.writeString(workspace.resolve("app.py"), "x = 1\n");
        try {
            hugeFile(huge);
            assertThat(Files.size(huge)).isEqualTo(LINES * LINE_CHARS);

            Map<String, String[]> steps =
                    runChild("generated.py", "generated.py:1-400", "generated.py:" + (LINES - 9) + "-" + (LINES + 50));

            int cap = Limits.DEFAULTS.viewMaxChars();
            assertThat(steps.get("list_files")[3]).isEqualTo("2 files in the project:");
            assertThat(steps.get("view generated.py")[3])
                    .startsWith("--- generated.py (" + LINES + " lines, "
                            + String.format(java.util.Locale.ROOT, "%,d", LINES * LINE_CHARS)
                            + " bytes; too large to show"
                            + " whole, showing lines 1-");
            assertThat(steps.get("view generated.py:1-400")[3]).startsWith("--- generated.py, lines 1-");
            assertThat(steps.get("view generated.py:" + (LINES - 9) + "-" + (LINES + 50))[3])
                    .isEqualTo("--- generated.py, lines " + (LINES - 9) + "-" + LINES + " ---");
            assertThat(steps.get("syntax check")[3]).doesNotContain("Failed");
            assertThat(steps.get("fingerprints")[3]).hasSize(64);
            steps.forEach((name, step) ->
                    assertThat(Integer.parseInt(step[1])).as(name).isLessThanOrEqualTo(cap));
        } finally {
            Files.deleteIfExists(huge);
        }
    }

    @Test
    void a_300_megabyte_file_without_a_line_break_shows_its_start_within_a_small_heap() throws Exception {
        Path huge = workspace.resolve("one-line.txt");
        try {
            try (OutputStream out = new BufferedOutputStream(Files.newOutputStream(huge), 1 << 20)) {
                byte[] piece = "abcdefghij".repeat(100_000).getBytes(StandardCharsets.US_ASCII);
                for (long written = 0; written < FILE_BYTES; written += piece.length) {
                    out.write(piece);
                }
            }

            Map<String, String[]> steps = runChild("one-line.txt", "one-line.txt:1-1");

            assertThat(steps.get("list_files")[3]).isEqualTo("1 file in the project:");
            assertThat(steps.get("view one-line.txt")[3])
                    .isEqualTo("--- one-line.txt (1 line, "
                            + String.format(java.util.Locale.ROOT, "%,d", Files.size(huge))
                            + " bytes; too large to show"
                            + " whole, showing the start of line 1) ---");
            assertThat(steps.get("view one-line.txt:1-1")[3]).isEqualTo("--- one-line.txt, the start of line 1 ---");
            int cap = Limits.DEFAULTS.viewMaxChars();
            steps.forEach((name, step) ->
                    assertThat(Integer.parseInt(step[1])).as(name).isLessThanOrEqualTo(cap));
        } finally {
            Files.deleteIfExists(huge);
        }
    }

    /** Runs {@link BoundedMemoryChild} and returns its steps by name: name, characters, milliseconds, first line. */
    private Map<String, String[]> runChild(String... entries) throws Exception {
        List<String> arguments = new ArrayList<>(List.of(workspace.toString()));
        arguments.addAll(List.of(entries));
        String output = HeapLimitedChild.run(
                CHILD_HEAP, CHILD_TIMEOUT, BoundedMemoryChild.class, arguments.toArray(String[]::new));
        assertThat(output)
                .as(output)
                .contains(BoundedMemoryChild.DONE)
                .doesNotContain("FAILED")
                .doesNotContain("OutOfMemoryError");
        System.out.print(output);
        Map<String, String[]> steps = new LinkedHashMap<>();
        output.lines()
                .map(line -> line.split("\t", 4))
                .filter(parts -> parts.length == 4)
                .forEach(parts -> steps.put(parts[0], parts));
        return steps;
    }
}
