package dev.l2mac.control;

import dev.l2mac.llm.ChatRequest;
import dev.l2mac.llm.Message;
import dev.l2mac.llm.ScriptedLlm;
import dev.l2mac.llm.TokenCounter;
import dev.l2mac.memory.InMemoryFileStore;
import dev.l2mac.process.LocalProcessRunner;
import dev.l2mac.program.Domain;
import dev.l2mac.program.Instruction;
import dev.l2mac.program.PromptName;
import dev.l2mac.program.PromptPack;
import dev.l2mac.program.PromptPackException;
import dev.l2mac.run.RunEvent;
import dev.l2mac.settings.Limits;
import dev.l2mac.tools.ToolBox;
import dev.l2mac.tools.ToolSettings;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;

/**
 * An instruction runner on a test bench: a scripted model, files in memory, the codebase tools (whose Python tools
 * refuse, having no workspace on disk), scripted checks, and every run event recorded.
 */
final class RunnerBench {
    static final String MODEL = "gpt-4";
    static final String TASK = "Write a greeting module with tests.";
    static final Instruction STEP = new Instruction(1, "Write greet.py with greet(name) and its tests.");
    static final double BASE_TEMPERATURE = 0.0;

    final ScriptedLlm model = new ScriptedLlm(MODEL);
    final InMemoryFileStore files = new InMemoryFileStore(Limits.DEFAULTS.maxFileBytes());
    final ScriptedChecks checks = new ScriptedChecks();
    final List<RunEvent> events = new ArrayList<>();
    final PromptPack prompts = builtInPrompts();
    final TokenCounter counter = TokenCounter.forModel(MODEL);
    final ToolBox tools;

    RunnerBench() {
        tools = ToolBox.codebase(
                files,
                new LocalProcessRunner(),
                ToolSettings.of(
                        Limits.DEFAULTS.viewMaxChars(),
                        Limits.DEFAULTS.toolOutputMaxChars(),
                        Limits.DEFAULTS.runTimeout(),
                        null));
    }

    StepOutcome run(Limits limits) {
        return run(limits, STEP, "");
    }

    StepOutcome run(Limits limits, Instruction instruction, String handover) {
        Processor processor = new Processor(model, counter, limits, events::add);
        ContextBuilder contexts = new ContextBuilder(prompts, files, TASK, 1);
        return new InstructionRunner(
                        processor,
                        tools,
                        checks,
                        contexts,
                        prompts,
                        limits,
                        BASE_TEMPERATURE,
                        events::add,
                        Verdicts.OWN)
                .execute(instruction, handover);
    }

    /** Tokens of the first request of {@link #STEP} while memory is empty, tool definitions included. */
    int freshContextTokens() {
        List<Message> context =
                new ContextBuilder(prompts, files, TASK, 1).build(STEP, "", null, List.of(), java.util.Map.of());
        return counter.count(context) + counter.countTools(tools.specs());
    }

    String prompt(PromptName name) {
        return prompts.render(name, Map.of());
    }

    <T extends RunEvent> List<T> events(Class<T> type) {
        return events.stream().filter(type::isInstance).map(type::cast).toList();
    }

    static String allText(ChatRequest request) {
        return request.messages().stream().map(RunnerBench::textWithCalls).collect(Collectors.joining("\n"));
    }

    static String lastText(ChatRequest request) {
        return request.messages().getLast().text();
    }

    private static String textWithCalls(Message message) {
        if (message instanceof Message.AssistantMessage reply) {
            return reply.text()
                    + reply.toolCalls().stream()
                            .map(call -> call.name() + " " + call.arguments())
                            .collect(Collectors.joining("\n", "\n", ""));
        }
        return message.text();
    }

    private static PromptPack builtInPrompts() {
        try {
            return PromptPack.builtIn(Domain.CODEBASE);
        } catch (PromptPackException e) {
            throw new IllegalStateException(e);
        }
    }
}
