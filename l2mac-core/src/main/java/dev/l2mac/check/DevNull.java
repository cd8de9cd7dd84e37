package dev.l2mac.check;

import java.io.File;

/** The null device, where a child's stdin comes from so that it never waits for input. */
final class DevNull {
    static final File FILE = new File(System.getProperty("os.name").startsWith("Windows") ? "NUL" : "/dev/null");

    private DevNull() {
    }
}
