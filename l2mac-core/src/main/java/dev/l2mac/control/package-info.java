/**
 * The control unit: it executes the prompt program one instruction at a time, each in a fresh context, runs the
 * model's tool calls against memory, has output checked and corrected, and recovers when a context fills up.
 * Every bound it obeys is a field of {@link dev.l2mac.settings.Limits}.
 */
package dev.l2mac.control;
