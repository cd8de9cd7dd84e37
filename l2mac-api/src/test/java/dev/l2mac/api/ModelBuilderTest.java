package dev.l2mac.api;

import static dev.l2mac.llm.openai.OpenAiReplies.text;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.l2mac.config.ConfigException;
import dev.l2mac.llm.ChatRequest;
import dev.l2mac.llm.LlmClient;
import dev.l2mac.llm.Message;
import dev.l2mac.llm.openai.LocalOpenAiServer;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

class ModelBuilderTest {
    private static final Map<String, String> NO_VARIABLES = Map.of();

    @Test
    void a_compatible_server_is_reached_at_its_url_with_the_key_given() throws Exception {
        try (LocalOpenAiServer server = LocalOpenAiServer.start()) {
            server.enqueue(text("Hello."));
            LlmClient model = OpenAi.compatible(server.baseUrl(), "qwen")
                    .apiKey("sk-local")
                    .timeout(Duration.ofSeconds(20))
                    .environment(NO_VARIABLES)
                    .build();

            String reply = model.chat(
                            new ChatRequest(List.of(new Message.UserMessage("Hi.")), List.of(), null, 0.0, 100))
                    .message()
                    .text();

            assertThat(reply).isEqualTo("Hello.");
            assertThat(model.modelName()).isEqualTo("qwen");
            assertThat(server.lastRequest().header("Authorization")).contains("Bearer sk-local");
        }
    }

    @Test
    void a_provider_key_comes_from_its_variable_unless_given() {
        assertThat(Anthropic.model("claude-sonnet-4")
                        .environment(Map.of("ANTHROPIC_API_KEY", "sk-ant"))
                        .build()
                        .modelName())
                .isEqualTo("claude-sonnet-4");
        assertThat(Gemini.model("gemini-2.5-pro")
                        .environment(Map.of("GOOGLE_API_KEY", "g"))
                        .build()
                        .modelName())
                .isEqualTo("gemini-2.5-pro");
        assertThat(Ollama.model("llama3.1").environment(NO_VARIABLES).build().modelName())
                .isEqualTo("llama3.1");
    }

    @Test
    void what_cannot_work_fails_at_build_naming_the_builder_method() {
        assertThatThrownBy(() -> Anthropic.model("claude-sonnet-4")
                        .environment(NO_VARIABLES)
                        .build())
                .isInstanceOf(ConfigException.class)
                .hasMessage("Anthropic.model(\"claude-sonnet-4\") has no API key")
                .satisfies(e -> assertThat(((ConfigException) e).hint())
                        .hasValueSatisfying(hint -> assertThat(hint).contains("apiKey(key)", "ANTHROPIC_API_KEY")));
        assertThatThrownBy(() -> OpenAi.model(" ").environment(NO_VARIABLES).build())
                .hasMessageStartingWith("OpenAi.model(name): the model name is empty");
        assertThatThrownBy(() -> OpenAi.model("gpt-4o")
                        .apiKey("k")
                        .timeout(Duration.ZERO)
                        .build())
                .hasMessageStartingWith("OpenAi.model(\"gpt-4o\").timeout(PT0S) must be positive");
        assertThatThrownBy(() -> AzureOpenAi.deployment("gpt4")
                        .apiKey("k")
                        .environment(NO_VARIABLES)
                        .build())
                .isInstanceOf(ConfigException.class)
                .hasMessageStartingWith("AzureOpenAi.deployment(\"gpt4\"): ")
                .hasMessageContaining("AZURE_OPENAI_ENDPOINT");
    }
}
