package dev.l2mac.process.sandbox;

import java.time.Duration;
import java.util.Objects;

/**
 * The resources one sandboxed command may use, enforced by the kernel: address space, processes (counting every
 * thread), the size of any file written, and CPU time.
 */
public record SandboxLimits(long maxAddressSpaceBytes, int maxProcesses, long maxFileBytes, Duration maxCpuTime) {

    private static final long MIB = 1024L * 1024L;
    /** Enough for a Python or Node test suite; far below what would push the machine into swapping. */
    public static final long DEFAULT_MAX_ADDRESS_SPACE_BYTES = 4096 * MIB;
    /** Threads count as processes: a JVM alone starts a few dozen. */
    public static final int DEFAULT_MAX_PROCESSES = 256;

    public static final long DEFAULT_MAX_FILE_BYTES = 256 * MIB;
    /** A backstop only; the runner's timeout normally stops a command first. */
    public static final Duration DEFAULT_MAX_CPU_TIME = Duration.ofMinutes(10);

    public static final SandboxLimits DEFAULTS = new SandboxLimits(
            DEFAULT_MAX_ADDRESS_SPACE_BYTES, DEFAULT_MAX_PROCESSES, DEFAULT_MAX_FILE_BYTES, DEFAULT_MAX_CPU_TIME);

    public SandboxLimits {
        Objects.requireNonNull(maxCpuTime, "maxCpuTime");
        if (maxAddressSpaceBytes <= 0 || maxProcesses <= 0 || maxFileBytes <= 0 || maxCpuTime.toSeconds() <= 0) {
            throw new IllegalArgumentException("sandbox limits must be positive (CPU time at least one second), were "
                    + maxAddressSpaceBytes + " bytes, " + maxProcesses + " processes, " + maxFileBytes
                    + " bytes per file, " + maxCpuTime);
        }
    }

    public SandboxLimits withMaxAddressSpaceBytes(long bytes) {
        return new SandboxLimits(bytes, maxProcesses, maxFileBytes, maxCpuTime);
    }

    public SandboxLimits withMaxProcesses(int processes) {
        return new SandboxLimits(maxAddressSpaceBytes, processes, maxFileBytes, maxCpuTime);
    }
}
