package dev.l2mac.eval.polyglot;

import dev.l2mac.llm.ScriptedLlm;
import java.util.Map;
import java.util.TreeMap;

/**
 * A scripted model for the direct method: it answers each request with files in the strict edit format, as the
 * test chooses (the reference solution, the stubs, a broken variant), one answer per request in order.
 */
final class ScriptedReplies {
    private ScriptedReplies() {}

    /** A model that replies once per {@code replies}, in order. */
    @SafeVarargs
    static ScriptedLlm answering(Map<String, String>... replies) {
        ScriptedLlm model = new ScriptedLlm("scripted-polyglot");
        for (Map<String, String> files : replies) {
            model.thenText(reply(files));
        }
        return model;
    }

    /** The reference solution as a model would reply it: read-only files it repeats are left out. */
    static Map<String, String> reference(PolyglotExercise exercise) {
        Map<String, String> files = new TreeMap<>(exercise.referenceFiles());
        files.keySet().removeAll(exercise.editorFiles().keySet());
        return files;
    }

    /** Files in the edit format of {@code prompts/direct.txt}. */
    static String reply(Map<String, String> files) {
        StringBuilder reply = new StringBuilder("Here is the solution.\n\n");
        new TreeMap<>(files)
                .forEach((path, text) -> reply.append(path)
                        .append("\n```\n")
                        .append(text.stripTrailing())
                        .append("\n```\n\n"));
        return reply.toString();
    }

    /** The reference solution with its class made to spin for ever when first used. */
    static Map<String, String> hangingJava(PolyglotExercise exercise, String className) {
        Map<String, String> files = new TreeMap<>(exercise.referenceFiles());
        String path = "src/main/java/" + className + ".java";
        files.put(
                path,
                files.get(path)
                        .replaceFirst(
                                "class " + className + " \\{",
                                "class " + className
                                        + " {\n    static {\n        while (System.nanoTime() > 0) {\n        }\n    }\n"));
        return files;
    }
}
