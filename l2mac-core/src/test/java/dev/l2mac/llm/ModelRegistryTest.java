package dev.l2mac.llm;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class ModelRegistryTest {
    private final ModelRegistry registry = ModelRegistry.builtIn();

    @TempDir
    Path dir;

    @Test
    void finds_a_model_by_exact_name() {
        ModelInfo gpt4 = registry.find("gpt-4").orElseThrow();

        assertThat(gpt4.contextWindow()).isEqualTo(8_192);
        assertThat(gpt4.tokenizer()).isEqualTo(ModelInfo.CL100K);
        assertThat(gpt4.cost(1_000_000, 1_000_000)).isEqualTo(90.0);
    }

    @Test
    void finds_a_dated_or_tagged_model_by_the_longest_name_it_extends() {
        assertThat(registry.find("gpt-4o-2024-08-06").orElseThrow())
                .satisfies(m -> assertThat(m.tokenizer()).isEqualTo(ModelInfo.O200K))
                .satisfies(m -> assertThat(m.name()).isEqualTo("gpt-4o-2024-08-06"))
                .satisfies(m -> assertThat(m.inputPricePerMillion()).isEqualTo(2.50));
        assertThat(registry.find("gpt-4o-mini-2024-07-18").orElseThrow().inputPricePerMillion())
                .isEqualTo(0.15);
        assertThat(registry.find("llama3.1:8b").orElseThrow().inputPricePerMillion())
                .isZero();
    }

    @Test
    void does_not_know_a_model_that_only_shares_a_prefix() {
        assertThat(registry.find("gpt-4oops")).isEmpty();
        assertThat(registry.find("my-local-model")).isEmpty();
        assertThat(ModelRegistry.fallback("my-local-model").contextWindow())
                .isEqualTo(ModelRegistry.UNKNOWN_CONTEXT_WINDOW);
    }

    @Test
    void a_user_file_adds_models_and_overrides_built_in_ones() throws Exception {
        Path file = dir.resolve("models.yaml");
        Files.writeString(file, """
                models:
                  my-local-model: {context_window: 32768, max_output: 2048, input_price: 0, output_price: 0}
                  gpt-4: {context_window: 8192, max_output: 4096, input_price: 1.5, output_price: 3, tokenizer: cl100k}
                """);

        ModelRegistry mine = registry.withFile(file);

        assertThat(mine.find("my-local-model").orElseThrow().contextWindow()).isEqualTo(32_768);
        assertThat(mine.find("gpt-4").orElseThrow().inputPricePerMillion()).isEqualTo(1.5);
        assertThat(mine.find("gpt-4o").orElseThrow().inputPricePerMillion()).isEqualTo(2.50);
    }

    @Test
    void a_malformed_user_file_is_refused_naming_the_model_and_field() throws Exception {
        Path file = dir.resolve("models.yaml");
        Files.writeString(
                file, "models:\n  m: {context_window: big, max_output: 1, input_price: 0, output_price: 0}\n");
        assertThatThrownBy(() -> registry.withFile(file)).hasMessageContaining("models.m.context_window");

        Files.writeString(
                file,
                "models:\n  m: {context_window: 1, max_output: 1, input_price: 0, output_price: 0, "
                        + "colour: red}\n");
        assertThatThrownBy(() -> registry.withFile(file)).hasMessageContaining("models.m.colour");

        Files.writeString(
                file,
                "models:\n  m: {context_window: 1, max_output: 1, input_price: 0, output_price: 0, "
                        + "tokenizer: gpt2}\n");
        assertThatThrownBy(() -> registry.withFile(file)).hasMessageContaining("tokenizer");
    }
}
