package dev.l2mac.program;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.l2mac.stack.Stack;
import dev.l2mac.stack.Stacks;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

class PromptPackTest {

    @TempDir
    Path dir;

    static Stream<Arguments> everyBuiltInPrompt() {
        return Stream.of(Domain.values())
                .flatMap(domain -> Stream.of(PromptName.values()).map(prompt -> Arguments.of(domain, prompt)));
    }

    /** One distinct, recognisable value per placeholder. */
    static Map<String, String> sampleValues(PromptName prompt) {
        Map<String, String> values = new LinkedHashMap<>();
        for (String key : prompt.placeholders()) {
            values.put(key, "<" + key.toUpperCase() + ">");
        }
        return values;
    }

    @ParameterizedTest(name = "{0} {1}")
    @MethodSource("everyBuiltInPrompt")
    void every_built_in_prompt_renders_with_its_exact_keys_and_uses_them_all(Domain domain, PromptName prompt)
            throws Exception {
        PromptPack pack = PromptPack.builtIn(domain);

        String text = pack.render(prompt, sampleValues(prompt));

        assertThat(text).isNotBlank().doesNotContain("{{");
        for (String value : sampleValues(prompt).values()) {
            assertThat(text).contains(value);
        }
    }

    @Test
    void built_in_packs_differ_by_domain() throws Exception {
        PromptPack codebase = PromptPack.builtIn(Domain.CODEBASE);
        PromptPack book = PromptPack.builtIn(Domain.BOOK);

        assertThat(codebase.domain()).isEqualTo(Domain.CODEBASE);
        assertThat(codebase.render(PromptName.SYSTEM)).contains("pytest").contains("write_files");
        assertThat(book.render(PromptName.SYSTEM)).contains("chapter").doesNotContain("pytest");
    }

    @Test
    void built_in_prompts_name_the_planning_tool_they_ask_for() throws Exception {
        for (Domain domain : Domain.values()) {
            PromptPack pack = PromptPack.builtIn(domain);
            assertThat(pack.render(PromptName.BOOTSTRAP, sampleValues(PromptName.BOOTSTRAP)))
                    .contains(Bootstrapper.PLAN_TOOL.name());
            assertThat(pack.render(PromptName.PLAN_INVALID, sampleValues(PromptName.PLAN_INVALID)))
                    .contains(Bootstrapper.PLAN_TOOL.name());
        }
    }

    @Test
    void unknown_domain_lists_the_domains() {
        assertThatThrownBy(() -> Domain.parse("poetry"))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("'poetry'")
                .hasMessageContaining("codebase, book");
    }

    @Test
    void render_fails_when_caller_omits_an_allowed_key_even_if_the_text_does_not_use_it() throws Exception {
        Path file = write("instruction: |\n  Do {{instruction}} now.\n");
        PromptPack pack = PromptPack.builtIn(Domain.CODEBASE).withOverrides(file);
        Map<String, String> values = new HashMap<>(sampleValues(PromptName.INSTRUCTION));
        values.remove("handover");

        assertThatThrownBy(() -> pack.render(PromptName.INSTRUCTION, values))
                .isInstanceOf(TemplateException.class)
                .hasMessageContaining("instruction")
                .hasMessageContaining("{{handover}}");
    }

    @Test
    void render_fails_when_caller_passes_a_key_the_prompt_does_not_take() throws Exception {
        PromptPack pack = PromptPack.builtIn(Domain.CODEBASE);

        assertThatThrownBy(() -> pack.render(PromptName.CHECKS_FAILED, Map.of("findings", "f", "task", "t")))
                .isInstanceOf(TemplateException.class)
                .hasMessageContaining("checks_failed")
                .hasMessageContaining("'task'")
                .hasMessageContaining("{{findings}}");
    }

    @Test
    void user_pack_overrides_one_prompt_and_keeps_the_rest() throws Exception {
        Path file = write("""
                checks_failed: |
                  Tests failed:
                  {{findings}}
                """);
        PromptPack builtIn = PromptPack.builtIn(Domain.CODEBASE);

        PromptPack pack = builtIn.withOverrides(file);

        assertThat(pack.render(PromptName.CHECKS_FAILED, Map.of("findings", "test_a failed")))
                .isEqualTo("Tests failed:\ntest_a failed");
        assertThat(pack.render(PromptName.SYSTEM)).isEqualTo(builtIn.render(PromptName.SYSTEM));
        assertThat(pack.source()).contains(file.toString());
    }

    @Test
    void user_prompt_may_use_a_subset_of_the_allowed_placeholders() throws Exception {
        Path file = write("instruction: \"Step {{step_number}}: {{instruction}}\"\n");
        PromptPack pack = PromptPack.builtIn(Domain.BOOK).withOverrides(file);

        assertThat(pack.render(PromptName.INSTRUCTION, sampleValues(PromptName.INSTRUCTION)))
                .isEqualTo("Step <STEP_NUMBER>: <INSTRUCTION>");
    }

    @Test
    void user_pack_with_unknown_prompt_names_file_prompt_and_the_known_prompts() throws Exception {
        Path file = write("sytem: hello\n");

        assertThatThrownBy(() -> PromptPack.builtIn(Domain.CODEBASE).withOverrides(file))
                .isInstanceOf(PromptPackException.class)
                .hasMessageContaining(file.toString())
                .hasMessageContaining("'sytem'")
                .hasMessageContaining("system, bootstrap, instruction");
    }

    @Test
    void user_pack_with_unknown_placeholder_names_file_prompt_placeholder_and_allowed_ones() throws Exception {
        Path file = write("checks_failed: \"Failures: {{errors}}\"\n");

        assertThatThrownBy(() -> PromptPack.builtIn(Domain.CODEBASE).withOverrides(file))
                .isInstanceOf(PromptPackException.class)
                .hasMessageContaining(file.toString())
                .hasMessageContaining("checks_failed")
                .hasMessageContaining("{{errors}}")
                .hasMessageContaining("allows {{findings}}");
    }

    @Test
    void user_pack_with_malformed_yaml_gives_the_line() throws Exception {
        Path file = write("system: ok\nno_tool_call: [unclosed\n");

        assertThatThrownBy(() -> PromptPack.builtIn(Domain.CODEBASE).withOverrides(file))
                .isInstanceOf(PromptPackException.class)
                .hasMessageContaining(file.toString())
                .hasMessageContaining("not valid YAML")
                .hasMessageContaining("line ");
    }

    @Test
    void user_pack_that_is_not_a_mapping_is_refused() throws Exception {
        Path file = write("- system\n- book\n");

        assertThatThrownBy(() -> PromptPack.builtIn(Domain.CODEBASE).withOverrides(file))
                .isInstanceOf(PromptPackException.class)
                .hasMessageContaining("is a list, not a mapping");
    }

    @Test
    void user_pack_with_a_non_text_prompt_is_refused() throws Exception {
        Path file = write("system:\n  - one\n");

        assertThatThrownBy(() -> PromptPack.builtIn(Domain.CODEBASE).withOverrides(file))
                .isInstanceOf(PromptPackException.class)
                .hasMessageContaining("'system' is a list, not text");
    }

    @Test
    void missing_user_pack_says_so() {
        Path file = dir.resolve("absent.yaml");

        assertThatThrownBy(() -> PromptPack.builtIn(Domain.CODEBASE).withOverrides(file))
                .isInstanceOf(PromptPackException.class)
                .hasMessageContaining(file.toString())
                .hasMessageContaining("does not exist");
    }

    @Test
    void the_reference_stack_leaves_the_codebase_pack_as_it_is() throws Exception {
        PromptPack builtIn = PromptPack.builtIn(Domain.CODEBASE);

        assertThat(builtIn.forStack(Stacks.reference())).isSameAs(builtIn);
    }

    @Test
    void a_stack_rewords_the_built_in_prompts_it_names_and_keeps_the_others() throws Exception {
        PromptPack builtIn = PromptPack.builtIn(Domain.CODEBASE);

        PromptPack java = builtIn.forStack(Stacks.named("java"));

        assertThat(java.render(PromptName.SYSTEM))
                .contains("pom.xml", "JUnit 5")
                .doesNotContain("Python");
        assertThat(java.render(PromptName.NO_TOOL_CALL)).isEqualTo(builtIn.render(PromptName.NO_TOOL_CALL));
        assertThat(java.source()).isEqualTo("built-in codebase prompts for the java stack");
    }

    @Test
    void a_prompt_from_the_users_file_outlasts_the_stack() throws Exception {
        Path file = write("system: My own system prompt.\n");

        PromptPack pack =
                PromptPack.builtIn(Domain.CODEBASE).withOverrides(file).forStack(Stacks.named("java"));

        assertThat(pack.render(PromptName.SYSTEM)).isEqualTo("My own system prompt.");
        assertThat(pack.template(PromptName.BOOTSTRAP).render(Map.of("task", "t", "max_steps", "3")))
                .contains("Maven");
    }

    @Test
    void every_stack_renders_every_prompt_with_its_placeholders() throws Exception {
        for (Stack stack : Stacks.builtIn()) {
            PromptPack pack = PromptPack.builtIn(Domain.CODEBASE).forStack(stack);
            for (PromptName prompt : PromptName.values()) {
                Map<String, String> values = new HashMap<>();
                prompt.placeholders().forEach(key -> values.put(key, "<" + key + ">"));
                assertThat(pack.render(prompt, values)).isNotBlank();
            }
        }
    }

    @Test
    void a_book_pack_has_no_stack() throws Exception {
        PromptPack book = PromptPack.builtIn(Domain.BOOK);

        assertThat(book.forStack(Stacks.named("java"))).isSameAs(book);
    }

    private Path write(String yaml) throws Exception {
        return Files.writeString(dir.resolve("prompts.yaml"), yaml);
    }
}
