package dev.l2mac.testing;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowable;

import org.junit.jupiter.api.Test;
import org.opentest4j.AssertionFailedError;
import org.opentest4j.TestAbortedException;

class SkipsFailInCiTest {

    private static TestAbortedException skipFor(Runnable requirement) {
        return (TestAbortedException) catchThrowable(requirement::run);
    }

    @Test
    void a_skip_for_a_missing_tool_fails_in_ci_naming_the_tool() {
        TestAbortedException skip = skipFor(() -> Requirements.require(false, "pylint; apt-get install pylint"));

        Throwable inCi = SkipsFailInCi.asRunIn(skip, true);

        assertThat(inCi)
                .isInstanceOf(AssertionFailedError.class)
                .hasCause(skip)
                .hasMessageContaining("would have been skipped: missing: pylint; apt-get install pylint")
                .hasMessageContaining(".ci/run installs the tools");
    }

    @Test
    void a_skip_stays_a_skip_outside_ci() {
        TestAbortedException skip = skipFor(() -> Requirements.require(false, "node"));

        assertThat(SkipsFailInCi.asRunIn(skip, false)).isSameAs(skip);
    }

    @Test
    void a_live_provider_test_without_its_key_skips_even_in_ci() {
        TestAbortedException skip = skipFor(() -> Requirements.requireApiKey("L2MAC_NO_SUCH_KEY_VARIABLE"));

        assertThat(SkipsFailInCi.asRunIn(skip, true))
                .isSameAs(skip)
                .hasMessageContaining("set L2MAC_NO_SUCH_KEY_VARIABLE to run it");
    }

    @Test
    void failures_and_errors_pass_through_unchanged() {
        AssertionError failure = new AssertionError("expected 1");

        assertThat(SkipsFailInCi.asRunIn(failure, true)).isSameAs(failure);
    }

    @Test
    void ci_mode_is_the_ci_variable_or_the_system_property() {
        assertThat(CiMode.on("true", null)).isTrue();
        assertThat(CiMode.on(null, "true")).isTrue();
        assertThat(CiMode.on("false", null)).isFalse();
        assertThat(CiMode.on(null, null)).isFalse();
    }

    @Test
    void a_met_requirement_lets_the_test_run() {
        assertThat(catchThrowable(() -> Requirements.require(true, "nothing"))).isNull();
    }
}
