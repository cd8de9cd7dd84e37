/**
 * Acceptance tests written by someone else: a task folder in DevBench's layout (a PRD, design documents, and
 * acceptance tests the generator never sees) is turned into a codebase task, and the finished codebase is scored by
 * how many of the independent acceptance tests pass on it, run in a copy so the codebase itself stays untouched.
 */
package dev.l2mac.eval.devbench;
