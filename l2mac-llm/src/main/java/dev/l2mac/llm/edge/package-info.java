/**
 * The provider edge shared by every adapter: the HTTP transport that keeps status, headers and body of a failed
 * answer, the translation of the port's messages and tool schemas into LangChain4j's types, and the one table that
 * classifies every failure into an {@link dev.l2mac.llm.LlmException} where it enters.
 */
package dev.l2mac.llm.edge;
