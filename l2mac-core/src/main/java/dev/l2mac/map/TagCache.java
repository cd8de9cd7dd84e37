package dev.l2mac.map;

import dev.l2mac.memory.FileStore;
import dev.l2mac.memory.Fingerprints;
import dev.l2mac.memory.MemoryException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.atomic.AtomicLong;
import org.jspecify.annotations.Nullable;

/**
 * The tags of every file of a store, kept per path with a fingerprint of the content they were made from: a
 * refresh tags again only the files whose content changed or that are new, and forgets the files that are gone. A
 * file whose {@linkplain FileStore#stamp stamp} is the one it had is not read at all; the others are read one at a
 * time (in parallel) and their contents dropped once tagged or found unchanged.
 */
final class TagCache {

    /**
     * The tags of one file, the fingerprint of the content they describe, and the store's {@linkplain
     * FileStore#stamp stamp} of the file when it was last read ({@code ""} when the store gave none).
     */
    record Entry(String fingerprint, String stamp, FileTags tags) {}

    /**
     * Files tagged since the last save that make saving worth its cost: a cold build saves, a few edits do not (the
     * next run tags those few again), so that a redraw after an edit never writes every file's tags.
     */
    static final int SAVE_AFTER_TAGGING = 100;

    /** The fingerprint of a file that cannot be read as text within the store's cap: it is never tagged. */
    private static final String UNREADABLE = "unreadable";

    private final FileStore store;
    private final Optional<Path> saved;
    private final Tagger tagger = new Tagger();
    private final AtomicLong parsed = new AtomicLong();
    private Map<String, Entry> entries = Map.of();
    private boolean loaded;
    /** Files tagged since the tags were last saved or read. */
    private long unsaved;

    /** A cache of the tags of {@code store}'s files, starting from and saving to {@code saved} ({@link SavedTags}). */
    TagCache(FileStore store, Optional<Path> saved) {
        this.store = store;
        this.saved = saved;
    }

    /** The tags of {@code paths} (the store's listing), in their order, tagging again only what changed. */
    synchronized List<FileTags> refresh(List<String> paths) {
        if (!loaded) {
            loaded = true;
            saved.ifPresent(file -> entries = SavedTags.read(file, tagger::share));
        }
        Map<String, Entry> before = entries;
        long parsedBefore = parsed.get();
        Entry[] after = new Entry[paths.size()];
        String[] stamps = new String[paths.size()];
        List<Integer> toRead = new ArrayList<>();
        for (int i = 0; i < paths.size(); i++) {
            Entry known = before.get(paths.get(i));
            stamps[i] = store.stamp(paths.get(i)).orElse("");
            if (known != null && !stamps[i].isEmpty() && stamps[i].equals(known.stamp())) {
                after[i] = known;
            } else {
                toRead.add(i);
            }
        }
        toRead.parallelStream().forEach(i -> after[i] = current(paths.get(i), before.get(paths.get(i)), stamps[i]));
        Map<String, Entry> now = HashMap.newHashMap(paths.size());
        List<FileTags> tags = new ArrayList<>(paths.size());
        for (int i = 0; i < paths.size(); i++) {
            now.put(paths.get(i), after[i]);
            tags.add(after[i].tags());
        }
        entries = now;
        unsaved += parsed.get() - parsedBefore;
        if (unsaved >= SAVE_AFTER_TAGGING) {
            saved.ifPresent(file -> SavedTags.write(file, now));
            unsaved = 0;
        }
        return tags;
    }

    /** How many times a file has been tagged since this cache was made. */
    long filesParsed() {
        return parsed.get();
    }

    /**
     * The entry of {@code path}, whose stamp ({@code ""} for none) is not the known one: the known entry while its
     * content is the same, else its new tags. The stamp was taken before the file is read, so that a change made
     * while it is read shows as a change the next time.
     */
    private Entry current(String path, @Nullable Entry known, String stamp) {
        String content;
        try {
            content = store.read(path);
        } catch (MemoryException e) {
            return new Entry(UNREADABLE, stamp, FileTags.NONE);
        }
        String fingerprint = Fingerprints.of(content.getBytes(StandardCharsets.UTF_8));
        if (known != null && known.fingerprint().equals(fingerprint)) {
            return new Entry(fingerprint, stamp, known.tags());
        }
        parsed.incrementAndGet();
        return new Entry(fingerprint, stamp, tagger.tag(path, content));
    }
}
