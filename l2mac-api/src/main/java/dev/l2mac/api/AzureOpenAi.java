package dev.l2mac.api;

import dev.l2mac.llm.provider.ApiType;

/**
 * Deployments of Azure OpenAI: the endpoint ({@code https://<resource>.openai.azure.com}) comes from
 * {@link ModelBuilder#baseUrl} or {@code AZURE_OPENAI_ENDPOINT}, the key from {@link ModelBuilder#apiKey} or
 * {@code AZURE_OPENAI_API_KEY}, the API version from {@link ModelBuilder#apiVersion} or {@code OPENAI_API_VERSION}.
 */
public final class AzureOpenAi {
    private AzureOpenAi() {}

    /** The deployment named {@code name}. */
    public static ModelBuilder deployment(String name) {
        return new ModelBuilder(ApiType.AZURE, "AzureOpenAi.deployment", name);
    }
}
