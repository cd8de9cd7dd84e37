package dev.l2mac.api;

import dev.l2mac.config.ConfigException;
import dev.l2mac.config.LlmSettings;
import dev.l2mac.llm.LlmClient;
import dev.l2mac.llm.provider.ApiType;
import dev.l2mac.llm.provider.ProviderSettings;
import dev.l2mac.llm.provider.Providers;
import java.util.Map;

/** Connects the model that resolved configuration names, as the {@code l2mac} command and its evaluations do. */
public final class ConfiguredModel {
    private ConfiguredModel() {}

    /**
     * The client for the model {@code settings} name; provider keys and endpoints not set there are read from
     * {@code environment}.
     *
     * @throws ConfigException naming the {@code llm.*} key that cannot work
     */
    public static LlmClient connect(LlmSettings settings, Map<String, String> environment) {
        try {
            return Providers.connect(ProviderSettings.withEnvironment(
                    ApiType.parse(settings.apiType()),
                    settings.model(),
                    settings.baseUrl(),
                    settings.apiKey(),
                    settings.requestTimeout(),
                    environment));
        } catch (IllegalArgumentException invalid) {
            throw new ConfigException(
                    invalid.getMessage(), "see the README's Configuration section for each " + "provider's settings");
        }
    }
}
