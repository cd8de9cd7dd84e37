package dev.l2mac.eval.design;

import java.util.Map;
import java.util.TreeMap;

/** What the judge made of one codebase: a score, an answer that could not be read, or no answer at all. */
public sealed interface JudgeVerdict {

    /** Every feature of the checklist, by id, with whether the judge found it implemented. */
    record Scored(Map<Integer, Boolean> implemented) implements JudgeVerdict {
        public Scored {
            implemented = Map.copyOf(new TreeMap<>(implemented));
        }

        public int implementedCount() {
            return (int)
                    implemented.values().stream().filter(Boolean::booleanValue).count();
        }

        public double share() {
            return (double) implementedCount() / implemented.size();
        }
    }

    /** The judge answered, but not in the required form; {@code answer} is kept for the report. Never a score. */
    record Malformed(String reason, String answer) implements JudgeVerdict {}

    /** The judge could not be asked (the model failed). */
    record Failed(String reason) implements JudgeVerdict {}
}
