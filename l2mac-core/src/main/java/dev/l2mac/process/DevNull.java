package dev.l2mac.process;

import java.io.File;

/** The null device, where a child's stdin comes from so that it never waits for input. */
public final class DevNull {
    public static final File FILE = new File(System.getProperty("os.name").startsWith("Windows") ? "NUL" : "/dev/null");

    private DevNull() {}
}
