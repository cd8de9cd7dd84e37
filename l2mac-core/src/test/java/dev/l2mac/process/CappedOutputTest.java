package dev.l2mac.process;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.Test;

class CappedOutputTest {

    private static void append(CappedOutput output, String text) {
        output.append(text.toCharArray(), 0, text.length());
    }

    @Test
    void keeps_everything_within_the_cap() {
        CappedOutput output = new CappedOutput(9);
        append(output, "abc");
        append(output, "defghi");

        assertThat(output.text()).isEqualTo("abcdefghi");
        assertThat(output.truncated()).isFalse();
    }

    @Test
    void keeps_two_thirds_from_the_head_and_one_third_from_the_tail() {
        CappedOutput output = new CappedOutput(9);
        append(output, "0123456789");
        append(output, "ABCDEFGHIJ");

        assertThat(output.truncated()).isTrue();
        assertThat(output.text()).isEqualTo("012345\n[... 11 characters cut ...]\nHIJ");
    }

    @Test
    void takes_appends_at_an_offset_across_the_tail_ring() {
        CappedOutput output = new CappedOutput(3);
        char[] chars = "..xyz1234..".toCharArray();
        output.append(chars, 2, 7);

        assertThat(output.text()).isEqualTo("xy\n[... 4 characters cut ...]\n4");
    }

    @Test
    void refuses_a_cap_that_is_not_positive() {
        assertThatThrownBy(() -> new CappedOutput(0)).isInstanceOf(IllegalArgumentException.class);
    }
}
