package dev.l2mac.tools;

import static dev.l2mac.tools.Calls.json;
import static org.assertj.core.api.Assertions.assertThat;

import dev.l2mac.memory.InMemoryFileStore;
import dev.l2mac.memory.MemoryException;
import org.junit.jupiter.api.Test;

class DeleteFilesToolTest {

    private final InMemoryFileStore store = new InMemoryFileStore(1_000);

    private ToolResult delete(String arguments) {
        return new DeleteFilesTool(store).call(json(arguments));
    }

    @Test
    void says_which_files_were_deleted_and_which_did_not_exist() throws MemoryException {
        store.write("a.py", "a");
        store.write("b.py", "b");
        assertThat(delete("{\"files\": [\"a.py\", \"ghost.py\", \"b.py\"]}"))
                .isEqualTo(
                        new ToolResult.Ok("Deleted: 'a.py', 'b.py'.\nDid not exist (nothing to delete): 'ghost.py'."));
        assertThat(store.list()).isEmpty();
    }

    @Test
    void reports_refused_paths_as_an_error_after_deleting_the_valid_ones() throws MemoryException {
        store.write("a.py", "a");
        ToolResult result = delete("{\"files\": [\"a.py\", \"/etc/passwd\"]}");
        assertThat(result).isInstanceOf(ToolResult.Error.class);
        assertThat(result.text()).startsWith("Deleted: 'a.py'.\nNot deleted: Path '/etc/passwd' is absolute;");
        assertThat(store.exists("a.py")).isFalse();
    }

    @Test
    void says_when_nothing_was_deleted() {
        assertThat(delete("{\"files\": [\"none.py\"]}").text())
                .isEqualTo("No files were deleted.\nDid not exist (nothing to delete): 'none.py'.");
    }

    @Test
    void refuses_malformed_arguments() {
        assertThat(delete("{\"files\": []}")).isInstanceOf(ToolResult.Error.class);
        assertThat(delete("{\"file\": [\"a.py\"]}").text()).startsWith("delete_files needs the argument 'files'");
    }
}
