package dev.l2mac.control;

import dev.l2mac.llm.BudgetReachedException;
import dev.l2mac.llm.ChatRequest;
import dev.l2mac.llm.ChatResponse;
import dev.l2mac.llm.LlmClient;
import dev.l2mac.llm.LlmException;
import dev.l2mac.llm.Message;
import dev.l2mac.llm.ModelRegistry;
import dev.l2mac.llm.Sleeper;
import dev.l2mac.llm.TokenCounter;
import dev.l2mac.llm.ToolSpec;
import dev.l2mac.llm.Usage;
import dev.l2mac.program.Bootstrapper;
import dev.l2mac.run.FailureKind;
import dev.l2mac.run.RunEvent;
import dev.l2mac.run.RunListener;
import dev.l2mac.settings.Limits;
import java.time.Clock;
import java.time.Duration;
import java.util.List;

/**
 * The machine's processor as the control unit sees it: counts a context window's tokens before it is sent, sizes
 * the reply to what is left of the window, refuses a request that could cross a budget, paces requests to the
 * configured rates, announces the request and its reply as run events (append, then act), and keeps the run's
 * spend.
 */
final class Processor {
    private final LlmClient llm;
    private final TokenCounter counter;
    private final Limits limits;
    private final RunListener listener;
    private final Spending spending;
    private final RequestPacer pacer;
    private final Duration waitInterval;

    /** A processor for an unpriced model that is never paced (tests, scripted runs). */
    Processor(LlmClient llm, TokenCounter counter, Limits limits, RunListener listener) {
        this(
                llm,
                counter,
                limits,
                listener,
                new Spending(ModelRegistry.fallback(llm.modelName()), limits),
                new RequestPacer(0, 0, Clock.systemUTC(), Sleeper.REAL, listener));
    }

    Processor(
            LlmClient llm,
            TokenCounter counter,
            Limits limits,
            RunListener listener,
            Spending spending,
            RequestPacer pacer) {
        this(llm, counter, limits, listener, spending, pacer, ReplyWait.INTERVAL);
    }

    /** A processor that announces a reply it waits for every {@code waitInterval}. */
    Processor(
            LlmClient llm,
            TokenCounter counter,
            Limits limits,
            RunListener listener,
            Spending spending,
            RequestPacer pacer,
            Duration waitInterval) {
        this.waitInterval = waitInterval;
        this.llm = llm;
        this.counter = counter.remembering(TokenCounter.CONTEXT_TEXTS);
        this.limits = limits;
        this.listener = listener;
        this.spending = spending;
        this.pacer = pacer;
    }

    /** Tokens the request would take before the reply: messages plus tool definitions. */
    int promptTokens(List<Message> messages, List<ToolSpec> tools) {
        return counter.count(messages) + counter.countTools(tools);
    }

    /** True when the prompt leaves at least the reserve for the reply. */
    boolean fits(int promptTokens) {
        return promptTokens + limits.reserveTokens() <= limits.contextWindow();
    }

    /**
     * Sends one request and returns the reply.
     *
     * @throws BudgetReachedException when the request could cross a budget, so it was not sent
     */
    ChatResponse ask(
            String purpose, List<Message> messages, List<ToolSpec> tools, String forcedTool, double temperature)
            throws LlmException, BudgetReachedException {
        int prompt = promptTokens(messages, tools);
        int maxOutput = Math.max(1, Math.min(limits.maxOutputTokens(), limits.contextWindow() - prompt));
        spending.requireRoomFor(prompt, maxOutput);
        pacer.awaitRoomFor((long) prompt + maxOutput);
        listener.on(new RunEvent.RequestSent(purpose, messages.size(), prompt, temperature, maxOutput));
        listener.on(new RunEvent.ContextWindow(messages));
        try {
            ChatResponse response = awaitReply(new ChatRequest(messages, tools, forcedTool, temperature, maxOutput));
            double costBefore = spending.cost();
            spending.record(response.usage());
            listener.on(new RunEvent.ResponseReceived(
                    response.message().text(),
                    response.message().toolCalls(),
                    response.usage(),
                    response.finishReason()));
            listener.on(new RunEvent.SpendUpdated(
                    spending.usage().promptTokens(),
                    spending.usage().completionTokens(),
                    spending.cost(),
                    spending.requests(),
                    spending.cost() - costBefore));
            return response;
        } catch (LlmException failure) {
            listener.on(new RunEvent.RequestFailed(kindOf(failure), failure.getMessage()));
            throw failure;
        }
    }

    private ChatResponse awaitReply(ChatRequest request) throws LlmException {
        try (ReplyWait ignored = ReplyWait.start(listener, waitInterval)) {
            return llm.chat(request);
        }
    }

    /** This processor as the bootstrapper's model, announcing its requests under {@code purpose}. */
    Bootstrapper.Model asModel(String purpose) {
        return request ->
                ask(purpose, request.messages(), request.tools(), request.forcedTool(), request.temperature());
    }

    Usage usage() {
        return spending.usage();
    }

    Spending spending() {
        return spending;
    }

    static FailureKind kindOf(LlmException failure) {
        return switch (failure) {
            case LlmException.RateLimited ignored -> FailureKind.RATE_LIMITED;
            case LlmException.Transient ignored -> FailureKind.TRANSIENT;
            case LlmException.ContextOverflow ignored -> FailureKind.CONTEXT_OVERFLOW;
            case LlmException.AuthenticationFailed ignored -> FailureKind.AUTHENTICATION_FAILED;
            case LlmException.Fatal ignored -> FailureKind.FATAL;
        };
    }
}
