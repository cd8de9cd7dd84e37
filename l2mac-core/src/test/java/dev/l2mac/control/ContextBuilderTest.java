package dev.l2mac.control;

import static org.assertj.core.api.Assertions.assertThat;

import dev.l2mac.llm.Message;
import dev.l2mac.memory.InMemoryFileStore;
import dev.l2mac.memory.MemoryException;
import dev.l2mac.program.Domain;
import dev.l2mac.program.Instruction;
import dev.l2mac.program.PromptName;
import dev.l2mac.program.PromptPack;
import dev.l2mac.program.PromptPackException;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

class ContextBuilderTest {
    private static final Instruction SECOND = new Instruction(2, "Add the CLI in app/cli.py.");
    private final InMemoryFileStore files = new InMemoryFileStore(1_000);
    private final PromptPack prompts = PromptPack.builtIn(Domain.CODEBASE);
    private final ContextBuilder builder = new ContextBuilder(prompts, files, "Build a todo app.", 3);

    ContextBuilderTest() throws PromptPackException {}

    @Test
    void starts_with_the_system_prompt_then_the_instruction_with_task_listing_and_handover() throws MemoryException {
        files.write("app/models.py", "");
        files.write("README.md", "");

        List<Message> context = builder.build(SECOND, "Step 1 wrote app/models.py.", null, List.of(), Map.of());

        assertThat(context).hasSize(2);
        assertThat(context.getFirst()).isEqualTo(new Message.SystemMessage(prompts.render(PromptName.SYSTEM)));
        assertThat(context.get(1))
                .isEqualTo(new Message.UserMessage(prompts.render(
                        PromptName.INSTRUCTION,
                        Map.of(
                                "task",
                                "Build a todo app.",
                                "step_number",
                                "2",
                                "step_count",
                                "3",
                                "instruction",
                                "Add the CLI in app/cli.py.",
                                "file_listing",
                                "README.md\napp/models.py",
                                "handover",
                                "Step 1 wrote app/models.py."))));
    }

    @Test
    void says_so_when_there_is_no_handover_and_no_file_yet() {
        String instruction =
                builder.build(SECOND, " ", null, List.of(), Map.of()).get(1).text();

        assertThat(instruction).contains(ContextBuilder.FIRST_STEP_HANDOVER, ContextBuilder.EMPTY_LISTING);
    }

    @Test
    void carries_the_progress_summary_after_a_restart_before_the_dialog() {
        Message reply = Message.AssistantMessage.ofText("working");

        List<Message> context = builder.build(SECOND, "", "Half of cli.py is written.", List.of(reply), Map.of());

        assertThat(context).hasSize(4);
        assertThat(context.get(2))
                .isEqualTo(new Message.UserMessage(prompts.render(
                        PromptName.RESTART_WITH_SUMMARY, Map.of("summary", "Half of cli.py is written."))));
        assertThat(context.get(3)).isEqualTo(reply);
    }
}
