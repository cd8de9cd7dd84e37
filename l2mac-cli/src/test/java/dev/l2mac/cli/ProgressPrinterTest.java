package dev.l2mac.cli;

import static org.assertj.core.api.Assertions.assertThat;

import dev.l2mac.llm.Message;
import dev.l2mac.run.RunEvent;
import dev.l2mac.run.ToolOutcome;
import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.util.List;
import org.junit.jupiter.api.Test;

class ProgressPrinterTest {
    private static final String TITLE = "\u001b]0;pwned\u0007";
    private static final String CLEAR = "\u001b[2J";
    private static final String HOSTILE = "step" + TITLE + CLEAR;

    private final ByteArrayOutputStream bytes = new ByteArrayOutputStream();
    private final ProgressPrinter printer = new ProgressPrinter(
            new PrintStream(bytes, true, StandardCharsets.UTF_8), true, java.time.Duration.ofSeconds(600));

    private String printed() {
        return bytes.toString(StandardCharsets.UTF_8);
    }

    @Test
    void a_hostile_plan_step_prints_escaped() {
        printer.on(new RunEvent.ProgramReady(List.of(HOSTILE), "the model"));
        printer.on(new RunEvent.InstructionStarted(1, 1, HOSTILE));

        assertThat(printed())
                .contains("1. step\\u001b]0;pwned\\u0007\\u001b[2J")
                .doesNotContain("\u001b", "\u0007");
    }

    @Test
    void a_hostile_tool_name_refused_path_and_reason_print_escaped() {
        printer.on(new RunEvent.ToolCallForming(0, "write" + CLEAR));
        printer.on(new RunEvent.ToolCalled("c1", "write" + TITLE, "{\"files\": [\"a\\u001b[2J.py\"]}"));
        printer.on(
                new RunEvent.ToolReturned("c1", "write" + TITLE, "refused path a" + CLEAR + ".py", ToolOutcome.ERROR));
        printer.on(new RunEvent.InstructionFailed(1, "gave up" + TITLE));

        assertThat(printed())
                .contains(
                        "> write\\u001b[2J",
                        "x write\\u001b]0;pwned\\u0007 a\\u001b[2J.py",
                        "failed: gave up\\u001b]0;pwned")
                .doesNotContain("\u001b", "\u0007");
    }

    @Test
    void a_hostile_summary_in_the_context_window_prints_escaped_with_its_lines_kept() {
        printer.on(new RunEvent.ContextWindow(List.of(new Message.UserMessage("summary:\n" + HOSTILE))));

        assertThat(printed()).contains("summary:\n", "step\\u001b]0;pwned").doesNotContain("\u001b", "\u0007");
    }

    @Test
    void says_how_long_it_has_waited_for_a_silent_model_and_its_limit() {
        printer.on(new RunEvent.RequestSent("instruction", 2, 100, 0.0, 500));
        printer.on(new RunEvent.AwaitingReply(15_400));
        printer.on(new RunEvent.AwaitingReply(30_100));

        assertThat(printed())
                .contains(
                        "waiting for the model's reply: 15 s (it is cut off at 600 s," + " llm.timeout_seconds)",
                        "waiting for the model's reply: 30 s");
    }

    @Test
    void stops_saying_it_waits_once_the_reply_streams_in_until_the_next_request() {
        printer.on(new RunEvent.RequestSent("instruction", 2, 100, 0.0, 500));
        printer.on(new RunEvent.ReplyStreaming(10));
        printer.on(new RunEvent.AwaitingReply(15_000));
        assertThat(printed()).doesNotContain("waiting for the model");

        printer.on(new RunEvent.RequestSent("instruction", 4, 200, 0.0, 500));
        printer.on(new RunEvent.AwaitingReply(15_000));
        assertThat(printed()).contains("waiting for the model's reply: 15 s");
    }
}
