package dev.l2mac.eval.polyglot;

import dev.l2mac.program.Template;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.Map;
import java.util.stream.Collectors;

/** The benchmark's prompts, one resource file each, rendered strictly (a missing or unused key is an error). */
enum PolyglotPrompt {
    DIRECT("direct.txt"),
    RETRY("retry.txt"),
    L2MAC_TASK("l2mac-task.txt"),
    L2MAC_RETRY("l2mac-retry.txt");

    /** Aider shows the model at most this many lines of a failing test run. */
    static final int FEEDBACK_LINES = 50;

    private final Template template;

    PolyglotPrompt(String file) {
        try (InputStream in = PolyglotPrompt.class.getResourceAsStream("prompts/" + file)) {
            if (in == null) {
                throw new IllegalStateException("the prompt resource prompts/" + file + " is missing from the jar");
            }
            template = Template.parse(file, new String(in.readAllBytes(), StandardCharsets.UTF_8));
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read the prompt resource prompts/" + file, e);
        }
    }

    String render(Map<String, String> values) {
        return template.render(values);
    }

    /** Files as the model sees them: each path on its own line, then its content in a fenced block. */
    static String files(PolyglotLanguage language, Map<String, String> files) {
        return files.entrySet().stream()
                .map(file -> file.getKey() + "\n```" + language.key() + "\n"
                        + file.getValue().stripTrailing() + "\n```\n")
                .collect(Collectors.joining("\n"));
    }

    /** The end of a failing test run, at most {@link #FEEDBACK_LINES} lines, as the second attempt sees it. */
    static String feedback(String testOutput) {
        String[] lines = testOutput.strip().split("\n");
        int from = Math.max(0, lines.length - FEEDBACK_LINES);
        return String.join("\n", Arrays.copyOfRange(lines, from, lines.length));
    }
}
