package dev.l2mac.llm;

/**
 * Makes text that came from a model (or anything else outside our control) inert before it reaches a terminal, a
 * log line meant for people or a commit message: every control character that could steer a terminal (C0 other
 * than newline and tab, DEL, C1, and so every escape sequence's ESC) and every bidirectional override is shown as
 * its Java-style escape (ESC as {@code \}{@code u001b}) instead, so a reply can neither retitle nor clear a screen
 * nor reorder what a person reads.
 */
public final class ModelText {
    private static final char LAST_C0 = 0x1f;
    private static final char DEL = 0x7f;
    private static final char LAST_C1 = 0x9f;

    private ModelText() {}

    /** The text with every steering character escaped; newlines and tabs are kept. {@code null} stays null. */
    public static String inert(String text) {
        if (text == null || text.chars().noneMatch(ModelText::steers)) {
            return text;
        }
        StringBuilder inert = new StringBuilder(text.length() + 16);
        text.chars().forEach(c -> {
            if (steers(c)) {
                inert.append(String.format("\\u%04x", c));
            } else {
                inert.append((char) c);
            }
        });
        return inert.toString();
    }

    private static boolean steers(int c) {
        if (c == '\n' || c == '\t') {
            return false;
        }
        return c <= LAST_C0 || (c >= DEL && c <= LAST_C1) || isBidiControl(c);
    }

    /** The embeddings, overrides and isolates (U+202A..U+202E, U+2066..U+2069) that reorder displayed text. */
    private static boolean isBidiControl(int c) {
        return (c >= 0x202a && c <= 0x202e) || (c >= 0x2066 && c <= 0x2069);
    }
}
