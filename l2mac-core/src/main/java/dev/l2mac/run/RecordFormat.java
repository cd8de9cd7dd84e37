package dev.l2mac.run;

import java.io.IOException;

/**
 * The version of the format a run's {@code run.json} and {@code events.jsonl} are written in. Files written before
 * the version was recorded carry none and are format 0, which this version still reads; a newer format is refused.
 */
public final class RecordFormat {
    /** The format this version writes. */
    public static final int CURRENT = 1;
    /** The field that carries the format: in {@code run.json}, and in the first line of {@code events.jsonl}. */
    static final String FIELD = "format";

    private RecordFormat() {}

    /** Refuses {@code found}, read from {@code file}, when it is newer than this version reads. */
    static int require(int found, String file) throws UnreadableFormatException {
        if (found > CURRENT) {
            throw new UnreadableFormatException(file + " is written in record format " + found + ", newer than this"
                    + " version of l2mac reads (format " + CURRENT + " and older); use the newer l2mac that wrote"
                    + " it to list, show, replay or resume this run");
        }
        return found;
    }

    /** A run's file is written in a newer format than this version reads. */
    public static final class UnreadableFormatException extends IOException {
        UnreadableFormatException(String message) {
            super(message);
        }
    }
}
