package dev.l2mac.memory;

/** The refusals both stores share, worded once so the model sees the same sentence whichever store is in use. */
final class Refusals {

    private Refusals() {
    }

    static MemoryException notFound(WorkspacePath path) {
        return new MemoryException("File '" + path + "' does not exist; check the path against the project's file list"
                + " (paths are relative to the project root and case-sensitive).");
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
