package dev.l2mac.settings;

import java.nio.file.Path;
import java.util.Objects;

/**
 * Everything the machine is assembled from besides its model: the workspace, the sampling temperature, the limits,
 * the checks and the run's policy. Configuration files, the environment, flags, the library's builder and the
 * evaluations all produce one; {@code MachineSetup} is the one place that turns it into a machine.
 *
 * @param workspace   the folder the run writes its output (the file store) to; runs are recorded in its
 *                    {@code .l2mac/runs}
 * @param temperature the sampling temperature at the start of each instruction, within [0, 2]
 * @param limits      every bound of the control loop
 * @param checks      what is checked after each instruction
 * @param policy      tools, failure policy, context savings and sandbox requirement
 */
public record RunSettings(Path workspace, double temperature, Limits limits, CheckSettings checks, RunPolicy policy) {
    /** The workspace folder, under the current directory, when none is configured. */
    public static final String DEFAULT_WORKSPACE = "l2mac-output";

    public static final double DEFAULT_TEMPERATURE = 0.0;
    /** The highest sampling temperature the providers accept. */
    public static final double MAX_TEMPERATURE = 2.0;

    public RunSettings {
        Objects.requireNonNull(workspace, "workspace");
        Objects.requireNonNull(limits, "limits");
        Objects.requireNonNull(checks, "checks");
        Objects.requireNonNull(policy, "policy");
        if (!validTemperature(temperature)) {
            throw new IllegalArgumentException("the temperature must be a number within [0, 2], was " + temperature);
        }
    }

    /** The defaults for a run writing into {@code workspace}. */
    public static RunSettings defaults(Path workspace) {
        return new RunSettings(
                workspace, DEFAULT_TEMPERATURE, Limits.DEFAULTS, CheckSettings.DEFAULTS, RunPolicy.DEFAULTS);
    }

    /** True for a sampling temperature the providers accept. */
    public static boolean validTemperature(double temperature) {
        return temperature >= 0 && temperature <= MAX_TEMPERATURE;
    }

    public RunSettings withWorkspace(Path folder) {
        return new RunSettings(folder, temperature, limits, checks, policy);
    }

    public RunSettings withTemperature(double sampling) {
        return new RunSettings(workspace, sampling, limits, checks, policy);
    }

    public RunSettings withLimits(Limits bounds) {
        return new RunSettings(workspace, temperature, bounds, checks, policy);
    }

    public RunSettings withChecks(CheckSettings checked) {
        return new RunSettings(workspace, temperature, limits, checked, policy);
    }

    public RunSettings withPolicy(RunPolicy chosen) {
        return new RunSettings(workspace, temperature, limits, checks, chosen);
    }
}
