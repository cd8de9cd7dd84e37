package dev.l2mac.eval;

import java.time.Clock;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;

/** Names on disk for an evaluation's folder and the problems in it. */
final class RunFiles {
    private static final DateTimeFormatter STAMP =
            DateTimeFormatter.ofPattern("yyyyMMdd-HHmmss").withZone(ZoneOffset.UTC);

    private RunFiles() {}

    /** A problem id as a file name: {@code HumanEval/32} becomes {@code HumanEval_32}. */
    static String safeName(String id) {
        return id.replaceAll("[^A-Za-z0-9._-]", "_");
    }

    /** A folder name that sorts by time: {@code humaneval-plus-20250101-120000}. */
    static String folderName(String what, Clock clock) {
        return safeName(what.replace("+", "-plus")) + "-" + STAMP.format(clock.instant());
    }
}
