package dev.l2mac.llm;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

class StreamingHookTest {
    private static final ChatRequest REQUEST =
            new ChatRequest(List.of(new Message.UserMessage("hi")), List.of(), null, 0.0, 10);
    private static final ChatResponse REPLY =
            new ChatResponse(Message.AssistantMessage.ofText("hello"), new Usage(1, 1), FinishReason.STOP);

    /** Answers in one piece and cannot stream. */
    private static final class Whole implements LlmClient {
        int calls;

        @Override
        public ChatResponse chat(ChatRequest request) {
            calls++;
            return REPLY;
        }

        @Override
        public String modelName() {
            return "whole";
        }
    }

    /** Streams its reply in two pieces, failing transiently the first {@code failures} times. */
    private static final class Streaming implements LlmClient {
        int failures;

        @Override
        public ChatResponse chat(ChatRequest request) {
            throw new AssertionError("the streaming path must be used");
        }

        @Override
        public ChatResponse chat(ChatRequest request, StreamListener listener) throws LlmException {
            listener.onText("hel");
            if (failures-- > 0) {
                throw new LlmException.Transient("stream broke", null);
            }
            listener.onText("lo");
            return REPLY;
        }

        @Override
        public String modelName() {
            return "streaming";
        }
    }

    @Test
    void a_client_that_cannot_stream_answers_in_one_piece_and_tells_the_listener_nothing() throws LlmException {
        Whole whole = new Whole();
        List<String> pieces = new ArrayList<>();

        ChatResponse response = whole.chat(REQUEST, new StreamListener() {
            @Override
            public void onText(String fragment) {
                pieces.add(fragment);
            }
        });

        assertThat(response).isEqualTo(REPLY);
        assertThat(whole.calls).isEqualTo(1);
        assertThat(pieces).isEmpty();
    }

    @Test
    void retries_stream_again_and_the_listener_sees_every_attempt() throws LlmException {
        Streaming streaming = new Streaming();
        streaming.failures = 1;
        List<String> pieces = new ArrayList<>();
        RetryingLlmClient retrying =
                new RetryingLlmClient(streaming, RetryPolicy.DEFAULT, duration -> {}, (failure, wait) -> {});

        ChatResponse response = retrying.chat(REQUEST, new StreamListener() {
            @Override
            public void onText(String fragment) {
                pieces.add(fragment);
            }
        });

        assertThat(response).isEqualTo(REPLY);
        assertThat(pieces).containsExactly("hel", "hel", "lo");
    }
}
