/**
 * The workspace as a git repository: each completed instruction becomes one commit, a failed instruction's changes
 * can be discarded, and a run's last instruction can be taken back with a new commit. An existing repository is
 * respected: its history is only ever added to, never rewritten. A process killed inside a git operation leaves
 * git's lock files; the next run clears them when they are provably a dead l2mac process's, and names them otherwise.
 */
package dev.l2mac.history;
