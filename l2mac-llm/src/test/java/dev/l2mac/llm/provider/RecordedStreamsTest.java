package dev.l2mac.llm.provider;

import static org.assertj.core.api.Assertions.assertThat;

import dev.l2mac.llm.ChatResponse;
import dev.l2mac.llm.FinishReason;
import dev.l2mac.llm.LlmClient;
import dev.l2mac.llm.LlmException;
import dev.l2mac.llm.ToolCall;
import dev.l2mac.llm.Usage;
import dev.l2mac.llm.openai.LocalOpenAiServer;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestFactory;

/**
 * The streaming parsers consume streams recorded from the real APIs by the providers' own SDK test suites. What each
 * result must hold is read from the recording with plain pattern matching, independently of the parser under test.
 */
class RecordedStreamsTest {
    private static final Pattern FINISH = Pattern.compile("\"finish_reason\":\"([a-z_]+)\"");
    private static final Pattern USAGE =
            Pattern.compile("\"usage\":\\{\"prompt_tokens\":(\\d+),\"completion_tokens\":(\\d+)");
    private static final Pattern CALL_ID = Pattern.compile("\"index\":0,\"id\":\"(call_[A-Za-z0-9]+)\"");
    private static final Pattern CALL_ID_ANY = Pattern.compile("\"id\":\"(call_[A-Za-z0-9]+)\"");
    private static final Map<String, FinishReason> OPENAI_FINISH =
            Map.of("stop", FinishReason.STOP, "length", FinishReason.LENGTH, "tool_calls", FinishReason.TOOL_CALLS);

    private final LocalOpenAiServer server = LocalOpenAiServer.start();

    @AfterEach
    void stopServer() {
        server.close();
    }

    @TestFactory
    Stream<DynamicTest> the_openai_adapter_consumes_every_recorded_stream() throws IOException {
        Path folder = SharedData.folder("llm-recordings/openai-python-sse");
        List<Path> recordings;
        try (Stream<Path> files = Files.list(folder)) {
            recordings = files.filter(file -> file.toString().endsWith(".sse"))
                    .sorted()
                    .toList();
        }
        assertThat(recordings).isNotEmpty();
        return recordings.stream()
                .map(file -> DynamicTest.dynamicTest(
                        file.getFileName().toString(),
                        () -> consumesOpenAiRecording(Files.readString(file, StandardCharsets.UTF_8))));
    }

    private void consumesOpenAiRecording(String recording) throws LlmException {
        LlmClient client = Providers.connect(new OpenAiDialect().settings(server, ProviderContract.TIMEOUT));
        server.enqueue(WireDialect.stream("text/event-stream", recording));
        RecordingListener listener = new RecordingListener();

        ChatResponse response = client.chat(ProviderContract.ask("recorded"), listener);

        String finish = lastMatch(FINISH, recording, 1);
        if (recording.contains("\"refusal\":\"")) {
            assertThat(response.finishReason()).isEqualTo(FinishReason.CONTENT_FILTER);
            assertThat(response.message().text()).isNotBlank();
        } else {
            assertThat(response.finishReason()).isEqualTo(OPENAI_FINISH.get(finish));
            assertThat(String.join("", listener.texts))
                    .isEqualTo(response.message().text());
        }
        Matcher usage = USAGE.matcher(recording);
        if (usage.find()) {
            assertThat(response.usage())
                    .isEqualTo(new Usage(Long.parseLong(usage.group(1)), Long.parseLong(usage.group(2))));
            assertThat(listener.usage).isEqualTo(response.usage());
        }
        Set<String> ids = new LinkedHashSet<>();
        Matcher id = CALL_ID_ANY.matcher(recording);
        while (id.find()) {
            ids.add(id.group(1));
        }
        if (!recording.contains("\"index\":1,\"delta\"")) { // several choices: only the first one is the reply
            assertThat(response.message().toolCalls()).extracting(ToolCall::id).containsExactlyElementsOf(ids);
            response.message()
                    .toolCalls()
                    .forEach(call -> assertThat(call.arguments())
                            .isEqualTo(listener.argumentsOf(
                                    response.message().toolCalls().indexOf(call))));
        }
    }

    @Test
    void the_anthropic_adapter_consumes_a_recorded_text_reply() throws Exception {
        ChatResponse response = anthropic("basic_response.sse", new RecordingListener());

        assertThat(response.finishReason()).isEqualTo(FinishReason.STOP);
        assertThat(response.message().text()).isNotBlank();
        assertThat(response.usage().promptTokens()).isPositive();
    }

    @Test
    void the_anthropic_adapter_consumes_a_recorded_tool_use() throws Exception {
        RecordingListener listener = new RecordingListener();

        ChatResponse response = anthropic("tool_use_response.sse", listener);

        assertThat(response.finishReason()).isEqualTo(FinishReason.TOOL_CALLS);
        assertThat(response.message().text()).startsWith("I'll check the current weather in Paris");
        assertThat(response.message().toolCalls()).singleElement().satisfies(call -> {
            assertThat(call.id()).isEqualTo("toolu_01NRLabsLyVHZPKxbKvkfSMn");
            assertThat(call.name()).isEqualTo("get_weather");
            assertThat(WireDialect.parse(call.arguments())).isEqualTo(WireDialect.parse("{\"location\":\"Paris\"}"));
        });
        assertThat(listener.events).contains("started 0 get_weather");
        assertThat(response.usage()).isEqualTo(new Usage(377, 65));
    }

    /**
     * LangChain4j's Anthropic stream drops a tool call whose arguments were cut by the output limit, so the reply
     * reaches the engine as LENGTH without the call; the pieces were still shown while they formed.
     */
    @Test
    void the_anthropic_adapter_reports_a_tool_call_cut_at_max_tokens_as_length() throws Exception {
        RecordingListener listener = new RecordingListener();

        ChatResponse response = anthropic("incomplete_partial_json_response.sse", listener);

        assertThat(response.finishReason()).isEqualTo(FinishReason.LENGTH);
        assertThat(listener.argumentsOf(0)).startsWith("{\"filename\": \"taxes.txt\"");
    }

    @Test
    void the_anthropic_adapter_consumes_a_recorded_refusal() throws Exception {
        ChatResponse response = anthropic("refusal_response.sse", new RecordingListener());

        assertThat(response.message().toolCalls()).isEmpty();
        assertThat(response.finishReason()).isIn(FinishReason.CONTENT_FILTER, FinishReason.OTHER);
    }

    private ChatResponse anthropic(String recording, RecordingListener listener) throws Exception {
        Path file = SharedData.folder("llm-recordings/anthropic-python-sse").resolve(recording);
        LlmClient client = Providers.connect(new AnthropicDialect().settings(server, ProviderContract.TIMEOUT));
        server.enqueue(WireDialect.stream("text/event-stream", Files.readString(file, StandardCharsets.UTF_8)));
        return client.chat(ProviderContract.ask("recorded"), listener);
    }

    private static String lastMatch(Pattern pattern, String text, int group) {
        Matcher matcher = pattern.matcher(text);
        String last = null;
        while (matcher.find()) {
            last = matcher.group(group);
        }
        return last;
    }
}
