package dev.l2mac.tools;

import static dev.l2mac.tools.Calls.json;
import static org.assertj.core.api.Assertions.assertThat;

import dev.l2mac.memory.InMemoryFileStore;
import dev.l2mac.memory.MemoryException;
import org.junit.jupiter.api.Test;

class WriteFilesToolTest {

    private final InMemoryFileStore store = new InMemoryFileStore(100);

    private ToolResult write(String arguments) {
        return new WriteFilesTool(store).call(json(arguments));
    }

    @Test
    void writes_files_and_reports_new_and_updated_with_line_counts() throws MemoryException {
        store.write("app/util.py", "old\n");
        ToolResult result = write("""
                {"list_of_file_objects": [
                  {"file_path": "app/main.py", "file_contents": "a\\nb\\nc\\n"},
                  {"file_path": "./app/util.py", "file_contents": "new"}]}""");
        assertThat(result)
                .isEqualTo(new ToolResult.Ok(
                        "Wrote 2 files:\n- app/main.py (new, 3 lines)\n- app/util.py (updated, 1 line)"));
        assertThat(store.read("app/main.py")).isEqualTo("a\nb\nc\n");
        assertThat(store.read("app/util.py")).isEqualTo("new");
    }

    @Test
    void says_which_written_files_a_gitignore_hides_and_that_they_are_committed_all_the_same(
            @org.junit.jupiter.api.io.TempDir java.nio.file.Path root) {
        dev.l2mac.memory.DiskFileStore disk = new dev.l2mac.memory.DiskFileStore(root, 10_000);
        WriteFilesTool tool = new WriteFilesTool(disk);
        assertThat(tool.call(json("""
                {"list_of_file_objects": [{"file_path": "app.py", "file_contents": "x = 1\\n"}]}""")).text()).doesNotContain("Note");

        ToolResult ignoreAll = tool.call(json("""
                {"list_of_file_objects": [{"file_path": ".gitignore", "file_contents": "*\\n"}]}"""));
        ToolResult next = tool.call(json("""
                {"list_of_file_objects": [{"file_path": "lib/util.py", "file_contents": "y = 2\\n"}]}"""));

        assertThat(ignoreAll).isInstanceOf(ToolResult.Ok.class);
        assertThat(ignoreAll.text())
                .contains(
                        "Note: git ignores these files of the project:",
                        "- .gitignore (the rule '*' in .gitignore hides .gitignore)",
                        "- app.py (the rule '*' in .gitignore hides app.py)",
                        "They are committed all the same",
                        "narrow it in its .gitignore");
        assertThat(next.text())
                .contains("- lib/util.py (the rule '*' in .gitignore hides lib/)")
                .doesNotContain("app.py");
    }

    @Test
    void writes_nothing_when_any_file_is_refused_and_lists_every_refusal() {
        ToolResult result = write("""
                {"list_of_file_objects": [
                  {"file_path": "ok.py", "file_contents": "fine"},
                  {"file_path": "../escape.py", "file_contents": "x"},
                  {"file_path": "big.py", "file_contents": "%s"},
                  {"file_path": ".git/hooks/pre-commit", "file_contents": "x"}]}""".formatted("y".repeat(101)));
        assertThat(result).isInstanceOf(ToolResult.Error.class);
        assertThat(result.text())
                .startsWith("Nothing was written, because 3 files were refused. Fix these and call write_files again"
                        + " with all the files:\n- ")
                .contains("'../escape.py' leads outside the project root")
                .contains("'big.py' is 101 bytes, over the limit of 100 bytes")
                .contains("reserved for version control");
        assertThat(store.list()).isEmpty();
    }

    @Test
    void refuses_the_same_file_twice_in_one_call() {
        ToolResult result = write("""
                {"list_of_file_objects": [
                  {"file_path": "a.py", "file_contents": "1"},
                  {"file_path": "./a.py", "file_contents": "2"}]}""");
        assertThat(result.text()).contains("'a.py' appears more than once; give each file once.");
        assertThat(store.list()).isEmpty();
    }

    @Test
    void refuses_items_without_string_path_and_contents() {
        ToolResult result = write("""
                {"list_of_file_objects": [{"file_path": "a.py"}, {"file_path": 7, "file_contents": "x"}]}""");
        assertThat(result).isInstanceOf(ToolResult.Error.class);
        assertThat(result.text())
                .contains("item 1 must have a string 'file_path' and a string 'file_contents', but has 'file_path' as"
                        + " a string and 'file_contents' as missing.")
                .contains("item 2 must have a string 'file_path' and a string 'file_contents', but has 'file_path' as"
                        + " a number");
    }

    @Test
    void refuses_a_missing_empty_or_mistyped_list() {
        assertThat(write("{}").text()).startsWith("write_files needs the argument 'list_of_file_objects'");
        assertThat(write("{\"list_of_file_objects\": []}").text()).contains("is an empty list");
        assertThat(write("{\"list_of_file_objects\": {\"file_path\": \"a\"}}").text())
                .contains("must be a list of objects, but an object was given");
        assertThat(write("{\"list_of_file_objects\": [\"a.py\"]}").text())
                .contains("must hold only objects, but item 1 is a string");
        assertThat(write("{}")).isInstanceOf(ToolResult.Error.class);
    }

    @Test
    void writes_an_empty_file() throws MemoryException {
        assertThat(write("{\"list_of_file_objects\": [{\"file_path\": \"pkg/__init__.py\", \"file_contents\": \"\"}]}"))
                .isEqualTo(new ToolResult.Ok("Wrote 1 file:\n- pkg/__init__.py (new, 0 lines)"));
        assertThat(store.read("pkg/__init__.py")).isEmpty();
    }

    @Test
    void accepts_the_reference_implementations_earlier_argument_name() throws MemoryException {
        ToolResult result = write("""
                {"files_and_contents": [{"file_path": "app.py", "file_contents": "print(1)"}]}""");
        assertThat(result).isInstanceOf(ToolResult.Ok.class);
        assertThat(store.read("app.py")).isEqualTo("print(1)");
    }
}
