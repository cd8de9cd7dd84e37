package dev.l2mac.llm.edge;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class ProviderErrorTest {

    @Test
    void reads_openai_error_objects() {
        ProviderError error = ProviderError.parse("""
                {"error": {"message": "Invalid model", "type": "invalid_request_error", "param": "model",
                           "code": "model_not_found"}}""");

        assertThat(error).isEqualTo(new ProviderError("model_not_found", "invalid_request_error", "Invalid model"));
        assertThat(error.isUnknownModel()).isTrue();
    }

    @Test
    void reads_vllm_flat_errors_and_bare_error_strings() {
        assertThat(ProviderError.parse("{\"object\": \"error\", \"message\": \"bad\", \"code\": 400}")
                        .message())
                .isEqualTo("bad");
        assertThat(ProviderError.parse("{\"error\": \"model 'x' not found\"}").message())
                .isEqualTo("model 'x' not found");
    }

    @Test
    void keeps_the_start_of_a_body_that_is_not_json() {
        ProviderError error = ProviderError.parse("<html>\n  <h1>Bad Gateway</h1>" + "x".repeat(1000));

        assertThat(error.message())
                .startsWith("<html> <h1>Bad Gateway</h1>")
                .hasSize(ProviderError.MAX_RAW_BODY_CHARS + "...".length());
    }

    @Test
    void says_so_when_the_body_is_empty() {
        assertThat(ProviderError.parse("").message()).isEqualTo("(empty body)");
    }

    @Test
    void recognises_context_overflow_as_each_server_words_it() {
        assertThat(new ProviderError("context_length_exceeded", "", "too long").isContextOverflow())
                .isTrue();
        assertThat(new ProviderError("", "", "This model's maximum context length is 4096 tokens").isContextOverflow())
                .isTrue();
        assertThat(new ProviderError("400", "exceed_context_size_error", "").isContextOverflow())
                .isTrue();
        assertThat(new ProviderError("", "invalid_request_error", "temperature out of range").isContextOverflow())
                .isFalse();
    }
}
