package dev.l2mac.process;

import java.util.LinkedHashMap;
import java.util.Map;
import java.util.regex.Pattern;

/**
 * Environment variables that may carry a key or token and so never reach generated code, whoever asked to pass
 * them: l2mac's own settings ({@code L2MAC_*}), the providers' ({@code OPENAI_*}, {@code ANTHROPIC_*},
 * {@code AZURE_OPENAI_*}, {@code GEMINI_*}), and any name ending in a key, token, secret or password.
 */
final class SecretVariables {

    private static final Pattern SECRET =
            Pattern.compile("(?i)(L2MAC|OPENAI|ANTHROPIC|AZURE_OPENAI|AZURE|GEMINI|GOOGLE_API|AWS|HF|HUGGING_FACE)_.*"
                    + "|.*(API_?KEY|TOKEN|SECRET|PASSWORD|PASSWD|CREDENTIALS?)");

    private SecretVariables() {}

    static boolean isSecret(String name) {
        return SECRET.matcher(name).matches();
    }

    /** {@code environment} without its secret variables. */
    static Map<String, String> without(Map<String, String> environment) {
        Map<String, String> kept = new LinkedHashMap<>();
        environment.forEach((name, value) -> {
            if (!isSecret(name)) {
                kept.put(name, value);
            }
        });
        return kept;
    }
}
