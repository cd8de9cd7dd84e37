package dev.l2mac.eval;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Turns a model's reply into a whole program: the fenced code block that defines the entry point (else the first
 * block, else the whole reply), and, when that code only continues the prompt (a function body, as HumanEval's
 * completions are), the prompt followed by it.
 */
final class CodeExtraction {
    private static final Pattern FENCE = Pattern.compile("```[A-Za-z0-9_+-]*[ \\t]*\\r?\\n(.*?)```", Pattern.DOTALL);

    private CodeExtraction() {}

    static String program(Problem problem, String reply) {
        String code = code(reply, problem.entryPoint());
        return defines(code, problem.entryPoint()) ? code : problem.prompt() + code;
    }

    static boolean defines(String code, String entryPoint) {
        return Pattern.compile("(?m)^def\\s+" + Pattern.quote(entryPoint) + "\\s*\\(")
                .matcher(code)
                .find();
    }

    private static String code(String reply, String entryPoint) {
        List<String> blocks = new ArrayList<>();
        Matcher fences = FENCE.matcher(reply);
        while (fences.find()) {
            blocks.add(fences.group(1));
        }
        return blocks.stream()
                .filter(block -> defines(block, entryPoint))
                .findFirst()
                .orElse(blocks.isEmpty() ? reply : blocks.getFirst());
    }
}
