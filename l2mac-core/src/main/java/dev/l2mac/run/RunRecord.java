package dev.l2mac.run;

import java.io.IOException;
import java.nio.file.Files;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * A run as its folder records it, for listing and showing: what it was asked, how far it got, what it spent, and
 * each instruction of its program with its status, handover summary, checks and commit. Read from
 * {@code run.json} and the event log's path; a run whose log ends without a finish is reported as it stood.
 *
 * @param stack        the stack its codebase is written in; empty for a book, a run without a program yet, and runs
 *                     recorded before stacks
 * @param status       {@link RunStatus#RUNNING} also for a run that was interrupted and not resumed; the caller can
 *                     tell the two apart by the workspace's lock
 * @param started      when the run started (from its id), if known
 * @param lastActivity when its log was last written, if it exists
 */
public record RunRecord(
        String id,
        String domain,
        String task,
        String stack,
        RunStatus status,
        String reason,
        List<InstructionRecord> instructions,
        long promptTokens,
        long completionTokens,
        double costUsd,
        Optional<Instant> started,
        Optional<Instant> lastActivity) {

    public RunRecord {
        instructions = List.copyOf(instructions);
    }

    /** One instruction of the run's program and what became of it. */
    public record InstructionRecord(
            int number,
            String text,
            Status status,
            String summary,
            String reason,
            List<RunEvent.CheckReported> checks,
            Optional<String> commit) {
        public InstructionRecord {
            checks = List.copyOf(checks);
        }
    }

    /** Where an instruction stands. */
    public enum Status {
        PENDING,
        RUNNING,
        COMPLETED,
        FAILED,
        ROLLED_BACK
    }

    /**
     * Reads the run in {@code folder}.
     *
     * @throws IOException when its files cannot be read or its log is damaged
     */
    public static RunRecord read(RunFolder folder) throws IOException {
        Optional<RunManifest> run = folder.readRun();
        RecordedEvents events = RecordedEvents.read(folder.eventsFile());
        Progress progress = new Progress();
        events.path().forEach(progress::take);
        Optional<RunEvent.SpendUpdated> spend = events.all().stream()
                .filter(RunEvent.SpendUpdated.class::isInstance)
                .map(RunEvent.SpendUpdated.class::cast)
                .reduce((first, second) -> second);
        long prompt = spend.map(RunEvent.SpendUpdated::promptTokens).orElse(progress.promptTokens);
        long completion = spend.map(RunEvent.SpendUpdated::completionTokens).orElse(progress.completionTokens);
        double cost = spend.map(RunEvent.SpendUpdated::costUsd).orElse(0.0);
        Optional<Instant> last = Files.exists(folder.eventsFile())
                ? Optional.of(Files.getLastModifiedTime(folder.eventsFile()).toInstant())
                : Optional.empty();
        return new RunRecord(
                folder.id(),
                run.map(RunManifest::domain).orElse(progress.domain),
                run.map(RunManifest::task).orElse(progress.task),
                progress.stack,
                run.map(RunManifest::status).orElse(RunStatus.RUNNING),
                run.map(RunManifest::reason).orElse(""),
                progress.instructions(),
                prompt,
                completion,
                cost,
                folder.started(),
                last);
    }

    /** How many instructions completed. */
    public long instructionsCompleted() {
        return instructions.stream().filter(i -> i.status() == Status.COMPLETED).count();
    }

    /** How long the run went on, from its start to its log's last write, if both are known. */
    public Optional<Duration> duration() {
        return started.flatMap(start -> lastActivity.map(end -> Duration.between(start, end)))
                .filter(d -> !d.isNegative());
    }

    /** Follows the path's events, instruction by instruction. */
    private static final class Progress {
        private String domain = "";
        private String task = "";
        private String stack = "";
        private final List<String> texts = new ArrayList<>();
        private final List<Status> statuses = new ArrayList<>();
        private final List<String> summaries = new ArrayList<>();
        private final List<String> reasons = new ArrayList<>();
        private final List<List<RunEvent.CheckReported>> checks = new ArrayList<>();
        private final List<Optional<String>> commits = new ArrayList<>();
        private int current;
        private long promptTokens;
        private long completionTokens;

        void take(RunEvent event) {
            switch (event) {
                case RunEvent.RunStarted started -> {
                    domain = started.domain();
                    task = started.task();
                }
                case RunEvent.ProgramReady ready -> {
                    stack = ready.stack();
                    ready.instructions().forEach(this::add);
                }
                case RunEvent.InstructionStarted started -> {
                    current = started.number();
                    set(statuses, Status.RUNNING);
                    checksOfCurrent().ifPresent(List::clear);
                }
                case RunEvent.ResponseReceived response -> {
                    promptTokens += response.usage().promptTokens();
                    completionTokens += response.usage().completionTokens();
                }
                case RunEvent.CheckReported check -> checksOfCurrent().ifPresent(list -> list.add(check));
                case RunEvent.InstructionCompleted done -> {
                    set(statuses, Status.COMPLETED);
                    set(summaries, done.summary());
                }
                case RunEvent.InstructionFailed failed -> {
                    set(statuses, Status.FAILED);
                    set(reasons, failed.reason());
                }
                case RunEvent.InstructionCommitted committed -> set(commits, Optional.of(committed.commit()));
                case RunEvent.WorkspaceRolledBack ignored -> set(statuses, Status.ROLLED_BACK);
                case RunEvent.ModelResolved ignored -> {}
                case RunEvent.SandboxReported ignored -> {}
                case RunEvent.HistoryWarning ignored -> {}
                case RunEvent.SpendUpdated ignored -> {}
                case RunEvent.Throttled ignored -> {}
                case RunEvent.RequestSent ignored -> {}
                case RunEvent.ContextWindow ignored -> {}
                case RunEvent.ToolCallForming ignored -> {}
                case RunEvent.ReplyStreaming ignored -> {}
                case RunEvent.AwaitingReply ignored -> {}
                case RunEvent.RequestFailed ignored -> {}
                case RunEvent.RetryScheduled ignored -> {}
                case RunEvent.ToolCalled ignored -> {}
                case RunEvent.ToolReturned ignored -> {}
                case RunEvent.ChecksRecorded ignored -> {}
                case RunEvent.ContextOverflowed ignored -> {}
                case RunEvent.VerdictOverridden ignored -> {}
                case RunEvent.TemperatureChanged ignored -> {}
                case RunEvent.HistoryStarted ignored -> {}
                case RunEvent.RunResumed ignored -> {}
                case RunEvent.RunFinished ignored -> {}
            }
        }

        private void add(String text) {
            texts.add(text);
            statuses.add(Status.PENDING);
            summaries.add("");
            reasons.add("");
            checks.add(new ArrayList<>());
            commits.add(Optional.empty());
        }

        private <T> void set(List<T> values, T value) {
            if (current >= 1 && current <= values.size()) {
                values.set(current - 1, value);
            }
        }

        private Optional<List<RunEvent.CheckReported>> checksOfCurrent() {
            return current >= 1 && current <= checks.size() ? Optional.of(checks.get(current - 1)) : Optional.empty();
        }

        List<InstructionRecord> instructions() {
            List<InstructionRecord> all = new ArrayList<>();
            for (int i = 0; i < texts.size(); i++) {
                all.add(new InstructionRecord(
                        i + 1,
                        texts.get(i),
                        statuses.get(i),
                        summaries.get(i),
                        reasons.get(i),
                        checks.get(i),
                        commits.get(i)));
            }
            return all;
        }
    }
}
