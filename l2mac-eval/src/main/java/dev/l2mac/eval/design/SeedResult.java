package dev.l2mac.eval.design;

import java.nio.file.Path;

/** One generated codebase of a design evaluation: where it is, how its run ended, its judge verdict and metrics. */
public record SeedResult(int seed, Path workspace, String runOutcome, JudgeVerdict verdict, CodebaseMetrics metrics) {}
