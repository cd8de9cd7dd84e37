package dev.l2mac.eval.devbench;

import dev.l2mac.eval.design.Measured;
import dev.l2mac.eval.design.TestCounts;

/** How a codebase fared against a task's acceptance tests, and pytest's (capped) output for the report. */
public record AcceptanceOutcome(Measured<TestCounts> tests, String output) {}
