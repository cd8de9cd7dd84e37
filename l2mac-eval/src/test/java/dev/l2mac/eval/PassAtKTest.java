package dev.l2mac.eval;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.within;

import org.junit.jupiter.api.Test;

class PassAtKTest {

    @Test
    void pass_at_1_is_the_share_of_passing_samples() {
        assertThat(PassAtK.estimate(10, 3, 1)).isCloseTo(0.3, within(1e-12));
        assertThat(PassAtK.estimate(1, 1, 1)).isEqualTo(1.0);
        assertThat(PassAtK.estimate(1, 0, 1)).isEqualTo(0.0);
    }

    @Test
    void matches_one_minus_the_chance_that_k_draws_all_fail() {
        // 1 - C(7,5)/C(10,5) = 1 - 21/252
        assertThat(PassAtK.estimate(10, 3, 5)).isCloseTo(1 - 21.0 / 252, within(1e-12));
        // 1 - C(190,10)/C(200,10), computed independently as a product of ratios
        double allFail = 1;
        for (int i = 0; i < 10; i++) {
            allFail *= (190.0 - i) / (200.0 - i);
        }
        assertThat(PassAtK.estimate(200, 10, 10)).isCloseTo(1 - allFail, within(1e-12));
    }

    @Test
    void is_certain_when_fewer_failures_than_draws_remain() {
        assertThat(PassAtK.estimate(5, 3, 3)).isEqualTo(1.0);
        assertThat(PassAtK.estimate(5, 0, 5)).isEqualTo(0.0);
    }

    @Test
    void refuses_k_above_the_samples_drawn() {
        assertThatThrownBy(() -> PassAtK.estimate(3, 1, 4))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("0 < k <= n");
        assertThatThrownBy(() -> PassAtK.estimate(3, 4, 1)).isInstanceOf(IllegalArgumentException.class);
    }
}
