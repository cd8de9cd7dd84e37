package dev.l2mac.llm;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.ArrayList;
import java.util.List;
import java.util.stream.IntStream;
import org.junit.jupiter.api.Test;

class RememberingTokenCounterTest {
    private static final String MODEL = "gpt-4o";

    @Test
    void counts_a_context_exactly_like_a_counter_that_remembers_nothing() {
        TokenCounter plain = TokenCounter.forModel(MODEL);
        TokenCounter remembering = plain.remembering(64);
        List<Message> context = context();

        int first = remembering.count(context);
        int again = remembering.count(context);

        assertThat(first).isEqualTo(plain.count(context)).isGreaterThan(TokenCounter.TOKENS_PER_REPLY);
        assertThat(again).isEqualTo(first);
    }

    @Test
    void counts_equal_texts_in_new_strings_like_the_originals() {
        TokenCounter remembering = TokenCounter.forModel(MODEL).remembering(8);
        String text = "def add(a, b):\n    return a + b\n";

        int original = remembering.count(text);

        assertThat(remembering.count(new String(text.toCharArray()))).isEqualTo(original);
        assertThat(remembering.count(text + " "))
                .isEqualTo(TokenCounter.forModel(MODEL).count(text + " "));
    }

    @Test
    void stays_exact_after_forgetting_texts_beyond_its_capacity() {
        TokenCounter plain = TokenCounter.forModel(MODEL);
        TokenCounter remembering = plain.remembering(3);
        List<String> texts = IntStream.range(0, 20)
                .mapToObj(i -> "line " + i + " of module_" + (i * 7) + ".py")
                .toList();

        List<Integer> counted = new ArrayList<>();
        for (int round = 0; round < 3; round++) {
            texts.forEach(text -> counted.add(remembering.count(text)));
        }

        List<Integer> expected = new ArrayList<>();
        for (int round = 0; round < 3; round++) {
            texts.forEach(text -> expected.add(plain.count(text)));
        }
        assertThat(counted).isEqualTo(expected);
    }

    @Test
    void counts_nothing_for_empty_and_missing_text() {
        TokenCounter remembering = TokenCounter.forModel(MODEL).remembering(4);

        assertThat(remembering.count("")).isZero();
        assertThat(remembering.count((String) null)).isZero();
    }

    @Test
    void refuses_a_memory_that_holds_no_texts() {
        assertThatThrownBy(() -> TokenCounter.forModel(MODEL).remembering(0))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("maxTexts must be positive, was 0");
    }

    private static List<Message> context() {
        return List.of(
                new Message.SystemMessage("You write Python packages one instruction at a time."),
                new Message.UserMessage("Files:\n"
                        + String.join(
                                "\n",
                                IntStream.range(0, 50)
                                        .mapToObj(i -> "pkg_" + i + "/module_" + i + ".py")
                                        .toList())),
                new Message.AssistantMessage(
                        "", List.of(new ToolCall("call_1", "view_files", "{\"files\": [\"pkg_1/module_1.py\"]}"))),
                new Message.ToolResultMessage("call_1", "view_files", "pkg_1/module_1.py\n```\nX = 1\n```"),
                Message.AssistantMessage.ofText("Done."));
    }
}
