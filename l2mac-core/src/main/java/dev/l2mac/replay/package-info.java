/**
 * Replaying a recorded run (such as one of the reference implementation's) through the real machine: the recording
 * answers every request, the tools and checks run for real, and the report says where our own judgement agreed with
 * the recording's.
 *
 * <p>A package of its own above {@code control}: a replay assembles and runs a whole machine, while the control unit
 * knows only the {@link dev.l2mac.control.Verdicts} it follows, so nothing in {@code control} depends on this.
 */
package dev.l2mac.replay;
