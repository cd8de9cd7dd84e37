package dev.l2mac.control;

import static dev.l2mac.control.ScriptedCalls.complete;
import static dev.l2mac.control.ScriptedCalls.list;
import static dev.l2mac.control.ScriptedCalls.raw;
import static dev.l2mac.control.ScriptedCalls.write;
import static org.assertj.core.api.Assertions.assertThat;

import dev.l2mac.llm.ChatRequest;
import dev.l2mac.llm.Message;
import dev.l2mac.llm.ToolCall;
import dev.l2mac.program.PromptName;
import dev.l2mac.run.RunEvent;
import dev.l2mac.settings.Limits;
import java.util.List;
import org.junit.jupiter.api.Test;

/** What the runner does with the model's replies: tool calls, text without a call, and calls it cannot execute. */
class InstructionRunnerToolCallsTest {
    private static final String SUMMARY = "Nothing was built.";
    private final RunnerBench bench = new RunnerBench();

    @Test
    void reminds_a_text_only_reply_to_use_the_tools_and_goes_on() {
        bench.model.thenText("I will now write greet.py.").thenCalls(complete()).thenText(SUMMARY);

        StepOutcome outcome = bench.run(Limits.DEFAULTS);

        assertThat(outcome).isEqualTo(new StepOutcome.Completed(SUMMARY));
        List<Message> second = bench.model.requests().get(1).messages();
        assertThat(second.get(second.size() - 2))
                .isEqualTo(Message.AssistantMessage.ofText("I will now write greet.py."));
        assertThat(second.getLast()).isEqualTo(new Message.UserMessage(bench.prompt(PromptName.NO_TOOL_CALL)));
        assertThat(bench.checks.runs()).isEqualTo(1);
    }

    @Test
    void keeps_the_refusal_of_a_call_but_not_its_long_arguments_in_the_dialog() {
        String body = "x = 1\n".repeat(1_000);
        ToolCall refusedWrite = write(java.util.Map.of("../outside.py", body));
        ToolCall shortRefused = raw("make_coffee", "{\"cups\": 2}");
        bench.model.thenCalls(refusedWrite, shortRefused).thenCalls(complete()).thenText(SUMMARY);

        bench.run(Limits.DEFAULTS);

        List<Message> second = bench.model.requests().get(1).messages();
        Message.AssistantMessage reply = second.stream()
                .filter(Message.AssistantMessage.class::isInstance)
                .map(Message.AssistantMessage.class::cast)
                .findFirst()
                .orElseThrow();
        assertThat(reply.toolCalls().getFirst().arguments())
                .contains("elided", "refused")
                .doesNotContain(body)
                .startsWith("{")
                .endsWith("}");
        assertThat(reply.toolCalls().get(1)).isEqualTo(shortRefused);
        assertThat(second)
                .filteredOn(Message.ToolResultMessage.class::isInstance)
                .extracting(Message::text)
                .anySatisfy(text -> assertThat(text).startsWith("Error: ").contains("outside"));
        assertThat(bench.events(RunEvent.ToolCalled.class).getFirst().arguments())
                .contains("../outside.py")
                .hasSizeGreaterThan(body.length());
    }

    @Test
    void returns_an_unknown_tool_to_the_model_as_an_error_result_and_goes_on() {
        ToolCall unknown = raw("make_coffee", "{}");
        bench.model.thenCalls(unknown).thenCalls(complete()).thenText(SUMMARY);

        StepOutcome outcome = bench.run(Limits.DEFAULTS);

        assertThat(outcome).isEqualTo(new StepOutcome.Completed(SUMMARY));
        Message result = bench.model.requests().get(1).messages().getLast();
        assertThat(result).isInstanceOf(Message.ToolResultMessage.class);
        assertThat(((Message.ToolResultMessage) result).toolCallId()).isEqualTo(unknown.id());
        assertThat(result.text())
                .startsWith("Error: There is no tool named 'make_coffee'")
                .contains("list_files");
        assertThat(bench.events(RunEvent.ToolReturned.class).getFirst().ok()).isFalse();
    }

    @Test
    void returns_unparsable_arguments_to_the_model_as_an_error_result_and_goes_on() {
        ToolCall truncated = raw("write_files", "{\"list_of_file_objects\": [{\"file_path\": \"a.py\"");
        bench.model.thenCalls(truncated).thenCalls(complete()).thenText(SUMMARY);

        StepOutcome outcome = bench.run(Limits.DEFAULTS);

        assertThat(outcome).isEqualTo(new StepOutcome.Completed(SUMMARY));
        Message result = bench.model.requests().get(1).messages().getLast();
        assertThat(result)
                .isEqualTo(new Message.ToolResultMessage(
                        truncated.id(),
                        "write_files",
                        bench.events(RunEvent.ToolReturned.class).getFirst().text()));
        assertThat(result.text()).startsWith("Error: The arguments for write_files were not valid JSON");
        assertThat(bench.files.list()).isEmpty();
    }

    @Test
    void answers_every_call_of_a_reply_in_order() {
        ToolCall first = list("");
        ToolCall second = raw("nope", "{}");
        ToolCall third = list("src");
        bench.model.thenCalls(first, second, third).thenCalls(complete()).thenText(SUMMARY);

        bench.run(Limits.DEFAULTS);

        List<Message> messages = bench.model.requests().get(1).messages();
        assertThat(messages.subList(messages.size() - 3, messages.size()))
                .extracting(m -> ((Message.ToolResultMessage) m).toolCallId())
                .containsExactly(first.id(), second.id(), third.id());
        assertThat(bench.events(RunEvent.ToolCalled.class))
                .extracting(RunEvent.ToolCalled::callId)
                .containsExactly(
                        first.id(),
                        second.id(),
                        third.id(),
                        bench.events(RunEvent.ToolCalled.class).getLast().callId());
    }

    @Test
    void tolerates_exactly_max_invalid_tool_calls() {
        bench.model
                .thenCalls(raw("nope", "{}"))
                .thenCalls(raw("list_files", "[1]"))
                .thenCalls(complete())
                .thenText(SUMMARY);

        assertThat(bench.run(Limits.builder().maxInvalidToolCalls(2).build()))
                .isEqualTo(new StepOutcome.Completed(SUMMARY));
    }

    @Test
    void fails_after_more_than_max_invalid_tool_calls_naming_the_limit() {
        bench.model
                .thenCalls(raw("nope", "{}"))
                .thenCalls(raw("list_files", "[1]"))
                .thenCalls(raw("write_files", "{"), complete());

        StepOutcome outcome = bench.run(Limits.builder().maxInvalidToolCalls(2).build());

        assertThat(outcome)
                .isEqualTo(new StepOutcome.Failed(
                        "instruction 1 failed: 3 tool calls were refused, more than limits.max-invalid-tool-calls=2"));
        assertThat(bench.checks.runs())
                .as("a refused instruction is not checked")
                .isZero();
        assertThat(bench.events(RunEvent.InstructionFailed.class)).hasSize(1);
    }

    @Test
    void bounds_a_model_that_never_completes_by_max_turns_per_instruction() {
        for (int i = 0; i < 10; i++) {
            bench.model.thenCalls(list("dir" + i));
        }

        StepOutcome outcome =
                bench.run(Limits.builder().maxTurnsPerInstruction(4).build());

        assertThat(outcome)
                .isEqualTo(
                        new StepOutcome.Failed(
                                "instruction 1 failed: it did not complete within limits.max-turns-per-instruction=4 model calls"));
        assertThat(bench.model.requests()).hasSize(4);
    }

    @Test
    void counts_summary_requests_as_turns() {
        bench.model.thenCalls(list("")).thenCalls(complete()).thenText(SUMMARY);

        assertThat(bench.run(Limits.builder().maxTurnsPerInstruction(3).build()))
                .isEqualTo(new StepOutcome.Completed(SUMMARY));
        assertThat(bench.model.requests()).extracting(ChatRequest::temperature).hasSize(3);
    }
}
