package dev.l2mac.eval;

import dev.l2mac.program.Template;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.Map;

/** The harness's prompts, one resource file each, rendered strictly (a missing or unused key is an error). */
enum PromptText {
    DIRECT("direct.txt"),
    L2MAC_TASK("l2mac-task.txt");

    private final Template template;

    PromptText(String file) {
        try (InputStream in = PromptText.class.getResourceAsStream("prompts/" + file)) {
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
}
