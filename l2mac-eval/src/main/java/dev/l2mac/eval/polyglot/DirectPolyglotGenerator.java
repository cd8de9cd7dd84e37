package dev.l2mac.eval.polyglot;

import dev.l2mac.llm.ChatRequest;
import dev.l2mac.llm.ChatResponse;
import dev.l2mac.llm.LlmClient;
import dev.l2mac.llm.LlmException;
import dev.l2mac.llm.Message;
import dev.l2mac.llm.Usage;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * One request per attempt: the instructions and the stub files in the strict edit format of
 * {@code prompts/direct.txt}; a second attempt continues the conversation with the failing test output.
 */
record DirectPolyglotGenerator(LlmClient llm, double temperature) implements PolyglotGenerator {
    /** The most tokens one reply may have: room for a few whole files. */
    static final int MAX_OUTPUT_TOKENS = 8_192;

    @Override
    public String method() {
        return "direct";
    }

    @Override
    public Reply attempt(PolyglotExercise exercise, Optional<Retry> retry) {
        List<Message> messages = new ArrayList<>(List.of(new Message.UserMessage(firstPrompt(exercise))));
        retry.ifPresent(previous -> {
            String said = switch (previous.previous()) {
                case Reply.Edited edited -> edited.said();
                case Reply.Malformed malformed -> malformed.said();
                case Reply.NoReply none -> "";
            };
            if (!said.isBlank()) {
                messages.add(Message.AssistantMessage.ofText(said));
            }
            messages.add(new Message.UserMessage(PolyglotPrompt.RETRY.render(Map.of(
                    "test_output", PolyglotPrompt.feedback(previous.testOutput()),
                    "solution_files",
                            String.join(
                                    ", ",
                                    exercise.solutionFiles().keySet().stream()
                                            .sorted()
                                            .toList())))));
        });
        ChatResponse response;
        try {
            response = llm.chat(new ChatRequest(messages, List.of(), null, temperature, MAX_OUTPUT_TOKENS));
        } catch (LlmException e) {
            return new Reply.NoReply("the model failed: " + e.getMessage(), Usage.NONE);
        }
        String said = response.message().text();
        if (said == null || said.isBlank()) {
            return new Reply.NoReply("the model's reply was empty (" + response.finishReason() + ")", response.usage());
        }
        return switch (EditFormat.parse(said, exercise)) {
            case EditFormat.Parsed.WellFormed edits -> new Reply.Edited(edits.files(), said, response.usage());
            case EditFormat.Parsed.Malformed malformed ->
                new Reply.Malformed(malformed.reason(), said, response.usage());
        };
    }

    static String firstPrompt(PolyglotExercise exercise) {
        return PolyglotPrompt.DIRECT.render(Map.of(
                "instructions",
                exercise.instructions().strip(),
                "files",
                PolyglotPrompt.files(exercise.language(), exercise.shownFiles()).strip(),
                "language",
                displayName(exercise.language()),
                "fence",
                exercise.language().key(),
                "solution_files",
                String.join(
                        ", ",
                        exercise.solutionFiles().keySet().stream().sorted().toList())));
    }

    static String displayName(PolyglotLanguage language) {
        return switch (language) {
            case JAVA -> "Java";
            case PYTHON -> "Python";
            case JAVASCRIPT -> "JavaScript";
        };
    }
}
