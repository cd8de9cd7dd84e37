/**
 * The machine's error detection: checkers that find syntax, compile errors and failing tests in the file store,
 * reporting structured findings, and the process runners they execute generated code with, sandboxed by
 * bubblewrap where {@link dev.l2mac.check.Sandboxes#detect()} finds it works. A check that times out is reported
 * as {@link dev.l2mac.check.CheckReport.TimedOut}, never as a pass.
 */
package dev.l2mac.check;
