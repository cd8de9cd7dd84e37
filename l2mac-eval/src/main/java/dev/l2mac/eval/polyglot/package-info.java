/**
 * Aider's polyglot benchmark: Exercism exercises in Java, Python and JavaScript, each completed from its
 * instructions and stub by a model and scored by the track's own tests, which the model never sees. Tests run per
 * language through the sandboxed process runner (JUnit 5 with javac, pytest, Jest); a timeout, a compile error or a
 * missing test tool is never a pass.
 */
package dev.l2mac.eval.polyglot;
