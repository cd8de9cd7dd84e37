package dev.l2mac.llm.provider;

import static org.assertj.core.api.Assertions.assertThat;

import dev.l2mac.llm.ChatResponse;
import dev.l2mac.llm.LlmClient;
import dev.l2mac.llm.LlmException;
import dev.l2mac.llm.StreamListener;
import dev.l2mac.testing.Requirements;
import java.time.Duration;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * Against the real providers, only where a key is set: {@code L2MAC_LIVE_<PROVIDER>_MODEL} names the model (or the
 * Azure deployment), the provider's usual variables give key and endpoint. The build never needs them: these are the
 * only tests that skip under CI ({@link Requirements#requireApiKey}).
 */
class LiveProvidersTest {
    private static final Duration TIMEOUT = Duration.ofMinutes(1);

    @ParameterizedTest
    @CsvSource({
        "anthropic, ANTHROPIC_API_KEY",
        "gemini, GEMINI_API_KEY",
        "azure, AZURE_OPENAI_API_KEY",
        "openai, OPENAI_API_KEY"
    })
    void a_live_provider_calls_the_forced_tool(String type, String keyVariable) throws LlmException {
        ApiType apiType = ApiType.parse(type);
        String modelVariable = "L2MAC_LIVE_" + apiType.name() + "_MODEL";
        Requirements.requireApiKey(keyVariable, modelVariable);
        String model = System.getenv(modelVariable);
        LlmClient client = Providers.connect(
                ProviderSettings.withEnvironment(apiType, model, null, null, TIMEOUT, System.getenv()));

        ChatResponse response = client.chat(ProviderContract.forcing("sub_task_step_complete"), StreamListener.NONE);

        assertThat(response.message().toolCalls())
                .extracting(call -> call.name())
                .containsExactly("sub_task_step_complete");
        assertThat(response.usage().promptTokens()).isPositive();
    }
}
