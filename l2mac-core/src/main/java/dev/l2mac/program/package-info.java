/**
 * The program part of memory: instructions, the prompt program, the bootstrapper that asks the model for one, and
 * the prompt packs (one resource file per prompt, rendered strictly) that every context is built from.
 */
package dev.l2mac.program;
