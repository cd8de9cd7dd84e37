/**
 * The workspace as a git repository: each completed instruction becomes one commit, a failed instruction's changes
 * can be discarded, and a run's last instruction can be taken back with a new commit. An existing repository is
 * respected: its history is only ever added to, never rewritten.
 */
package dev.l2mac.history;
