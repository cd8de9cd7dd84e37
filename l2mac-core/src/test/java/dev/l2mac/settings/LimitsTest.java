package dev.l2mac.settings;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.Test;

class LimitsTest {

    @Test
    void refuses_a_reserve_that_leaves_no_room_naming_both_keys() {
        assertThatThrownBy(() -> Limits.builder().contextWindow(1_000, 1_000).build())
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessage("limits.reserve-tokens must be less than limits.context-window (1000), was 1000");
    }

    @Test
    void refuses_negative_counts_naming_the_key() {
        assertThatThrownBy(() -> Limits.builder().maxRestarts(-1).build())
                .hasMessage("limits.max-restarts must be zero or more, was -1");
        assertThatThrownBy(() -> Limits.builder().maxTurnsPerInstruction(0).build())
                .hasMessage("limits.max-turns-per-instruction must be a positive number, was 0");
    }

    @Test
    void refuses_temperatures_outside_what_providers_accept() {
        assertThatThrownBy(() -> Limits.builder().temperature(0.2, 2.5).build())
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

    @Test
    void the_builder_starts_from_the_defaults_and_changes_only_what_it_is_told() {
        Limits limits = Limits.builder()
                .maxSteps(12)
                .maxCorrectionRounds(4)
                .checkTimeout(java.time.Duration.ofSeconds(30))
                .build();

        assertThat(limits.maxSteps()).isEqualTo(12);
        assertThat(limits.maxCorrectionRounds()).isEqualTo(4);
        assertThat(limits.checkTimeout()).hasSeconds(30);
        assertThat(limits.toBuilder()
                        .maxSteps(Limits.DEFAULTS.maxSteps())
                        .maxCorrectionRounds(Limits.DEFAULTS.maxCorrectionRounds())
                        .checkTimeout(Limits.DEFAULTS.checkTimeout())
                        .build())
                .isEqualTo(Limits.DEFAULTS);
        assertThat(Limits.DEFAULTS.toBuilder().build()).isEqualTo(Limits.DEFAULTS);
    }

    @Test
    void the_grouped_setters_set_their_limits_together() {
        Limits limits = Limits.builder()
                .budget(1.5, 10_000, 20)
                .rates(30, 90_000)
                .temperature(0.1, 0.8)
                .build();

        assertThat(limits)
                .extracting(
                        Limits::maxCostUsd,
                        Limits::maxTokens,
                        Limits::maxRequests,
                        Limits::requestsPerMinute,
                        Limits::tokensPerMinute,
                        Limits::temperatureStep,
                        Limits::maxTemperature)
                .containsExactly(1.5, 10_000L, 20, 30, 90_000, 0.1, 0.8);
    }
}
