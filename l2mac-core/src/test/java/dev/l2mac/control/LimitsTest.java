package dev.l2mac.control;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.Test;

class LimitsTest {

    @Test
    void refuses_a_reserve_that_leaves_no_room_naming_both_keys() {
        assertThatThrownBy(() -> TestLimits.defaults().contextWindow(1_000, 1_000).build())
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessage("limits.reserve-tokens must be less than limits.context-window (1000), was 1000");
    }

    @Test
    void refuses_negative_counts_naming_the_key() {
        assertThatThrownBy(() -> TestLimits.defaults().maxRestarts(-1).build())
                .hasMessage("limits.max-restarts must be zero or more, was -1");
        assertThatThrownBy(() -> TestLimits.defaults().maxTurnsPerInstruction(0).build())
                .hasMessage("limits.max-turns-per-instruction must be a positive number, was 0");
    }

    @Test
    void refuses_temperatures_outside_what_providers_accept() {
        assertThatThrownBy(() -> TestLimits.defaults().temperature(0.2, 2.5).build())
                .hasMessageStartingWith("limits.max-temperature must be a number within [0, 2]");
    }

    @Test
    void changes_only_the_window_and_reserve() {
        Limits changed = Limits.DEFAULTS.withContextWindow(8_000, 500);

        assertThat(changed.contextWindow()).isEqualTo(8_000);
        assertThat(changed.reserveTokens()).isEqualTo(500);
        assertThat(changed.withContextWindow(Limits.DEFAULTS.contextWindow(), Limits.DEFAULTS.reserveTokens()))
                .isEqualTo(Limits.DEFAULTS);
    }
}
