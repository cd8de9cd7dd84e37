/**
 * How the machine runs commands: {@link dev.l2mac.process.ProcessRunner} runs one to its end, its timeout or a
 * sealed reason it could not start, with capped output, a minimal environment and its whole process tree killed
 * after. {@link dev.l2mac.process.Confinement} is the hook a sandbox uses to wrap each command.
 */
package dev.l2mac.process;
