package dev.l2mac.control;

import dev.l2mac.program.Instruction;

/** The mutable state of one instruction while it runs: its dialog, counters, temperature and cycle memory. */
final class InstructionState {
    final Instruction instruction;
    final String handover;
    final Temperature temperature;
    final CycleDetector cycles;
    final Dialog dialog = new Dialog();
    String restartSummary;
    int turns;
    int restarts;
    int corrections;
    int toolErrors;
    /** The last failing checks as the model saw them, and how often they came back so with no edit in between. */
    String lastFailedChecks = "";

    int unchangedCheckRounds;
    /** Whether a call that may edit files succeeded since the last check. */
    boolean editedSinceCheck;
    /** How many calls that may edit files succeeded in this instruction: the map of the codebase is drawn anew after each. */
    int fileChanges;

    InstructionState(Instruction instruction, String handover, Temperature temperature, CycleDetector cycles) {
        this.instruction = instruction;
        this.handover = handover;
        this.temperature = temperature;
        this.cycles = cycles;
    }

    /** Notes a call that succeeded, and whether it may have changed files. */
    void succeeded(boolean mayChangeFiles) {
        if (mayChangeFiles) {
            editedSinceCheck = true;
            fileChanges++;
        }
    }

    /** Starts the instruction again in a fresh context that carries the progress summary. */
    void restart(String summary) {
        restartSummary = summary;
        restarts++;
        dialog.clear();
        cycles.reset();
    }
}
