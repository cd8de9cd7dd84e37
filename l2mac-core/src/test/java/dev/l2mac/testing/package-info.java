/**
 * Test support shared by every module through the core test-jar: what a test needs from the machine
 * ({@link dev.l2mac.testing.Requirements}), and the CI switch that turns a skip for a missing tool into a failure.
 */
package dev.l2mac.testing;
