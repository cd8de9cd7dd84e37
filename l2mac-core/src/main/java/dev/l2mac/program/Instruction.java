package dev.l2mac.program;

import java.util.Objects;

/** One instruction of the prompt program; {@code number} is 1-based. */
public record Instruction(int number, String text) {
    public Instruction {
        Objects.requireNonNull(text, "text");
        if (number < 1) {
            throw new IllegalArgumentException("instruction numbers start at 1, was " + number);
        }
        if (text.isBlank()) {
            throw new IllegalArgumentException("instruction " + number + " is empty");
        }
    }
}
