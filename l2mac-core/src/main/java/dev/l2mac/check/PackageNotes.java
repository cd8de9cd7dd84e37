package dev.l2mac.check;

/**
 * The words every checker uses for a third-party package it lacks, so that a note reads the same whichever language
 * raised it: what is missing, why, and who can do what about it.
 */
public final class PackageNotes {

    private PackageNotes() {}

    /** {@code what} (such as "the package 'flask'") is declared in {@code manifest} but absent here. */
    public static String declaredButNotInstalled(String what, String manifest) {
        return what + " is declared in " + manifest + " but not installed where the checks run; " + installHint("it");
    }

    /** Who installs what a manifest declares, and how; {@code what} is the pronoun or name of what is missing. */
    public static String installHint(String what) {
        return "the user can install " + what + " with 'l2mac deps' or --install-deps";
    }

    /** {@code name} is nobody's: the model either writes it or declares it in {@code manifest}. */
    public static String neitherWrittenNorDeclared(String name, String manifest) {
        return "'" + name + "' is neither a module of this workspace nor an installed package; if it belongs to the"
                + " project, write it; if it is a third-party package, declare it in " + manifest;
    }
}
