package dev.l2mac.control;

import dev.l2mac.llm.ChatRequest;
import dev.l2mac.llm.ChatResponse;
import dev.l2mac.llm.Message;
import dev.l2mac.llm.ScriptedLlm;
import dev.l2mac.llm.ToolCall;
import dev.l2mac.program.Domain;
import dev.l2mac.program.PromptPack;
import dev.l2mac.run.CheckOutcome;
import dev.l2mac.run.RunEvent;
import dev.l2mac.settings.CheckSettings;
import dev.l2mac.settings.RunSettings;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.function.Consumer;
import java.util.function.Function;
import java.util.stream.Collectors;
import java.util.stream.Stream;

/**
 * A whole run of a codebase task with a scripted model in a workspace on disk, the machine choosing the stack from
 * the task's words: what the model was sent and which checks the machine reported.
 */
record StackRun(RunResult result, List<ChatRequest> requests, List<RunEvent> events) {

    /** Words that betray the Python stack in a request meant for another one. */
    static final List<String> PYTHON_WORDS =
            List.of("python", "pytest", "run_python_file", "pytest_files", "requirements.txt", "test_*.py");

    /** Runs {@code task} to its end in {@code workspace} with {@code checks}. */
    static StackRun of(ScriptedLlm model, String task, Path workspace, CheckSettings checks) throws Exception {
        List<RunEvent> events = new ArrayList<>();
        RunResult result = MachineSetup.of(
                        model,
                        Domain.CODEBASE,
                        PromptPack.builtIn(Domain.CODEBASE),
                        RunSettings.defaults(workspace).withChecks(checks))
                .forTask(task)
                .assemble()
                .run(new RunRequest(Domain.CODEBASE, task, Optional.empty(), workspace, Map.of()), events::add);
        return new StackRun(result, model.requests(), List.copyOf(events));
    }

    /**
     * The model's answer {@code calls}, once {@code seen} has been given the last user message it was sent (such
     * as the failed checks' findings).
     */
    static Function<ChatRequest, ChatResponse> noting(Consumer<String> seen, ToolCall... calls) {
        return request -> {
            seen.accept(MachineEndToEndTest.lastUserText(request));
            return MachineEndToEndTest.reply(calls);
        };
    }

    /** The outcomes the machine reported for {@code checker}, in order. */
    List<CheckOutcome> outcomes(String checker) {
        return events.stream()
                .filter(event -> event instanceof RunEvent.CheckReported reported
                        && reported.checker().equals(checker))
                .map(event -> ((RunEvent.CheckReported) event).outcome())
                .toList();
    }

    /** The Python words some request mentions, in its messages or its tools; none for another stack. */
    List<String> pythonMentions() {
        return requests.stream()
                .map(request -> text(request).toLowerCase(Locale.ROOT))
                .flatMap(sent -> PYTHON_WORDS.stream().filter(sent::contains))
                .distinct()
                .toList();
    }

    /** All a request says: its messages and its tools' names, descriptions and schemas. */
    static String text(ChatRequest request) {
        return Stream.concat(
                        request.messages().stream().map(Message::text),
                        request.tools().stream()
                                .flatMap(t -> Stream.of(t.name(), t.description(), t.parametersSchema())))
                .collect(Collectors.joining("\n"));
    }
}
