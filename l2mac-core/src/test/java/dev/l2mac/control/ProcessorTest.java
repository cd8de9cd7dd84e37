package dev.l2mac.control;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.l2mac.llm.ChatRequest;
import dev.l2mac.llm.ChatResponse;
import dev.l2mac.llm.FinishReason;
import dev.l2mac.llm.LlmException;
import dev.l2mac.llm.Message;
import dev.l2mac.llm.ScriptedLlm;
import dev.l2mac.llm.TokenCounter;
import dev.l2mac.llm.ToolSpec;
import dev.l2mac.llm.Usage;
import dev.l2mac.run.FailureKind;
import dev.l2mac.run.RunEvent;
import dev.l2mac.run.RunListener;
import dev.l2mac.settings.Limits;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

class ProcessorTest {
    private static final List<Message> MESSAGES = List.of(
            new Message.SystemMessage("You write code."),
            new Message.UserMessage("Write hello.py that prints a greeting."));
    private static final List<ToolSpec> TOOLS =
            List.of(new ToolSpec("list_files", "Lists the files.", "{\"type\":\"object\",\"properties\":{}}"));
    private final ScriptedLlm model = new ScriptedLlm("gpt-4");
    private final TokenCounter counter = TokenCounter.forModel("gpt-4");
    private final List<RunEvent> events = new ArrayList<>();

    @Test
    void counts_the_messages_and_the_tool_definitions() {
        Processor processor = processor(Limits.DEFAULTS);

        assertThat(processor.promptTokens(MESSAGES, TOOLS))
                .isEqualTo(counter.count(MESSAGES) + counter.countTools(TOOLS))
                .isGreaterThan(processor.promptTokens(MESSAGES, List.of()));
    }

    @Test
    void fits_while_the_reserve_stays_free() {
        int prompt = counter.count(MESSAGES);
        Processor exact =
                processor(Limits.builder().contextWindow(prompt + 100, 100).build());
        Processor tight =
                processor(Limits.builder().contextWindow(prompt + 99, 100).build());

        assertThat(exact.fits(prompt)).isTrue();
        assertThat(tight.fits(prompt)).isFalse();
    }

    @Test
    void asks_for_at_most_max_output_tokens_when_the_window_has_room() throws Exception {
        model.thenText("ok");

        processor(Limits.builder().maxOutputTokens(700).build()).ask("test", MESSAGES, TOOLS, null, 0.0);

        assertThat(model.requests().getFirst().maxOutputTokens()).isEqualTo(700);
    }

    @Test
    void asks_for_no_more_output_than_the_window_has_left() throws Exception {
        int prompt = counter.count(MESSAGES) + counter.countTools(TOOLS);
        model.thenText("ok");

        processor(Limits.builder()
                        .contextWindow(prompt + 300, 200)
                        .maxOutputTokens(4_000)
                        .build())
                .ask("test", MESSAGES, TOOLS, null, 0.0);

        assertThat(model.requests().getFirst().maxOutputTokens()).isEqualTo(300);
    }

    @Test
    void still_asks_for_one_token_when_the_prompt_fills_the_window() throws Exception {
        model.thenText("ok");

        processor(Limits.builder().contextWindow(10, 5).build()).ask("test", MESSAGES, TOOLS, null, 0.0);

        assertThat(model.requests().getFirst().maxOutputTokens()).isEqualTo(1);
    }

    @Test
    void sends_the_messages_tools_forced_tool_and_temperature_as_given() throws Exception {
        model.thenText("ok");

        processor(Limits.DEFAULTS).ask("plan", MESSAGES, TOOLS, "list_files", 0.7);

        ChatRequest request = model.requests().getFirst();
        assertThat(request.messages()).isEqualTo(MESSAGES);
        assertThat(request.tools()).isEqualTo(TOOLS);
        assertThat(request.forcedTool()).isEqualTo("list_files");
        assertThat(request.temperature()).isEqualTo(0.7);
    }

    @Test
    void sums_the_usage_of_every_reply() throws Exception {
        model.then(request ->
                        new ChatResponse(Message.AssistantMessage.ofText("a"), new Usage(1_000, 50), FinishReason.STOP))
                .then(request -> new ChatResponse(
                        Message.AssistantMessage.ofText("b"), new Usage(1_200, 70), FinishReason.STOP));
        Processor processor = processor(Limits.DEFAULTS);

        processor.ask("one", MESSAGES, TOOLS, null, 0.0);
        processor.ask("two", MESSAGES, TOOLS, null, 0.0);

        assertThat(processor.usage()).isEqualTo(new Usage(2_200, 120));
    }

    @Test
    void announces_the_request_then_the_window_then_the_reply() throws Exception {
        model.thenText("ok");
        Processor processor = processor(Limits.builder().maxOutputTokens(512).build());

        processor.ask("instruction 1", MESSAGES, TOOLS, null, 0.4);

        int prompt = processor.promptTokens(MESSAGES, TOOLS);
        assertThat(events)
                .containsExactly(
                        new RunEvent.RequestSent("instruction 1", 2, prompt, 0.4, 512),
                        new RunEvent.ContextWindow(MESSAGES),
                        new RunEvent.ResponseReceived("ok", List.of(), new Usage(100, 20), FinishReason.STOP),
                        new RunEvent.SpendUpdated(100, 20, 0.0, 1, 0.0));
    }

    @Test
    void records_a_failed_request_with_its_kind_and_rethrows_it() {
        model.thenFail(new LlmException.AuthenticationFailed("401 Unauthorized", null));
        Processor processor = processor(Limits.DEFAULTS);

        assertThatThrownBy(() -> processor.ask("test", MESSAGES, TOOLS, null, 0.0))
                .isInstanceOf(LlmException.AuthenticationFailed.class);
        assertThat(events.getLast())
                .isEqualTo(new RunEvent.RequestFailed(FailureKind.AUTHENTICATION_FAILED, "401 Unauthorized"));
        assertThat(processor.usage()).isEqualTo(Usage.NONE);
    }

    @Test
    void serves_the_bootstrapper_as_its_model_under_its_purpose() throws Exception {
        model.thenText("ok");

        ChatResponse response = processor(Limits.DEFAULTS)
                .asModel("plan")
                .chat(new ChatRequest(MESSAGES, TOOLS, "list_files", 0.5, 10));

        assertThat(response.message().text()).isEqualTo("ok");
        assertThat(events.getFirst())
                .isInstanceOf(RunEvent.RequestSent.class)
                .extracting(e -> ((RunEvent.RequestSent) e).purpose())
                .isEqualTo("plan");
        assertThat(model.requests().getFirst().forcedTool()).isEqualTo("list_files");
    }

    @Test
    void says_while_it_waits_for_a_reply_and_never_after_it_came() throws Exception {
        List<RunEvent> seen = java.util.Collections.synchronizedList(new ArrayList<>());
        java.util.concurrent.CountDownLatch announced = new java.util.concurrent.CountDownLatch(2);
        RunListener listener = event -> {
            seen.add(event);
            if (event instanceof RunEvent.AwaitingReply) {
                announced.countDown();
            }
        };
        dev.l2mac.llm.LlmClient slow = new dev.l2mac.llm.LlmClient() {
            @Override
            public ChatResponse chat(ChatRequest request) throws LlmException {
                try {
                    assertThat(announced.await(30, java.util.concurrent.TimeUnit.SECONDS))
                            .isTrue();
                } catch (InterruptedException e) {
                    throw new IllegalStateException(e);
                }
                return model.chat(request);
            }

            @Override
            public String modelName() {
                return model.modelName();
            }
        };
        model.thenText("ok");
        Processor processor = new Processor(
                slow,
                counter,
                Limits.DEFAULTS,
                listener,
                new Spending(dev.l2mac.llm.ModelRegistry.fallback("gpt-4"), Limits.DEFAULTS),
                new RequestPacer(0, 0, java.time.Clock.systemUTC(), dev.l2mac.llm.Sleeper.REAL, listener),
                java.time.Duration.ofMillis(10));

        processor.ask("test", MESSAGES, TOOLS, null, 0.0);

        List<RunEvent> events;
        synchronized (seen) {
            events = List.copyOf(seen);
        }
        int sent = indexOf(events, RunEvent.RequestSent.class);
        int received = indexOf(events, RunEvent.ResponseReceived.class);
        List<RunEvent> waits =
                events.stream().filter(RunEvent.AwaitingReply.class::isInstance).toList();
        assertThat(waits)
                .hasSizeGreaterThanOrEqualTo(2)
                .allSatisfy(wait -> assertThat(wait.recorded()).isFalse());
        assertThat(events.subList(received, events.size())).noneMatch(RunEvent.AwaitingReply.class::isInstance);
        assertThat(events.subList(0, sent)).noneMatch(RunEvent.AwaitingReply.class::isInstance);
        long first = ((RunEvent.AwaitingReply) waits.getFirst()).elapsedMillis();
        long last = ((RunEvent.AwaitingReply) waits.getLast()).elapsedMillis();
        assertThat(last).isGreaterThanOrEqualTo(first);
    }

    private static int indexOf(List<RunEvent> events, Class<? extends RunEvent> type) {
        for (int i = 0; i < events.size(); i++) {
            if (type.isInstance(events.get(i))) {
                return i;
            }
        }
        throw new AssertionError("no " + type.getSimpleName() + " in " + events);
    }

    private Processor processor(Limits limits) {
        return new Processor(model, counter, limits, events::add);
    }
}
