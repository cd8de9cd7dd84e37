package dev.l2mac.program;

import java.util.Arrays;
import java.util.Collections;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;

/**
 * The closed set of prompts the control unit sends, each with exactly the placeholders it is rendered with. A
 * prompt text may use a subset of them; the caller always passes all of them.
 */
public enum PromptName {
    /** The system message of every context. */
    SYSTEM,
    /** Asks the model for the prompt program through the planning tool. */
    BOOTSTRAP("task", "max_steps"),
    /** The first user message of an instruction's fresh context. */
    INSTRUCTION("task", "step_number", "step_count", "instruction", "file_listing", "handover"),
    /** Fed back when the checks fail after the model marked the step complete. */
    CHECKS_FAILED("findings"),
    /** After the checks pass: asks for a plain-text summary for the next instruction. */
    HANDOVER_REQUEST,
    /** On context overflow: asks for a plain-text summary of progress on this instruction. */
    PROGRESS_SUMMARY_REQUEST,
    /** Added when an instruction restarts after an overflow, carrying the progress summary. */
    RESTART_WITH_SUMMARY("summary"),
    /** Sent when the model replied with text and no tool call. */
    NO_TOOL_CALL,
    /** The tool error returned for a malformed plan. */
    PLAN_INVALID("error", "max_steps");

    private final Set<String> placeholders;

    PromptName(String... placeholders) {
        this.placeholders = Collections.unmodifiableSet(new LinkedHashSet<>(Arrays.asList(placeholders)));
    }

    /** The placeholders this prompt is rendered with, in a fixed order. */
    public Set<String> placeholders() {
        return placeholders;
    }

    /** The name in files: lower snake case, such as {@code checks_failed}. */
    public String key() {
        return name().toLowerCase(Locale.ROOT);
    }

    /** The prompt whose {@link #key()} is {@code key}, if any. */
    public static Optional<PromptName> ofKey(String key) {
        return Arrays.stream(values()).filter(p -> p.key().equals(key)).findFirst();
    }

    /** Every key, for error messages. */
    static List<String> keys() {
        return Arrays.stream(values()).map(PromptName::key).toList();
    }
}
