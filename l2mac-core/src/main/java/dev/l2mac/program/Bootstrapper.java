package dev.l2mac.program;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.l2mac.llm.BudgetReachedException;
import dev.l2mac.llm.ChatRequest;
import dev.l2mac.llm.ChatResponse;
import dev.l2mac.llm.LlmException;
import dev.l2mac.llm.Message;
import dev.l2mac.llm.Message.AssistantMessage;
import dev.l2mac.llm.ToolCall;
import dev.l2mac.llm.ToolSpec;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;

/**
 * Asks the model for the prompt program through one forced tool call. A malformed plan goes back to the model as a
 * tool error in the same dialog, and after {@code maxPlanAttempts} malformed plans the bootstrap fails. Offered a
 * choice of stack ({@link #offering}), the model may name one in the plan.
 */
public final class Bootstrapper {

    /** The planning tool; its name matches the reference implementation so that recorded runs replay. */
    public static final ToolSpec PLAN_TOOL = new ToolSpec(
            "provide_detailed_sub_task_steps_for_sub_agents",
            "Provide the plan: a list of detailed sub-task steps that together complete the whole task. Each step"
                    + " is carried out by a separate sub-agent that sees only that step, the task and the files"
                    + " written so far.",
            """
            {"type":"object","properties":{"steps":{"type":"array","items":{"type":"string"},\
            "description":"List of detailed sub-task steps to complete the task, covering every requirement of\
             the task; each step is several sentences long and self-contained."}},"required":["steps"]}""");

    private static final ObjectMapper SCHEMA_JSON = new ObjectMapper();

    /** The model as the bootstrapper asks it: a client whose requests a budget may refuse before they are sent. */
    @FunctionalInterface
    public interface Model {
        /**
         * Sends one request and returns the model's reply.
         *
         * @throws LlmException           as {@link dev.l2mac.llm.LlmClient#chat}
         * @throws BudgetReachedException when the request could cross a budget, so it was not sent
         */
        ChatResponse chat(ChatRequest request) throws LlmException, BudgetReachedException;
    }

    private final Model llm;
    private final PromptPack prompts;
    private final int maxSteps;
    private final int maxPlanAttempts;
    private final double temperature;
    private final int maxOutputTokens;
    private final Optional<StackOffer> offer;

    public Bootstrapper(
            Model llm, PromptPack prompts, int maxSteps, int maxPlanAttempts, double temperature, int maxOutputTokens) {
        this.llm = Objects.requireNonNull(llm, "llm");
        this.prompts = Objects.requireNonNull(prompts, "prompts");
        if (maxSteps < 1) {
            throw new IllegalArgumentException("limits.max-steps must be a positive number, was " + maxSteps);
        }
        if (maxPlanAttempts < 1) {
            throw new IllegalArgumentException(
                    "limits.max-plan-attempts must be a positive number, was " + maxPlanAttempts);
        }
        this.maxSteps = maxSteps;
        this.maxPlanAttempts = maxPlanAttempts;
        this.temperature = temperature;
        this.maxOutputTokens = maxOutputTokens;
        this.offer = Optional.empty();
    }

    private Bootstrapper(Bootstrapper base, StackOffer offer) {
        this.llm = base.llm;
        this.prompts = base.prompts;
        this.maxSteps = base.maxSteps;
        this.maxPlanAttempts = base.maxPlanAttempts;
        this.temperature = base.temperature;
        this.maxOutputTokens = base.maxOutputTokens;
        this.offer = Optional.of(offer);
    }

    /**
     * This bootstrapper, offering the model a choice of stack: the planning request adds the offer's words, and the
     * planning tool an optional {@code stack} field naming one of its stacks.
     */
    public Bootstrapper offering(StackOffer stacks) {
        return new Bootstrapper(this, stacks);
    }

    /**
     * The planning tool with an optional field for the stack, one of {@code stacks}; without a choice the tool is
     * {@link #PLAN_TOOL} exactly, as the reference implementation's recorded runs need.
     */
    public static ToolSpec planTool(List<String> stacks) {
        if (stacks.isEmpty()) {
            return PLAN_TOOL;
        }
        try {
            ObjectNode schema = (ObjectNode) SCHEMA_JSON.readTree(PLAN_TOOL.parametersSchema());
            ObjectNode stack = ((ObjectNode) schema.get("properties")).putObject(PlanArguments.STACK);
            stack.put("type", "string");
            stacks.forEach(stack.putArray("enum")::add);
            stack.put(
                    "description",
                    "The stack the codebase is written in, when the task does not say; leave it out for the"
                            + " default.");
            return new ToolSpec(PLAN_TOOL.name(), PLAN_TOOL.description(), SCHEMA_JSON.writeValueAsString(schema));
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("the planning tool's own schema is not JSON: " + e.getMessage(), e);
        }
    }

    /**
     * Plans {@code task} into at most {@code maxSteps} instructions.
     *
     * @throws BootstrapException when every attempt returned a malformed plan, saying what was wrong with the last
     * @throws LlmException       when a request fails, as classified by the client
     * @throws BudgetReachedException when the next request could cross a budget, so the planning stopped
     */
    public Plan plan(String task) throws BootstrapException, LlmException, BudgetReachedException {
        Objects.requireNonNull(task, "task");
        List<Message> dialog = new ArrayList<>();
        dialog.add(new Message.SystemMessage(prompts.render(PromptName.SYSTEM)));
        String request =
                prompts.render(PromptName.BOOTSTRAP, Map.of("task", task, "max_steps", String.valueOf(maxSteps)));
        dialog.add(new Message.UserMessage(
                offer.map(stacks -> request + "\n\n" + stacks.wording()).orElse(request)));
        List<String> stacks = offer.map(StackOffer::stacks).orElse(List.of());
        ToolSpec tool = planTool(stacks);
        String lastProblem = "";
        for (int attempt = 1; attempt <= maxPlanAttempts; attempt++) {
            AssistantMessage reply = llm.chat(
                            new ChatRequest(dialog, List.of(tool), tool.name(), temperature, maxOutputTokens))
                    .message();
            switch (judge(reply, stacks)) {
                case PlanArguments.Result.Valid valid -> {
                    return new Plan(PromptProgram.of(valid.steps()), valid.stack());
                }
                case PlanArguments.Result.Invalid invalid -> {
                    lastProblem = invalid.problem();
                    dialog.addAll(rejection(reply, lastProblem));
                }
            }
        }
        throw new BootstrapException(maxPlanAttempts, lastProblem);
    }

    private PlanArguments.Result judge(AssistantMessage reply, List<String> stacks) {
        return planCall(reply)
                .map(call -> PlanArguments.parse(call.arguments(), maxSteps, stacks))
                .orElseGet(() -> new PlanArguments.Result.Invalid("the reply did not call " + PLAN_TOOL.name()));
    }

    /** The reply and the answers to it that tell the model why its plan was rejected, keeping the dialog valid. */
    private List<Message> rejection(AssistantMessage reply, String problem) {
        String feedback = prompts.render(
                PromptName.PLAN_INVALID, Map.of("error", problem, "max_steps", String.valueOf(maxSteps)));
        List<Message> messages = new ArrayList<>();
        if (!reply.hasToolCalls()) {
            if (!reply.text().isBlank()) {
                messages.add(reply);
            }
            messages.add(new Message.UserMessage(feedback));
            return messages;
        }
        // Providers reject a dialog in which any tool call of the reply is left unanswered.
        messages.add(reply);
        for (ToolCall call : reply.toolCalls()) {
            messages.add(new Message.ToolResultMessage(call.id(), call.name(), feedback));
        }
        return messages;
    }

    private static Optional<ToolCall> planCall(AssistantMessage reply) {
        return reply.toolCalls().stream()
                .filter(call -> call.name().equals(PLAN_TOOL.name()))
                .findFirst();
    }
}
