/**
 * The processor port: provider-neutral messages, tool specifications and failures, the one retry policy, token
 * counting, and {@link dev.l2mac.llm.ScriptedLlm}, the scripted model that tests and demos drive the engine with.
 * Nothing here knows about any provider's wire format; adapters in {@code l2mac-llm} translate.
 */
package dev.l2mac.llm;
