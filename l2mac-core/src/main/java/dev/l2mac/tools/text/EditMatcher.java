package dev.l2mac.tools.text;

import java.util.ArrayList;
import java.util.List;
import java.util.function.BiPredicate;

/**
 * Finds {@code old_text} in a file: exactly, or else on the first rung of a short ladder that finds it at all (line
 * endings ignored; then trailing whitespace; then indentation, comparing whole lines). The first rung with any match
 * decides: one match, or with {@code replace_all} every one, is {@link EditMatch.Found}; several are
 * {@link EditMatch.Ambiguous}, never guessed between.
 */
public final class EditMatcher {

    private EditMatcher() {}

    public static EditMatch find(String content, String oldText, boolean all) {
        FileLines file = FileLines.of(content);
        List<EditMatch.Span> exact = occurrences(content, oldText);
        if (!exact.isEmpty()) {
            return decide(EditMatch.Rung.EXACT, exact, file, all);
        }
        List<EditMatch.Span> endings = ignoringLineEndings(content, oldText);
        if (!endings.isEmpty()) {
            return decide(EditMatch.Rung.LINE_ENDINGS, endings, file, all);
        }
        OldLines old = OldLines.of(oldText);
        List<EditMatch.Span> trailing =
                lineMatches(file, old, (line, wanted) -> line.stripTrailing().equals(wanted.stripTrailing()));
        if (!trailing.isEmpty()) {
            return decide(EditMatch.Rung.TRAILING_WHITESPACE, trailing, file, all);
        }
        List<EditMatch.Span> indented =
                lineMatches(file, old, (line, wanted) -> line.strip().equals(wanted.strip()));
        if (!indented.isEmpty()) {
            return decide(EditMatch.Rung.INDENTATION, indented, file, all);
        }
        return ClosestLines.find(file, old.lines());
    }

    /** The text of {@code old_text} as lines, and whether it ended with a line break. */
    record OldLines(List<String> lines, boolean endsWithBreak) {
        static OldLines of(String oldText) {
            String text = oldText.replace("\r\n", "\n");
            boolean endsWithBreak = text.endsWith("\n");
            String body = endsWithBreak ? text.substring(0, text.length() - 1) : text;
            return new OldLines(List.of(body.split("\n", -1)), endsWithBreak);
        }
    }

    private static EditMatch decide(EditMatch.Rung rung, List<EditMatch.Span> spans, FileLines file, boolean all) {
        if (spans.size() == 1) {
            return new EditMatch.Found(rung, spans);
        }
        if (all) {
            List<EditMatch.Span> apart = new ArrayList<>();
            for (EditMatch.Span span : spans) {
                if (apart.isEmpty() || span.start() >= apart.getLast().end()) {
                    apart.add(span);
                }
            }
            return new EditMatch.Found(rung, apart);
        }
        return new EditMatch.Ambiguous(
                rung, spans.stream().map(span -> file.numberAt(span.start())).toList());
    }

    /** Every place the text occurs, overlapping ones included, so that overlaps count as ambiguous. */
    private static List<EditMatch.Span> occurrences(String content, String text) {
        List<EditMatch.Span> spans = new ArrayList<>();
        for (int at = content.indexOf(text); at >= 0; at = content.indexOf(text, at + 1)) {
            spans.add(new EditMatch.Span(at, at + text.length()));
        }
        return spans;
    }

    /** Occurrences with every {@code \r\n} of file and text read as {@code \n}, mapped back to the file. */
    private static List<EditMatch.Span> ignoringLineEndings(String content, String oldText) {
        StringBuilder lf = new StringBuilder(content.length());
        int[] starts = new int[content.length()];
        int[] ends = new int[content.length()];
        for (int i = 0; i < content.length(); i++) {
            boolean crlf = content.startsWith("\r\n", i);
            starts[lf.length()] = i;
            ends[lf.length()] = crlf ? i + 2 : i + 1;
            lf.append(crlf ? '\n' : content.charAt(i));
            i += crlf ? 1 : 0;
        }
        String wanted = oldText.replace("\r\n", "\n");
        return occurrences(lf.toString(), wanted).stream()
                .map(span -> new EditMatch.Span(starts[span.start()], ends[span.end() - 1]))
                .toList();
    }

    /**
     * Every run of whole lines that matches the text's lines one by one; with the indentation of the first line that
     * is not blank as the re-indentation, so that the new text lands at the file's indentation.
     */
    private static List<EditMatch.Span> lineMatches(FileLines file, OldLines old, BiPredicate<String, String> same) {
        List<String> wanted = old.lines();
        int firstText = firstNotBlank(wanted);
        List<EditMatch.Span> spans = new ArrayList<>();
        for (int i = 0; i + wanted.size() <= file.size(); i++) {
            if (matchesAt(file, i, wanted, same)) {
                int last = i + wanted.size() - 1;
                String from = indentation(wanted.get(firstText));
                String to = indentation(file.line(i + firstText));
                spans.add(new EditMatch.Span(file.start(i), file.end(last, old.endsWithBreak()), from, to));
            }
        }
        return spans;
    }

    private static boolean matchesAt(FileLines file, int first, List<String> wanted, BiPredicate<String, String> same) {
        for (int j = 0; j < wanted.size(); j++) {
            if (!same.test(file.line(first + j), wanted.get(j))) {
                return false;
            }
        }
        return true;
    }

    private static int firstNotBlank(List<String> lines) {
        for (int i = 0; i < lines.size(); i++) {
            if (!lines.get(i).isBlank()) {
                return i;
            }
        }
        return 0;
    }

    static String indentation(String line) {
        return line.substring(0, line.length() - line.stripLeading().length());
    }
}
