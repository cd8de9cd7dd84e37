package dev.l2mac.tools;

import static dev.l2mac.tools.Calls.object;
import static org.assertj.core.api.Assertions.assertThat;

import dev.l2mac.memory.DiskFileStore;
import dev.l2mac.memory.FileStore;
import dev.l2mac.memory.InMemoryFileStore;
import dev.l2mac.memory.MemoryException;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class EditFileToolTest {

    private final InMemoryFileStore store = new InMemoryFileStore(10_000);

    /** Writes {@code content} to {@code app.py}, edits it, and gives the result. */
    static ToolResult edit(FileStore store, String content, String oldText, String newText, boolean all)
            throws MemoryException {
        store.write("app.py", content);
        return new EditFileTool(store)
                .call(object("file_path", "app.py", "old_text", oldText, "new_text", newText, "replace_all", all));
    }

    private ToolResult edit(String content, String oldText, String newText) throws MemoryException {
        return edit(store, content, oldText, newText, false);
    }

    private String file() throws MemoryException {
        return store.read("app.py");
    }

    @Test
    void replaces_the_one_exact_match_and_says_which_lines_it_now_fills() throws MemoryException {
        ToolResult result = edit("a = 1\nb = 2\nc = 3\n", "b = 2\n", "b = 20\nd = 4\n");

        assertThat(result).isEqualTo(new ToolResult.Ok("Edited app.py: replaced 1 occurrence (lines 2-3)."));
        assertThat(file()).isEqualTo("a = 1\nb = 20\nd = 4\nc = 3\n");
    }

    @Test
    void replaces_part_of_a_line() throws MemoryException {
        assertThat(edit("total = a - b\n", "a - b", "a + b"))
                .isEqualTo(new ToolResult.Ok("Edited app.py: replaced 1 occurrence (line 1)."));
        assertThat(file()).isEqualTo("total = a + b\n");
    }

    @Test
    void refuses_several_matches_and_names_the_lines_they_begin_at() throws MemoryException {
        assertThat(edit("x = 0\ny = 1\nx = 0\n", "x = 0", "x = 2"))
                .isEqualTo(new ToolResult.Error("'old_text' matches 2 places in 'app.py', beginning at lines 1 and 3."
                        + " Include more of the surrounding lines in 'old_text' so that it matches one place only, or"
                        + " set 'replace_all' to true to replace every one."));
        assertThat(file()).isEqualTo("x = 0\ny = 1\nx = 0\n");
    }

    @Test
    void counts_overlapping_matches_as_several() throws MemoryException {
        assertThat(edit("}\n}\n}\n", "}\n}\n", "}\n").text())
                .startsWith("'old_text' matches 2 places in 'app.py', beginning at lines 1 and 2.");
    }

    @Test
    void replaces_every_occurrence_with_replace_all_and_counts_them() throws MemoryException {
        ToolResult result = edit(store, "x = 0\ny = 1\nx = 0\nprint(x, x)\n", "x", "z", true);

        assertThat(result).isEqualTo(new ToolResult.Ok("Edited app.py: replaced 4 occurrences (lines 1, 3 and 4)."));
        assertThat(file()).isEqualTo("z = 0\ny = 1\nz = 0\nprint(z, z)\n");
    }

    @Test
    void matches_a_crlf_file_when_line_endings_are_ignored_and_keeps_it_crlf() throws MemoryException {
        ToolResult result =
                edit("def f():\r\n    return 1\r\n", "def f():\n    return 1\n", "def f():\n    return 2\n");

        assertThat(result)
                .isEqualTo(new ToolResult.Ok("Edited app.py: replaced 1 occurrence (lines 1-2). 'old_text' matched"
                        + " only when line endings were ignored."));
        assertThat(file()).isEqualTo("def f():\r\n    return 2\r\n");
    }

    @Test
    void writes_new_lines_into_a_crlf_file_with_crlf() throws MemoryException {
        edit("a = 1\r\nb = 2\r\n", "a = 1", "a = 1\nc = 3");

        assertThat(file()).isEqualTo("a = 1\r\nc = 3\r\nb = 2\r\n");
    }

    @Test
    void writes_an_lf_file_with_lf_whatever_new_text_uses() throws MemoryException {
        edit("a = 1\nb = 2\n", "a = 1\n", "a = 1\r\nc = 3\r\n");

        assertThat(file()).isEqualTo("a = 1\nc = 3\nb = 2\n");
    }

    @Test
    void matches_whole_lines_when_trailing_whitespace_is_ignored() throws MemoryException {
        ToolResult result = edit("if x:   \n    go()\t\nstop()\n", "if x:\n    go()\n", "if y:\n    go()\n");

        assertThat(result)
                .isEqualTo(new ToolResult.Ok("Edited app.py: replaced 1 occurrence (lines 1-2). 'old_text' matched"
                        + " only when line endings and trailing whitespace were ignored."));
        assertThat(file()).isEqualTo("if y:\n    go()\nstop()\n");
    }

    @Test
    void matches_when_indentation_is_ignored_and_reindents_new_text_to_the_file() throws MemoryException {
        String content = "class A:\n    def f(self):\n        return 1\n";

        ToolResult result = edit(
                content,
                "def f(self):\n    return 1\n",
                "def f(self):\n    if self.x:\n        return 2\n    return 1\n");

        assertThat(result)
                .isEqualTo(new ToolResult.Ok("Edited app.py: replaced 1 occurrence (lines 2-5). 'old_text' matched"
                        + " only when line endings and each line's leading and trailing whitespace were ignored;"
                        + " 'new_text' was re-indented to the file's indentation."));
        assertThat(file())
                .isEqualTo("class A:\n    def f(self):\n        if self.x:\n            return 2\n        return 1\n");
    }

    @Test
    void takes_indentation_away_when_old_text_was_indented_more_than_the_file() throws MemoryException {
        edit("if a:\n\tgo()\n", "        if a:\n            go()", "        if b:\n            go()");

        assertThat(file()).isEqualTo("if b:\n    go()\n");
    }

    @Test
    void accepts_a_tolerant_match_only_when_it_is_the_only_one_on_its_rung() throws MemoryException {
        assertThat(edit("x = 1  \ny = 2\nx = 1\t\n", "x = 1\n", "x = 3\n"))
                .isEqualTo(new ToolResult.Error("'old_text' matches 2 places in 'app.py' (when line endings and"
                        + " trailing whitespace were ignored), beginning at lines 1 and 3. Include more of the"
                        + " surrounding lines in 'old_text' so that it matches one place only, or set 'replace_all'"
                        + " to true to replace every one."));
    }

    @Test
    void replaces_every_tolerant_match_with_replace_all_each_at_its_own_indentation() throws MemoryException {
        edit(
                store,
                "def f():\n    log() \n\nclass A:\n    def g(self):\n        log()\t\n",
                "log()\n",
                "trace()\n",
                true);

        assertThat(file()).isEqualTo("def f():\n    trace()\n\nclass A:\n    def g(self):\n        trace()\n");
    }

    @Test
    void shows_the_most_similar_lines_with_numbers_when_nothing_matches() throws MemoryException {
        String content = "def add(a, b):\n    return a + b\n\ndef sub(a, b):\n    return a - b\n";

        assertThat(edit(content, "def sub(a, b):\n    return b - a\n", "pass\n"))
                .isEqualTo(new ToolResult.Error("'old_text' was not found in 'app.py', not even ignoring line"
                        + " endings, trailing whitespace and indentation. The most similar lines are 4-5:\n"
                        + "4| def sub(a, b):\n5|     return a - b\nCopy the text exactly from the file (without the"
                        + " 'N| ' line numbers of a view) and call edit_file again; view the file first if it may"
                        + " have changed."));
        assertThat(file()).isEqualTo(content);
    }

    @Test
    void says_when_no_line_resembles_old_text() throws MemoryException {
        assertThat(edit("x\n", "zzz", "y"))
                .isEqualTo(new ToolResult.Error("'old_text' was not found in 'app.py', not even ignoring line"
                        + " endings, trailing whitespace and indentation. No line of the file resembles it. Copy the"
                        + " text exactly from the file (without the 'N| ' line numbers of a view) and call edit_file"
                        + " again; view the file first if it may have changed."));
    }

    @Test
    void keeps_a_missing_final_line_break_missing() throws MemoryException {
        edit("a\nb", "b", "c\n");

        assertThat(file()).isEqualTo("a\nc");
    }

    @Test
    void keeps_a_final_line_break() throws MemoryException {
        edit("a\nb\n", "b\n", "c");

        assertThat(file()).isEqualTo("a\nc\n");
    }

    @Test
    void removes_text_when_new_text_is_empty() throws MemoryException {
        assertThat(edit("a\nb\nc\n", "b\n", ""))
                .isEqualTo(new ToolResult.Ok("Edited app.py: replaced 1 occurrence (line 2)."));
        assertThat(file()).isEqualTo("a\nc\n");
    }

    @Test
    void writes_through_the_store_so_the_edit_is_recorded_and_crlf_bytes_stay(@TempDir Path root) throws Exception {
        DiskFileStore disk = new DiskFileStore(root, 10_000);
        Files.writeString(root.resolve("app.py"), "a = 1\r\nb = 2\r\n");

        new EditFileTool(disk).call(object("file_path", "./app.py", "old_text", "b = 2\n", "new_text", "b = 3\n"));

        assertThat(Files.readString(root.resolve("app.py"))).isEqualTo("a = 1\r\nb = 3\r\n");
        assertThat(disk.writtenPaths()).containsExactly("app.py");
    }
}
