package dev.l2mac.llm;

import static dev.l2mac.llm.RecordedResponsesTest.FAILURE;
import static dev.l2mac.llm.RecordedResponsesTest.LEGACY_CALL;
import static dev.l2mac.llm.RecordedResponsesTest.TEXT;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;
import org.junit.jupiter.api.Test;

class ReplayLlmTest {
    private static final TokenCounter GPT4 = TokenCounter.forModel("gpt-4");
    private static final ChatRequest REQUEST = new ChatRequest(
            List.of(new Message.SystemMessage("You write code."), new Message.UserMessage("Write app.py.")),
            List.of(),
            null,
            0.0,
            100);

    private ReplayLlm replay(String... entries) throws RecordingException {
        return new ReplayLlm(RecordedResponses.parse("[" + String.join(",", entries) + "]"), GPT4);
    }

    @Test
    void serves_the_recorded_responses_in_order_whatever_is_asked() throws Exception {
        ReplayLlm llm = replay(LEGACY_CALL, TEXT);

        assertThat(llm.chat(REQUEST).message().toolCalls())
                .extracting(ToolCall::name)
                .containsExactly("view_files");
        assertThat(llm.chat(REQUEST).message().text()).isEqualTo("Done: app.py.");
        assertThat(llm.served()).extracting(ReplayLlm.Served::index).containsExactly(0, 1);
        assertThat(llm.modelName()).isEqualTo("gpt-4");
    }

    @Test
    void throws_a_recorded_failure_as_a_context_overflow_and_moves_past_it() throws Exception {
        ReplayLlm llm = replay(FAILURE, TEXT);

        assertThatThrownBy(() -> llm.chat(REQUEST))
                .isInstanceOf(LlmException.ContextOverflow.class)
                .hasMessageContaining("recorded request 0 failed (InvalidRequestError)");
        assertThat(llm.chat(REQUEST).message().text()).isEqualTo("Done: app.py.");
    }

    @Test
    void fails_fatally_past_the_end_of_the_recording() throws Exception {
        ReplayLlm llm = replay(TEXT);
        llm.chat(REQUEST);

        assertThat(llm.peek()).isEmpty();
        assertThatThrownBy(() -> llm.chat(REQUEST))
                .isInstanceOf(LlmException.Fatal.class)
                .hasMessageContaining("all 1 were served");
        assertThat(llm.served()).hasSize(1);
    }

    @Test
    void notes_the_prompt_tokens_it_was_sent_next_to_the_recorded_ones() throws Exception {
        ReplayLlm llm = replay(TEXT, FAILURE);
        llm.chat(REQUEST);
        assertThatThrownBy(() -> llm.chat(REQUEST)).isInstanceOf(LlmException.ContextOverflow.class);

        int built = GPT4.count(REQUEST.messages());
        assertThat(llm.served())
                .containsExactly(new ReplayLlm.Served(0, false, built, 1474), new ReplayLlm.Served(1, true, built, 0));
    }
}
