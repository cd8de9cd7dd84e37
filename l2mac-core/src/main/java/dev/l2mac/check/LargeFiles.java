package dev.l2mac.check;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;

/**
 * Workspace files too large to parse or read into memory for a check. The model writes files of at most
 * {@code limits.max-file-bytes} (1 MB by default), so a file over {@link #MAX_CHECKED_BYTES} is data that generated
 * code made: it is named in a note and left out, never a failure of the check.
 */
public final class LargeFiles {
    /** The largest source file a check parses or reads whole. */
    public static final long MAX_CHECKED_BYTES = 8L * 1024 * 1024;

    private LargeFiles() {}

    /** True when {@code file} is larger than {@link #MAX_CHECKED_BYTES}; false when it cannot be measured. */
    public static boolean tooLarge(Path file) {
        return size(file) > MAX_CHECKED_BYTES;
    }

    /** The note that {@code file} (relative to the workspace) was not checked for its size. */
    public static Finding skipped(Path workspace, String file) {
        return Finding.note(
                file,
                0,
                String.format(
                        Locale.ROOT,
                        "not checked: it is %,d bytes, more than the %,d"
                                + " bytes a checked source file may have, so it is taken for generated data",
                        size(workspace.resolve(file)),
                        MAX_CHECKED_BYTES));
    }

    /** The text of {@code file}, when it can be read and is not too large. */
    public static Optional<String> read(Path file) {
        if (tooLarge(file)) {
            return Optional.empty();
        }
        try {
            return Optional.of(Files.readString(file, StandardCharsets.UTF_8));
        } catch (IOException | java.io.UncheckedIOException e) {
            return Optional.empty();
        }
    }

    /** {@code report} with {@code skipped} among its notes, when it is a report that carries notes. */
    public static CheckReport noting(CheckReport report, List<Finding> skipped) {
        if (skipped.isEmpty()) {
            return report;
        }
        return switch (report) {
            case CheckReport.Passed passed ->
                new CheckReport.Passed(passed.checker(), passed.summary(), concat(passed.notes(), skipped));
            case CheckReport.Failed failed ->
                new CheckReport.Failed(failed.checker(), failed.findings(), concat(failed.notes(), skipped));
            case CheckReport.TimedOut timedOut -> timedOut;
            case CheckReport.Unavailable unavailable -> unavailable;
        };
    }

    private static List<Finding> concat(List<Finding> first, List<Finding> second) {
        List<Finding> all = new ArrayList<>(first);
        all.addAll(second);
        return all;
    }

    private static long size(Path file) {
        try {
            return Files.size(file);
        } catch (IOException e) {
            return 0;
        }
    }
}
