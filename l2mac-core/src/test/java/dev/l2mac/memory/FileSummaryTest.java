package dev.l2mac.memory;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import org.junit.jupiter.api.Test;

class FileSummaryTest {

    private static FileSummary summarise(byte[] bytes) throws IOException {
        return TextContent.summarise(new ByteArrayInputStream(bytes));
    }

    private static FileSummary summarise(String text) throws IOException {
        return summarise(text.getBytes(StandardCharsets.UTF_8));
    }

    @Test
    void counts_lines_as_the_model_sees_them() throws IOException {
        assertThat(summarise("")).isEqualTo(new FileSummary(0, true, 0));
        assertThat(summarise("a\nb\n")).isEqualTo(new FileSummary(4, true, 2));
        assertThat(summarise("a\nb")).isEqualTo(new FileSummary(3, true, 2));
        assertThat(summarise("é\n")).isEqualTo(FileSummary.ofText("é\n"));
    }

    @Test
    void a_character_cut_by_a_piece_boundary_is_still_text() throws IOException {
        byte[] filler = new byte[TextContent.SUMMARY_CHUNK_BYTES - 1];
        Arrays.fill(filler, (byte) 'x');
        String text = new String(filler, StandardCharsets.US_ASCII) + "é€😀\n";

        assertThat(summarise(text)).isEqualTo(FileSummary.ofText(text));
    }

    @Test
    void nul_bytes_or_malformed_utf8_anywhere_make_a_file_binary() throws IOException {
        byte[] late = new byte[3 * TextContent.SUMMARY_CHUNK_BYTES];
        Arrays.fill(late, (byte) 'x');
        late[late.length - 10] = (byte) 0xC3;

        assertThat(summarise(new byte[] {'a', 0, 'b'})).isEqualTo(new FileSummary(3, false, 0));
        assertThat(summarise(late)).isEqualTo(new FileSummary(late.length, false, 0));
        assertThat(summarise(new byte[] {'a', (byte) 0xE2, (byte) 0x82}))
                .extracting(FileSummary::text)
                .isEqualTo(false);
    }

    @Test
    void describes_itself_for_a_listing() {
        assertThat(new FileSummary(10, true, 1).describe()).isEqualTo("1 line");
        assertThat(new FileSummary(3_000_000, false, 0).describe()).isEqualTo("binary, 3,000,000 bytes");
    }
}
