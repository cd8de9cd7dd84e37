/**
 * The {@code l2mac} command: parses the command line, resolves {@link dev.l2mac.config.Settings} through the one
 * config loader, and hands them to the engine's launcher. Every failure ends as one {@code l2mac: <reason>} line,
 * an optional hint, and an exit code from {@link dev.l2mac.cli.ExitCode}.
 */
package dev.l2mac.cli;
