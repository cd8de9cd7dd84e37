package dev.l2mac.llm;

import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.List;
import java.util.function.Function;

/**
 * A model that answers from a script, for tests and demos: each step either returns a reply, throws a classified
 * failure, or computes a reply from the request it receives. Every request is recorded for inspection. Running out
 * of script is a {@link LlmException.Fatal}, so a test can never loop forever on it.
 */
public final class ScriptedLlm implements LlmClient {

    /** One step of the script. */
    @FunctionalInterface
    public interface Step {
        ChatResponse answer(ChatRequest request) throws LlmException;
    }

    private final String modelName;
    private final Deque<Step> steps = new ArrayDeque<>();
    private final List<ChatRequest> requests = new ArrayList<>();

    public ScriptedLlm() {
        this("scripted");
    }

    public ScriptedLlm(String modelName) {
        this.modelName = modelName;
    }

    public ScriptedLlm then(Step step) {
        steps.addLast(step);
        return this;
    }

    /** Replies with text only. */
    public ScriptedLlm thenText(String text) {
        return then(request -> reply(Message.AssistantMessage.ofText(text), FinishReason.STOP));
    }

    /** Replies with one or more tool calls, given as name and JSON arguments pairs. */
    public ScriptedLlm thenCalls(ToolCall... calls) {
        return then(request -> reply(new Message.AssistantMessage("", List.of(calls)), FinishReason.TOOL_CALLS));
    }

    /** Replies with a single tool call. */
    public ScriptedLlm thenCall(String name, String arguments) {
        return thenCalls(new ToolCall("call_" + (requests.size() + steps.size()), name, arguments));
    }

    public ScriptedLlm thenFail(LlmException failure) {
        return then(request -> {
            throw failure;
        });
    }

    public ScriptedLlm thenAnswer(Function<ChatRequest, ChatResponse> answer) {
        return then(answer::apply);
    }

    @Override
    public synchronized ChatResponse chat(ChatRequest request) throws LlmException {
        requests.add(request);
        Step step = steps.pollFirst();
        if (step == null) {
            throw new LlmException.Fatal(
                    "the scripted model has no more replies (request " + requests.size() + ")", null);
        }
        return step.answer(request);
    }

    @Override
    public String modelName() {
        return modelName;
    }

    public synchronized List<ChatRequest> requests() {
        return List.copyOf(requests);
    }

    public synchronized int remainingSteps() {
        return steps.size();
    }

    private static ChatResponse reply(Message.AssistantMessage message, FinishReason reason) {
        return new ChatResponse(message, new Usage(100, 20), reason);
    }
}
