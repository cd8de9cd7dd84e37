/**
 * The machine's error detection: the {@link dev.l2mac.check.Checker} API, the reports and findings it produces, and
 * what every language shares (workspace files, source context, JUnit XML, tree-sitter syntax, command checks). The
 * checkers of each language live in a sub-package behind one factory, and {@code check.catalog} names them all. A
 * check that times out is reported as {@link dev.l2mac.check.CheckReport.TimedOut}, never as a pass.
 */
package dev.l2mac.check;
