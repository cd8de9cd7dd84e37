package dev.l2mac.map;

import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/** Which files define each name: the index of every file (in listing order) with a definition of it. */
final class Definers {

    private static final int[] NONE = new int[0];

    private final Map<String, int[]> byName = new HashMap<>();

    Definers(List<FileTags> tags) {
        for (int file = 0; file < tags.size(); file++) {
            for (FileTags.Definition definition : tags.get(file).definitions()) {
                int[] files = byName.getOrDefault(definition.name(), NONE);
                if (files.length == 0 || files[files.length - 1] != file) {
                    int[] more = Arrays.copyOf(files, files.length + 1);
                    more[files.length] = file;
                    byName.put(definition.name(), more);
                }
            }
        }
    }

    /** The files defining {@code name}, ascending; empty when none does. Never modify the array. */
    int[] of(String name) {
        return byName.getOrDefault(name, NONE);
    }

    /** True when file {@code file} defines {@code name}. */
    boolean defines(int file, String name) {
        return Arrays.binarySearch(of(name), file) >= 0;
    }
}
