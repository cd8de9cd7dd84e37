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

class IncrementalTagsTest {

    private static final TokenCounter COUNTER = TokenCounter.forModel("gpt-4");
    private static final int BUDGET = 700;
    private static final int FILES = 121;

    @TempDir
    Path root;

    private DiskFileStore store;
    private CodebaseMap map;

    @BeforeEach
    void writeWorkspace() {
        SyntheticSources.writeTo(root, SyntheticSources.python(8, 15));
        store = new DiskFileStore(root, 1_000_000);
        map = new CodebaseMap(store, COUNTER);
    }

    @Test
    void tags_every_file_once_then_only_the_one_that_changed() throws Exception {
        map.render(MapFocus.NONE, BUDGET);
        assertThat(map.filesParsed()).isEqualTo(FILES);

        map.render(MapFocus.NONE, BUDGET);
        assertThat(map.filesParsed()).isEqualTo(FILES);

        store.write("pkg3/mod4.py", store.read("pkg3/mod4.py") + "\ndef brand_new_function():\n    pass\n");
        String shown = map.render(focus("Call brand_new_function."), BUDGET);

        assertThat(map.filesParsed()).isEqualTo(FILES + 1);
        assertThat(shown).contains("def brand_new_function():");
    }

    @Test
    void rewriting_a_file_unchanged_tags_nothing_again() throws Exception {
        map.render(MapFocus.NONE, BUDGET);

        store.write("pkg1/mod1.py", store.read("pkg1/mod1.py"));
        map.render(MapFocus.NONE, BUDGET);

        assertThat(map.filesParsed()).isEqualTo(FILES);
    }

    @Test
    void a_new_file_is_tagged_and_a_deleted_one_disappears() throws Exception {
        map.render(MapFocus.NONE, BUDGET);

        store.write("extra/shipping.py", "def shipping_cost(weight):\n    return weight * 2\n");
        store.delete("pkg2/mod2.py");
        String shown = map.render(focus("Make shipping_cost cheaper; what uses Widget2x2?"), BUDGET);

        assertThat(map.filesParsed()).isEqualTo(FILES + 1);
        assertThat(shown)
                .contains("extra/shipping.py:\n")
                .doesNotContain("pkg2/mod2.py")
                .doesNotContain("class Widget2x2");
    }

    @Test
    void a_file_too_large_for_the_store_is_counted_but_never_read() throws Exception {
        Files.writeString(root.resolve("pkg0/huge.py"), "def huge():\n    pass\n" + "#".repeat(2_000_000));

        String shown = map.render(focus("Look at pkg0/huge.py."), BUDGET);

        assertThat(MapReading.topFiles(shown)).first().isEqualTo("pkg0/huge.py");
        assertThat(shown).doesNotContain("def huge");
        assertThat(map.filesParsed()).isEqualTo(FILES);
    }

    private static MapFocus focus(String instruction) {
        return new MapFocus(instruction, "", Set.of());
    }
}
