package dev.l2mac.control;

import dev.l2mac.llm.Message;
import dev.l2mac.memory.FileStore;
import dev.l2mac.program.Instruction;
import dev.l2mac.program.PromptName;
import dev.l2mac.program.PromptPack;
import dev.l2mac.settings.ContextSaving;
import dev.l2mac.tools.ToolResult;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Builds the fresh context of an instruction from named parts, in a fixed order: the system prompt; the task with
 * this instruction, the file listing and the previous instruction's handover; the progress summary when the
 * instruction restarted after an overflow; the working files, when that {@link ContextSaving} is on; then the
 * instruction's own dialog so far, with stale contents left out as the chosen savings say.
 */
final class ContextBuilder {
    /** Shown as the handover of the first instruction. */
    static final String FIRST_STEP_HANDOVER = "(none: this is the first step)";
    /** Shown as the file listing while memory is empty. */
    static final String EMPTY_LISTING = "(no files yet)";

    private final PromptPack prompts;
    private final FileStore files;
    private final String task;
    private final int stepCount;
    private final DialogEconomy economy;

    /** A builder that sends the dialog whole, with no {@link ContextSaving}. */
    ContextBuilder(PromptPack prompts, FileStore files, String task, int stepCount) {
        this(prompts, files, task, stepCount, Set.of(), 1);
    }

    /** A builder applying {@code savings}; the working files take at most {@code workingFilesMaxChars}. */
    ContextBuilder(
            PromptPack prompts,
            FileStore files,
            String task,
            int stepCount,
            Set<ContextSaving> savings,
            int workingFilesMaxChars) {
        this.prompts = prompts;
        this.files = files;
        this.task = task;
        this.stepCount = stepCount;
        this.economy = new DialogEconomy(savings, files, workingFilesMaxChars);
    }

    /** The context for a request: fixed parts, then the dialog, whose tool calls' {@code results} are by call id. */
    /** The context of the instruction {@code state} executes, with its dialog so far. */
    List<Message> build(InstructionState state) {
        return build(
                state.instruction,
                state.handover,
                state.restartSummary,
                state.dialog.messages(),
                state.dialog.results());
    }

    List<Message> build(
            Instruction instruction,
            String handover,
            String restartSummary,
            List<Message> dialog,
            Map<String, ToolResult> results) {
        List<Message> context = new ArrayList<>();
        context.add(new Message.SystemMessage(prompts.render(PromptName.SYSTEM, Map.of())));
        context.add(new Message.UserMessage(prompts.render(
                PromptName.INSTRUCTION,
                Map.of(
                        "task", task,
                        "step_number", String.valueOf(instruction.number()),
                        "step_count", String.valueOf(stepCount),
                        "instruction", instruction.text(),
                        "file_listing", fileListing(),
                        "handover", handover.isBlank() ? FIRST_STEP_HANDOVER : handover))));
        if (restartSummary != null) {
            context.add(new Message.UserMessage(
                    prompts.render(PromptName.RESTART_WITH_SUMMARY, Map.of("summary", restartSummary))));
        }
        DialogEconomy.Economized economized = economy.apply(dialog, results);
        economized.workingFiles().ifPresent(context::add);
        context.addAll(economized.dialog());
        return context;
    }

    private String fileListing() {
        List<String> paths = files.list();
        return paths.isEmpty() ? EMPTY_LISTING : String.join("\n", paths);
    }
}
