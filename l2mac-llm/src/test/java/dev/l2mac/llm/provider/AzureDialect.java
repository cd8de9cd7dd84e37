package dev.l2mac.llm.provider;

import dev.l2mac.llm.openai.LocalOpenAiServer;
import java.time.Duration;

/** Azure OpenAI: the chat-completions format under a deployment's URL, with an {@code api-key} header. */
class AzureDialect extends OpenAiDialect {
    static final String API_VERSION = "2024-10-21";

    @Override
    public ProviderSettings settings(LocalOpenAiServer server, Duration timeout) {
        return new ProviderSettings(ApiType.AZURE, MODEL, server.rootUrl(), KEY, timeout, API_VERSION);
    }

    @Override
    public String chatPath(boolean streaming) {
        return "/openai/deployments/" + MODEL + "/chat/completions";
    }
}
