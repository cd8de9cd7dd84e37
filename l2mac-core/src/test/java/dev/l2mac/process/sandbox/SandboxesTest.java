package dev.l2mac.process.sandbox;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.l2mac.process.LocalProcessRunner;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;

class SandboxesTest {

    private static final Sandbox.None MISSING = new Sandbox.None("bubblewrap (bwrap) is not installed.");
    private static final Sandbox.Bubblewrap BOUNDED = new Sandbox.Bubblewrap(
            Path.of("/usr/bin/bwrap"), Path.of("/usr/bin/prlimit"), new Sandbox.ProcessCap.Rlimit());

    @Test
    void runs_unsandboxed_when_no_sandbox_is_required() {
        assertThat(Sandboxes.runner(MISSING, SandboxLimits.DEFAULTS, false)).isInstanceOf(LocalProcessRunner.class);
    }

    @Test
    void refuses_to_run_unsandboxed_when_a_sandbox_is_required() {
        assertThatThrownBy(() -> Sandboxes.runner(MISSING, SandboxLimits.DEFAULTS, true))
                .isInstanceOf(SandboxUnavailableException.class)
                .hasMessageContaining("--require-sandbox")
                .hasMessageContaining("bubblewrap (bwrap) is not installed.");
    }

    @Test
    void sandboxes_when_bubblewrap_is_available() {
        assertThat(Sandboxes.runner(BOUNDED, SandboxLimits.DEFAULTS, true)).isInstanceOf(SandboxedProcessRunner.class);
    }

    @Test
    void warns_loudly_without_a_sandbox_and_says_how_to_refuse() {
        assertThat(Sandboxes.warning(MISSING))
                .hasValueSatisfying(warning -> assertThat(warning)
                        .startsWith("WARNING: generated code will run WITHOUT a sandbox")
                        .contains("bubblewrap (bwrap) is not installed.")
                        .contains("--require-sandbox"));
    }

    @Test
    void warns_when_the_sandbox_does_not_bound_processes_and_is_silent_when_it_does() {
        Sandbox.Bubblewrap unbounded = new Sandbox.Bubblewrap(
                BOUNDED.bwrap(), BOUNDED.prlimit(), new Sandbox.ProcessCap.Unbounded("running as root"));

        assertThat(Sandboxes.warning(unbounded))
                .hasValueSatisfying(
                        warning -> assertThat(warning).contains("not bounded").contains("running as root"));
        assertThat(unbounded.boundsProcesses()).isFalse();
        assertThat(Sandboxes.warning(BOUNDED)).isEmpty();
        assertThat(BOUNDED.boundsProcesses()).isTrue();
    }

    @Test
    void detection_names_what_it_found_or_why_nothing() {
        Sandbox detected = Sandboxes.detect();

        switch (detected) {
            case Sandbox.Bubblewrap bubblewrap ->
                assertThat(detected.describe())
                        .startsWith("sandbox: bubblewrap")
                        .contains(bubblewrap.bwrap().toString());
            case Sandbox.None none ->
                assertThat(detected.describe()).startsWith("sandbox: NONE. ").contains(none.reason());
        }
    }

    @Test
    void rejects_limits_that_are_not_positive() {
        assertThatThrownBy(() -> SandboxLimits.DEFAULTS.withMaxProcesses(0))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("positive");
    }
}
