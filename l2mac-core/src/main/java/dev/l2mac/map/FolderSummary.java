package dev.l2mac.map;

import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.TreeMap;

/**
 * Files counted by folder, at a chosen depth: at depth {@code d} a file counts towards the first {@code d} folders
 * of its path, so {@code src/legacy/ (1,204 files)} counts everything below {@code src/legacy}. A folder of one file
 * shows that file's path instead; depth 0 counts every file in one line.
 */
final class FolderSummary {

    private FolderSummary() {}

    /** The deepest depth at which any file's folders are all shown. */
    static int maxDepth(List<String> paths) {
        int deepest = 0;
        for (String path : paths) {
            deepest = Math.max(deepest, folders(path));
        }
        return deepest;
    }

    /** One line per folder at {@code depth}, in path order, each ending with a line break. */
    static String render(List<String> paths, int depth) {
        if (paths.isEmpty()) {
            return "";
        }
        if (depth == 0) {
            return count(paths.size()) + " in all folders\n";
        }
        Map<String, Group> groups = new TreeMap<>();
        for (String path : paths) {
            groups.computeIfAbsent(folder(path, depth), key -> new Group(path)).files++;
        }
        StringBuilder text = new StringBuilder();
        groups.forEach((folder, group) -> text.append(
                        group.files == 1
                                ? group.first
                                : (folder.isEmpty() ? "./" : folder + "/") + " (" + count(group.files) + ")")
                .append('\n'));
        return text.toString();
    }

    /** The first {@code depth} folders of {@code path}, or all of them when it has fewer. */
    private static String folder(String path, int depth) {
        int end = -1;
        for (int i = 0; i < depth; i++) {
            int slash = path.indexOf('/', end + 1);
            if (slash < 0) {
                break;
            }
            end = slash;
        }
        return end < 0 ? "" : path.substring(0, end);
    }

    private static int folders(String path) {
        int count = 0;
        for (int i = path.indexOf('/'); i >= 0; i = path.indexOf('/', i + 1)) {
            count++;
        }
        return count;
    }

    private static String count(int files) {
        return String.format(Locale.ROOT, files == 1 ? "%,d file" : "%,d files", files);
    }

    private static final class Group {
        final String first;
        int files;

        Group(String first) {
            this.first = first;
        }
    }
}
