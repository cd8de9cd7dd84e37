package dev.l2mac.check;

/**
 * Where a module, package or library that the code imports lives, from the model's point of view; every language's
 * import findings are judged by it. Only what the model can change is an error of the code: the workspace, and the
 * names it uses in the language's own library. Whether a third-party package is on this machine is the
 * environment's matter.
 */
public enum ModuleHome {
    /** A file or folder of the workspace provides it: an import error is the model's. */
    WORKSPACE,
    /** The language's own library (Python's standard library, the JDK, Node's built-in modules). */
    STANDARD_LIBRARY,
    /** A third-party package installed where the checks run. */
    INSTALLED,
    /** Declared by the project's manifest, not installed where the checks run: an environment note. */
    DECLARED,
    /** Neither the workspace's nor installed nor declared: a module not yet written, or an undeclared package. */
    UNKNOWN
}
