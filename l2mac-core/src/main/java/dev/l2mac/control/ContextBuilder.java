package dev.l2mac.control;

import dev.l2mac.llm.Message;
import dev.l2mac.llm.TokenCounter;
import dev.l2mac.map.CodebaseMap;
import dev.l2mac.map.MapFocus;
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
import org.jspecify.annotations.Nullable;

/**
 * Builds the fresh context of an instruction from named parts, in a fixed order: the system prompt; the task with
 * this instruction, the map of the codebase (the file listing while it fits) and the previous instruction's handover; the progress summary when the
 * instruction restarted after an overflow; the working files, when that {@link ContextSaving} is on; then the
 * instruction's own dialog so far, with stale contents left out as the chosen savings say.
 */
final class ContextBuilder {
    /** Shown as the handover of the first instruction. */
    static final String FIRST_STEP_HANDOVER = "(none: this is the first step)";
    /** Shown as the file listing while memory is empty. */
    static final String EMPTY_LISTING = "(no files yet)";
    /** Shown when not even the map's folder summary fits its budget. */
    static final String UNLISTED = "(too many files to list here; list_files and search_files show them)";

    private final PromptPack prompts;
    private final FileStore files;
    private final String task;
    private final int stepCount;
    private final DialogEconomy economy;
    private final CodebaseMap map;
    private final int mapTokens;
    private @Nullable Drawn drawn;

    /** A builder that sends the dialog whole, with no {@link ContextSaving}, and lists every file. */
    ContextBuilder(PromptPack prompts, FileStore files, String task, int stepCount) {
        this(
                prompts,
                files,
                task,
                stepCount,
                Set.of(),
                1,
                new CodebaseMap(files, TokenCounter.forModel("gpt-4")),
                Integer.MAX_VALUE);
    }

    /**
     * A builder applying {@code savings}, the working files taking at most {@code workingFilesMaxChars}, whose file
     * listing is {@code map} within {@code mapTokens}: the full listing while it fits.
     */
    ContextBuilder(
            PromptPack prompts,
            FileStore files,
            String task,
            int stepCount,
            Set<ContextSaving> savings,
            int workingFilesMaxChars,
            CodebaseMap map,
            int mapTokens) {
        this.prompts = prompts;
        this.files = files;
        this.task = task;
        this.stepCount = stepCount;
        this.economy = new DialogEconomy(savings, files, workingFilesMaxChars);
        this.map = map;
        this.mapTokens = mapTokens;
    }

    /** The context of the instruction {@code state} executes, with its dialog so far. */
    List<Message> build(InstructionState state) {
        return build(
                state.instruction,
                state.handover,
                state.restartSummary,
                state.dialog.messages(),
                state.dialog.results(),
                listing(state));
    }

    List<Message> build(
            Instruction instruction,
            String handover,
            String restartSummary,
            List<Message> dialog,
            Map<String, ToolResult> results) {
        return build(instruction, handover, restartSummary, dialog, results, fileListing(instruction, handover));
    }

    /** The context for a request: fixed parts, then the dialog, whose tool calls' {@code results} are by call id. */
    private List<Message> build(
            Instruction instruction,
            String handover,
            String restartSummary,
            List<Message> dialog,
            Map<String, ToolResult> results,
            String listing) {
        List<Message> context = new ArrayList<>();
        context.add(new Message.SystemMessage(prompts.render(PromptName.SYSTEM, Map.of())));
        context.add(new Message.UserMessage(prompts.render(
                PromptName.INSTRUCTION,
                Map.of(
                        "task",
                        task,
                        "step_number",
                        String.valueOf(instruction.number()),
                        "step_count",
                        String.valueOf(stepCount),
                        "instruction",
                        instruction.text(),
                        "file_listing",
                        listing,
                        "handover",
                        handover.isBlank() ? FIRST_STEP_HANDOVER : handover))));
        if (restartSummary != null) {
            context.add(new Message.UserMessage(
                    prompts.render(PromptName.RESTART_WITH_SUMMARY, Map.of("summary", restartSummary))));
        }
        DialogEconomy.Economized economized = economy.apply(dialog, results);
        economized.workingFiles().ifPresent(context::add);
        context.addAll(economized.dialog());
        return context;
    }

    /**
     * The map as drawn last for this instruction, drawn anew when a call that may change files has succeeded since:
     * the requests of one instruction do not read every file again.
     */
    private String listing(InstructionState state) {
        Drawn last = drawn;
        if (last == null
                || last.instruction() != state.instruction.number()
                || !last.handover().equals(state.handover)
                || last.fileChanges() != state.fileChanges) {
            last = new Drawn(
                    state.instruction.number(),
                    state.handover,
                    state.fileChanges,
                    fileListing(state.instruction, state.handover));
            drawn = last;
        }
        return last.text();
    }

    /** The map drawn for an instruction, its handover and its count of file changes. */
    private record Drawn(int instruction, String handover, int fileChanges, String text) {}

    /**
     * The workspace's files as the map shows them: every path while they fit the map's budget, else the files most
     * relevant to the instruction, its handover and the run's edits, then the rest by folder.
     */
    private String fileListing(Instruction instruction, String handover) {
        String shown = map.render(new MapFocus(instruction.text(), handover, files.writtenPaths()), mapTokens);
        if (!shown.isEmpty()) {
            return shown;
        }
        return files.list().isEmpty() ? EMPTY_LISTING : UNLISTED;
    }
}
