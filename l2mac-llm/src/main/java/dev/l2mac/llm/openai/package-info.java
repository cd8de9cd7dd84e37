/**
 * The adapter from the {@code llm} port to OpenAI's chat-completions API and every server that speaks it (vLLM,
 * llama.cpp, LM Studio, Ollama {@code /v1}). It translates one request into LangChain4j's OpenAI types, makes one
 * call with no retries of its own, and classifies every failure into {@link dev.l2mac.llm.LlmException} where it
 * enters.
 */
package dev.l2mac.llm.openai;
