package dev.l2mac.program;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.Map;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

/**
 * Pins what the model reads: every built-in prompt rendered with fixed values, compared with a golden file so that
 * a change to a prompt shows up in review. Run with {@code -Dgolden.update=true} to rewrite the golden files.
 */
class PromptGoldenTest {

    private static final Path GOLDEN = Path.of("src/test/resources/dev/l2mac/program/golden");
    private static final boolean UPDATE = Boolean.getBoolean("golden.update");

    private static final Map<String, String> VALUES = Map.of(
            "task", "Build a command-line todo list with due dates.",
            "max_steps", "10",
            "step_number", "2",
            "step_count", "5",
            "instruction", "Write todo.py with add, list and complete commands, with pytest tests.",
            "file_listing", "models.py (40 lines)\ntest_models.py (25 lines)",
            "handover", "models.py defines Todo(title, due, done) and TodoList(add, complete, pending).",
            "findings", "test_todo.py::test_complete FAILED: KeyError 'id'",
            "summary", "todo.py has add and list; complete is missing.",
            "error", "the plan has 12 steps but at most 10 are allowed; merge related steps");

    @ParameterizedTest
    @EnumSource(Domain.class)
    void built_in_prompts_render_as_in_the_golden_file(Domain domain) throws Exception {
        PromptPack pack = PromptPack.builtIn(domain);
        StringBuilder rendered = new StringBuilder();
        for (PromptName prompt : PromptName.values()) {
            Map<String, String> values = new HashMap<>(VALUES);
            values.keySet().retainAll(prompt.placeholders());
            rendered.append("===== ")
                    .append(prompt.key())
                    .append(" =====\n")
                    .append(pack.render(prompt, values))
                    .append("\n\n");
        }
        Path golden = GOLDEN.resolve(domain.written() + ".txt");
        if (UPDATE) {
            Files.createDirectories(GOLDEN);
            Files.writeString(golden, rendered);
        }

        assertThat(golden)
                .as("golden file; create it with -Dgolden.update=true")
                .exists();
        assertThat(rendered.toString()).isEqualTo(Files.readString(golden));
    }
}
