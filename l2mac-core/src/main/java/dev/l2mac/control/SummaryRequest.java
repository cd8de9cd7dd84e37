package dev.l2mac.control;

import dev.l2mac.llm.BudgetReachedException;
import dev.l2mac.llm.LlmException;
import dev.l2mac.llm.Message;
import dev.l2mac.program.PromptName;
import dev.l2mac.program.PromptPack;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Stream;

/**
 * The model's plain-text summary of an instruction's dialog so far: its handover when the instruction completes,
 * or its progress before a restart from a fresh context.
 */
final class SummaryRequest {
    /** Stands in for a summary when the model answered the request for one with no text. */
    static final String NO_SUMMARY = "(no summary was given; view the files to see what was done)";

    private final Processor processor;
    private final PromptPack prompts;
    private final ContextBuilder contexts;
    private final double temperature;

    SummaryRequest(Processor processor, PromptPack prompts, ContextBuilder contexts, double temperature) {
        this.processor = processor;
        this.prompts = prompts;
        this.contexts = contexts;
        this.temperature = temperature;
    }

    /**
     * Asks for a plain-text summary after the dialog so far, dropping the oldest exchanges until the request fits;
     * empty when even the fresh context cannot hold the question.
     *
     * @throws LlmException when the model cannot be asked at all (anything but an overflow)
     */
    Optional<String> ask(InstructionState state, PromptName question, String purpose)
            throws LlmException, BudgetReachedException {
        Message request = new Message.UserMessage(prompts.render(question, Map.of()));
        while (true) {
            List<Message> context = Stream.concat(contexts.build(state).stream(), Stream.of(request))
                    .toList();
            if (processor.fits(processor.promptTokens(context, List.of()))) {
                try {
                    state.turns++;
                    String summary = processor
                            .ask(purpose, context, List.of(), null, temperature)
                            .message()
                            .text()
                            .strip();
                    return Optional.of(summary.isEmpty() ? NO_SUMMARY : summary);
                } catch (LlmException.ContextOverflow overflow) {
                    if (!state.dialog.dropOldestExchange()) {
                        return Optional.empty();
                    }
                }
            } else if (!state.dialog.dropOldestExchange()) {
                return Optional.empty();
            }
        }
    }
}
