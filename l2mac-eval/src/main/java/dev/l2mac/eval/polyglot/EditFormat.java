package dev.l2mac.eval.polyglot;

import java.util.LinkedHashMap;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Reads the direct method's reply in the strict format of {@code prompts/direct.txt}: each file's path on the line
 * before its fenced block. The reply is well-formed only when it has at least one block, every block is preceded by
 * a path, and every path is a solution file or a new file of the language beside one; never a test or read-only file.
 */
final class EditFormat {
    private static final Pattern FENCE_OPEN = Pattern.compile("(?m)^```[A-Za-z0-9_+-]*[ \\t]*$");
    private static final Pattern BLOCK = Pattern.compile(
            "(?m)^([^\\s`][^\\n`]*?)[ \\t]*\\r?\\n```[A-Za-z0-9_+-]*[ \\t]*\\r?\\n(.*?)^```[ \\t]*$", Pattern.DOTALL);

    private EditFormat() {}

    /** A reply's edits, or why they cannot be taken. */
    sealed interface Parsed {
        record WellFormed(Map<String, String> files) implements Parsed {
            public WellFormed {
                files = Map.copyOf(files);
            }
        }

        record Malformed(String reason) implements Parsed {}
    }

    static Parsed parse(String reply, PolyglotExercise exercise) {
        Map<String, String> files = new LinkedHashMap<>();
        Matcher block = BLOCK.matcher(reply);
        int blocks = 0;
        while (block.find()) {
            blocks++;
            String path = block.group(1).strip();
            String refused = refusal(path, exercise);
            if (!refused.isEmpty()) {
                return new Parsed.Malformed(refused);
            }
            files.put(path, block.group(2));
        }
        long fences = FENCE_OPEN.matcher(reply).results().count();
        if (blocks == 0) {
            return new Parsed.Malformed(
                    fences == 0
                            ? "the reply has no fenced code block"
                            : "no code block is preceded by a line naming its file");
        }
        if (fences != 2L * blocks) {
            return new Parsed.Malformed(
                    "some code block is not preceded by a line naming its file, or is not " + "closed");
        }
        return new Parsed.WellFormed(files);
    }

    private static String refusal(String path, PolyglotExercise exercise) {
        if (exercise.solutionFiles().containsKey(path)) {
            return "";
        }
        if (exercise.testFiles().containsKey(path) || exercise.editorFiles().containsKey(path)) {
            return "the reply edits " + path + ", which may not be changed";
        }
        boolean beside = exercise.solutionFiles().keySet().stream()
                .anyMatch(solution -> folder(solution).equals(folder(path)));
        if (!beside || path.contains("..") || !exercise.language().checked().owns(path)) {
            return "the reply names " + path + ", which is neither a solution file nor a "
                    + exercise.language().key() + " file beside one";
        }
        return "";
    }

    private static String folder(String path) {
        int slash = path.lastIndexOf('/');
        return slash < 0 ? "" : path.substring(0, slash);
    }
}
