package dev.l2mac.map;

import static org.assertj.core.api.Assertions.assertThat;

import dev.l2mac.llm.TokenCounter;
import dev.l2mac.memory.DiskFileStore;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Set;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The tags a run saves in the workspace spare the next run tagging every file again, and are never trusted blindly. */
class SavedTagsTest {

    private static final TokenCounter COUNTER = TokenCounter.forModel("gpt-4");
    private static final int BUDGET = 700;
    private static final int FILES = 121;
    private static final MapFocus FOCUS = new MapFocus("Make helper_3_4 faster.", "", Set.of());

    @TempDir
    Path root;

    @TempDir
    Path outside;

    private DiskFileStore store;

    @BeforeEach
    void writeWorkspace() {
        SyntheticSources.writeTo(root, SyntheticSources.python(8, 15));
        store = new DiskFileStore(root, 1_000_000);
    }

    @Test
    void the_next_run_tags_only_the_files_changed_since_and_draws_the_same_map() throws Exception {
        CodebaseMap first = new CodebaseMap(store, COUNTER, root);
        String drawn = first.render(FOCUS, BUDGET);
        assertThat(first.filesParsed()).isEqualTo(FILES);
        assertThat(root.resolve(SavedTags.FILE)).isRegularFile();

        CodebaseMap next = new CodebaseMap(store, COUNTER, root);
        assertThat(next.render(FOCUS, BUDGET)).isEqualTo(drawn);
        assertThat(next.filesParsed()).isZero();

        store.write("pkg3/mod4.py", store.read("pkg3/mod4.py") + "\ndef brand_new_function():\n    pass\n");
        CodebaseMap after = new CodebaseMap(store, COUNTER, root);
        assertThat(after.render(new MapFocus("Call brand_new_function.", "", Set.of()), BUDGET))
                .contains("def brand_new_function():");
        assertThat(after.filesParsed()).isEqualTo(1);
        assertThat(store.list()).doesNotContain(SavedTags.FILE);
    }

    @Test
    void a_damaged_file_is_ignored_and_replaced() throws Exception {
        Files.createDirectories(root.resolve(SavedTags.FILE).getParent());
        Files.writeString(root.resolve(SavedTags.FILE), "not tags at all");

        CodebaseMap map = new CodebaseMap(store, COUNTER, root);
        map.render(FOCUS, BUDGET);

        assertThat(map.filesParsed()).isEqualTo(FILES);
        CodebaseMap next = new CodebaseMap(store, COUNTER, root);
        assertThat(next.render(FOCUS, BUDGET)).isEqualTo(map.render(FOCUS, BUDGET));
        assertThat(next.filesParsed()).isZero();
    }

    @Test
    void a_link_in_its_place_is_neither_read_nor_written_through() throws Exception {
        Path target = outside.resolve("precious.txt");
        Files.writeString(target, "the user's own file");
        Files.createDirectories(root.resolve(SavedTags.FILE).getParent());
        Files.createSymbolicLink(root.resolve(SavedTags.FILE), target);

        CodebaseMap map = new CodebaseMap(store, COUNTER, root);
        map.render(FOCUS, BUDGET);

        assertThat(map.filesParsed()).isEqualTo(FILES);
        assertThat(target).hasContent("the user's own file");
        assertThat(Files.isSymbolicLink(root.resolve(SavedTags.FILE))).isFalse();
    }
}
