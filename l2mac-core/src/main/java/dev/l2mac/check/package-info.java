/**
 * The machine's error detection: checkers per language (Python, Java, JavaScript, TypeScript, and the user's own
 * command checks) chosen by the files in the workspace, reporting structured findings; syntax is parsed in-process,
 * tests and linters run through the process runners, sandboxed by bubblewrap where
 * {@link dev.l2mac.check.Sandboxes#detect()} finds it works, with pytest and pylint kept warm in forking workers.
 * A check that times out is reported as {@link dev.l2mac.check.CheckReport.TimedOut}, never as a pass.
 */
package dev.l2mac.check;
