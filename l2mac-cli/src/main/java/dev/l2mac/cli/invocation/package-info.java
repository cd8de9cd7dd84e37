/**
 * What every command needs of the process it runs in: its streams, environment and folders ({@code Invocation}),
 * the exit codes, the model options shared by the commands that reach a model, the runner for generated code, the
 * version text and the files a command reads.
 */
package dev.l2mac.cli.invocation;
