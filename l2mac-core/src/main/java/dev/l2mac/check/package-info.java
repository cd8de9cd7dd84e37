/**
 * The machine's error detection: checkers that find syntax errors and failing tests in the file store, reporting
 * structured findings, and the process runner they execute generated code with. A check that times out is
 * reported as {@link dev.l2mac.check.CheckReport.TimedOut}, never as a pass.
 */
package dev.l2mac.check;
