package dev.l2mac.settings;

import java.time.Duration;

/**
 * Builds {@link Limits} by name: start from {@link Limits#builder()} (the defaults) or {@link Limits#toBuilder()},
 * change the bounds that matter, and {@link #build()}, which validates every one and names the config key of an
 * invalid value. Each setter is named after the limit it sets; the grouped ones set limits that go together.
 */
public final class LimitsBuilder {
    private int maxSteps;
    private int maxPlanAttempts;
    private int contextWindow;
    private int reserveTokens;
    private int maxOutputTokens;
    private int maxRestarts;
    private int maxCorrectionRounds;
    private int maxUnchangedCheckRounds;
    private int maxTurnsPerInstruction;
    private int maxInvalidToolCalls;
    private int cycleWindow;
    private double temperatureStep;
    private double maxTemperature;
    private int viewMaxChars;
    private int mapTokens;
    private int toolOutputMaxChars;
    private long maxFileBytes;
    private Duration checkTimeout;
    private Duration runTimeout;
    private double maxCostUsd;
    private long maxTokens;
    private int maxRequests;
    private int requestsPerMinute;
    private int tokensPerMinute;

    LimitsBuilder(Limits from) {
        this.maxSteps = from.maxSteps();
        this.maxPlanAttempts = from.maxPlanAttempts();
        this.contextWindow = from.contextWindow();
        this.reserveTokens = from.reserveTokens();
        this.maxOutputTokens = from.maxOutputTokens();
        this.maxRestarts = from.maxRestarts();
        this.maxCorrectionRounds = from.maxCorrectionRounds();
        this.maxUnchangedCheckRounds = from.maxUnchangedCheckRounds();
        this.maxTurnsPerInstruction = from.maxTurnsPerInstruction();
        this.maxInvalidToolCalls = from.maxInvalidToolCalls();
        this.cycleWindow = from.cycleWindow();
        this.temperatureStep = from.temperatureStep();
        this.maxTemperature = from.maxTemperature();
        this.viewMaxChars = from.viewMaxChars();
        this.mapTokens = from.mapTokens();
        this.toolOutputMaxChars = from.toolOutputMaxChars();
        this.maxFileBytes = from.maxFileBytes();
        this.checkTimeout = from.checkTimeout();
        this.runTimeout = from.runTimeout();
        this.maxCostUsd = from.maxCostUsd();
        this.maxTokens = from.maxTokens();
        this.maxRequests = from.maxRequests();
        this.requestsPerMinute = from.requestsPerMinute();
        this.tokensPerMinute = from.tokensPerMinute();
    }

    public LimitsBuilder maxSteps(int value) {
        this.maxSteps = value;
        return this;
    }

    public LimitsBuilder maxPlanAttempts(int value) {
        this.maxPlanAttempts = value;
        return this;
    }

    public LimitsBuilder contextWindow(int value) {
        this.contextWindow = value;
        return this;
    }

    public LimitsBuilder reserveTokens(int value) {
        this.reserveTokens = value;
        return this;
    }

    public LimitsBuilder maxOutputTokens(int value) {
        this.maxOutputTokens = value;
        return this;
    }

    public LimitsBuilder maxRestarts(int value) {
        this.maxRestarts = value;
        return this;
    }

    public LimitsBuilder maxCorrectionRounds(int value) {
        this.maxCorrectionRounds = value;
        return this;
    }

    public LimitsBuilder maxUnchangedCheckRounds(int value) {
        this.maxUnchangedCheckRounds = value;
        return this;
    }

    public LimitsBuilder maxTurnsPerInstruction(int value) {
        this.maxTurnsPerInstruction = value;
        return this;
    }

    public LimitsBuilder maxInvalidToolCalls(int value) {
        this.maxInvalidToolCalls = value;
        return this;
    }

    public LimitsBuilder cycleWindow(int value) {
        this.cycleWindow = value;
        return this;
    }

    public LimitsBuilder temperatureStep(double value) {
        this.temperatureStep = value;
        return this;
    }

    public LimitsBuilder maxTemperature(double value) {
        this.maxTemperature = value;
        return this;
    }

    public LimitsBuilder viewMaxChars(int value) {
        this.viewMaxChars = value;
        return this;
    }

    public LimitsBuilder mapTokens(int value) {
        this.mapTokens = value;
        return this;
    }

    public LimitsBuilder toolOutputMaxChars(int value) {
        this.toolOutputMaxChars = value;
        return this;
    }

    public LimitsBuilder maxFileBytes(long value) {
        this.maxFileBytes = value;
        return this;
    }

    public LimitsBuilder checkTimeout(Duration value) {
        this.checkTimeout = value;
        return this;
    }

    public LimitsBuilder runTimeout(Duration value) {
        this.runTimeout = value;
        return this;
    }

    public LimitsBuilder maxCostUsd(double value) {
        this.maxCostUsd = value;
        return this;
    }

    public LimitsBuilder maxTokens(long value) {
        this.maxTokens = value;
        return this;
    }

    public LimitsBuilder maxRequests(int value) {
        this.maxRequests = value;
        return this;
    }

    public LimitsBuilder requestsPerMinute(int value) {
        this.requestsPerMinute = value;
        return this;
    }

    public LimitsBuilder tokensPerMinute(int value) {
        this.tokensPerMinute = value;
        return this;
    }

    /** The context window and the part of it kept free for the reply. */
    public LimitsBuilder contextWindow(int window, int reserve) {
        return contextWindow(window).reserveTokens(reserve);
    }

    /** How much the temperature rises when the dialog cycles, and how high it may go. */
    public LimitsBuilder temperature(double step, double max) {
        return temperatureStep(step).maxTemperature(max);
    }

    /** The run's budgets: US dollars, tokens and requests; 0 means no bound. */
    public LimitsBuilder budget(double costUsd, long tokens, int requests) {
        return maxCostUsd(costUsd).maxTokens(tokens).maxRequests(requests);
    }

    /** The request rates: requests and tokens in any minute; 0 means no bound. */
    public LimitsBuilder rates(int requests, int tokens) {
        return requestsPerMinute(requests).tokensPerMinute(tokens);
    }

    /**
     * The limits as set.
     *
     * @throws IllegalArgumentException naming the {@code limits.*} key of the first invalid value
     */
    public Limits build() {
        return new Limits(
                maxSteps,
                maxPlanAttempts,
                contextWindow,
                reserveTokens,
                maxOutputTokens,
                maxRestarts,
                maxCorrectionRounds,
                maxUnchangedCheckRounds,
                maxTurnsPerInstruction,
                maxInvalidToolCalls,
                cycleWindow,
                temperatureStep,
                maxTemperature,
                viewMaxChars,
                mapTokens,
                toolOutputMaxChars,
                maxFileBytes,
                checkTimeout,
                runTimeout,
                maxCostUsd,
                maxTokens,
                maxRequests,
                requestsPerMinute,
                tokensPerMinute);
    }
}
