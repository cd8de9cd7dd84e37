package dev.l2mac.control;

import dev.l2mac.memory.FileStore;
import dev.l2mac.program.PromptProgram;
import dev.l2mac.run.RunEvent;
import dev.l2mac.run.RunFolder;
import dev.l2mac.run.RunListener;
import dev.l2mac.run.RunManifest;
import dev.l2mac.run.RunStatus;
import java.io.IOException;
import java.nio.file.Path;
import java.util.Map;
import java.util.Optional;

/**
 * The run's record around the control unit: run.json says "running" from the start, the opening events say what
 * runs, the program is recorded once obtained, and at the end the last event and run.json say how the run finished
 * and what it spent. Every event of the run passes through here on its way to {@code listener}, so that a run
 * stopped by an {@link Error} is recorded as failed with the instructions it completed, never left "running":
 * {@code l2mac runs} tells the truth and {@code l2mac resume} continues it.
 */
final class RunRecorder implements RunListener {
    /** The variable {@code bin/l2mac} passes to the JVM. */
    static final String JAVA_OPTIONS = "L2MAC_JAVA_OPTS";

    private final RunRequest request;
    private final RunFolder folder;
    private final RunManifest manifest;
    private final Spending spending;
    private final FileStore files;
    private final RunListener listener;
    private int completed;

    private RunRecorder(
            RunRequest request,
            RunFolder folder,
            RunManifest manifest,
            Spending spending,
            FileStore files,
            RunListener listener) {
        this.request = request;
        this.folder = folder;
        this.manifest = manifest;
        this.spending = spending;
        this.files = files;
        this.listener = listener;
    }

    /** Writes run.json for the run {@code request} starts with {@code model}, whose spend {@code spending} keeps. */
    static RunRecorder open(
            RunRequest request,
            RunFolder folder,
            String model,
            Spending spending,
            FileStore files,
            RunListener listener)
            throws IOException {
        RunManifest manifest = RunManifest.started(
                folder.id(),
                request.domain().written(),
                request.task(),
                model,
                request.program().isPresent() ? RunManifest.FROM_PROGRAM_FILE : RunManifest.FROM_BOOTSTRAP,
                request.settings());
        folder.writeRun(manifest);
        return new RunRecorder(request, folder, manifest, spending, files, listener);
    }

    /** Announces what runs: the task and model, the facts the model runs on, and the sandbox when reported. */
    void start(RunEvent.ModelResolved model, Optional<RunEvent.SandboxReported> isolation) {
        on(new RunEvent.RunStarted(folder.id(), request.domain().written(), request.task(), manifest.model()));
        on(model);
        isolation.ifPresent(this::on);
    }

    /**
     * Records the program the run executes and the stack it is written in (empty: none, a book), in program.json
     * and an event, and returns the program.
     */
    PromptProgram ready(PromptProgram program, String stack) throws IOException {
        folder.writeProgram(
                stack.isEmpty()
                        ? Map.of("instructions", program.texts())
                        : Map.of("stack", stack, "instructions", program.texts()));
        on(new RunEvent.ProgramReady(program.texts(), manifest.startedFrom(), stack));
        return program;
    }

    @Override
    public void on(RunEvent event) {
        if (event instanceof RunEvent.InstructionCompleted done) {
            completed = Math.max(completed, done.number());
        }
        listener.on(event);
    }

    RunResult finish(ControlUnit.ProgramOutcome outcome) throws IOException {
        return switch (outcome) {
            case ControlUnit.ProgramOutcome.Finished done ->
                finish(done.instructionsCompleted(), RunStatus.COMPLETED, "");
            case ControlUnit.ProgramOutcome.Stopped stopped ->
                finish(stopped.instructionsCompleted(), stopped.status(), stopped.reason());
        };
    }

    /** A run that stopped before its program could be executed. */
    RunResult finish(ProgramSource.Stopped stopped) throws IOException {
        return finish(0, stopped.status(), stopped.reason());
    }

    /**
     * Records the run as failed on {@code error}, saying how to go on. A run out of memory then returns its result;
     * any other error is thrown on once recorded.
     */
    RunResult stoppedBy(Error error) throws IOException {
        RunResult stopped = finish(completed, RunStatus.FAILED, describe(error, folder.id(), request.workspace()));
        if (error instanceof OutOfMemoryError) {
            return stopped;
        }
        throw error;
    }

    private RunResult finish(int instructionsCompleted, RunStatus status, String reason) throws IOException {
        listener.on(new RunEvent.RunFinished(status, reason, spending.usage(), spending.cost()));
        folder.writeRun(manifest.finished(
                status,
                reason,
                new RunManifest.Finish(
                        instructionsCompleted,
                        spending.usage().promptTokens(),
                        spending.usage().completionTokens(),
                        spending.requests(),
                        spending.cost())));
        return new RunResult(
                folder.id(),
                status,
                reason,
                request.workspace(),
                files.list(),
                instructionsCompleted,
                spending.usage(),
                spending.cost());
    }

    /** Why a run stopped on an {@link Error} thrown inside it, in words the user can act on. */
    static String describe(Error error, String runId, Path workspace) {
        String resume = "'l2mac resume " + runId + " --workspace " + workspace + "'";
        if (error instanceof OutOfMemoryError) {
            return "the run ran out of memory (" + error + ") and stopped. Give Java more memory, for example "
                    + JAVA_OPTIONS + "=-Xmx4g (without it, Java takes a quarter of the machine's memory), then"
                    + " continue with " + resume + ".";
        }
        return "the run stopped on an internal error (" + error + "); once its cause is fixed, continue with " + resume
                + ".";
    }
}
