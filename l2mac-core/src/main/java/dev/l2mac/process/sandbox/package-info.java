/**
 * Bubblewrap confinement of generated code: {@link dev.l2mac.process.sandbox.Sandboxes#detect()} finds whether it
 * works here, and {@link dev.l2mac.process.sandbox.SandboxedProcessRunner} runs each command with the workspace
 * writable, the user's secrets hidden, the network cut unless asked for, and processes capped by a pids cgroup.
 */
package dev.l2mac.process.sandbox;
