package dev.l2mac.process;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.util.Map;
import org.junit.jupiter.api.Test;

class SecretVariablesTest {

    @Test
    void drops_provider_l2mac_key_and_token_variables_and_keeps_the_rest() {
        Map<String, String> asked = Map.of(
                "OPENAI_API_KEY",
                "k",
                "OPENAI_BASE_URL",
                "u",
                "L2MAC_MODEL",
                "m",
                "ANTHROPIC_API_KEY",
                "k",
                "AZURE_OPENAI_ENDPOINT",
                "e",
                "GEMINI_API_KEY",
                "k",
                "GITHUB_TOKEN",
                "t",
                "my_service_apikey",
                "k",
                "PYTHONPATH",
                "/deps",
                "JAVA_HOME",
                "/jdk");

        assertThat(SecretVariables.without(asked)).containsOnlyKeys("PYTHONPATH", "JAVA_HOME");
    }

    @Test
    void the_child_environment_never_carries_them_even_when_a_check_asks() {
        Map<String, String> environment = LocalProcessRunner.environmentFor(
                Path.of("/home/fresh"),
                Map.of("OPENAI_API_KEY", "sk-x", "NODE_PATH", "/n", ProcessTag.VARIABLE, "forged"),
                new ProcessTag("t-1"));

        assertThat(environment)
                .containsEntry("NODE_PATH", "/n")
                .doesNotContainKey("OPENAI_API_KEY")
                .containsEntry(ProcessTag.VARIABLE, "t-1");
    }
}
