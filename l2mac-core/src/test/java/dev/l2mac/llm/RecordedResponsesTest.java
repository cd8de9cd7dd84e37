package dev.l2mac.llm;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class RecordedResponsesTest {

    static final String LEGACY_CALL = """
            {"choices": [{"finish_reason": "function_call", "index": 0, "message": {"role": "assistant",
              "content": null, "function_call": {"name": "view_files", "arguments": "{\\"files\\": [\\"app.py\\"]}"}}}],
             "model": "gpt-4", "usage": {"prompt_tokens": 917, "completion_tokens": 17, "total_tokens": 934}}""";
    static final String TOOL_CALLS = """
            {"choices": [{"finish_reason": "tool_calls", "message": {"role": "assistant", "content": "Writing.",
              "tool_calls": [{"id": "call_a", "type": "function",
                              "function": {"name": "write_files", "arguments": "{}"}},
                             {"id": "call_b", "type": "function",
                              "function": {"name": "sub_task_step_complete", "arguments": "{}"}}]}}],
             "model": "gpt-4o", "usage": {"prompt_tokens": 1200, "completion_tokens": 40}}""";
    static final String TEXT = """
            {"choices": [{"finish_reason": "stop", "message": {"role": "assistant", "content": "Done: app.py."}}],
             "usage": {"prompt_tokens": 1474, "completion_tokens": 46}}""";
    static final String FAILURE = """
            {"error": "InvalidRequestError"}""";

    @Test
    void reads_a_legacy_function_call_as_one_tool_call_with_the_recorded_usage() throws Exception {
        RecordedResponses log = RecordedResponses.parse("[" + LEGACY_CALL + "]");

        RecordedResponses.Entry.Reply reply =
                (RecordedResponses.Entry.Reply) log.entries().getFirst();
        assertThat(reply.response().message().toolCalls())
                .containsExactly(new ToolCall("call_0", "view_files", "{\"files\": [\"app.py\"]}"));
        assertThat(reply.response().message().text()).isEmpty();
        assertThat(reply.response().usage()).isEqualTo(new Usage(917, 17));
        assertThat(reply.response().finishReason()).isEqualTo(FinishReason.TOOL_CALLS);
        assertThat(log.model()).isEqualTo("gpt-4");
    }

    @Test
    void reads_current_tool_calls_with_their_ids_and_the_text_beside_them() throws Exception {
        RecordedResponses log = RecordedResponses.parse("[" + TOOL_CALLS + "]");

        ChatResponse response = ((RecordedResponses.Entry.Reply) log.entries().getFirst()).response();
        assertThat(response.message().text()).isEqualTo("Writing.");
        assertThat(response.message().toolCalls())
                .extracting(ToolCall::id, ToolCall::name)
                .containsExactly(
                        org.assertj.core.groups.Tuple.tuple("call_a", "write_files"),
                        org.assertj.core.groups.Tuple.tuple("call_b", "sub_task_step_complete"));
    }

    @Test
    void keeps_failures_in_place_and_counts_them() throws Exception {
        RecordedResponses log = RecordedResponses.parse("[" + TEXT + "," + FAILURE + "," + LEGACY_CALL + "]");

        assertThat(log.entries()).extracting(RecordedResponses.Entry::index).containsExactly(0, 1, 2);
        assertThat(log.entries().get(1)).isEqualTo(new RecordedResponses.Entry.Failure(1, "InvalidRequestError"));
        assertThat(log.failures()).isEqualTo(1);
        assertThat(log.model()).as("the first completion that names a model").isEqualTo("gpt-4");
        assertThat(((RecordedResponses.Entry.Reply) log.entries().getFirst())
                        .response()
                        .finishReason())
                .isEqualTo(FinishReason.STOP);
    }

    @Test
    void refuses_a_log_that_is_not_an_array_of_completions_and_errors() {
        assertThatThrownBy(() -> RecordedResponses.parse("{\"choices\": []}"))
                .isInstanceOf(RecordingException.class)
                .hasMessageContaining("must be a JSON array");
        assertThatThrownBy(() -> RecordedResponses.parse("[" + TEXT + ", {\"id\": \"x\"}]"))
                .isInstanceOf(RecordingException.class)
                .hasMessageContaining("entry 1 is neither an error nor a completion");
        assertThatThrownBy(() -> RecordedResponses.parse("[{"))
                .isInstanceOf(RecordingException.class)
                .hasMessageContaining("not valid JSON");
    }

    @Test
    void names_the_file_when_reading_one_fails(@TempDir Path dir) throws Exception {
        Path log = Files.writeString(dir.resolve("responses.json"), "42");
        assertThatThrownBy(() -> RecordedResponses.read(log))
                .isInstanceOf(RecordingException.class)
                .hasMessageStartingWith(log.toString());
        assertThatThrownBy(() -> RecordedResponses.read(dir.resolve("missing.json")))
                .isInstanceOf(RecordingException.class)
                .hasMessageContaining("cannot read the response log");
    }
}
