package dev.l2mac.eval;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class CodeExtractionTest {
    private static final Problem PROBLEM =
            new Problem("Demo/1", "def double(x):\n    \"\"\"Twice x.\"\"\"\n", "double", "", "");

    @Test
    void takes_the_fenced_block_that_defines_the_entry_point() {
        String reply = "First a helper:\n```python\ndef helper():\n    pass\n```\nThen:\n```python\n"
                + "def double(x):\n    return 2 * x\n```\nDone.";
        assertThat(CodeExtraction.program(PROBLEM, reply)).isEqualTo("def double(x):\n    return 2 * x\n");
    }

    @Test
    void completes_the_prompt_with_a_function_body() {
        String reply = "```python\n    return 2 * x\n```";
        assertThat(CodeExtraction.program(PROBLEM, reply)).isEqualTo(PROBLEM.prompt() + "    return 2 * x\n");
    }

    @Test
    void keeps_the_indentation_of_a_body_that_starts_with_blank_lines() {
        String reply = "```\n\n\n    return 2 * x\n```";
        assertThat(CodeExtraction.program(PROBLEM, reply)).endsWith("\n\n\n    return 2 * x\n");
    }

    @Test
    void takes_a_reply_without_fences_as_code() {
        String reply = "def double(x):\n    return x * 2\n";
        assertThat(CodeExtraction.program(PROBLEM, reply)).isEqualTo(reply);
    }

    @Test
    void does_not_mistake_a_nested_or_similarly_named_function_for_the_entry_point() {
        assertThat(CodeExtraction.defines("class A:\n    def double(self):\n        pass\n", "double"))
                .isFalse();
        assertThat(CodeExtraction.defines("def double_it(x):\n    pass\n", "double"))
                .isFalse();
        assertThat(CodeExtraction.defines("def double (x):\n    pass\n", "double"))
                .isTrue();
    }
}
