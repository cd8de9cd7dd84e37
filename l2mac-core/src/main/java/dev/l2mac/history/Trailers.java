package dev.l2mac.history;

import java.util.List;
import java.util.Optional;
import java.util.OptionalInt;
import org.eclipse.jgit.revwalk.RevCommit;

/**
 * The git trailers by which l2mac's commits say what they are: the run that made them, the instruction a commit
 * completes, and the commit whose files an undo restores. Commits without them are someone else's.
 */
record Trailers(Optional<String> run, OptionalInt instruction, Optional<String> restores) {
    static final String RUN = "L2mac-Run";
    static final String INSTRUCTION = "L2mac-Instruction";
    static final String UNDONE = "L2mac-Undone";
    static final String RESTORES = "L2mac-Restores";
    static final String REMOVED_REPOSITORY = "L2mac-Removed-Repository";
    static final String IGNORED_OUTPUT = "L2mac-Committed-Despite-Ignore";
    /** Most paths named one trailer each; the rest are counted. */
    static final int MAX_NAMED_PATHS = 20;

    static Trailers of(RevCommit commit) {
        return new Trailers(
                first(commit, RUN),
                first(commit, INSTRUCTION)
                        .flatMap(Trailers::number)
                        .map(OptionalInt::of)
                        .orElse(OptionalInt.empty()),
                first(commit, RESTORES));
    }

    boolean isOfRun(String runId) {
        return run.filter(runId::equals).isPresent();
    }

    boolean isInstruction(String runId, int number) {
        return isOfRun(runId) && instruction.isPresent() && instruction.getAsInt() == number;
    }

    /** The message of the commit that records a workspace as a run found it. */
    static String start(String runId) {
        return "Workspace as found before l2mac run " + runId + "\n\n" + RUN + ": " + runId + "\n";
    }

    /**
     * The message of an instruction's commit: the instruction, its handover summary, then the trailers, among them
     * one per nested {@code .git} removed before the commit and one per written file a {@code .gitignore} hides.
     */
    static String instruction(
            String runId, int number, String instruction, String summary, List<String> removed, List<String> hidden) {
        StringBuilder message = new StringBuilder(instruction.strip() + "\n\n" + summary.strip() + "\n\n" + RUN + ": "
                + runId + "\n" + INSTRUCTION + ": " + number + "\n");
        removed.forEach(git ->
                message.append(REMOVED_REPOSITORY).append(": ").append(git).append('\n'));
        hidden.stream()
                .limit(MAX_NAMED_PATHS)
                .forEach(path ->
                        message.append(IGNORED_OUTPUT).append(": ").append(path).append('\n'));
        if (hidden.size() > MAX_NAMED_PATHS) {
            message.append(IGNORED_OUTPUT)
                    .append(": and ")
                    .append(hidden.size() - MAX_NAMED_PATHS)
                    .append(" more\n");
        }
        return message.toString();
    }

    /** The message of a commit that takes back instruction {@code number}, whose subject was {@code subject}. */
    static String undo(String runId, int number, String subject, String restored) {
        return "Undo instruction " + number + " of l2mac run " + runId + ": " + subject + "\n\n" + RUN + ": " + runId
                + "\n" + UNDONE + ": " + number + "\n" + RESTORES + ": " + restored + "\n";
    }

    private static Optional<String> first(RevCommit commit, String key) {
        List<String> values = commit.getFooterLines(key);
        return values.isEmpty()
                ? Optional.empty()
                : Optional.of(values.getFirst().strip());
    }

    private static Optional<Integer> number(String text) {
        try {
            return Optional.of(Integer.parseInt(text));
        } catch (NumberFormatException e) {
            return Optional.empty();
        }
    }
}
