/**
 * Connects the engine to a provider by name ({@link dev.l2mac.llm.provider.Providers}): OpenAI and compatible
 * servers, Azure OpenAI, Anthropic, Gemini and Ollama's native API. The adapters other than the OpenAI-shaped ones
 * run on LangChain4j's chat models through one shared client; each forces a named tool in its provider's own way.
 */
package dev.l2mac.llm.provider;
