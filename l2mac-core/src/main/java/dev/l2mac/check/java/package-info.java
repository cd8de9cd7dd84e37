/**
 * The Java checkers behind {@link dev.l2mac.check.java.JavaChecks}: compilation in-process, JUnit 5 tests through a
 * pinned console launcher, and a project's own {@code mvn test} when it has a {@code pom.xml}.
 */
package dev.l2mac.check.java;
