package dev.l2mac.eval.polyglot;

import dev.l2mac.llm.Usage;
import java.time.Duration;
import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/** A finished polyglot evaluation and its figures. */
public record PolyglotResult(
        PolyglotPlan plan, String model, Instant started, Duration wallTime, List<ExerciseResult> exercises) {
    private static final List<String> OUTCOMES = List.of("passed", "failed", "timed-out", "not-measurable");

    public PolyglotResult {
        exercises = List.copyOf(exercises);
    }

    /** Exercises passed after all attempts. */
    public int passed() {
        return passedWithin(plan.attempts());
    }

    public int passedWithin(int attempts) {
        return (int) exercises.stream()
                .filter(exercise -> exercise.passedWithin(attempts))
                .count();
    }

    /** The share of exercises passed within each number of attempts, from 1 to the plan's. */
    public Map<Integer, Double> passRates() {
        Map<Integer, Double> rates = new LinkedHashMap<>();
        for (int attempt = 1; attempt <= plan.attempts(); attempt++) {
            rates.put(attempt, exercises.isEmpty() ? 0 : (double) passedWithin(attempt) / exercises.size());
        }
        return rates;
    }

    /** The share of the model's replies (every attempt) whose edits were well-formed. */
    public double wellFormedShare() {
        long replies = exercises.stream().mapToLong(e -> e.attempts().size()).sum();
        long wellFormed = exercises.stream()
                .flatMap(e -> e.attempts().stream())
                .filter(attempt -> attempt.reply().wellFormed())
                .count();
        return replies == 0 ? 0 : (double) wellFormed / replies;
    }

    /** How many exercises ended with each outcome (their last attempt's), every outcome listed. */
    public Map<String, Integer> outcomeCounts() {
        Map<String, Integer> counts = new LinkedHashMap<>();
        OUTCOMES.forEach(label -> counts.put(label, 0));
        exercises.forEach(exercise -> counts.merge(exercise.outcome().label(), 1, Integer::sum));
        return counts;
    }

    public Usage usage() {
        return exercises.stream()
                .flatMap(e -> e.attempts().stream())
                .map(attempt -> attempt.reply().usage())
                .reduce(Usage.NONE, Usage::plus);
    }

    /** The final line: {@code N/M passed}. */
    public String summary() {
        return passed() + "/" + exercises.size() + " passed";
    }
}
