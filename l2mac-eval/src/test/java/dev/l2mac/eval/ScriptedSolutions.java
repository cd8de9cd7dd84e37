package dev.l2mac.eval;

import dev.l2mac.llm.ChatRequest;
import dev.l2mac.llm.ChatResponse;
import dev.l2mac.llm.FinishReason;
import dev.l2mac.llm.LlmClient;
import dev.l2mac.llm.LlmException;
import dev.l2mac.llm.Message;
import dev.l2mac.llm.Usage;
import java.util.Comparator;
import java.util.List;
import java.util.function.Function;

/**
 * A model that recognises which problem it is asked about (its prompt is in the request) and replies with a code
 * block computed from that problem: the canonical solution, or code that is wrong or never returns.
 */
final class ScriptedSolutions implements LlmClient {
    private final List<Problem> problems;
    private final Function<Problem, String> code;

    ScriptedSolutions(List<Problem> problems, Function<Problem, String> code) {
        this.problems = problems;
        this.code = code;
    }

    static ScriptedSolutions canonical(Dataset dataset) {
        return new ScriptedSolutions(dataset.problems(), Problem::canonicalSolution);
    }

    /** The entry point returns None whatever it is given. */
    static ScriptedSolutions wrong(Dataset dataset) {
        return new ScriptedSolutions(dataset.problems(), p -> completion(p, "    return None\n"));
    }

    /** The entry point never returns. */
    static ScriptedSolutions hanging(Dataset dataset) {
        return new ScriptedSolutions(dataset.problems(), p -> completion(p, "    while True:\n        pass\n"));
    }

    /**
     * A body that completes the prompt when the prompt is a function header (HumanEval, whose prompts also define
     * helpers the tests use), else a whole function (MBPP, whose prompt is a docstring).
     */
    private static String completion(Problem problem, String body) {
        return CodeExtraction.defines(problem.prompt(), problem.entryPoint())
                ? body
                : "def " + problem.entryPoint() + "(*args, **kwargs):\n" + body;
    }

    @Override
    public ChatResponse chat(ChatRequest request) throws LlmException {
        String asked = request.messages().stream().map(Message::text).reduce("", String::concat);
        Problem problem = problems.stream()
                .filter(p -> asked.contains(p.prompt()))
                .max(Comparator.comparingInt(p -> p.prompt().length()))
                .orElseThrow(() -> new LlmException.Fatal("the scripted model knows no problem in this request", null));
        String reply = "Here is the solution:\n\n```python\n" + code.apply(problem) + "\n```\n";
        return new ChatResponse(
                Message.AssistantMessage.ofText(reply), new Usage(asked.length(), reply.length()), FinishReason.STOP);
    }

    @Override
    public String modelName() {
        return "scripted-solutions";
    }
}
