/**
 * Resuming a stopped run: its folder is read back into a {@link dev.l2mac.resume.Resumption}, and the run is executed
 * again from its start with the model's replies, tool results and check reports served from its recorded path (the
 * {@link dev.l2mac.resume.Journal}) until the recording ends, where it goes on live.
 *
 * <p>A package of its own below {@code control}, not inside it: the machine wires these pieces into every run (a fresh
 * run has an empty journal), so {@code control} depends on them and they must never depend on {@code control}; what
 * they need from it (reading a tool result back, running the checks) they are handed as functions.
 */
package dev.l2mac.resume;
