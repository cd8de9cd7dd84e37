package dev.l2mac.program;

import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;

/** The program part of memory: the ordered instructions the control unit executes one at a time. */
public record PromptProgram(List<Instruction> instructions) implements Iterable<Instruction> {
    public PromptProgram {
        instructions = List.copyOf(instructions);
        if (instructions.isEmpty()) {
            throw new IllegalArgumentException("a prompt program needs at least one instruction");
        }
        for (int i = 0; i < instructions.size(); i++) {
            if (instructions.get(i).number() != i + 1) {
                throw new IllegalArgumentException("instruction " + (i + 1) + " is numbered "
                        + instructions.get(i).number());
            }
        }
    }

    /** Numbers the given instruction texts 1..n. */
    public static PromptProgram of(List<String> texts) {
        List<Instruction> numbered = new ArrayList<>();
        for (String text : texts) {
            numbered.add(new Instruction(numbered.size() + 1, text.strip()));
        }
        return new PromptProgram(numbered);
    }

    public int size() {
        return instructions.size();
    }

    public List<String> texts() {
        return instructions.stream().map(Instruction::text).toList();
    }

    @Override
    public Iterator<Instruction> iterator() {
        return instructions.iterator();
    }
}
