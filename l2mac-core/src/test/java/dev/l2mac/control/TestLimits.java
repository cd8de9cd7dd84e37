package dev.l2mac.control;

import java.time.Duration;

/** Limits for a test: the defaults with the few bounds the test is about changed by name. */
final class TestLimits {
    private int maxSteps = Limits.DEFAULTS.maxSteps();
    private int maxPlanAttempts = Limits.DEFAULTS.maxPlanAttempts();
    private int contextWindow = Limits.DEFAULTS.contextWindow();
    private int reserveTokens = Limits.DEFAULTS.reserveTokens();
    private int maxOutputTokens = Limits.DEFAULTS.maxOutputTokens();
    private int maxRestarts = Limits.DEFAULTS.maxRestarts();
    private int maxCorrectionRounds = Limits.DEFAULTS.maxCorrectionRounds();
    private int maxUnchangedCheckRounds = Limits.DEFAULTS.maxUnchangedCheckRounds();
    private int maxTurnsPerInstruction = Limits.DEFAULTS.maxTurnsPerInstruction();
    private int maxInvalidToolCalls = Limits.DEFAULTS.maxInvalidToolCalls();
    private int cycleWindow = Limits.DEFAULTS.cycleWindow();
    private double temperatureStep = Limits.DEFAULTS.temperatureStep();
    private double maxTemperature = Limits.DEFAULTS.maxTemperature();
    private int toolOutputMaxChars = Limits.DEFAULTS.toolOutputMaxChars();
    private double maxCostUsd;
    private long maxTokens;
    private int maxRequests;
    private int requestsPerMinute;
    private int tokensPerMinute;

    private TestLimits() {
    }

    static TestLimits defaults() {
        return new TestLimits();
    }

    TestLimits maxPlanAttempts(int value) {
        maxPlanAttempts = value;
        return this;
    }

    TestLimits contextWindow(int window, int reserve) {
        contextWindow = window;
        reserveTokens = reserve;
        return this;
    }

    TestLimits maxOutputTokens(int value) {
        maxOutputTokens = value;
        return this;
    }

    TestLimits maxRestarts(int value) {
        maxRestarts = value;
        return this;
    }

    TestLimits maxUnchangedCheckRounds(int value) {
        maxUnchangedCheckRounds = value;
        return this;
    }

    TestLimits maxCorrectionRounds(int value) {
        maxCorrectionRounds = value;
        return this;
    }

    TestLimits maxTurnsPerInstruction(int value) {
        maxTurnsPerInstruction = value;
        return this;
    }

    TestLimits maxInvalidToolCalls(int value) {
        maxInvalidToolCalls = value;
        return this;
    }

    TestLimits cycleWindow(int value) {
        cycleWindow = value;
        return this;
    }

    TestLimits temperature(double step, double max) {
        temperatureStep = step;
        maxTemperature = max;
        return this;
    }

    TestLimits budget(double costUsd, long tokens, int requests) {
        maxCostUsd = costUsd;
        maxTokens = tokens;
        maxRequests = requests;
        return this;
    }

    TestLimits rates(int requests, int tokens) {
        requestsPerMinute = requests;
        tokensPerMinute = tokens;
        return this;
    }

    Limits build() {
        Duration checkTimeout = Limits.DEFAULTS.checkTimeout();
        return new Limits(maxSteps, maxPlanAttempts, contextWindow, reserveTokens, maxOutputTokens, maxRestarts,
                maxCorrectionRounds, maxUnchangedCheckRounds, maxTurnsPerInstruction, maxInvalidToolCalls, cycleWindow,
                temperatureStep, maxTemperature, Limits.DEFAULTS.viewMaxChars(), toolOutputMaxChars,
                Limits.DEFAULTS.maxFileBytes(), checkTimeout, Limits.DEFAULTS.runTimeout(), maxCostUsd, maxTokens,
                maxRequests, requestsPerMinute, tokensPerMinute);
    }
}
