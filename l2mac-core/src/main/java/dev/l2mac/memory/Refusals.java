package dev.l2mac.memory;

import java.util.List;
import java.util.Locale;

/** The refusals both stores share, worded once so the model sees the same sentence whichever store is in use. */
final class Refusals {

    private Refusals() {}

    /** Most other paths suggested for one missing file. */
    static final int MAX_SUGGESTIONS = 3;

    /** Refuses a missing file, suggesting files of the same name elsewhere (or the same path in another case). */
    static MemoryException notFound(WorkspacePath path, List<String> files) {
        String name = path.fileName().toLowerCase(Locale.ROOT);
        List<String> similar = files.stream()
                .filter(other -> other.equalsIgnoreCase(path.value())
                        || other.substring(other.lastIndexOf('/') + 1)
                                .toLowerCase(Locale.ROOT)
                                .equals(name))
                .limit(MAX_SUGGESTIONS)
                .toList();
        return new MemoryException(
                similar.isEmpty()
                        ? "File '" + path
                                + "' does not exist; check the path against the project's file list (paths are"
                                + " relative to the project root and case-sensitive)."
                        : "File '" + path + "' does not exist. Did you mean '" + String.join("' or '", similar) + "'?");
    }

    static MemoryException isDirectory(WorkspacePath path) {
        return new MemoryException("Path '" + path + "' is a directory, not a file; give the path of a file inside it,"
                + " such as '" + path + "/main.py'.");
    }

    static MemoryException parentIsFile(WorkspacePath path, String parent) {
        return new MemoryException("Cannot create '" + path + "' because '" + parent + "' is a file, not a directory;"
                + " choose another path, or delete '" + parent + "' first.");
    }
}
