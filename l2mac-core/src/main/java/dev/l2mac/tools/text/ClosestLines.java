package dev.l2mac.tools.text;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

/**
 * The lines of a file most like a text that was not found in it: the window of as many lines as the text has whose
 * lines, compared one by one without surrounding whitespace, share the most character pairs with the text's lines.
 * Cheap enough for any file the store reads whole.
 */
public final class ClosestLines {

    /** Most characters of one line that are compared; the rest of a very long line adds nothing. */
    static final int COMPARED_CHARS = 400;

    private ClosestLines() {}

    static EditMatch.Missing find(FileLines file, List<String> wanted) {
        int size = Math.min(wanted.size(), file.size());
        if (size == 0) {
            return new EditMatch.Missing(1, List.of());
        }
        int[][] fileBigrams = new int[file.size()][];
        for (int i = 0; i < file.size(); i++) {
            fileBigrams[i] = bigrams(file.line(i));
        }
        int[][] wantedBigrams = wanted.stream().map(ClosestLines::bigrams).toArray(int[][]::new);
        int best = -1;
        double bestScore = 0;
        for (int i = 0; i + size <= file.size(); i++) {
            double score = 0;
            for (int j = 0; j < size; j++) {
                score += similarity(fileBigrams[i + j], wantedBigrams[j]);
            }
            if (score > bestScore) {
                best = i;
                bestScore = score;
            }
        }
        if (best < 0) {
            return new EditMatch.Missing(1, List.of());
        }
        List<String> closest = new ArrayList<>();
        for (int i = best; i < best + size; i++) {
            closest.add(file.line(i));
        }
        return new EditMatch.Missing(best + 1, closest);
    }

    /** The line's adjacent character pairs, sorted; a line of one character is that character alone. */
    private static int[] bigrams(String line) {
        String text = line.strip();
        text = text.substring(0, Math.min(text.length(), COMPARED_CHARS));
        if (text.length() == 1) {
            return new int[] {text.charAt(0)};
        }
        int[] pairs = new int[Math.max(text.length() - 1, 0)];
        for (int i = 0; i < pairs.length; i++) {
            pairs[i] = (text.charAt(i) << 16) | text.charAt(i + 1);
        }
        Arrays.sort(pairs);
        return pairs;
    }

    /** The Dice coefficient of two sorted multisets; two blank lines are alike, a blank and another line are not. */
    private static double similarity(int[] a, int[] b) {
        if (a.length == 0 || b.length == 0) {
            return a.length == b.length ? 1 : 0;
        }
        int shared = 0;
        for (int i = 0, j = 0; i < a.length && j < b.length; ) {
            if (a[i] == b[j]) {
                shared++;
                i++;
                j++;
            } else if (a[i] < b[j]) {
                i++;
            } else {
                j++;
            }
        }
        return 2.0 * shared / (a.length + b.length);
    }
}
