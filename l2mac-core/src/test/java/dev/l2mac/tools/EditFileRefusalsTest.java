package dev.l2mac.tools;

import static dev.l2mac.tools.Calls.object;
import static dev.l2mac.tools.EditFileToolTest.edit;
import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import dev.l2mac.memory.DiskFileStore;
import dev.l2mac.memory.InMemoryFileStore;
import dev.l2mac.memory.MemoryException;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The calls {@code edit_file} refuses, each with the message the model sees; none of them changes a file. */
class EditFileRefusalsTest {

    private final InMemoryFileStore store = new InMemoryFileStore(40);

    private ToolResult call(JsonNode arguments) {
        return new EditFileTool(store).call(arguments);
    }

    private static JsonNode arguments(String path, String oldText, String newText) {
        return object("file_path", path, "old_text", oldText, "new_text", newText);
    }

    @Test
    void refuses_an_empty_old_text_and_points_to_write_files() throws MemoryException {
        store.write("app.py", "x = 1\n");

        assertThat(call(arguments("app.py", "", "y = 2\n")))
                .isEqualTo(new ToolResult.Error("edit_file needs a non-empty 'old_text': the exact text to replace."
                        + " To create a file, or to rewrite one whole, use write_files."));
    }

    @Test
    void refuses_a_new_text_equal_to_old_text() {
        assertThat(call(arguments("app.py", "x = 1", "x = 1")))
                .isEqualTo(new ToolResult.Error("'new_text' is the same as 'old_text', so the edit would change"
                        + " nothing; give in 'new_text' the text as it should read after the edit."));
    }

    @Test
    void refuses_an_edit_that_leaves_the_file_as_it_is() throws MemoryException {
        assertThat(edit(store, "a = 1  \n", "a = 1\n", "a = 1  \n", false))
                .isEqualTo(new ToolResult.Error("The edit would leave 'app.py' as it is: what 'old_text' matched"
                        + " (when line endings and trailing whitespace were ignored) already reads as 'new_text' in"
                        + " the file. If the file already says what you want, move on."));
    }

    @Test
    void refuses_a_missing_file_and_points_to_write_files() {
        assertThat(call(arguments("nope.py", "a", "b")))
                .isEqualTo(new ToolResult.Error("File 'nope.py' does not exist; check the path against the project's"
                        + " file list (paths are relative to the project root and case-sensitive). edit_file changes"
                        + " existing files; to create a new file, use write_files."));
    }

    @Test
    void refuses_a_path_outside_the_workspace_as_the_store_does() {
        assertThat(call(arguments("../secret.py", "a", "b")))
                .isEqualTo(new ToolResult.Error("Path '../secret.py' leads outside the project root; use a path inside"
                        + " the project, such as 'app/main.py'."));
    }

    @Test
    void refuses_a_path_that_leaves_the_workspace_through_a_link(@TempDir Path temp) throws Exception {
        Path root = Files.createDirectory(temp.resolve("project"));
        Path outside = Files.createDirectory(temp.resolve("outside"));
        Files.writeString(outside.resolve("secret.py"), "a\n");
        Files.createSymbolicLink(root.resolve("link"), outside);

        ToolResult result =
                new EditFileTool(new DiskFileStore(root, 1_000)).call(arguments("link/secret.py", "a", "b"));

        assertThat(result)
                .isEqualTo(new ToolResult.Error("Path 'link/secret.py' leads outside the project root through a"
                        + " symbolic link; use a path inside the project, such as 'app/main.py'."));
        assertThat(Files.readString(outside.resolve("secret.py"))).isEqualTo("a\n");
    }

    @Test
    void refuses_a_folder_as_the_store_does() throws MemoryException {
        store.write("app/main.py", "x\n");

        assertThat(call(arguments("app", "x", "y")))
                .isEqualTo(new ToolResult.Error("Path 'app' is a directory, not a file; give the path of a file inside"
                        + " it, such as 'app/main.py'."));
    }

    @Test
    void refuses_a_binary_file_as_the_store_does(@TempDir Path root) throws Exception {
        Files.write(root.resolve("logo.png"), new byte[] {(byte) 0x89, 'P', 'N', 'G', 0, 1});

        assertThat(new EditFileTool(new DiskFileStore(root, 1_000)).call(arguments("logo.png", "PNG", "JPG")))
                .isEqualTo(new ToolResult.Error("File 'logo.png' is binary (not UTF-8 text), so it cannot be shown;"
                        + " the tools work with text files only. Leave it as it is, or delete it if it is not"
                        + " needed."));
    }

    @Test
    void refuses_a_file_too_large_to_read_whole(@TempDir Path root) throws Exception {
        Files.writeString(root.resolve("big.log"), "x\n".repeat(30));

        assertThat(new EditFileTool(new DiskFileStore(root, 40)).call(arguments("big.log", "x", "y")))
                .isEqualTo(new ToolResult.Error("File 'big.log' is 60 bytes, more than the 40 bytes a file may have to"
                        + " be read whole; view it in parts, such as 'big.log:1-400'. edit_file reads and writes a"
                        + " file whole, so it cannot change this one."));
    }

    @Test
    void refuses_an_edit_that_makes_the_file_too_large() throws MemoryException {
        ToolResult result = edit(store, "x = 1\n", "1", "1".repeat(40), false);

        assertThat(result)
                .isEqualTo(new ToolResult.Error("Nothing was edited: The content for 'app.py' is 45 bytes, over the"
                        + " limit of 40 bytes per file; split it into smaller modules and write each one"
                        + " separately."));
        assertThat(store.read("app.py")).isEqualTo("x = 1\n");
    }

    @Test
    void refuses_a_replace_all_that_is_not_true_or_false() throws MemoryException {
        store.write("app.py", "x\n");

        assertThat(call(object("file_path", "app.py", "old_text", "x", "new_text", "y", "replace_all", "yes")))
                .isEqualTo(new ToolResult.Error("edit_file argument 'replace_all' must be true or false, but a string"
                        + " was given; for example {\"file_path\": \"app/main.py\", \"old_text\": \"return a - b\\n\","
                        + " \"new_text\": \"return a + b\\n\"}."));
    }

    @Test
    void refuses_a_missing_argument_with_an_example() {
        assertThat(call(object("file_path", "app.py", "old_text", "x")).text())
                .startsWith("edit_file needs the argument 'new_text' (a string), for example {\"file_path\":");
    }
}
