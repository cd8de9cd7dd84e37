package dev.l2mac.process;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.UUID;

/**
 * A variable put into one command's environment, after the secret variables are filtered out, by which every
 * process the command starts can be found again: children inherit it, also when they leave the process group, the
 * session and the tree (a {@code setsid} daemon handed to init). Linux shows each process's starting environment
 * in {@code /proc/<pid>/environ}; elsewhere {@link #killCarriers()} finds nothing. A program that clears its
 * environment ({@code env -i}) before it detaches is not found; without a sandbox nothing else catches it.
 *
 * @param value unique to one command: this JVM's pid and a random UUID
 */
record ProcessTag(String value) {

    static final String VARIABLE = "L2MAC_PROCESS_TAG";
    private static final Path PROC = Path.of("/proc");
    /**
     * How many times the process table is scanned at most: each round kills what carries the tag, and the next
     * finds what those forked meanwhile; a scan that finds nothing ends the sweep.
     */
    static final int MAX_SWEEPS = 50;

    ProcessTag {
        if (value.isBlank() || value.indexOf('\0') >= 0) {
            throw new IllegalArgumentException("a process tag must be a non-blank string without NUL");
        }
    }

    /** A tag no other command of any l2mac process carries. */
    static ProcessTag fresh() {
        return new ProcessTag(ProcessHandle.current().pid() + "-" + UUID.randomUUID());
    }

    /** The {@code NAME=value} entry as it appears in an environment block. */
    String entry() {
        return VARIABLE + "=" + value;
    }

    /**
     * Kills every live process of this user whose environment carries the tag, scanning again until none is
     * left or {@link #MAX_SWEEPS} scans were made; returns how many processes were killed.
     */
    int killCarriers() {
        if (!Files.isDirectory(PROC)) {
            return 0;
        }
        int killed = 0;
        for (int sweep = 0; sweep < MAX_SWEEPS; sweep++) {
            List<ProcessHandle> carriers = carriers();
            if (carriers.isEmpty()) {
                return killed;
            }
            // The handle was taken before the environment was read: a pid reused meanwhile is not killed.
            carriers.forEach(ProcessHandle::destroyForcibly);
            killed += carriers.size();
        }
        return killed;
    }

    /** Live processes (not zombies: their environment reads empty) whose environment holds this tag. */
    List<ProcessHandle> carriers() {
        long self = ProcessHandle.current().pid();
        byte[] needle = ("\0" + entry() + "\0").getBytes(StandardCharsets.UTF_8);
        return ProcessHandle.allProcesses()
                .filter(process -> process.pid() != self)
                .filter(process -> carries(process.pid(), needle))
                .toList();
    }

    private static boolean carries(long pid, byte[] needle) {
        byte[] environ;
        try {
            environ = Files.readAllBytes(PROC.resolve(Long.toString(pid)).resolve("environ"));
        } catch (IOException | SecurityException e) {
            // Gone, or another user's process that this one may not read and could not kill either.
            return false;
        }
        // Entries end in NUL; a leading NUL is implied before the first.
        byte[] block = new byte[environ.length + 1];
        System.arraycopy(environ, 0, block, 1, environ.length);
        return indexOf(block, needle) >= 0;
    }

    private static int indexOf(byte[] haystack, byte[] needle) {
        outer:
        for (int i = 0; i + needle.length <= haystack.length; i++) {
            for (int j = 0; j < needle.length; j++) {
                if (haystack[i + j] != needle[j]) {
                    continue outer;
                }
            }
            return i;
        }
        return -1;
    }
}
