package dev.l2mac.eval.design;

/** How a codebase's own test suite fared: tests run, passed, failed (failures and errors) and skipped. */
public record TestCounts(int total, int passed, int failed, int skipped) {}
