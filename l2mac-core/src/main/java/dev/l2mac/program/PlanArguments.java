package dev.l2mac.program;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * Parses the planning tool's arguments once: the result is either the steps, or the reason they cannot be used,
 * phrased for the model to act on. There is no repair: a malformed plan goes back to the model.
 */
final class PlanArguments {

    static final String STEPS = "steps";
    static final String STACK = "stack";

    private static final ObjectMapper JSON = new ObjectMapper().enable(DeserializationFeature.FAIL_ON_TRAILING_TOKENS);

    /** The outcome of parsing one plan. */
    sealed interface Result {
        /** The steps, and the stack the model chose when it was offered one. */
        record Valid(List<String> steps, Optional<String> stack) implements Result {
            public Valid {
                steps = List.copyOf(steps);
            }
        }

        record Invalid(String problem) implements Result {}
    }

    private PlanArguments() {}

    /** Parses a plan made without a choice of stack: a {@code stack} field is ignored. */
    static Result parse(String arguments, int maxSteps) {
        return parse(arguments, maxSteps, List.of());
    }

    /**
     * Parses a plan; when {@code stacks} is not empty the model was offered them, and may name one in the optional
     * {@code stack} field.
     */
    static Result parse(String arguments, int maxSteps, List<String> stacks) {
        JsonNode tree;
        try {
            tree = JSON.readTree(arguments);
        } catch (JsonProcessingException e) {
            return new Result.Invalid("the arguments are not valid JSON (" + Phrasing.failure(e) + ")");
        }
        if (tree == null || tree.isMissingNode()) {
            return new Result.Invalid("the arguments are empty");
        }
        if (!tree.isObject()) {
            return new Result.Invalid("the arguments are " + Phrasing.kind(tree) + ", not a JSON object");
        }
        JsonNode steps = tree.get(STEPS);
        if (steps == null) {
            return new Result.Invalid("the arguments have no '" + STEPS + "' field");
        }
        if (!steps.isArray()) {
            return new Result.Invalid("'" + STEPS + "' is " + Phrasing.kind(steps) + ", not an array of strings");
        }
        if (steps.isEmpty()) {
            return new Result.Invalid("'" + STEPS + "' is empty");
        }
        if (steps.size() > maxSteps) {
            return new Result.Invalid("the plan has " + steps.size() + " steps but at most " + maxSteps
                    + " are allowed; merge related steps");
        }
        Result plan = texts(steps);
        return plan instanceof Result.Valid valid && !stacks.isEmpty()
                ? withStack(valid, tree.get(STACK), stacks)
                : plan;
    }

    private static Result withStack(Result.Valid plan, JsonNode stack, List<String> stacks) {
        if (stack == null
                || stack.isNull()
                || (stack.isTextual() && stack.asText().isBlank())) {
            return plan;
        }
        String offered = String.join(", ", stacks);
        if (!stack.isTextual()) {
            return new Result.Invalid("'" + STACK + "' is " + Phrasing.kind(stack) + ", not one of " + offered);
        }
        String name = stack.asText().strip();
        return stacks.stream()
                .filter(name::equalsIgnoreCase)
                .findFirst()
                .<Result>map(chosen -> new Result.Valid(plan.steps(), Optional.of(chosen)))
                .orElseGet(() -> new Result.Invalid("'" + STACK + "' is '" + name + "', which is not a stack;"
                        + " name one of " + offered + ", or leave the field out"));
    }

    private static Result texts(JsonNode steps) {
        List<String> texts = new ArrayList<>();
        for (int i = 0; i < steps.size(); i++) {
            JsonNode step = steps.get(i);
            if (!step.isTextual()) {
                return new Result.Invalid("step " + (i + 1) + " is " + Phrasing.kind(step) + ", not a string");
            }
            if (step.asText().isBlank()) {
                return new Result.Invalid("step " + (i + 1) + " is blank");
            }
            texts.add(step.asText());
        }
        return new Result.Valid(texts, Optional.empty());
    }
}
