package dev.l2mac.llm;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class ModelTextTest {
    static final String HOSTILE = "step\u001b]0;pwned\u0007 one\u001b[2J";

    @Test
    void escape_sequences_are_shown_not_obeyed() {
        assertThat(ModelText.inert(HOSTILE)).isEqualTo("step\\u001b]0;pwned\\u0007 one\\u001b[2J");
    }

    @Test
    void newlines_and_tabs_stay_but_carriage_returns_do_not() {
        assertThat(ModelText.inert("a\n\tb\rc")).isEqualTo("a\n\tb\\u000dc");
    }

    @Test
    void delete_c1_and_bidi_overrides_are_escaped() {
        assertThat(ModelText.inert("x\u007fy\u009bz\u202eq\u2066")).isEqualTo("x\\u007fy\\u009bz\\u202eq\\u2066");
    }

    @Test
    void ordinary_text_is_returned_unchanged() {
        String text = "Write the tests — ünïcode, 汉字, emoji \uD83D\uDE00";
        assertThat(ModelText.inert(text)).isSameAs(text);
        assertThat(ModelText.inert(null)).isNull();
    }
}
