/**
 * The machine's error detection: checkers per language (Python, Java, JavaScript, TypeScript, and the user's own
 * command checks) chosen by the files in the workspace, reporting structured findings; syntax is parsed in-process,
 * compilers, tests and linters run through the process runners, sandboxed by bubblewrap where
 * {@link dev.l2mac.check.Sandboxes#detect()} finds it works, with pytest and pylint kept warm in forking workers.
 * A check that times out is reported as {@link dev.l2mac.check.CheckReport.TimedOut}, never as a pass. The generated
 * project's packages are installed only by the explicit {@link dev.l2mac.check.DependencyInstaller} step, into the
 * workspace's {@link dev.l2mac.check.DependencyCache}.
 */
package dev.l2mac.check;
