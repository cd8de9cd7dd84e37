/**
 * The evaluation harness: reads a benchmark's problems, has a model (through L2MAC or one direct call) write a
 * candidate for each, runs every candidate against the dataset's own tests in a subprocess with a timeout (or, where
 * those tests cannot fail, compares its outputs with the reference solution's, as EvalPlus does), and reports
 * pass@k. A candidate passes only when its test program (or output judge) ran to its end; a timeout or crash is a
 * failure.
 */
package dev.l2mac.eval;
