package dev.l2mac.control;

import static dev.l2mac.control.ScriptedCalls.complete;
import static dev.l2mac.control.ScriptedCalls.write;
import static org.assertj.core.api.Assertions.assertThat;

import dev.l2mac.check.CheckReport;
import dev.l2mac.check.Finding;
import dev.l2mac.llm.ChatRequest;
import dev.l2mac.llm.Message;
import dev.l2mac.llm.ScriptedLlm;
import dev.l2mac.memory.InMemoryFileStore;
import dev.l2mac.program.Domain;
import dev.l2mac.program.PromptPack;
import dev.l2mac.program.PromptProgram;
import dev.l2mac.run.RunEvent;
import dev.l2mac.settings.Limits;
import dev.l2mac.tools.ToolBox;
import dev.l2mac.tools.ToolSettings;
import java.nio.file.Path;
import java.time.Clock;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The control unit follows the verdicts it is given where the path forks, and logs where they override its own. */
class VerdictsTest {
    private static final List<CheckReport> FAILING = List.of(new CheckReport.Failed(
            "pytest", List.of(new Finding("test_app.py", 3, 0, Finding.Severity.ERROR, "assert 404 == 302", ""))));

    @TempDir
    Path workspace;

    private final List<RunEvent> events = new ArrayList<>();

    private RunResult run(ScriptedLlm model, Limits limits, Verdicts verdicts) throws Exception {
        InMemoryFileStore files = new InMemoryFileStore(Limits.DEFAULTS.maxFileBytes());
        ToolBox tools = ToolBox.book(
                files, ToolSettings.of(limits.viewMaxChars(), limits.toolOutputMaxChars(), limits.runTimeout(), null));
        Machine machine = Machine.builder(
                        model,
                        files,
                        tools,
                        () -> FAILING,
                        PromptPack.builtIn(Domain.CODEBASE),
                        limits,
                        0.0,
                        Clock.systemUTC())
                .following(verdicts)
                .build();
        return machine.run(
                new RunRequest(
                        Domain.CODEBASE,
                        "Write app.py.",
                        Optional.of(PromptProgram.of(List.of("Write app.py with a test."))),
                        workspace,
                        Map.of()),
                events::add);
    }

    private static Verdicts checksPassAndNothingOverflows() {
        return new Verdicts() {
            @Override
            public boolean overflowsBeforeSending(int instruction, int promptTokens, boolean ownPrediction) {
                return false;
            }

            @Override
            public boolean checksPass(int instruction, List<CheckReport> reports, boolean ownVerdict) {
                return true;
            }
        };
    }

    @Test
    void completes_on_a_passing_verdict_over_its_own_failing_checks_and_logs_the_override() throws Exception {
        ScriptedLlm model = new ScriptedLlm("gpt-4")
                .thenCalls(write(Map.of("app.py", "x = 1\n")))
                .thenCalls(complete())
                .thenText("Wrote app.py.");

        RunResult result = run(model, Limits.DEFAULTS, checksPassAndNothingOverflows());

        assertThat(result.completed()).isTrue();
        assertThat(model.remainingSteps()).isZero();
        assertThat(events).contains(new RunEvent.VerdictOverridden(1, "checks pass", false, true));
    }

    @Test
    void feeds_its_own_failing_checks_back_when_following_its_own_verdicts() throws Exception {
        ScriptedLlm model = new ScriptedLlm("gpt-4")
                .thenCalls(write(Map.of("app.py", "x = 1\n")))
                .thenCalls(complete());

        run(model, Limits.DEFAULTS, Verdicts.OWN);

        ChatRequest afterCompletion = model.requests().get(2);
        assertThat(afterCompletion.messages().getLast()).isInstanceOf(Message.UserMessage.class);
        assertThat(afterCompletion.messages().getLast().text()).contains("assert 404 == 302");
        assertThat(events).noneMatch(event -> event instanceof RunEvent.VerdictOverridden);
    }

    @Test
    void sends_a_request_its_own_count_says_overflows_when_the_verdict_says_it_fits() throws Exception {
        ScriptedLlm model = new ScriptedLlm("gpt-4").thenCalls(complete());

        run(model, Limits.DEFAULTS.withContextWindow(300, 100), checksPassAndNothingOverflows());

        assertThat(model.requests()).hasSize(1);
        assertThat(events).contains(new RunEvent.VerdictOverridden(1, "overflow before sending", true, false));
        assertThat(events).noneMatch(event -> event instanceof RunEvent.ContextOverflowed);
    }
}
