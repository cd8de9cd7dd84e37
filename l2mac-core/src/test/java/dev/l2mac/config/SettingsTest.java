package dev.l2mac.config;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.l2mac.settings.Limits;
import dev.l2mac.settings.RunPolicy;
import dev.l2mac.settings.RunSettings;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.junit.jupiter.api.Test;

class SettingsTest {

    private static final String SECRET = "sk-very-secret-123";

    private static LlmSettings llm(String baseUrl, String key) {
        return new LlmSettings("openai", "gpt-4o", baseUrl, key, Duration.ofSeconds(30));
    }

    private static Settings settings(LlmSettings llm) {
        return new Settings(
                llm,
                RunSettings.defaults(Path.of("/tmp/ws"))
                        .withTemperature(0.2)
                        .withPolicy(RunPolicy.DEFAULTS.withTools(List.of("view_files"))),
                Optional.empty(),
                Optional.empty(),
                Optional.empty(),
                false,
                false);
    }

    @Test
    void to_string_masks_the_api_key() {
        Settings settings = settings(llm(LlmSettings.DEFAULT_BASE_URL, SECRET));

        assertThat(settings.llm().toString()).doesNotContain(SECRET).contains("apiKey=****");
        assertThat(settings.toString()).doesNotContain(SECRET).contains("gpt-4o");
    }

    @Test
    @SuppressWarnings("unchecked")
    void description_for_run_files_holds_no_secret() {
        Settings settings = settings(llm("https://user:" + SECRET + "@proxy.example/v1", SECRET));

        Map<String, Object> described = settings.describeWithoutSecrets();

        assertThat(described.toString()).doesNotContain(SECRET);
        assertThat(described).containsOnlyKeys("llm", "limits", "run");
        assertThat((Map<String, Object>) described.get("llm"))
                .containsEntry("api_key_set", true)
                .containsEntry("model", "gpt-4o")
                .containsEntry("base_url", "https://****@proxy.example/v1");
        assertThat((Map<String, Object>) described.get("limits"))
                .containsEntry("max-restarts", Limits.DEFAULTS.maxRestarts())
                .containsEntry(
                        "check-timeout-seconds", Limits.DEFAULTS.checkTimeout().toSeconds());
        assertThat((Map<String, Object>) described.get("run"))
                .containsEntry("workspace", "/tmp/ws")
                .containsEntry("tools", List.of("view_files"));
    }

    @Test
    void vllm_is_openai_compatible_and_ollama_is_its_own_api() {
        LlmSettings vllm = new LlmSettings("vLLM", "qwen", "http://localhost:8000/v1", "", Duration.ofSeconds(5));
        LlmSettings ollama = new LlmSettings("Ollama", "llama3.1", null, "", Duration.ofSeconds(5));

        assertThat(vllm.apiType()).isEqualTo(LlmSettings.OPENAI_COMPATIBLE);
        assertThat(ollama.apiType()).isEqualTo(LlmSettings.OLLAMA);
        assertThat(ollama.apiKey()).isNull();
        assertThat(ollama.baseUrl()).as("the provider's own default").isNull();
    }

    @Test
    void refuses_values_that_cannot_work() {
        assertThatThrownBy(() -> new LlmSettings("openai", "m", "localhost:11434", null, Duration.ofSeconds(1)))
                .hasMessageContaining("llm.base_url");
        assertThatThrownBy(() -> new LlmSettings("openai", "m", "http://h/v1", null, Duration.ZERO))
                .hasMessageContaining("llm.timeout_seconds");
        assertThatThrownBy(() -> RunPolicy.DEFAULTS.withTools(List.of("view_files", " ")))
                .hasMessageContaining("tool name is empty");
        assertThatThrownBy(() -> RunSettings.defaults(Path.of("w")).withTemperature(2.5))
                .hasMessageContaining("temperature must be a number within [0, 2], was 2.5");
    }
}
