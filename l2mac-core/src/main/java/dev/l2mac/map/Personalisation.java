package dev.l2mac.map;

import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Where the ranking's walker jumps to: mostly the files the focus points at (a mentioned path or file name, a
 * recently edited file, a file defining a mentioned identifier), a little every file, so that the files the focus
 * does not reach are still ordered by how much the others use them. Also which files the focus names by path or
 * file name: those the map shows first, since a walker leaving a named file would otherwise lift the files it uses
 * above it.
 *
 * @param weights one per path, summing to 1
 * @param named per path, whether the focus names it
 */
record Personalisation(double[] weights, boolean[] named) {

    /** A file whose path (or a trailing part of it, such as {@code shop/cart.py}) is mentioned. */
    static final double MENTIONED_PATH_WEIGHT = 10.0;
    /** A file whose name is mentioned, shared among the files of that name. */
    static final double MENTIONED_FILE_NAME_WEIGHT = MENTIONED_PATH_WEIGHT;
    /** A file whose name without extension is a mentioned identifier, shared among the files of that stem. */
    static final double MENTIONED_STEM_WEIGHT = 2.0;
    /** A file edited recently. */
    static final double EDITED_WEIGHT = 5.0;
    /** A file defining a mentioned identifier, shared among the files defining it. */
    static final double DEFINES_MENTIONED_WEIGHT = 5.0;
    /** The part of the jumps that goes where the focus points, when it points anywhere. */
    static final double FOCUS_SHARE = 0.9;
    /** Mentioned identifiers shorter than this are too vague to pull up the files defining them. */
    static final int MIN_NAME_CHARS = 3;
    /** Stems shorter than this are too vague to match a mentioned identifier. */
    static final int MIN_STEM_CHARS = 4;

    /** The personalisation of {@code paths} for {@code focus}. */
    static Personalisation of(List<String> paths, Definers definers, MapFocus focus, Set<String> mentionedNames) {
        int files = paths.size();
        double[] focused = new double[files];
        boolean[] named = new boolean[files];
        Set<String> pathWords = Words.pathLike(focus.text());
        Map<String, Integer> names = new HashMap<>();
        Map<String, Integer> stems = new HashMap<>();
        for (String path : paths) {
            names.merge(fileName(path), 1, Integer::sum);
            stems.merge(stem(path), 1, Integer::sum);
        }
        for (int file = 0; file < files; file++) {
            String path = paths.get(file);
            String stem = stem(path);
            if (mentionsPath(pathWords, path)) {
                focused[file] += MENTIONED_PATH_WEIGHT;
                named[file] = true;
            } else if (pathWords.contains(fileName(path))) {
                focused[file] += MENTIONED_FILE_NAME_WEIGHT / names.getOrDefault(fileName(path), 1);
                named[file] = true;
            } else if (stem.length() >= MIN_STEM_CHARS && mentionedNames.contains(stem)) {
                focused[file] += MENTIONED_STEM_WEIGHT / stems.getOrDefault(stem, 1);
            }
            if (focus.recentlyEdited().contains(path)) {
                focused[file] += EDITED_WEIGHT;
            }
        }
        for (String name : mentionedNames) {
            int[] defining = name.length() < MIN_NAME_CHARS ? new int[0] : definers.of(name);
            for (int file : defining) {
                focused[file] += DEFINES_MENTIONED_WEIGHT
                        * ReferenceGraph.nameWeight(name, defining.length, Set.of())
                        / defining.length;
            }
        }
        return new Personalisation(mix(focused), named);
    }

    private static double[] mix(double[] focused) {
        int files = focused.length;
        double total = 0;
        for (double weight : focused) {
            total += weight;
        }
        double[] personalisation = new double[files];
        double share = total == 0 ? 0 : FOCUS_SHARE;
        for (int file = 0; file < files; file++) {
            personalisation[file] = (1 - share) / files + (total == 0 ? 0 : share * focused[file] / total);
        }
        return personalisation;
    }

    /** True when {@code path}, or a part of it after a slash that still holds a slash, is a mentioned word. */
    private static boolean mentionsPath(Set<String> pathWords, String path) {
        if (pathWords.contains(path)) {
            return true;
        }
        for (int slash = path.indexOf('/'); slash >= 0; slash = path.indexOf('/', slash + 1)) {
            String tail = path.substring(slash + 1);
            if (tail.indexOf('/') < 0) {
                return false;
            }
            if (pathWords.contains(tail)) {
                return true;
            }
        }
        return false;
    }

    private static String fileName(String path) {
        return path.substring(path.lastIndexOf('/') + 1);
    }

    private static String stem(String path) {
        String name = fileName(path);
        int dot = name.lastIndexOf('.');
        return dot > 0 ? name.substring(0, dot) : name;
    }
}
