package dev.l2mac.tools;

import static dev.l2mac.tools.Calls.json;
import static org.assertj.core.api.Assertions.assertThat;

import dev.l2mac.memory.DiskFileStore;
import dev.l2mac.memory.MemoryException;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** {@code view_files} on ranges of lines ({@code path:START-END}) and on files too large to read whole. */
class ViewFilesPartsTest {
    private static final int MAX_FILE_BYTES = 2_000;
    private static final int VIEW_CHARS = 1_000;

    @TempDir
    Path root;

    private DiskFileStore store() {
        return new DiskFileStore(root, MAX_FILE_BYTES);
    }

    private ToolResult view(String... entries) {
        return new ViewFilesTool(store(), VIEW_CHARS)
                .call(json("{\"files\": [\"" + String.join("\", \"", entries) + "\"]}"));
    }

    private void numbered(String path, int lines) throws IOException {
        StringBuilder text = new StringBuilder();
        for (int i = 1; i <= lines; i++) {
            text.append("line ").append(i).append('\n');
        }
        Files.writeString(root.resolve(path), text);
    }

    @Test
    void shows_a_range_of_lines_numbered() throws Exception {
        numbered("app.py", 10);
        assertThat(view("app.py:3-5")).isEqualTo(new ToolResult.Ok("""
                --- app.py, lines 3-5 ---
                3| line 3
                4| line 4
                5| line 5
                """));
    }

    @Test
    void says_where_a_file_ends_inside_the_range_and_refuses_a_range_past_its_end() throws Exception {
        numbered("app.py", 4);
        assertThat(view("app.py:3-9").text())
                .isEqualTo("--- app.py, lines 3-4 ---\n3| line 3\n4| line 4\n" + "[The file ends at line 4.]\n");
        ToolResult past = view("app.py:7-9");
        assertThat(past).isInstanceOf(ToolResult.Error.class);
        assertThat(past.text())
                .contains("'app.py' has 4 lines, so 'app.py:7-9' is past its end;" + " ask for lines within 1-4.");
    }

    @Test
    void refuses_an_empty_range() throws Exception {
        numbered("app.py", 4);
        assertThat(view("app.py:3-2").text()).contains("The line range in 'app.py:3-2' is empty");
        assertThat(view("app.py:0-2").text()).contains("The line range in 'app.py:0-2' is empty");
    }

    @Test
    void takes_an_existing_file_named_like_a_range_as_that_file() throws Exception {
        Files.writeString(root.resolve("notes:1-2"), "literal\n");
        assertThat(view("notes:1-2").text()).isEqualTo("--- notes:1-2 (1 line) ---\nliteral\n");
    }

    @Test
    void a_range_larger_than_one_view_says_how_to_see_the_rest() throws Exception {
        numbered("app.py", 300);
        String text = view("app.py:1-300").text();
        assertThat(text.length()).isLessThanOrEqualTo(VIEW_CHARS);
        Matcher rest =
                Pattern.compile("see the rest with 'app\\.py:(\\d+)-300'").matcher(text);
        assertThat(rest.find()).as(text).isTrue();
        int next = Integer.parseInt(rest.group(1));
        assertThat(text).contains((next - 1) + "| line " + (next - 1) + "\n").doesNotContain("\n" + next + "| ");
        assertThat(view("app.py:" + next + "-300").text()).startsWith("--- app.py, lines " + next + "-");
    }

    @Test
    void shows_the_start_of_a_file_too_large_to_read_whole_and_the_ranges_that_show_the_rest() throws Exception {
        numbered("big.log", 1_000);
        String text = view("big.log").text();
        assertThat(text.length()).isLessThanOrEqualTo(VIEW_CHARS);
        assertThat(text)
                .startsWith("--- big.log (1000 lines, 8,893 bytes; too large to show whole, showing lines 1-")
                .contains("\nline 1\nline 2\n")
                .contains("larger than the 2,000 bytes");
        Matcher parts = Pattern.compile("view it in parts: big\\.log:(\\d+)-(\\d+), big\\.log:(\\d+)-(\\d+)\\.")
                .matcher(text);
        assertThat(parts.find()).as(text).isTrue();
        String firstPart = "big.log:" + parts.group(1) + "-" + parts.group(2);
        assertThat(view(firstPart).text())
                .startsWith("--- big.log, lines " + parts.group(1) + "-")
                .contains(parts.group(1) + "| line " + parts.group(1) + "\n");
    }

    @Test
    void shows_the_start_of_a_large_file_without_line_breaks() throws Exception {
        Files.writeString(root.resolve("one.txt"), "x".repeat(50_000));
        String text = view("one.txt").text();
        assertThat(text.length()).isLessThanOrEqualTo(VIEW_CHARS);
        assertThat(text)
                .startsWith("--- one.txt (1 line, 50,000 bytes; too large to show whole, showing the start"
                        + " of line 1) ---\nxxx")
                .contains("its line 1 alone is longer than one view can show");
    }

    @Test
    void refuses_a_large_binary_file_with_its_size() throws Exception {
        Files.write(root.resolve("data.bin"), new byte[5_000]);
        ToolResult result = view("data.bin");
        assertThat(result).isInstanceOf(ToolResult.Error.class);
        assertThat(result.text()).contains("'data.bin' is binary (5,000 bytes");
    }

    @Test
    void a_file_that_fits_still_renders_as_a_whole_file() throws MemoryException, IOException {
        numbered("small.py", 2);
        assertThat(view("small.py").text()).isEqualTo("--- small.py (2 lines) ---\nline 1\nline 2\n");
    }

    @Test
    void the_start_of_a_large_file_and_its_first_suggested_part_each_fill_one_view_at_most() throws Exception {
        StringBuilder text = new StringBuilder();
        for (int i = 1; i <= 3_000; i++) {
            String prefix = "# generated " + i + " ";
            text.append(prefix).append(".".repeat(99 - prefix.length())).append('\n');
        }
        Files.writeString(root.resolve("g.py"), text);
        ViewFilesTool tool = new ViewFilesTool(store(), 24_000);

        String start = tool.call(json("{\"files\": [\"g.py\"]}")).text();

        assertThat(start.length()).isLessThanOrEqualTo(24_000);
        assertThat(start).startsWith("--- g.py (3000 lines, 300,000 bytes; too large to show whole, showing lines 1-");
        Matcher parts =
                Pattern.compile("view it in parts: (g\\.py:(\\d+)-(\\d+)),").matcher(start);
        assertThat(parts.find()).as(start).isTrue();
        String part =
                tool.call(json("{\"files\": [\"" + parts.group(1) + "\"]}")).text();
        assertThat(part)
                .startsWith("--- g.py, lines " + parts.group(2) + "-" + parts.group(3) + " ---\n")
                .doesNotContain("fill one view");
        assertThat(part.length()).isLessThanOrEqualTo(24_000);
    }
}
