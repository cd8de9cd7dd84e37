package dev.l2mac.map;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.l2mac.llm.TokenCounter;
import dev.l2mac.memory.InMemoryFileStore;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import org.junit.jupiter.api.Test;

class CodebaseMapTest {

    private static final TokenCounter COUNTER = TokenCounter.forModel("gpt-4");
    private final InMemoryFileStore store = new InMemoryFileStore(1_000_000);
    private final CodebaseMap map = new CodebaseMap(store, COUNTER);

    @Test
    void shows_the_listing_unchanged_while_it_fits() {
        SyntheticSources.writeTo(store, Map.of("app/main.py", "print(1)\n", "README.md", "hi\n", "app/x.py", ""));

        String shown = map.render(new MapFocus("Edit app/main.py", "", java.util.Set.of()), 8_192);

        assertThat(shown).isEqualTo(String.join("\n", store.list())).isEqualTo("README.md\napp/main.py\napp/x.py");
        assertThat(map.filesParsed()).isZero();
    }

    @Test
    void shows_nothing_for_an_empty_store_so_the_caller_keeps_its_own_words() {
        assertThat(map.render(MapFocus.NONE, 100)).isEmpty();
        assertThat(map.render(MapFocus.NONE, 0)).isEmpty();
    }

    @Test
    void stays_within_every_budget() {
        SyntheticSources.writeTo(store, SyntheticSources.python(10, 20));
        MapFocus focus =
                new MapFocus("Make helper_3_4 faster in pkg3/mod4.py", "Widget2x2 is done.", java.util.Set.of());

        for (int budget : List.of(0, 1, 5, 12, 20, 40, 80, 150, 300, 600, 1_000, 2_000)) {
            String shown = map.render(focus, budget);
            assertThat(COUNTER.count(shown)).as("budget %d", budget).isLessThanOrEqualTo(budget);
        }
        assertThat(map.render(focus, 20)).startsWith("The 201 files are too many to list; list_files");
        assertThat(map.render(focus, 1_000))
                .startsWith("The 201 files are too many to list; the most relevant ones first")
                .contains(MapText.OTHER_FILES);
        assertThat(map.filesParsed()).isEqualTo(201);
    }

    @Test
    void counts_the_other_files_by_folder_at_a_higher_level_when_the_deeper_folders_do_not_fit() {
        Map<String, String> files = new TreeMap<>();
        for (int area = 0; area < 4; area++) {
            for (int folder = 0; folder < 30; folder++) {
                for (int file = 0; file < 10; file++) {
                    files.put("area%d/folder%d/file%d.txt".formatted(area, folder, file), "text\n");
                }
            }
        }
        SyntheticSources.writeTo(store, files);

        String roomy = map.render(MapFocus.NONE, 2_500);
        String tight = map.render(MapFocus.NONE, 120);

        assertThat(roomy).contains("area3/folder29/ (10 files)");
        assertThat(tight).contains("\narea3/ (300 files)").doesNotContain("/folder29/ (");
        assertThat(COUNTER.count(tight)).isLessThanOrEqualTo(120);
    }

    @Test
    void shows_the_top_files_with_their_definitions_and_lines() {
        SyntheticSources.writeTo(store, SyntheticSources.python(10, 20));

        String shown = map.render(new MapFocus("Change helper_3_4.", "", java.util.Set.of()), 800);

        assertThat(shown)
                .contains("pkg3/mod4.py:\n")
                .contains("class Widget3x4(Base):")
                .contains(": def helper_3_4(value):");
        assertThat(shown).containsPattern("\\n  \\d+:   def __init__\\(self, size\\):");
    }

    @Test
    void refuses_a_negative_budget() {
        assertThatThrownBy(() -> map.render(MapFocus.NONE, -1))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("tokenBudget");
    }
}
