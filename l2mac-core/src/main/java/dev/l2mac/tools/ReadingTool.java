package dev.l2mac.tools;

/** A tool that only reads the workspace: repeat-safe, and never changes files. */
interface ReadingTool extends Tool {

    @Override
    default boolean repeatSafe() {
        return true;
    }

    @Override
    default boolean mayChangeFiles() {
        return false;
    }
}
