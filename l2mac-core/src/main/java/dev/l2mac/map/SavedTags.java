package dev.l2mac.map;

import java.io.BufferedInputStream;
import java.io.BufferedOutputStream;
import java.io.DataInputStream;
import java.io.DataOutputStream;
import java.io.EOFException;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.function.UnaryOperator;
import java.util.zip.GZIPInputStream;
import java.util.zip.GZIPOutputStream;

/**
 * The map's tags saved between runs in the workspace ({@link #FILE}), so that the next run on a large repository
 * tags again only the files that changed since: each file's tags with the fingerprint of the content they describe,
 * which a refresh compares as it does for tags of its own. The file is the engine's, not the codebase's: a file that
 * is missing, a link, damaged or of another version is ignored (every file is tagged again), and it is replaced
 * whole, never written through, so nothing outside the workspace is ever read or written through it.
 */
final class SavedTags {

    /** Where the tags are saved, relative to the workspace. */
    static final String FILE = ".l2mac/map-tags.bin";

    /** Changes whenever the format, or what tags hold, changes; a file of another version is ignored. */
    private static final int VERSION = 2;
    /** Most entries, definitions and words read from the file; more means it is not one this class wrote. */
    private static final int MAX_ENTRIES = 1_000_000;

    private SavedTags() {}

    /**
     * The saved entries by path, their strings shared through {@code share}; empty when there is no saved file or
     * it cannot be read as one.
     */
    static Map<String, TagCache.Entry> read(Path file, UnaryOperator<String> share) {
        if (!Files.isRegularFile(file, LinkOption.NOFOLLOW_LINKS)) {
            return Map.of();
        }
        try (InputStream bytes = Files.newInputStream(file, LinkOption.NOFOLLOW_LINKS);
                DataInputStream in = new DataInputStream(new BufferedInputStream(new GZIPInputStream(bytes)))) {
            if (in.readInt() != VERSION) {
                return Map.of();
            }
            int entries = bounded(in.readInt());
            Map<String, TagCache.Entry> read = HashMap.newHashMap(entries);
            for (int i = 0; i < entries; i++) {
                String path = in.readUTF();
                String fingerprint = in.readUTF();
                String stamp = in.readUTF();
                read.put(path, new TagCache.Entry(fingerprint, stamp, tags(in, share)));
            }
            return read;
        } catch (IOException | RuntimeException damaged) {
            return Map.of();
        }
    }

    /**
     * Saves {@code entries} to {@code file} by writing a temporary file beside it and moving it into place; a
     * failure leaves the tags unsaved, which costs the next run time only.
     */
    static void write(Path file, Map<String, TagCache.Entry> entries) {
        Path folder = file.getParent();
        Path temporary = null;
        try {
            Files.createDirectories(folder);
            temporary = Files.createTempFile(folder, "map-tags", ".tmp");
            try (OutputStream bytes = Files.newOutputStream(temporary);
                    DataOutputStream out =
                            new DataOutputStream(new BufferedOutputStream(new GZIPOutputStream(bytes)))) {
                out.writeInt(VERSION);
                out.writeInt(entries.size());
                for (Map.Entry<String, TagCache.Entry> entry : entries.entrySet()) {
                    out.writeUTF(entry.getKey());
                    out.writeUTF(entry.getValue().fingerprint());
                    out.writeUTF(entry.getValue().stamp());
                    write(out, entry.getValue().tags());
                }
            }
            Files.move(temporary, file, StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
        } catch (IOException | RuntimeException unsaved) {
            if (temporary != null) {
                try {
                    Files.deleteIfExists(temporary);
                } catch (IOException ignored) {
                    // the temporary file stays in the engine's folder; the tags are simply not saved
                }
            }
        }
    }

    private static void write(DataOutputStream out, FileTags tags) throws IOException {
        List<FileTags.Definition> definitions = tags.definitions();
        out.writeInt(definitions.size());
        for (FileTags.Definition definition : definitions) {
            out.writeUTF(definition.name());
            out.writeUTF(definition.kind());
            out.writeInt(definition.depth());
            out.writeLong(definition.line());
            out.writeUTF(definition.signature());
        }
        List<String> words = new ArrayList<>();
        List<Integer> counts = new ArrayList<>();
        tags.forEachWord((word, count) -> {
            words.add(word);
            counts.add(count);
        });
        out.writeInt(words.size());
        for (int i = 0; i < words.size(); i++) {
            out.writeUTF(words.get(i));
            out.writeInt(counts.get(i));
        }
    }

    private static FileTags tags(DataInputStream in, UnaryOperator<String> share) throws IOException {
        int definitionCount = bounded(in.readInt());
        List<FileTags.Definition> definitions = new ArrayList<>(Math.min(definitionCount, 1_024));
        for (int i = 0; i < definitionCount; i++) {
            definitions.add(new FileTags.Definition(
                    share.apply(in.readUTF()), in.readUTF(), in.readInt(), in.readLong(), in.readUTF()));
        }
        int wordCount = bounded(in.readInt());
        if (wordCount > Tagger.MAX_WORDS_PER_FILE) {
            throw new EOFException("more words than a file's tags keep");
        }
        String[] words = new String[wordCount];
        int[] counts = new int[wordCount];
        for (int i = 0; i < wordCount; i++) {
            words[i] = share.apply(in.readUTF());
            counts[i] = in.readInt();
        }
        return new FileTags(definitions, words, counts);
    }

    private static int bounded(int count) throws EOFException {
        if (count < 0 || count > MAX_ENTRIES) {
            throw new EOFException("a count of " + count + " is not one this file holds");
        }
        return count;
    }
}
