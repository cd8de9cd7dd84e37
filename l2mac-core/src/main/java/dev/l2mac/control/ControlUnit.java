package dev.l2mac.control;

import dev.l2mac.program.Instruction;
import dev.l2mac.program.PromptProgram;
import dev.l2mac.run.RunEvent;
import dev.l2mac.run.RunListener;
import dev.l2mac.run.RunStatus;

/** Executes a prompt program one instruction at a time, each in a fresh context, handing a summary forward. */
final class ControlUnit {
    private final InstructionRunner runner;
    private final RunListener listener;
    private final HistoryRecorder history;

    ControlUnit(InstructionRunner runner, RunListener listener, HistoryRecorder history) {
        this.runner = runner;
        this.listener = listener;
        this.history = history;
    }

    ProgramOutcome execute(PromptProgram program) {
        String handover = "";
        int completed = 0;
        for (Instruction instruction : program) {
            listener.on(new RunEvent.InstructionStarted(instruction.number(), program.size(), instruction.text()));
            switch (runner.execute(instruction, handover)) {
                case StepOutcome.Completed done -> {
                    handover = done.summary();
                    completed++;
                    history.completed(instruction, done.summary());
                }
                case StepOutcome.Failed failed -> {
                    history.failed(instruction);
                    return new ProgramOutcome.Stopped(completed, failed.reason(), RunStatus.FAILED);
                }
                case StepOutcome.ModelFailed failed -> {
                    return new ProgramOutcome.Stopped(completed, failed.reason(), RunStatus.MODEL_FAILED);
                }
                case StepOutcome.BudgetReached reached -> {
                    return new ProgramOutcome.Stopped(completed, reached.reason(), RunStatus.BUDGET_REACHED);
                }
            }
        }
        return new ProgramOutcome.Finished(completed);
    }

    /** How the program's execution ended. */
    sealed interface ProgramOutcome {
        int instructionsCompleted();

        record Finished(int instructionsCompleted) implements ProgramOutcome {}

        /** {@code status} says why: a limit, the model, or a budget. */
        record Stopped(int instructionsCompleted, String reason, RunStatus status) implements ProgramOutcome {}
    }
}
