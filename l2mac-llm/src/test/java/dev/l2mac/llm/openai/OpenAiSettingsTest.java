package dev.l2mac.llm.openai;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Duration;
import org.junit.jupiter.api.Test;

class OpenAiSettingsTest {

    @Test
    void defaults_to_openai_and_the_default_timeout() {
        OpenAiSettings settings = OpenAiSettings.openAi("sk-x", "gpt-4o-mini");

        assertThat(settings.baseUrl()).isEqualTo(OpenAiSettings.OPENAI_BASE_URL);
        assertThat(settings.timeout()).isEqualTo(OpenAiSettings.DEFAULT_TIMEOUT);
        assertThat(settings.hasApiKey()).isTrue();
    }

    @Test
    void treats_a_blank_key_as_none_and_strips_a_trailing_slash() {
        OpenAiSettings settings = new OpenAiSettings("http://localhost:11434/v1/", " ", "llama3.1", null);

        assertThat(settings.hasApiKey()).isFalse();
        assertThat(settings.apiKey()).isNull();
        assertThat(settings.baseUrl()).isEqualTo("http://localhost:11434/v1");
    }

    @Test
    void never_prints_the_key() {
        assertThat(OpenAiSettings.openAi("sk-secret-123", "gpt-4o").toString())
                .doesNotContain("sk-secret-123")
                .contains("***");
    }

    @Test
    void refuses_a_missing_model_naming_the_key_and_an_example() {
        assertThatThrownBy(() -> OpenAiSettings.openAi("sk-x", " "))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("llm.model");
    }

    @Test
    void refuses_a_base_url_that_is_not_http() {
        assertThatThrownBy(() -> new OpenAiSettings("localhost:8080", null, "m", null))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("llm.base_url");
    }

    @Test
    void refuses_a_timeout_that_is_not_positive() {
        assertThatThrownBy(() -> new OpenAiSettings(null, null, "m", Duration.ZERO))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("llm.timeout");
    }
}
