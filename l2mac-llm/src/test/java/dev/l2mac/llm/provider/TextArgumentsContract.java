package dev.l2mac.llm.provider;

import static org.assertj.core.api.Assertions.assertThat;

import dev.l2mac.llm.ChatResponse;
import dev.l2mac.llm.LlmException;
import dev.l2mac.llm.StreamListener;
import dev.l2mac.llm.ToolCall;
import dev.l2mac.llm.Usage;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * The contract of the providers whose APIs stream a tool call's arguments as text (OpenAI, Azure, Anthropic), which
 * can arrive as invalid JSON; Gemini and Ollama send them as JSON objects, so there it cannot happen.
 */
abstract class TextArgumentsContract extends ProviderContract {

    @Test
    void passes_tool_arguments_that_are_not_valid_json_through_unchanged() throws LlmException {
        String broken = "{\"files\": [\"a.py\", \"b";
        server.enqueue(dialect.streamedToolCalls(List.of(new ToolCall("call_x", "view_files", broken)), Usage.NONE));

        ChatResponse response = client.chat(ask("go"), StreamListener.NONE);

        assertThat(response.message().toolCalls())
                .singleElement()
                .extracting(ToolCall::arguments)
                .isEqualTo(broken);
    }
}
