package dev.l2mac.resume;

import dev.l2mac.run.Checkpoint;
import dev.l2mac.run.RecordsWatch;
import dev.l2mac.run.RunEvent;
import dev.l2mac.run.RunListener;

/**
 * Where a run's events go: while a resumed run re-executes its recorded path, each event is matched against the
 * journal and not recorded again (the progress display is shown only the run and its program); from the first event
 * past the recording, a {@link RunEvent.RunResumed} marker and then every event go to the log, the checkpoint and
 * the progress display, in that order. A fresh run has an empty journal and goes straight through. Before an event
 * is recorded, the run's records are verified to be still there ({@link RecordsWatch}), so that a run whose
 * history or record was deleted stops at once, saying so.
 */
public final class ResumeGate implements RunListener {
    private final Journal journal;
    private final RunListener log;
    private final Checkpoint checkpoint;
    private final RunListener progress;
    private final RecordsWatch records;
    private boolean live;
    private int instruction;

    public ResumeGate(
            Journal journal, RunListener log, Checkpoint checkpoint, RunListener progress, RecordsWatch records) {
        this.journal = journal;
        this.records = records;
        this.log = log;
        this.checkpoint = checkpoint;
        this.progress = progress;
        this.live = journal.isEmpty();
    }

    @Override
    public void on(RunEvent event) {
        if (event instanceof RunEvent.InstructionStarted started) {
            instruction = started.number();
        }
        if (!event.recorded()) {
            if (!journal.replaying()) {
                progress.on(event);
            }
            return;
        }
        if (journal.replaying()) {
            if (!Journal.isPathEvent(event)) {
                return;
            }
            journal.match(event);
            checkpoint.observe(event);
            if (event instanceof RunEvent.RunStarted || event instanceof RunEvent.ProgramReady) {
                progress.on(event);
            }
            return;
        }
        if (!live) {
            live = true;
            deliver(new RunEvent.RunResumed(journal.continuesAfter(), instruction));
        }
        deliver(event);
    }

    private void deliver(RunEvent event) {
        records.verify();
        log.on(event);
        checkpoint.on(event);
        progress.on(event);
    }
}
