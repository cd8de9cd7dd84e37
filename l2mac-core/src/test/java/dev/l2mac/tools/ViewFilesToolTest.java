package dev.l2mac.tools;

import static dev.l2mac.tools.Calls.json;
import static org.assertj.core.api.Assertions.assertThat;

import dev.l2mac.memory.InMemoryFileStore;
import dev.l2mac.memory.MemoryException;
import org.junit.jupiter.api.Test;

class ViewFilesToolTest {

    private final InMemoryFileStore store = new InMemoryFileStore(100_000);

    private ToolResult view(int maxChars, String arguments) {
        return new ViewFilesTool(store, maxChars).call(json(arguments));
    }

    @Test
    void shows_each_file_under_a_header() throws MemoryException {
        store.write("app/main.py", "import util\nprint(util.X)\n");
        store.write("app/util.py", "X = 1");
        ToolResult result = view(10_000, "{\"files\": [\"app/main.py\", \"./app/util.py\"]}");
        assertThat(result).isEqualTo(new ToolResult.Ok("""
                --- app/main.py (2 lines) ---
                import util
                print(util.X)
                --- app/util.py (1 line) ---
                X = 1
                """));
    }

    @Test
    void shows_existing_files_and_names_missing_ones_with_close_matches() throws MemoryException {
        store.write("app/main.py", "x = 1\n");
        store.write("app/models.py", "y = 2\n");
        ToolResult result = view(10_000, "{\"files\": [\"main.py\", \"app/models.py\", \"nothing.py\"]}");
        assertThat(result).isInstanceOf(ToolResult.Ok.class);
        assertThat(result.text())
                .startsWith("File 'main.py' does not exist. Did you mean 'app/main.py'?\n"
                        + "File 'nothing.py' does not exist;")
                .contains("--- app/models.py (1 line) ---\ny = 2\n")
                .doesNotContain("x = 1");
    }

    @Test
    void is_an_error_when_no_file_can_be_shown() {
        ToolResult result = view(10_000, "{\"files\": [\"/etc/passwd\", \"gone.py\"]}");
        assertThat(result).isInstanceOf(ToolResult.Error.class);
        assertThat(result.text()).contains("'/etc/passwd' is absolute").contains("'gone.py' does not exist");
    }

    @Test
    void explains_a_directory_instead_of_calling_it_missing() throws MemoryException {
        store.write("app/main.py", "x\n");
        assertThat(view(10_000, "{\"files\": [\"app\"]}").text()).contains("'app' is a directory, not a file");
    }

    @Test
    void cuts_at_a_line_end_and_says_exactly_what_was_cut_and_what_was_not_shown() throws MemoryException {
        StringBuilder big = new StringBuilder();
        for (int i = 1; i <= 100; i++) {
            big.append("line number ").append(i).append('\n');
        }
        store.write("a.py", "a = 1\n");
        store.write("big.py", big.toString());
        store.write("c.py", "c = 3\n");
        store.write("d.py", "d = 4\n");
        int cap = 600;
        String text = view(cap, "{\"files\": [\"a.py\", \"big.py\", \"c.py\", \"d.py\"]}")
                .text();

        assertThat(text)
                .hasSizeLessThanOrEqualTo(cap)
                .startsWith("--- a.py (1 line) ---\na = 1\n--- big.py (100 lines; cut, showing lines 1-")
                .contains("[view_files shows at most 600 characters per call. 'big.py' was cut after line ")
                .contains("Not shown: 'c.py', 'd.py'. To see them, call view_files again with fewer files per call,"
                        + " such as [\"c.py\"].]")
                .doesNotContain("c = 3");
        int shownLines = Integer.parseInt(text.replaceAll("(?s).*showing lines 1-(\\d+)\\).*", "$1"));
        assertThat(text)
                .contains("line number " + shownLines + "\n")
                .doesNotContain("line number " + (shownLines + 1))
                .contains("was cut after line " + shownLines + " of 100.");
    }

    @Test
    void advises_splitting_a_single_file_larger_than_one_view() throws MemoryException {
        store.write("huge.py", "x = 1\n".repeat(1_000));
        String text = view(500, "{\"files\": [\"huge.py\"]}").text();
        assertThat(text)
                .hasSizeLessThanOrEqualTo(500)
                .contains("It is 6000 characters long, more than one view can show; consider splitting it into"
                        + " smaller modules.");
    }

    @Test
    void cuts_inside_a_very_long_first_line() throws MemoryException {
        store.write("min.js", "x".repeat(5_000));
        String text = view(400, "{\"files\": [\"min.js\"]}").text();
        assertThat(text)
                .hasSizeLessThanOrEqualTo(400)
                .contains("showing the start of line 1")
                .containsPattern("was cut after \\d+ characters of line 1");
    }

    @Test
    void stays_within_the_cap_for_any_cap() throws MemoryException {
        for (int i = 0; i < 30; i++) {
            store.write("pkg/module_" + i + ".py", ("value_" + i + " = " + i + "\n").repeat(i + 1));
        }
        StringBuilder files = new StringBuilder("{\"files\": [\"missing.py\"");
        for (int i = 0; i < 30; i++) {
            files.append(", \"pkg/module_").append(i).append(".py\"");
        }
        String arguments = files.append("]}").toString();
        for (int cap = 50; cap <= 8_000; cap += 97) {
            assertThat(view(cap, arguments).text()).as("cap %d", cap).hasSizeLessThanOrEqualTo(cap);
        }
    }

    @Test
    void shows_each_requested_file_once() throws MemoryException {
        store.write("a.py", "a\n");
        assertThat(view(1_000, "{\"files\": [\"a.py\", \"a.py\"]}").text()).isEqualTo("--- a.py (1 line) ---\na\n");
    }

    @Test
    void refuses_malformed_arguments_with_an_example() {
        assertThat(view(1_000, "{}").text())
                .isEqualTo("view_files needs the argument 'files' (a list of strings), for example {\"files\":"
                        + " [\"app/main.py\", \"tests/test_main.py\"]}.");
        assertThat(view(1_000, "{\"files\": \"a.py\"}").text())
                .startsWith("view_files argument 'files' must be a list of strings, but a string was given;");
        assertThat(view(1_000, "{\"files\": [\"a.py\", 3]}").text())
                .startsWith("view_files argument 'files' must hold only strings, but item 2 is a number;");
        assertThat(view(1_000, "{\"files\": []}").text())
                .startsWith("view_files argument 'files' is an empty list; give at least one item");
        assertThat(view(1_000, "{}")).isInstanceOf(ToolResult.Error.class);
    }
}
