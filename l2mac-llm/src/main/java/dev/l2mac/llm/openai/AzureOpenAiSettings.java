package dev.l2mac.llm.openai;

import java.time.Duration;
import java.util.Objects;

/**
 * Where and how to reach one Azure OpenAI deployment; an invalid combination cannot be built.
 *
 * @param endpoint   the resource's root, {@code https://<resource>.openai.azure.com}
 * @param deployment the deployment name, which Azure uses in place of a model name
 * @param apiVersion the {@code api-version} query parameter; {@code null} or blank means {@link #DEFAULT_API_VERSION}
 * @param apiKey     sent as the {@code api-key} header; never printed by {@link #toString()}
 * @param timeout    {@code null} means {@link OpenAiSettings#DEFAULT_TIMEOUT}
 */
public record AzureOpenAiSettings(
        String endpoint, String deployment, String apiVersion, String apiKey, Duration timeout) {
    /** A generally available version that supports tools and {@code tool_choice} objects. */
    public static final String DEFAULT_API_VERSION = "2024-10-21";

    public AzureOpenAiSettings {
        if (endpoint == null || endpoint.isBlank()) {
            throw new IllegalArgumentException("the Azure OpenAI endpoint is not set: set AZURE_OPENAI_ENDPOINT or "
                    + "llm.base_url to https://<resource>.openai.azure.com");
        }
        endpoint = endpoint.strip().replaceAll("/+$", "");
        if (deployment == null || deployment.isBlank()) {
            throw new IllegalArgumentException("the Azure OpenAI deployment is not set: set "
                    + "AZURE_OPENAI_DEPLOYMENT or llm.model to the deployment's name");
        }
        deployment = deployment.strip();
        apiVersion = apiVersion == null || apiVersion.isBlank() ? DEFAULT_API_VERSION : apiVersion.strip();
        if (apiKey == null || apiKey.isBlank()) {
            throw new IllegalArgumentException("no Azure OpenAI key: set AZURE_OPENAI_API_KEY");
        }
        apiKey = apiKey.strip();
        timeout = Objects.requireNonNullElse(timeout, OpenAiSettings.DEFAULT_TIMEOUT);
        // Validates the URL the same way as any OpenAI-compatible base URL, naming the key to fix.
        new OpenAiSettings(endpoint, null, deployment, timeout);
    }

    String deploymentUrl() {
        return endpoint + "/openai/deployments/" + deployment;
    }

    @Override
    public String toString() {
        return "AzureOpenAiSettings[endpoint=" + endpoint + ", deployment=" + deployment + ", apiVersion=" + apiVersion
                + ", apiKey=***, timeout=" + timeout + "]";
    }
}
