package dev.l2mac.eval.design;

import dev.l2mac.llm.ChatRequest;
import dev.l2mac.llm.ChatResponse;
import dev.l2mac.llm.LlmClient;
import dev.l2mac.llm.LlmException;
import dev.l2mac.llm.Message;
import dev.l2mac.program.Template;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;

/**
 * The paper's feature judge: an LLM given the task's feature checklist and the code decides, feature by feature,
 * what is implemented. Its prompt is the resource {@code judge.txt}; its answer is read by {@link JudgeAnswer}.
 */
public final class Judge {
    private static final Template PROMPT = load("judge.txt");
    /** Deterministic judging: the same code and checklist should get the same verdict. */
    private static final double TEMPERATURE = 0;

    private final LlmClient llm;
    private final int maxCodeChars;
    private final int maxOutputTokens;

    /**
     * @param maxCodeChars    the most characters of code shown to the judge; the rest is named but not shown
     * @param maxOutputTokens the most tokens the judge's answer may have
     */
    public Judge(LlmClient llm, int maxCodeChars, int maxOutputTokens) {
        this.llm = llm;
        this.maxCodeChars = maxCodeChars;
        this.maxOutputTokens = maxOutputTokens;
    }

    /** Judges the codebase at {@code root}; never throws for what the model does. */
    public JudgeVerdict judge(FeatureChecklist checklist, Path root) {
        CodeListing listing = CodeListing.of(root, maxCodeChars);
        String prompt = PROMPT.render(Map.of("features", checklist.render(), "code", listing.text()));
        ChatResponse response;
        try {
            response = llm.chat(new ChatRequest(
                    List.of(new Message.UserMessage(prompt)), List.of(), null, TEMPERATURE, maxOutputTokens));
        } catch (LlmException e) {
            return new JudgeVerdict.Failed("the judge model failed: " + e.getMessage());
        }
        return JudgeAnswer.parse(response.message().text(), checklist);
    }

    private static Template load(String name) {
        try (InputStream in = Judge.class.getResourceAsStream(name)) {
            if (in == null) {
                throw new IllegalStateException("the judge prompt resource " + name + " is missing from the jar");
            }
            return Template.parse(name, new String(in.readAllBytes(), StandardCharsets.UTF_8));
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read the judge prompt resource " + name, e);
        }
    }
}
