package dev.l2mac.eval.design;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import java.util.List;
import org.junit.jupiter.api.Test;

class IntervalTest {

    @Test
    void gives_the_mean_and_the_t_based_95_percent_half_width() {
        Interval interval = Interval.of(List.of(1.0, 2.0, 3.0));
        assertThat(interval.mean()).isEqualTo(2.0);
        assertThat(interval.halfWidth()).isCloseTo(4.303 / Math.sqrt(3), within(1e-9));
        assertThat(interval.format("%.1f")).isEqualTo("2.0 ± 2.5");
    }

    @Test
    void leaves_the_interval_unknown_for_a_single_seed() {
        Interval interval = Interval.of(List.of(70.0));
        assertThat(interval.halfWidth()).isNaN();
        assertThat(interval.format("%.1f")).isEqualTo("70.0");
        assertThat(Interval.of(List.of()).format("%.1f")).isEqualTo("n/a");
    }

    @Test
    void uses_the_normal_quantile_for_many_seeds() {
        List<Double> values = java.util.stream.IntStream.range(0, 40)
                .mapToObj(i -> (double) (i % 2))
                .toList();
        Interval interval = Interval.of(values);
        double sd = Math.sqrt(
                values.stream().mapToDouble(v -> (v - 0.5) * (v - 0.5)).sum() / 39);
        assertThat(interval.halfWidth()).isCloseTo(1.96 * sd / Math.sqrt(40), within(1e-9));
    }
}
