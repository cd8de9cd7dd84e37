package dev.l2mac.process.sandbox;

import java.nio.file.Path;
import java.util.Objects;

/** The isolation generated code gets on this machine, as found by {@link Sandboxes#detect()}, with the reason. */
public sealed interface Sandbox {

    /** One line for the run's log saying what isolates generated code, or why nothing does. */
    String describe();

    /** A bubblewrap sandbox that was seen to start here, with {@code prlimit} for resource limits. */
    record Bubblewrap(Path bwrap, Path prlimit, ProcessCap processCap) implements Sandbox {
        public Bubblewrap {
            Objects.requireNonNull(bwrap, "bwrap");
            Objects.requireNonNull(prlimit, "prlimit");
            Objects.requireNonNull(processCap, "processCap");
        }

        @Override
        public String describe() {
            return "sandbox: bubblewrap (" + bwrap + "): no network, read-only system, home hidden, only the"
                    + " workspace writable, resource limits through " + prlimit + "; process count "
                    + processCap.describe();
        }
    }

    /** No sandbox: generated code runs with this user's files and network. */
    record None(String reason) implements Sandbox {
        public None {
            Objects.requireNonNull(reason, "reason");
        }

        @Override
        public String describe() {
            return "sandbox: NONE. " + reason;
        }
    }

    /** How the number of processes a sandboxed command may start is bounded, which decides if a fork bomb is. */
    sealed interface ProcessCap {

        String describe();

        /** Bounded by a {@code pids} cgroup created per command under {@code parent}. */
        record Cgroup(Path parent) implements ProcessCap {
            @Override
            public String describe() {
                return "bounded by a pids cgroup under " + parent;
            }
        }

        /** Bounded by {@code RLIMIT_NPROC}, which the kernel counts per user namespace for a user other than root. */
        record Rlimit() implements ProcessCap {
            @Override
            public String describe() {
                return "bounded by RLIMIT_NPROC";
            }
        }

        /** Not bounded: a fork bomb is stopped only by the timeout. */
        record Unbounded(String reason) implements ProcessCap {
            @Override
            public String describe() {
                return "NOT bounded (" + reason + "); only the timeout stops a fork bomb";
            }
        }
    }

    /** True when a fork bomb in a sandboxed command cannot exhaust the machine's processes. */
    default boolean boundsProcesses() {
        return switch (this) {
            case Bubblewrap bubblewrap -> !(bubblewrap.processCap() instanceof ProcessCap.Unbounded);
            case None none -> false;
        };
    }
}
