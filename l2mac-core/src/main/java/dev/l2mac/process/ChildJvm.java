package dev.l2mac.process;

import java.util.List;

/** How the machine starts a JVM for generated code: the tests a checker runs, the Maven that installs a project. */
public final class ChildJvm {

    /**
     * JVM flags that keep a child JVM within the sandbox's address-space limit (the default heap, metaspace and
     * code cache reservations exceed it on large machines) and start it fast, since generated tests are short.
     */
    public static final List<String> FLAGS = List.of(
            "-XX:+UseSerialGC",
            "-Xmx512m",
            "-XX:CompressedClassSpaceSize=128m",
            "-XX:ReservedCodeCacheSize=64m",
            "-XX:TieredStopAtLevel=1");

    private ChildJvm() {}
}
