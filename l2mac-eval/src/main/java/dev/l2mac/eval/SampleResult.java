package dev.l2mac.eval;

import dev.l2mac.llm.Usage;
import java.time.Duration;
import java.util.Objects;

/**
 * One candidate's story: which sample it was, the program that was run (empty when none was written), why there
 * was none, how it fared, and the time the tests took.
 */
public record SampleResult(int sample, String candidate, Verdict verdict, Duration testTime, Usage usage) {
    public SampleResult {
        Objects.requireNonNull(candidate, "candidate");
        Objects.requireNonNull(verdict, "verdict");
        Objects.requireNonNull(testTime, "testTime");
        usage = usage == null ? Usage.NONE : usage;
    }
}
