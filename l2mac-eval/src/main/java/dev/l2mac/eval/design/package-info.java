/**
 * The paper's system-design protocol: a codebase generated for a task description is scored by the share of the
 * task's feature checklist an LLM judge finds implemented, pylint errors, lines of code and tests passed, over
 * several seeds with a mean and a 95% interval. The judge's answer is parsed strictly; a malformed one is
 * reported as such and never counted as a score.
 */
package dev.l2mac.eval.design;
