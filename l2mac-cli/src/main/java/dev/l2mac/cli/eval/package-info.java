/**
 * The {@code l2mac eval} commands: HumanEval, HumanEval+ and MBPP+ ({@code BenchmarkCommand}), the system-design
 * protocol and DevBench tasks, each turning its options into a plan for the evaluation harness in
 * {@code l2mac-eval} and its outcome into an exit code.
 */
package dev.l2mac.cli.eval;
