package dev.l2mac.eval.design;

/**
 * The paper's code metrics of one codebase: Python files and their non-blank lines, pylint's error and fatal
 * messages, and the results of the codebase's own pytest suite.
 */
public record CodebaseMetrics(
        int pythonFiles, int linesOfCode, Measured<Integer> pylintErrors, Measured<TestCounts> tests) {}
