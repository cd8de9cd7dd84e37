package dev.l2mac.control;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class TemperatureTest {

    @Test
    void starts_at_the_base() {
        assertThat(new Temperature(0.3, 0.2, 1.0).current()).isEqualTo(0.3);
    }

    @Test
    void rises_a_step_while_cycling_up_to_the_ceiling() {
        Temperature temperature = new Temperature(0.0, 0.3, 0.7);
        assertThat(temperature.adjust(true)).isTrue();
        assertThat(temperature.current()).isEqualTo(0.3);
        temperature.adjust(true);
        assertThat(temperature.current()).isEqualTo(0.6);
        temperature.adjust(true);
        assertThat(temperature.current()).isEqualTo(0.7);
        assertThat(temperature.adjust(true)).isFalse();
        assertThat(temperature.current()).isEqualTo(0.7);
    }

    @Test
    void falls_a_step_when_progress_resumes_but_never_below_the_base() {
        Temperature temperature = new Temperature(0.2, 0.2, 1.0);
        temperature.adjust(true);
        temperature.adjust(true);
        assertThat(temperature.current()).isEqualTo(0.6);
        temperature.adjust(false);
        assertThat(temperature.current()).isEqualTo(0.4);
        temperature.adjust(false);
        assertThat(temperature.current()).isEqualTo(0.2);
        assertThat(temperature.adjust(false)).isFalse();
        assertThat(temperature.current()).isEqualTo(0.2);
    }

    @Test
    void keeps_steps_exact_despite_binary_fractions() {
        Temperature temperature = new Temperature(0.0, 0.1, 1.0);
        for (int i = 0; i < 3; i++) {
            temperature.adjust(true);
        }
        assertThat(temperature.current()).isEqualTo(0.3);
    }

    @Test
    void never_goes_below_a_base_above_the_ceiling() {
        Temperature temperature = new Temperature(1.2, 0.2, 1.0);
        assertThat(temperature.adjust(true)).isFalse();
        assertThat(temperature.adjust(false)).isFalse();
        assertThat(temperature.current()).isEqualTo(1.2);
    }
}
