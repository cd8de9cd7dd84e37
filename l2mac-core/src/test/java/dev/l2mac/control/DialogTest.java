package dev.l2mac.control;

import static org.assertj.core.api.Assertions.assertThat;

import dev.l2mac.llm.Message;
import dev.l2mac.llm.ToolCall;
import java.util.List;
import org.junit.jupiter.api.Test;

class DialogTest {
    private static final Message.AssistantMessage FIRST = new Message.AssistantMessage(
            "", List.of(new ToolCall("c1", "list_files", "{}"), new ToolCall("c2", "view_files", "{}")));
    private static final Message.AssistantMessage SECOND = Message.AssistantMessage.ofText("done?");

    @Test
    void drops_the_oldest_reply_with_every_message_answering_it() {
        Dialog dialog = new Dialog();
        dialog.add(FIRST);
        dialog.add(new Message.ToolResultMessage("c1", "list_files", "a.py"));
        dialog.add(new Message.ToolResultMessage("c2", "view_files", "x = 1"));
        dialog.add(SECOND);
        dialog.add(new Message.UserMessage("Use the tools."));

        assertThat(dialog.dropOldestExchange()).isTrue();

        assertThat(dialog.messages()).containsExactly(SECOND, new Message.UserMessage("Use the tools."));
    }

    @Test
    void drops_feedback_that_precedes_the_first_reply_with_it() {
        Dialog dialog = new Dialog();
        dialog.add(new Message.UserMessage("The checks found problems"));
        dialog.add(SECOND);

        dialog.dropOldestExchange();

        assertThat(dialog.messages()).containsExactly(SECOND);
    }

    @Test
    void has_nothing_to_drop_when_empty() {
        Dialog dialog = new Dialog();
        dialog.add(SECOND);
        assertThat(dialog.dropOldestExchange()).isTrue();
        assertThat(dialog.isEmpty()).isTrue();
        assertThat(dialog.dropOldestExchange()).isFalse();
    }

    @Test
    void hands_out_copies_that_later_changes_do_not_touch() {
        Dialog dialog = new Dialog();
        dialog.add(SECOND);
        List<Message> before = dialog.messages();
        dialog.clear();
        assertThat(before).containsExactly(SECOND);
        assertThat(dialog.isEmpty()).isTrue();
    }
}
