package dev.l2mac.process.sandbox;

import static org.assertj.core.api.Assertions.assertThat;

import dev.l2mac.deps.DependencyInstaller;
import dev.l2mac.process.ProcessRunner;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The sandbox's network: a namespace of its own for everything but the explicit installation step. */
class BubblewrapNetworkTest {

    private static final Sandbox.Bubblewrap SANDBOX = new Sandbox.Bubblewrap(
            Path.of("/usr/bin/bwrap"), Path.of("/usr/bin/prlimit"), new Sandbox.ProcessCap.Rlimit());

    @TempDir
    Path directory;

    @Test
    void checks_get_a_network_namespace_of_their_own() {
        assertThat(arguments(new BubblewrapConfinement(SANDBOX, SandboxLimits.DEFAULTS, shield())))
                .contains("--unshare-net");
    }

    @Test
    void the_installation_step_keeps_the_machines_network_and_everything_else_that_confines() {
        List<String> open = arguments(
                new BubblewrapConfinement(SANDBOX, DependencyInstaller.SANDBOX_LIMITS, shield(), Network.OPEN));

        assertThat(open)
                .doesNotContain("--unshare-net")
                .contains("--unshare-user", "--unshare-pid", "--cap-drop", "--die-with-parent");
        assertThat(open.subList(open.indexOf("--ro-bind"), open.indexOf("--ro-bind") + 3))
                .containsExactly("--ro-bind", "/", "/");
    }

    private List<String> arguments(BubblewrapConfinement confinement) {
        return confinement.bubblewrap(directory, directory.resolve("home"), ProcessRunner.Access.NONE);
    }

    private static HomeShield shield() {
        return new HomeShield(List.of(), "");
    }
}
