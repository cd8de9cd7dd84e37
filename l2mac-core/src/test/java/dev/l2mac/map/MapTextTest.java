package dev.l2mac.map;

import static org.assertj.core.api.Assertions.assertThat;

import dev.l2mac.llm.TokenCounter;
import dev.l2mac.memory.InMemoryFileStore;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;

/** The map holds the largest number of top files that fits: the search finds what trying every number would. */
class MapTextTest {

    private static final TokenCounter COUNTER = TokenCounter.forModel("gpt-4");

    @Test
    void the_search_finds_the_largest_number_of_top_files_that_fits() {
        InMemoryFileStore store = new InMemoryFileStore(1_000_000);
        SyntheticSources.writeTo(store, SyntheticSources.python(10, 20));
        List<String> paths = store.list();
        List<FileTags> tags = new TagCache(store, java.util.Optional.empty()).refresh(paths);
        List<Integer> order = Ranking.order(paths, tags, new MapFocus("Make helper_3_4 faster.", "", Set.of()));
        List<String> ranked = order.stream().map(paths::get).toList();
        List<FileTags> rankedTags = order.stream().map(tags::get).toList();

        for (int budget = 60; budget <= 3_000; budget += 113) {
            MapText text = new MapText(COUNTER, ranked, rankedTags);
            int depth = text.summaryDepth(budget).orElseThrow();
            int largest = 0;
            for (int files = 1; files <= ranked.size(); files++) {
                String shown = text.text(files, depth);
                if (shown.length() > (long) budget * MapText.MAX_CHARS_PER_TOKEN) {
                    break; // more characters than the budget's tokens can cover: no larger number fits either
                }
                if (COUNTER.count(shown) <= budget) {
                    largest = files;
                }
            }
            assertThat(text.fit(budget)).as("budget %d", budget).isEqualTo(text.text(largest, depth));
        }
    }
}
