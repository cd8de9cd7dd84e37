package dev.l2mac.llm.provider;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import dev.l2mac.llm.LlmClient;
import dev.l2mac.llm.LlmException;
import dev.l2mac.llm.Usage;
import dev.l2mac.llm.openai.LocalOpenAiServer;
import java.time.Duration;
import java.util.Map;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

class ProvidersTest {
    private final LocalOpenAiServer server = LocalOpenAiServer.start();

    @AfterEach
    void stopServer() {
        server.close();
    }

    @Test
    void reads_every_api_type_by_its_configured_name() {
        assertThat(ApiType.parse("openai")).isEqualTo(ApiType.OPENAI);
        assertThat(ApiType.parse("OpenAI-Compatible")).isEqualTo(ApiType.OPENAI_COMPATIBLE);
        assertThat(ApiType.parse("azure_openai")).isEqualTo(ApiType.AZURE);
        assertThat(ApiType.parse("gemini")).isEqualTo(ApiType.GEMINI);
        assertThat(ApiType.parse(" ollama ")).isEqualTo(ApiType.OLLAMA);
        assertThatThrownBy(() -> ApiType.parse("bedrock"))
                .hasMessageContaining("'bedrock'")
                .hasMessageContaining("openai, openai-compatible, anthropic, gemini, azure, ollama");
    }

    @Test
    void takes_keys_from_the_providers_usual_environment_variables() {
        Map<String, String> environment = Map.of(
                "ANTHROPIC_API_KEY",
                "a-key",
                "GOOGLE_API_KEY",
                "g-key",
                "AZURE_OPENAI_API_KEY",
                "z-key",
                "AZURE_OPENAI_ENDPOINT",
                "https://res.openai.azure.com/",
                "AZURE_OPENAI_DEPLOYMENT",
                "gpt4o-prod");

        ProviderSettings anthropic =
                ProviderSettings.withEnvironment(ApiType.ANTHROPIC, "claude", null, null, null, environment);
        ProviderSettings gemini =
                ProviderSettings.withEnvironment(ApiType.GEMINI, "gemini-2.5", null, null, null, environment);
        ProviderSettings azure = ProviderSettings.withEnvironment(ApiType.AZURE, null, null, null, null, environment);

        assertThat(anthropic.apiKey()).isEqualTo("a-key");
        assertThat(anthropic.baseUrl()).isEqualTo("https://api.anthropic.com/v1");
        assertThat(gemini.apiKey()).isEqualTo("g-key");
        assertThat(azure.apiKey()).isEqualTo("z-key");
        assertThat(azure.model()).isEqualTo("gpt4o-prod");
        assertThat(azure.baseUrl()).isEqualTo("https://res.openai.azure.com");
        assertThat(azure.toString()).doesNotContain("z-key");
    }

    @Test
    void an_explicit_key_wins_over_the_environment() {
        ProviderSettings settings = ProviderSettings.withEnvironment(
                ApiType.GEMINI, "m", null, "mine", null, Map.of("GEMINI_API_KEY", "theirs"));

        assertThat(settings.apiKey()).isEqualTo("mine");
    }

    @Test
    void refuses_a_provider_that_needs_a_key_without_one_and_names_the_variable() {
        assertThatThrownBy(() -> ProviderSettings.withEnvironment(ApiType.GEMINI, "m", null, null, null, Map.of()))
                .hasMessageContaining("GEMINI_API_KEY")
                .hasMessageContaining("GOOGLE_API_KEY");
        assertThatThrownBy(() -> new ProviderSettings(ApiType.AZURE, "d", null, "k", null, null))
                .hasMessageContaining("AZURE_OPENAI_ENDPOINT");
        assertThatThrownBy(() -> new ProviderSettings(ApiType.OPENAI_COMPATIBLE, "m", null, null, null, null))
                .hasMessageContaining("llm.base_url");
    }

    @Test
    void ollama_needs_neither_key_nor_url() {
        ProviderSettings settings = new ProviderSettings(ApiType.OLLAMA, "llama3.1", null, null, null, null);

        assertThat(settings.baseUrl()).isEqualTo("http://localhost:11434");
        assertThat(settings.timeout()).isEqualTo(ProviderSettings.DEFAULT_TIMEOUT);
    }

    @Test
    void azure_sends_the_key_as_api_key_and_the_version_as_a_query_parameter() throws LlmException {
        server.enqueue(new AzureDialect().text("ok", Usage.NONE));
        LlmClient azure = Providers.connect(new AzureDialect().settings(server, Duration.ofSeconds(10)));

        azure.chat(ProviderContract.ask("hi"));

        LocalOpenAiServer.RecordedRequest request = server.lastRequest();
        assertThat(request.header("api-key")).contains(WireDialect.KEY);
        assertThat(request.header("Authorization")).isEmpty();
        assertThat(request.query()).isEqualTo("api-version=" + AzureDialect.API_VERSION);
        assertThat(azure.modelName()).isEqualTo(WireDialect.MODEL);
    }

    @Test
    void an_overloaded_error_inside_an_anthropic_stream_is_transient() {
        String stream = WireDialect.event(
                        "message_start",
                        WireDialect.parse("{\"type\":\"message_start\",\"message\":"
                                + "{\"id\":\"msg_1\",\"type\":\"message\",\"role\":\"assistant\",\"content\":[],\"model\":\"m\","
                                + "\"usage\":{\"input_tokens\":3,\"output_tokens\":1}}}"))
                + WireDialect.event(
                        "error",
                        WireDialect.parse("{\"type\":\"error\",\"error\":"
                                + "{\"type\":\"overloaded_error\",\"message\":\"Overloaded\"}}"));
        server.enqueue(WireDialect.stream("text/event-stream", stream));
        LlmClient anthropic = Providers.connect(new AnthropicDialect().settings(server, Duration.ofSeconds(10)));

        LlmException.Transient failure = catchThrowableOfType(
                LlmException.Transient.class,
                () -> anthropic.chat(ProviderContract.ask("hi"), dev.l2mac.llm.StreamListener.NONE));

        assertThat(failure).isNotNull();
        assertThat(failure.getMessage()).contains("Overloaded", "overloaded_error");
    }

    @Test
    void anthropic_and_gemini_send_their_keys_in_their_own_headers() throws LlmException {
        server.enqueue(new AnthropicDialect().text("ok", Usage.NONE), new GeminiDialect().text("ok", Usage.NONE));

        Providers.connect(new AnthropicDialect().settings(server, Duration.ofSeconds(10)))
                .chat(ProviderContract.ask("hi"));
        LocalOpenAiServer.RecordedRequest anthropic = server.lastRequest();
        Providers.connect(new GeminiDialect().settings(server, Duration.ofSeconds(10)))
                .chat(ProviderContract.ask("hi"));
        LocalOpenAiServer.RecordedRequest gemini = server.lastRequest();

        assertThat(anthropic.header("x-api-key")).contains(WireDialect.KEY);
        assertThat(anthropic.header("anthropic-version")).isPresent();
        assertThat(gemini.header("x-goog-api-key")).contains(WireDialect.KEY);
    }
}
