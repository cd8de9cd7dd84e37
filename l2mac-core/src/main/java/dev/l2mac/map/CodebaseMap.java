package dev.l2mac.map;

import dev.l2mac.llm.TokenCounter;
import dev.l2mac.memory.FileStore;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;

/**
 * What an instruction's context shows of the workspace's files, within a token budget: the paths, one a line, while
 * they fit (exactly the listing the machine has always shown, so small workspaces and replays do not change), and
 * otherwise a ranked map of the files (see {@link MapText}). One per run: it keeps every file's tags between
 * instructions and tags again only the files whose content changed.
 */
public final class CodebaseMap {

    private final FileStore store;
    private final TokenCounter counter;
    private final TagCache cache;

    /** A map of {@code store}'s files that tags every file the first time it ranks them. */
    public CodebaseMap(FileStore store, TokenCounter counter) {
        this(store, counter, Optional.empty());
    }

    /**
     * A map of {@code store}'s files that saves their tags in {@code workspace} ({@code .l2mac/map-tags.bin}) and
     * starts from the tags a run before it saved there, tagging again only the files that changed since.
     */
    public CodebaseMap(FileStore store, TokenCounter counter, Path workspace) {
        this(store, counter, Optional.of(workspace.resolve(SavedTags.FILE)));
    }

    private CodebaseMap(FileStore store, TokenCounter counter, Optional<Path> savedTags) {
        this.store = store;
        this.counter = counter;
        this.cache = new TagCache(store, savedTags);
    }

    /**
     * The store's paths joined by line breaks when they fit in {@code tokenBudget} tokens (empty for an empty
     * store), otherwise the map ranked for {@code focus}; never more than {@code tokenBudget} tokens, and empty
     * only when not even one sentence about the files fits.
     */
    public String render(MapFocus focus, int tokenBudget) {
        if (tokenBudget < 0) {
            throw new IllegalArgumentException("tokenBudget must not be negative, was " + tokenBudget);
        }
        List<String> paths = store.list();
        String listing = String.join("\n", paths);
        if (counter.count(listing) <= tokenBudget) {
            return listing;
        }
        List<FileTags> tags = cache.refresh(paths);
        List<Integer> order = Ranking.order(paths, tags, focus);
        return new MapText(
                        counter,
                        order.stream().map(paths::get).toList(),
                        order.stream().map(tags::get).toList())
                .fit(tokenBudget);
    }

    /** How many times a file has been parsed for its tags since this map was made: a new or changed file once. */
    public long filesParsed() {
        return cache.filesParsed();
    }
}
