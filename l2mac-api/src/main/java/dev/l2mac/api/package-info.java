/**
 * The library entry point: {@link dev.l2mac.api.L2mac} runs the machine from another Java program, with the same
 * engine, configuration records and run folders as the {@code l2mac} command, which is itself built on it.
 */
package dev.l2mac.api;
