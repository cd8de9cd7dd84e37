package dev.l2mac.tools.text;

import java.util.ArrayList;
import java.util.List;

/**
 * A file's content with the matched spans replaced by {@code new_text}: re-indented where indentation was ignored,
 * written with the file's line breaks ({@code \r\n} when most of its lines end so), and with the file's final line
 * break kept as it was (present or absent).
 *
 * @param content the edited content
 * @param placed where each replacement now lies, in lines of the edited content
 */
public record Rewrite(String content, List<Placed> placed) {

    /** Lines {@code first} to {@code last} (1-based, inclusive); one line where a replacement removed text. */
    public record Placed(int first, int last) {}

    public static Rewrite of(String original, EditMatch.Found found, String newText) {
        String lineBreak = lineBreak(original);
        StringBuilder edited = new StringBuilder(original.length());
        List<int[]> placed = new ArrayList<>();
        int copied = 0;
        for (EditMatch.Span span : found.spans()) {
            String replacement = withBreaks(reindent(newText, span), lineBreak);
            edited.append(original, copied, span.start());
            placed.add(new int[] {edited.length(), edited.length() + replacement.length()});
            edited.append(replacement);
            copied = span.end();
        }
        edited.append(original, copied, original.length());
        String content = keepFinalBreak(original, edited.toString(), lineBreak);
        FileLines lines = FileLines.of(content);
        return new Rewrite(
                content,
                placed.stream()
                        .map(range -> {
                            int first = lines.numberAt(range[0]);
                            return new Placed(first, range[1] > range[0] ? lines.numberAt(range[1] - 1) : first);
                        })
                        .toList());
    }

    /** {@code \r\n} when more of the text's line breaks are that than a lone {@code \n}. */
    static String lineBreak(String text) {
        int crlf = 0;
        int lf = 0;
        for (int at = text.indexOf('\n'); at >= 0; at = text.indexOf('\n', at + 1)) {
            if (at > 0 && text.charAt(at - 1) == '\r') {
                crlf++;
            } else {
                lf++;
            }
        }
        return crlf > lf ? "\r\n" : "\n";
    }

    private static String withBreaks(String text, String lineBreak) {
        String lf = text.replace("\r\n", "\n");
        return lineBreak.equals("\n") ? lf : lf.replace("\n", lineBreak);
    }

    /** Lines that begin with the span's {@code fromIndent} begin with its {@code toIndent} instead. */
    private static String reindent(String text, EditMatch.Span span) {
        if (span.fromIndent().equals(span.toIndent())) {
            return text;
        }
        String[] lines = text.replace("\r\n", "\n").split("\n", -1);
        for (int i = 0; i < lines.length; i++) {
            if (!lines[i].isBlank() && lines[i].startsWith(span.fromIndent())) {
                lines[i] =
                        span.toIndent() + lines[i].substring(span.fromIndent().length());
            }
        }
        return String.join("\n", lines);
    }

    private static String keepFinalBreak(String original, String edited, String lineBreak) {
        boolean had = original.endsWith("\n");
        boolean has = edited.endsWith("\n");
        if (had && !has && !edited.isEmpty()) {
            return edited + lineBreak;
        }
        if (!had && has) {
            return edited.substring(0, edited.length() - (edited.endsWith("\r\n") ? 2 : 1));
        }
        return edited;
    }
}
