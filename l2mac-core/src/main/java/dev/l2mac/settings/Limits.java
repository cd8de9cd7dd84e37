package dev.l2mac.settings;

import java.time.Duration;

/**
 * Every bound of the control loop, with its default, in one place. Each field has a config key
 * {@code limits.<kebab-case name>} (for example {@code limits.max-restarts}); an invalid value cannot be built and
 * the error names the key.
 *
 * @param maxSteps                 most instructions the bootstrapper may plan ({@code --steps})
 * @param maxPlanAttempts          malformed plans returned to the model as tool errors before the run fails
 * @param contextWindow            tokens the model accepts in one request (prompt and reply together)
 * @param reserveTokens            tokens kept free for the model's reply when predicting overflow
 * @param maxOutputTokens          most tokens the model may generate in one reply
 * @param maxRestarts              overflow restarts (with a progress summary) of one instruction
 * @param maxCorrectionRounds      failed checks fed back to the model within one instruction
 * @param maxUnchangedCheckRounds  failing check reports that come back exactly as before, with no call of a tool that
 *                                 may change files in between, tolerated before the instruction ends: the model is
 *                                 not acting on them, so more rounds would only spend model calls
 * @param maxTurnsPerInstruction   model calls within one instruction, across restarts
 * @param maxInvalidToolCalls      refused tool calls (unknown tool, unparsable arguments, refused path or content)
 *                                 tolerated within one instruction
 * @param cycleWindow              the longest repeating run of replies the cycle detector looks for
 * @param temperatureStep          how much the temperature rises when the dialog cycles
 * @param maxTemperature           the highest temperature the cycle breaker may use
 * @param viewMaxChars             most characters {@code view_files} returns in one call
 * @param mapTokens                most tokens the map of the codebase takes in an instruction's context: the full
 *                                 path listing while it fits, else the most relevant files and the rest by folder;
 *                                 at most an eighth of the context window
 * @param toolOutputMaxChars       most characters of process output a tool or check returns
 * @param maxFileBytes             largest file the model may write
 * @param checkTimeout             longest a check (syntax, tests) may run
 * @param runTimeout               longest {@code run_python_file} and {@code pytest_files} may run
 * @param maxCostUsd               most the run may spend, in US dollars at the model's list prices; 0: no bound
 * @param maxTokens                most tokens (prompt and completion) the run may use; 0: no bound
 * @param maxRequests              most requests the run may send to the model; 0: no bound
 * @param requestsPerMinute        most requests sent in any minute; 0: no bound
 * @param tokensPerMinute          most tokens (prompt plus maximum reply) sent in any minute; 0: no bound
 */
public record Limits(
        int maxSteps,
        int maxPlanAttempts,
        int contextWindow,
        int reserveTokens,
        int maxOutputTokens,
        int maxRestarts,
        int maxCorrectionRounds,
        int maxUnchangedCheckRounds,
        int maxTurnsPerInstruction,
        int maxInvalidToolCalls,
        int cycleWindow,
        double temperatureStep,
        double maxTemperature,
        int viewMaxChars,
        int mapTokens,
        int toolOutputMaxChars,
        long maxFileBytes,
        Duration checkTimeout,
        Duration runTimeout,
        double maxCostUsd,
        long maxTokens,
        int maxRequests,
        int requestsPerMinute,
        int tokensPerMinute) {

    public static final Limits DEFAULTS = new Limits(
            10,
            3,
            128_000,
            1_024,
            4_096,
            3,
            6,
            2,
            80,
            20,
            4,
            0.2,
            1.0,
            24_000,
            2_048,
            8_000,
            1_000_000,
            Duration.ofSeconds(120),
            Duration.ofSeconds(60),
            0,
            0,
            0,
            0,
            0);

    public Limits {
        positive("max-steps", maxSteps);
        positive("max-plan-attempts", maxPlanAttempts);
        positive("context-window", contextWindow);
        positive("reserve-tokens", reserveTokens);
        positive("max-output-tokens", maxOutputTokens);
        atLeastZero("max-restarts", maxRestarts);
        atLeastZero("max-correction-rounds", maxCorrectionRounds);
        atLeastZero("max-unchanged-check-rounds", maxUnchangedCheckRounds);
        positive("max-turns-per-instruction", maxTurnsPerInstruction);
        atLeastZero("max-invalid-tool-calls", maxInvalidToolCalls);
        positive("cycle-window", cycleWindow);
        if (temperatureStep < 0 || temperatureStep > 2) {
            throw invalid("temperature-step", temperatureStep, "a number within [0, 2]");
        }
        if (maxTemperature < 0 || maxTemperature > 2) {
            throw invalid("max-temperature", maxTemperature, "a number within [0, 2]");
        }
        positive("view-max-chars", viewMaxChars);
        positive("map-tokens", mapTokens);
        positive("tool-output-max-chars", toolOutputMaxChars);
        if (maxFileBytes <= 0) {
            throw invalid("max-file-bytes", maxFileBytes, "a positive number");
        }
        if (checkTimeout == null || checkTimeout.isZero() || checkTimeout.isNegative()) {
            throw invalid("check-timeout-seconds", checkTimeout, "a positive number of seconds");
        }
        if (runTimeout == null || runTimeout.isZero() || runTimeout.isNegative()) {
            throw invalid("run-timeout-seconds", runTimeout, "a positive number of seconds");
        }
        if (!(maxCostUsd >= 0)) {
            throw invalid("max-cost-usd", maxCostUsd, "zero (no bound) or a positive amount of US dollars");
        }
        atLeastZero("max-tokens", maxTokens);
        atLeastZero("max-requests", maxRequests);
        atLeastZero("requests-per-minute", requestsPerMinute);
        atLeastZero("tokens-per-minute", tokensPerMinute);
        if (reserveTokens >= contextWindow) {
            throw invalid("reserve-tokens", reserveTokens, "less than limits.context-window (" + contextWindow + ")");
        }
    }

    /** The map of the codebase takes at most this fraction (one in so many tokens) of the context window. */
    static final int MAP_SHARE_OF_WINDOW = 8;

    /** A builder that starts from the defaults. */
    public static LimitsBuilder builder() {
        return DEFAULTS.toBuilder();
    }

    /** A builder that starts from these limits. */
    public LimitsBuilder toBuilder() {
        return new LimitsBuilder(this);
    }

    public Limits withMaxSteps(int steps) {
        return toBuilder().maxSteps(steps).build();
    }

    public Limits withContextWindow(int window, int reserve) {
        return toBuilder().contextWindow(window, reserve).build();
    }

    /** These limits with the run's budgets; 0 means no bound. */
    public Limits withBudget(double costUsd, long tokens, int requests) {
        return toBuilder().budget(costUsd, tokens, requests).build();
    }

    /** These limits within what the model accepts: its context window and its longest reply. */
    public Limits fittedTo(int modelContextWindow, int modelMaxOutputTokens) {
        int window = Math.min(contextWindow, modelContextWindow);
        return toBuilder()
                .contextWindow(window, Math.min(reserveTokens, window / 2))
                .maxOutputTokens(Math.min(maxOutputTokens, modelMaxOutputTokens))
                .mapTokens(Math.max(1, Math.min(mapTokens, window / MAP_SHARE_OF_WINDOW)))
                .build();
    }

    /** These limits with the bounds that stop an instruction replaced; for a replay, where the recording decides. */
    public Limits withStoppingBounds(
            int restarts,
            int correctionRounds,
            int unchangedCheckRounds,
            int turnsPerInstruction,
            int invalidToolCalls) {
        return toBuilder()
                .maxRestarts(restarts)
                .maxCorrectionRounds(correctionRounds)
                .maxUnchangedCheckRounds(unchangedCheckRounds)
                .maxTurnsPerInstruction(turnsPerInstruction)
                .maxInvalidToolCalls(invalidToolCalls)
                .build();
    }

    private static void positive(String key, long value) {
        if (value <= 0) {
            throw invalid(key, value, "a positive number");
        }
    }

    private static void atLeastZero(String key, long value) {
        if (value < 0) {
            throw invalid(key, value, "zero or more");
        }
    }

    private static IllegalArgumentException invalid(String key, Object value, String expected) {
        return new IllegalArgumentException("limits." + key + " must be " + expected + ", was " + value);
    }
}
