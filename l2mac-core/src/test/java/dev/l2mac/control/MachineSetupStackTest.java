package dev.l2mac.control;

import static org.assertj.core.api.Assertions.assertThat;

import dev.l2mac.llm.ScriptedLlm;
import dev.l2mac.program.Domain;
import dev.l2mac.program.PromptPack;
import dev.l2mac.settings.RunPolicy;
import dev.l2mac.settings.RunSettings;
import dev.l2mac.stack.Stacks;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;

class MachineSetupStackTest {

    private static final RunSettings SETTINGS = RunSettings.defaults(Path.of("unused"));

    @Test
    void a_codebase_without_a_chosen_stack_takes_the_one_its_task_names() throws Exception {
        MachineSetup setup = setup(Domain.CODEBASE, SETTINGS);

        assertThat(setup.stack().name()).isEqualTo("python");
        assertThat(setup.forTask("A TypeScript to-do list.").stack().name()).isEqualTo("typescript");
        assertThat(setup.forTask("A to-do list.").stack().name()).isEqualTo("python");
    }

    @Test
    void a_chosen_stack_outranks_the_task() throws Exception {
        MachineSetup setup =
                setup(Domain.CODEBASE, SETTINGS.withPolicy(RunPolicy.DEFAULTS.withStack(Stacks.named("java"))));

        assertThat(setup.forTask("A TypeScript to-do list.").stack().name()).isEqualTo("java");
    }

    @Test
    void every_stack_edits_searches_and_outlines_but_the_reference_stack_keeps_its_own_tools() throws Exception {
        assertThat(setup(Domain.CODEBASE, SETTINGS).domainTools())
                .contains("edit_file", "search_files", "outline_files");
        assertThat(Stacks.builtIn())
                .allSatisfy(stack -> assertThat(stack.tools()).contains("edit_file", "search_files", "outline_files"));
        assertThat(Stacks.reference().tools()).doesNotContain("edit_file", "search_files", "outline_files");
    }

    @Test
    void a_book_has_no_stack_to_infer() throws Exception {
        MachineSetup setup = setup(Domain.BOOK, SETTINGS);

        assertThat(setup.forTask("A book about Java.")).isSameAs(setup);
    }

    private static MachineSetup setup(Domain domain, RunSettings settings) throws Exception {
        return MachineSetup.of(new ScriptedLlm(), domain, PromptPack.builtIn(domain), settings);
    }
}
