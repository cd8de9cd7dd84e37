package dev.l2mac.eval;

import dev.l2mac.llm.ChatRequest;
import dev.l2mac.llm.ChatResponse;
import dev.l2mac.llm.LlmClient;
import dev.l2mac.llm.LlmException;
import dev.l2mac.llm.Message;
import dev.l2mac.llm.Usage;
import java.util.List;
import java.util.Map;

/**
 * The baseline of the paper's tables: one request per candidate, with the problem's prompt and no tools, memory or
 * checks; the code is taken from the reply.
 */
public final class DirectGenerator implements Generator {
    private final LlmClient llm;
    private final double temperature;
    private final int maxOutputTokens;

    /**
     * @param llm             the model, retrying retryable failures itself (see {@code RetryingLlmClient})
     * @param maxOutputTokens the most tokens the reply may have
     */
    public DirectGenerator(LlmClient llm, double temperature, int maxOutputTokens) {
        this.llm = llm;
        this.temperature = temperature;
        this.maxOutputTokens = maxOutputTokens;
    }

    @Override
    public String method() {
        return "direct";
    }

    @Override
    public Generation generate(Problem problem, int sample) {
        String prompt =
                PromptText.DIRECT.render(Map.of("prompt", problem.prompt(), "entry_point", problem.entryPoint()));
        ChatResponse response;
        try {
            response = llm.chat(new ChatRequest(
                    List.of(new Message.UserMessage(prompt)), List.of(), null, temperature, maxOutputTokens));
        } catch (LlmException e) {
            return new Generation.NotWritten("the model failed: " + e.getMessage(), Usage.NONE);
        }
        String reply = response.message().text();
        if (reply == null || reply.isBlank()) {
            return new Generation.NotWritten(
                    "the model's reply was empty (" + response.finishReason() + ")", response.usage());
        }
        return new Generation.Written(CodeExtraction.program(problem, reply), response.usage());
    }
}
