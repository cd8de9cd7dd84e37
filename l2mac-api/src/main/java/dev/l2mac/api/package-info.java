/**
 * The library: {@link dev.l2mac.api.L2mac#builder()} composes a machine from objects (a model from
 * {@link dev.l2mac.api.OpenAi}, {@link dev.l2mac.api.Anthropic}, {@link dev.l2mac.api.Gemini},
 * {@link dev.l2mac.api.AzureOpenAi}, {@link dev.l2mac.api.Ollama} or any {@code LlmClient}, a workspace, limits and
 * the run's policy) and runs it from another Java program, with the same engine, settings and run folders as the
 * {@code l2mac} command, which is itself built on it.
 *
 * <p>The supported surface is this package's public types and the engine types their signatures use (the run's
 * settings in {@code dev.l2mac.settings}, {@code RunResult}, {@code RunListener} and the events it receives,
 * {@code LlmClient}, {@code Language}, {@code CommandCheck}, {@code Domain}); {@code ApiSurfaceTest} pins that list.
 * Every other engine type is internal and may change between releases.
 */
package dev.l2mac.api;
