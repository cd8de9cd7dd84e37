/**
 * The Python checkers behind {@link dev.l2mac.check.python.PythonChecks}: syntax, pylint's errors and pytest, with
 * pytest and pylint kept warm in forking workers, and imports judged against where Python modules live.
 */
package dev.l2mac.check.python;
