package dev.l2mac.process;

import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Map;

/** Runs a command to completion or timeout; the only way generated code is executed. */
public interface ProcessRunner {

    /**
     * Runs {@code command} in {@code directory}; on timeout kills the whole process tree. Output (stdout and stderr
     * merged) is capped at {@code maxOutputChars}, with a note of what was cut.
     */
    ProcessResult run(
            List<String> command,
            Path directory,
            Map<String, String> environment,
            Duration timeout,
            int maxOutputChars);

    /**
     * Like {@link #run(List, Path, Map, Duration, int)}, also granting the command the paths in {@code access}
     * beyond {@code directory}, which a sandbox otherwise hides or keeps read-only. A runner that isolates nothing
     * grants them anyway.
     */
    default ProcessResult run(
            List<String> command,
            Path directory,
            Map<String, String> environment,
            Duration timeout,
            int maxOutputChars,
            Access access) {
        return run(command, directory, environment, timeout, maxOutputChars);
    }

    /**
     * Starts {@code command} in {@code directory}, with {@code environment} added to the minimal one, as a
     * long-lived worker that answers each request line with one line, confined like {@link #run}; empty when this
     * runner cannot keep a process (callers then run commands one by one). The worker's own stderr is discarded.
     */
    default java.util.Optional<Worker> startWorker(
            List<String> command, Path directory, Map<String, String> environment, Access access) {
        return java.util.Optional.empty();
    }

    /** A running worker: one request line in, one answer line out. Closing it kills it and all it started. */
    interface Worker extends AutoCloseable {

        /**
         * Sends {@code request} and waits up to {@code timeout} for the answer line; empty when none came in time
         * or the worker died, in which case the worker has been killed with everything it started.
         */
        java.util.Optional<String> ask(String request, Duration timeout);

        /** Waits up to {@code timeout} for a line the worker prints unasked, such as a greeting once it is ready. */
        java.util.Optional<String> awaitLine(Duration timeout);

        @Override
        void close();
    }

    /**
     * Paths outside the working directory that one command needs: {@code readable} such as a tool's jar kept in
     * the user's home, {@code writable} such as a directory that receives a report.
     */
    record Access(List<Path> readable, List<Path> writable) {
        /** Nothing beyond the working directory. */
        public static final Access NONE = new Access(List.of(), List.of());

        public Access {
            readable = List.copyOf(readable);
            writable = List.copyOf(writable);
        }

        public static Access writable(Path... paths) {
            return new Access(List.of(), List.of(paths));
        }
    }

    /** How a command ended: it exited, the timeout killed it, or it never started. */
    sealed interface ProcessResult {

        /** Merged stdout and stderr, capped; for a command that could not start, why. */
        String output();

        /** True when output was cut. */
        boolean truncated();

        /** True when the command exited with code 0. */
        default boolean succeeded() {
            return this instanceof Exited exited && exited.exitCode() == 0;
        }

        /** True when the timeout killed the command. */
        default boolean timedOut() {
            return this instanceof TimedOut;
        }

        /** The command ran to its end with {@code exitCode}. */
        record Exited(int exitCode, String output, boolean truncated) implements ProcessResult {}

        /** The timeout killed the command and all it started; {@code output} is what it printed until then. */
        record TimedOut(String output, boolean truncated) implements ProcessResult {}

        /** The command never ran, for {@code reason}: its program is missing or not executable, say. */
        record CouldNotStart(String reason) implements ProcessResult {
            @Override
            public String output() {
                return reason;
            }

            @Override
            public boolean truncated() {
                return false;
            }
        }
    }
}
