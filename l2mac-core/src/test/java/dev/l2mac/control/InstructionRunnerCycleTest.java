package dev.l2mac.control;

import static dev.l2mac.control.ScriptedCalls.complete;
import static dev.l2mac.control.ScriptedCalls.list;
import static org.assertj.core.api.Assertions.assertThat;

import dev.l2mac.llm.ChatRequest;
import dev.l2mac.run.RunEvent;
import dev.l2mac.settings.Limits;
import org.junit.jupiter.api.Test;

/** The cycle breaker as the model sees it: the temperature of its requests. */
class InstructionRunnerCycleTest {
    private final RunnerBench bench = new RunnerBench();

    @Test
    void raises_temperature_while_the_reply_repeats_caps_it_and_lowers_it_when_replies_change() {
        for (int i = 0; i < 5; i++) {
            bench.model.thenCalls(list("app"));
        }
        bench.model
                .thenCalls(list("lib"))
                .thenCalls(list("tests"))
                .thenCalls(complete())
                .thenText("done");

        StepOutcome outcome = bench.run(Limits.builder().temperature(0.2, 0.5).build());

        assertThat(outcome).isEqualTo(new StepOutcome.Completed("done"));
        assertThat(bench.model.requests())
                .extracting(ChatRequest::temperature)
                // replies: A A A A A B C complete; then the handover at the base temperature
                .containsExactly(0.0, 0.0, 0.2, 0.4, 0.5, 0.5, 0.3, 0.1, 0.0);
        assertThat(bench.events(RunEvent.TemperatureChanged.class))
                .extracting(RunEvent.TemperatureChanged::reason)
                .containsExactly(
                        "the dialog is repeating itself",
                        "the dialog is repeating itself",
                        "the dialog is repeating itself",
                        "progress resumed",
                        "progress resumed",
                        "progress resumed");
    }

    @Test
    void raises_temperature_when_two_replies_alternate() {
        bench.model
                .thenCalls(list("a"))
                .thenCalls(list("b"))
                .thenCalls(list("a"))
                .thenCalls(list("b"))
                .thenCalls(complete())
                .thenText("done");

        bench.run(Limits.builder().temperature(0.25, 1.0).build());

        assertThat(bench.model.requests())
                .extracting(ChatRequest::temperature)
                .containsExactly(0.0, 0.0, 0.0, 0.0, 0.25, 0.0);
    }

    @Test
    void keeps_the_base_temperature_when_the_step_is_zero() {
        for (int i = 0; i < 3; i++) {
            bench.model.thenCalls(list("app"));
        }
        bench.model.thenCalls(complete()).thenText("done");

        bench.run(Limits.builder().temperature(0.0, 1.0).build());

        assertThat(bench.model.requests()).extracting(ChatRequest::temperature).containsOnly(0.0);
        assertThat(bench.events(RunEvent.TemperatureChanged.class)).isEmpty();
    }

    @Test
    void does_not_look_for_cycles_longer_than_the_cycle_window() {
        bench.model
                .thenCalls(list("a"))
                .thenCalls(list("b"))
                .thenCalls(list("a"))
                .thenCalls(list("b"))
                .thenCalls(complete())
                .thenText("done");

        bench.run(Limits.builder().cycleWindow(1).temperature(0.25, 1.0).build());

        assertThat(bench.model.requests()).extracting(ChatRequest::temperature).containsOnly(0.0);
    }
}
