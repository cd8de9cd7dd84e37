package dev.l2mac.eval.design;

import static org.assertj.core.api.Assertions.assertThat;

import dev.l2mac.eval.ScriptedRuns;
import dev.l2mac.llm.RetryPolicy;
import dev.l2mac.llm.ScriptedLlm;
import dev.l2mac.run.RunListener;
import dev.l2mac.settings.CheckSettings;
import dev.l2mac.settings.RunPolicy;
import dev.l2mac.settings.RunSettings;
import dev.l2mac.stack.Stack;
import dev.l2mac.stack.Stacks;
import java.nio.file.Path;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The stack a written codebase is in: the one asked for, else the one the task names, else Python. */
class L2macCodebaseWriterTest {
    private static final String JAVA_TASK = "A greeting library in Java, built with Maven.";

    @TempDir
    Path workspace;

    private final ScriptedLlm model = ScriptedRuns.writing("Write the code.", Map.of("README.md", "# Greeter\n"));

    @Test
    void without_a_stack_asked_for_the_task_names_it() {
        assertThat(write(JAVA_TASK, Optional.empty())).isEqualTo("completed");

        assertThat(ScriptedRuns.toolNames(model.requests().get(1)))
                .contains("run_tests")
                .doesNotContain("run_python_file");
    }

    @Test
    void a_task_that_names_no_stack_is_written_in_python() {
        write("A greeting service.", Optional.empty());

        assertThat(ScriptedRuns.toolNames(model.requests().get(1))).contains("run_python_file");
    }

    @Test
    void the_stack_asked_for_wins_over_the_tasks_words() {
        write(JAVA_TASK, Optional.of(Stacks.named("javascript")));

        assertThat(ScriptedRuns.everything(model.requests().get(1))).contains("node:test", "package.json");
    }

    private String write(String task, Optional<Stack> stack) {
        RunSettings settings = RunSettings.defaults(Path.of("."))
                .withChecks(CheckSettings.DEFAULTS.withEnabled(false))
                .withPolicy(RunPolicy.DEFAULTS.withSavings(Set.of()));
        return new L2macCodebaseWriter(model, settings, RetryPolicy.NONE, RunListener.NONE)
                .write(task, stack, workspace);
    }
}
