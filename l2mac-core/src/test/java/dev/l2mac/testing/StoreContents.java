package dev.l2mac.testing;

import dev.l2mac.memory.FileStore;
import dev.l2mac.memory.MemoryException;
import java.util.Collections;
import java.util.Map;
import java.util.TreeMap;

/** Every text file of a store and its content, sorted by path: what a test compares a workspace by. */
public final class StoreContents {

    private StoreContents() {}

    /** The store's text files at this moment; binary files and files removed since listing are left out. */
    public static Map<String, String> of(FileStore store) {
        Map<String, String> files = new TreeMap<>();
        for (String path : store.list()) {
            try {
                files.put(path, store.read(path));
            } catch (MemoryException e) {
                // no text to compare
            }
        }
        return Collections.unmodifiableMap(files);
    }
}
