package dev.l2mac.cli;

import static org.assertj.core.api.Assertions.assertThat;

import dev.l2mac.cli.invocation.Invocation;
import java.nio.file.Path;
import java.util.Map;
import org.junit.jupiter.api.Test;

class InvocationTest {

    @Test
    void the_home_is_the_one_the_environment_names() {
        assertThat(Invocation.homeOf(Map.of("HOME", "/srv/builder"))).isEqualTo(Path.of("/srv/builder"));
    }

    @Test
    void without_home_in_the_environment_the_home_is_javas() {
        Path java = Path.of(System.getProperty("user.home"));

        assertThat(Invocation.homeOf(Map.of())).isEqualTo(java);
        assertThat(Invocation.homeOf(Map.of("HOME", " "))).isEqualTo(java);
    }
}
