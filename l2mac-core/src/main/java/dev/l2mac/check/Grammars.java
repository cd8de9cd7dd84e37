package dev.l2mac.check;

import org.treesitter.TSLanguage;
import org.treesitter.TSParser;
import org.treesitter.TreeSitterJava;
import org.treesitter.TreeSitterJavascript;
import org.treesitter.TreeSitterPython;
import org.treesitter.TreeSitterTypescript;

/**
 * The one place tree-sitter grammars are loaded: one per {@link Language}, for the syntax checks and the outlines
 * the tools show. The grammar jars carry their natives, so a grammar loads wherever {@link #loads()} is true.
 */
public final class Grammars {

    private Grammars() {}

    /** A fresh handle on the grammar of {@code language}; loading the native library may throw a LinkageError. */
    public static TSLanguage of(Language language) {
        return switch (language) {
            case PYTHON -> new TreeSitterPython();
            case JAVA -> new TreeSitterJava();
            case JAVASCRIPT -> new TreeSitterJavascript();
            case TYPESCRIPT -> new TreeSitterTypescript();
        };
    }

    /** A parser for {@code language}. */
    public static TSParser parser(Language language) {
        TSParser parser = new TSParser();
        parser.setLanguage(of(language));
        return parser;
    }

    /** True when tree-sitter's native library loads on this machine. */
    public static boolean loads() {
        try {
            parser(Language.JAVASCRIPT);
            return true;
        } catch (LinkageError | RuntimeException e) {
            return false;
        }
    }
}
