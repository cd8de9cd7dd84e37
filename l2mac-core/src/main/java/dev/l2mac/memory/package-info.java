/**
 * The data part of the machine's memory: the file store holding every intermediate and final output. Paths the
 * model gives are validated here, once, and every refusal is a {@link dev.l2mac.memory.MemoryException} whose
 * message the model can act on.
 */
package dev.l2mac.memory;
