/**
 * Runs on disk: the run folder under {@code <workspace>/.l2mac/runs/<id>/}, its append-only event log and its
 * descriptive files. Every event is appended and flushed before the run moves on, so that the log is the one
 * source that progress displays, resume and replay read.
 */
package dev.l2mac.run;
