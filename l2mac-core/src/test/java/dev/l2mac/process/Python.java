package dev.l2mac.process;

import dev.l2mac.testing.Requirements;
import dev.l2mac.testing.Tool;

/** The Python tools a check test runs; a test without them is skipped (failed under CI), saying which is missing. */
public final class Python {

    private Python() {}

    public static void requirePython() {
        Requirements.require(Tool.PYTHON3);
    }

    public static void requirePytest() {
        requirePython();
        Requirements.require(Tool.PYTEST);
    }
}
