package dev.l2mac.control;

import static dev.l2mac.control.ScriptedCalls.complete;
import static dev.l2mac.control.ScriptedCalls.raw;
import static dev.l2mac.control.ScriptedCalls.write;
import static org.assertj.core.api.Assertions.assertThat;

import dev.l2mac.check.CommandCheck;
import dev.l2mac.llm.ChatRequest;
import dev.l2mac.llm.Message;
import dev.l2mac.llm.ScriptedLlm;
import dev.l2mac.program.Domain;
import dev.l2mac.program.PromptPack;
import dev.l2mac.program.PromptProgram;
import dev.l2mac.run.CheckOutcome;
import dev.l2mac.run.RunEvent;
import dev.l2mac.settings.CheckSettings;
import dev.l2mac.settings.RunPolicy;
import dev.l2mac.settings.RunSettings;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * A user's command check takes part in a run like the built-in checks: its failure goes back to the model with the
 * located finding, and the model can run it ahead of completing the step with {@code run_tests} and run commands of
 * its own with {@code run_command}.
 */
class CommandChecksInRunTest {

    /** Fails, printing {@code file:line: message}, while a text file holds "TODO". */
    private static final CommandCheck NO_TODO = new CommandCheck(
            "no-todo",
            List.of(
                    "/bin/sh",
                    "-c",
                    "grep -Hn TODO *.txt | sed 's/:\\([0-9]*\\):/:\\1: TODO left: /' | grep . && exit 1 || exit 0"),
            List.of(".txt"));

    @TempDir
    Path workspace;

    @Test
    void a_failing_command_check_is_fed_back_and_corrected() throws Exception {
        List<String> seen = new ArrayList<>();
        ScriptedLlm model = new ScriptedLlm("gpt-4o")
                .thenCalls(write(Map.of("notes.txt", "Intro\nTODO: write the middle\nEnd\n")))
                .thenCalls(raw("run_tests", "{}"))
                .thenAnswer(request -> {
                    seen.add(lastToolText(request));
                    return MachineEndToEndTest.reply(raw("run_command", "{\"command\": \"wc -l < notes.txt\"}"));
                })
                .thenAnswer(request -> {
                    seen.add(lastToolText(request));
                    return MachineEndToEndTest.reply(complete());
                })
                .thenAnswer(request -> {
                    seen.add(MachineEndToEndTest.lastUserText(request));
                    return MachineEndToEndTest.reply(write(Map.of("notes.txt", "Intro\nMiddle\nEnd\n")));
                })
                .thenCalls(complete())
                .thenText("Wrote notes.txt without TODOs.");
        List<RunEvent> events = new ArrayList<>();

        RunResult result = MachineSetup.of(
                        model,
                        Domain.CODEBASE,
                        PromptPack.builtIn(Domain.CODEBASE),
                        RunSettings.defaults(workspace)
                                .withChecks(CheckSettings.DEFAULTS.withCommands(List.of(NO_TODO)))
                                .withPolicy(RunPolicy.DEFAULTS.withSavings(Set.of())))
                .assemble()
                .run(
                        new RunRequest(
                                Domain.CODEBASE,
                                "Write notes.",
                                Optional.of(PromptProgram.of(List.of("Write notes.txt."))),
                                workspace,
                                Map.of()),
                        events::add);

        assertThat(result.reason()).isEmpty();
        assertThat(result.completed()).isTrue();
        assertThat(seen.get(0))
                .startsWith("Some checks failed")
                .contains("no-todo: failed", "notes.txt:2: error: TODO left: TODO: write the middle");
        assertThat(seen.get(1))
                .startsWith("Exit code 0: the command succeeded.")
                .contains("3");
        assertThat(seen.get(2)).contains("no-todo", "notes.txt:2");
        assertThat(events)
                .filteredOn(e ->
                        e instanceof RunEvent.CheckReported c && c.checker().equals("no-todo"))
                .extracting(e -> ((RunEvent.CheckReported) e).outcome())
                .containsExactly(CheckOutcome.FAILED, CheckOutcome.PASSED);
    }

    private static String lastToolText(ChatRequest request) {
        return request.messages().getLast() instanceof Message.ToolResultMessage result ? result.text() : "";
    }
}
