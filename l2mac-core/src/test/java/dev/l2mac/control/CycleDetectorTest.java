package dev.l2mac.control;

import static org.assertj.core.api.Assertions.assertThat;

import dev.l2mac.llm.Message;
import dev.l2mac.llm.ToolCall;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

class CycleDetectorTest {
    private static final Message.AssistantMessage A = call("call_1", "view_files", "{\"files\":[\"a.py\"]}");
    private static final Message.AssistantMessage B = call("call_2", "list_files", "{}");
    private static final Message.AssistantMessage C = Message.AssistantMessage.ofText("Let me think.");

    @Test
    void detects_the_same_reply_twice_in_a_row() {
        assertThat(feed(new CycleDetector(4), A, A)).containsExactly(false, true);
    }

    @Test
    void detects_two_replies_alternating() {
        assertThat(feed(new CycleDetector(4), A, B, A, B)).containsExactly(false, false, false, true);
    }

    @Test
    void detects_a_block_of_three_repeating_within_the_window() {
        assertThat(feed(new CycleDetector(3), A, B, C, A, B, C)).last().isEqualTo(true);
    }

    @Test
    void ignores_blocks_longer_than_the_window() {
        assertThat(feed(new CycleDetector(2), A, B, C, A, B, C)).containsOnly(false);
    }

    @Test
    void sees_no_cycle_while_replies_differ() {
        assertThat(feed(new CycleDetector(4), A, B, C, B, A)).containsOnly(false);
    }

    @Test
    void ignores_call_ids_and_surrounding_whitespace() {
        Message.AssistantMessage sameAsA = call("call_99", "view_files", "{\"files\":[\"a.py\"]}");
        Message.AssistantMessage padded = Message.AssistantMessage.ofText("  Let me think.\n");
        assertThat(feed(new CycleDetector(1), A, sameAsA)).containsExactly(false, true);
        assertThat(feed(new CycleDetector(1), C, padded)).containsExactly(false, true);
    }

    @Test
    void tells_apart_replies_that_differ_only_in_arguments() {
        Message.AssistantMessage otherFile = call("call_3", "view_files", "{\"files\":[\"b.py\"]}");
        assertThat(feed(new CycleDetector(4), A, otherFile)).containsExactly(false, false);
    }

    @Test
    void forgets_earlier_replies_on_reset() {
        CycleDetector detector = new CycleDetector(4);
        detector.cyclesAfter(A);
        detector.reset();
        assertThat(detector.cyclesAfter(A)).isFalse();
    }

    private static List<Boolean> feed(CycleDetector detector, Message.AssistantMessage... replies) {
        return Stream.of(replies).map(detector::cyclesAfter).toList();
    }

    private static Message.AssistantMessage call(String id, String name, String arguments) {
        return new Message.AssistantMessage("", List.of(new ToolCall(id, name, arguments)));
    }
}
