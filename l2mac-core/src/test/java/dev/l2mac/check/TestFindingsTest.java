package dev.l2mac.check;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class TestFindingsTest {

    @Test
    void keeps_only_the_end_of_a_long_traceback() {
        StringBuilder traceback = new StringBuilder();
        for (int i = 0; i < TestFindings.MAX_TRACEBACK_LINES * 3; i++) {
            traceback.append("frame ").append(i).append('\n');
        }

        String trimmed = TestFindings.trimmed(traceback.toString());

        assertThat(trimmed.lines()).hasSize(TestFindings.MAX_TRACEBACK_LINES);
        assertThat(trimmed).endsWith("frame " + (TestFindings.MAX_TRACEBACK_LINES * 3 - 1));
        assertThat(TestFindings.trimmed("z".repeat(TestFindings.MAX_TRACEBACK_CHARS * 2)))
                .hasSize(TestFindings.MAX_TRACEBACK_CHARS + 3)
                .startsWith("...");
    }
}
