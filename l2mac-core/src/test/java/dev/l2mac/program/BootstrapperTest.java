package dev.l2mac.program;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.l2mac.llm.ChatRequest;
import dev.l2mac.llm.LlmException;
import dev.l2mac.llm.Message;
import dev.l2mac.llm.ScriptedLlm;
import dev.l2mac.llm.ToolCall;
import java.util.List;
import java.util.stream.Collectors;
import java.util.stream.IntStream;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

class BootstrapperTest {

    private static final String PLAN = Bootstrapper.PLAN_TOOL.name();
    private static final int MAX_STEPS = 10;
    private static final int MAX_ATTEMPTS = 3;

    private final ScriptedLlm llm = new ScriptedLlm();
    private PromptPack prompts;

    @BeforeEach
    void loadPrompts() throws Exception {
        prompts = PromptPack.builtIn(Domain.CODEBASE);
    }

    private Bootstrapper bootstrapper() {
        return new Bootstrapper(llm::chat, prompts, MAX_STEPS, MAX_ATTEMPTS, 0.0, 1_000);
    }

    private static String stepsJson(int count) {
        return IntStream.rangeClosed(1, count)
                .mapToObj(i -> "\"Step " + i + ".\"")
                .collect(Collectors.joining(",", "{\"steps\":[", "]}"));
    }

    @Test
    void returns_the_program_of_a_well_formed_plan() throws Exception {
        llm.thenCall(PLAN, "{\"steps\":[\"Write models.py with tests.\",\"Write app.py with tests.\"]}");

        PromptProgram program = bootstrapper().plan("Build a todo API").program();

        assertThat(program.texts()).containsExactly("Write models.py with tests.", "Write app.py with tests.");
        assertThat(llm.requests()).hasSize(1);
    }

    @Test
    void sends_system_and_bootstrap_prompts_with_the_forced_planning_tool() throws Exception {
        llm.thenCall(PLAN, stepsJson(1));

        bootstrapper().plan("Build a todo API");

        ChatRequest request = llm.requests().getFirst();
        assertThat(request.forcedTool()).isEqualTo(PLAN);
        assertThat(request.tools()).containsExactly(Bootstrapper.PLAN_TOOL);
        assertThat(request.temperature()).isZero();
        assertThat(request.maxOutputTokens()).isEqualTo(1_000);
        assertThat(request.messages()).hasSize(2);
        assertThat(request.messages().get(0))
                .isInstanceOf(Message.SystemMessage.class)
                .extracting(Message::text)
                .isEqualTo(prompts.render(PromptName.SYSTEM));
        assertThat(request.messages().get(1))
                .isInstanceOf(Message.UserMessage.class)
                .extracting(Message::text)
                .asString()
                .contains("Build a todo API")
                .contains("at most 10 steps");
    }

    @Test
    void plan_tool_schema_requires_an_array_of_strings() throws Exception {
        JsonNode schema = new ObjectMapper().readTree(Bootstrapper.PLAN_TOOL.parametersSchema());

        assertThat(schema.at("/type").asText()).isEqualTo("object");
        assertThat(schema.at("/properties/steps/type").asText()).isEqualTo("array");
        assertThat(schema.at("/properties/steps/items/type").asText()).isEqualTo("string");
        assertThat(schema.at("/properties/steps/description").asText()).contains("every requirement");
        assertThat(schema.at("/required/0").asText()).isEqualTo("steps");
    }

    @Test
    void too_many_steps_go_back_as_a_tool_error_and_the_corrected_plan_is_used() throws Exception {
        llm.thenCalls(new ToolCall("call_a", PLAN, stepsJson(12))).thenCall(PLAN, stepsJson(10));

        PromptProgram program = bootstrapper().plan("Build a todo API").program();

        assertThat(program.size()).isEqualTo(10);
        List<Message> retry = llm.requests().get(1).messages();
        assertThat(retry).hasSize(4);
        assertThat(retry.get(2)).isInstanceOf(Message.AssistantMessage.class);
        assertThat(retry.get(3)).isInstanceOfSatisfying(Message.ToolResultMessage.class, result -> {
            assertThat(result.toolCallId()).isEqualTo("call_a");
            assertThat(result.toolName()).isEqualTo(PLAN);
            assertThat(result.text())
                    .contains("12 steps")
                    .contains("at most 10")
                    .contains("1 to 10 strings");
        });
        assertThat(llm.requests().get(1).forcedTool()).isEqualTo(PLAN);
    }

    @Test
    void invalid_json_three_times_fails_with_the_last_problem() {
        llm.thenCall(PLAN, "{\"steps\": [").thenCall(PLAN, "not json").thenCall(PLAN, "{\"steps\": [\"a\",]");

        assertThatThrownBy(() -> bootstrapper().plan("Build a todo API"))
                .isInstanceOfSatisfying(BootstrapException.class, e -> {
                    assertThat(e.attempts()).isEqualTo(MAX_ATTEMPTS);
                    assertThat(e.lastProblem()).contains("not valid JSON");
                    assertThat(e.getMessage()).contains("3 attempts").contains("--program");
                });
        assertThat(llm.requests()).hasSize(MAX_ATTEMPTS);
        assertThat(llm.requests().get(2).messages()).hasSize(6);
    }

    @Test
    void reply_without_tool_call_counts_as_a_malformed_attempt() throws Exception {
        llm.thenText("Here is my plan: first, ...").thenCall(PLAN, stepsJson(2));

        PromptProgram program = bootstrapper().plan("Build a todo API").program();

        assertThat(program.size()).isEqualTo(2);
        List<Message> retry = llm.requests().get(1).messages();
        assertThat(retry.get(2)).isInstanceOf(Message.AssistantMessage.class);
        assertThat(retry.get(3))
                .isInstanceOf(Message.UserMessage.class)
                .extracting(Message::text)
                .asString()
                .contains("did not call " + PLAN);
    }

    @Test
    void every_tool_call_of_a_rejected_reply_is_answered() throws Exception {
        llm.thenCalls(new ToolCall("c1", "write_files", "{}"), new ToolCall("c2", PLAN, "{\"steps\":[]}"))
                .thenCall(PLAN, stepsJson(1));

        bootstrapper().plan("t");

        List<Message> retry = llm.requests().get(1).messages();
        assertThat(retry).hasSize(5);
        assertThat(retry.subList(3, 5))
                .extracting(m -> ((Message.ToolResultMessage) m).toolCallId())
                .containsExactly("c1", "c2");
        assertThat(retry.get(4).text()).contains("'steps' is empty");
    }

    @Test
    void rejects_plans_with_wrong_shapes_saying_what_is_wrong() {
        assertThat(problem("")).contains("empty");
        assertThat(problem("[\"a\"]")).contains("a list, not a JSON object");
        assertThat(problem("{\"plan\":[\"a\"]}")).contains("no 'steps' field");
        assertThat(problem("{\"steps\":\"a\"}")).contains("'steps' is text, not an array");
        assertThat(problem("{\"steps\":[\"a\", 3]}")).contains("step 2 is a number");
        assertThat(problem("{\"steps\":[\"a\", \" \"]}")).contains("step 2 is blank");
        assertThat(problem("{\"steps\":[\"a\"]} trailing")).contains("not valid JSON");
    }

    @Test
    void classified_model_failures_pass_through() {
        llm.thenFail(new LlmException.AuthenticationFailed("401", null));

        assertThatThrownBy(() -> bootstrapper().plan("t")).isInstanceOf(LlmException.AuthenticationFailed.class);
    }

    @Test
    void refuses_non_positive_limits_naming_the_key() {
        assertThatThrownBy(() -> new Bootstrapper(llm::chat, prompts, 0, 3, 0.0, 100))
                .hasMessageContaining("limits.max-steps");
        assertThatThrownBy(() -> new Bootstrapper(llm::chat, prompts, 10, 0, 0.0, 100))
                .hasMessageContaining("limits.max-plan-attempts");
    }

    private static String problem(String arguments) {
        PlanArguments.Result result = PlanArguments.parse(arguments, MAX_STEPS);
        assertThat(result).isInstanceOf(PlanArguments.Result.Invalid.class);
        return ((PlanArguments.Result.Invalid) result).problem();
    }

    @Test
    void offered_a_choice_of_stack_the_model_may_name_one_in_the_plan() throws Exception {
        llm.thenCall(PLAN, "{\"steps\":[\"Write pom.xml.\"],\"stack\":\"Java\"}");

        Plan plan = bootstrapper().offering(OFFER).plan("Build a todo API");

        assertThat(plan.stack()).contains("java");
        ChatRequest request = llm.requests().getFirst();
        assertThat(request.messages().get(1).text()).endsWith("\n\n" + OFFER.wording());
        JsonNode stack = new ObjectMapper()
                .readTree(request.tools().getFirst().parametersSchema())
                .at("/properties/stack/enum");
        assertThat(stack).extracting(JsonNode::asText).containsExactly("python", "java");
    }

    @Test
    void offered_a_choice_the_model_may_leave_the_stack_out() throws Exception {
        llm.thenCall(PLAN, stepsJson(1));

        assertThat(bootstrapper().offering(OFFER).plan("t").stack()).isEmpty();
    }

    @Test
    void a_stack_that_was_not_offered_goes_back_to_the_model() throws Exception {
        llm.thenCall(PLAN, "{\"steps\":[\"Write main.rs.\"],\"stack\":\"rust\"}")
                .thenCall(PLAN, "{\"steps\":[\"Write app.py.\"],\"stack\":\"python\"}");

        assertThat(bootstrapper().offering(OFFER).plan("t").stack()).contains("python");
        Message rejection = llm.requests().get(1).messages().getLast();
        assertThat(rejection.text()).contains("'stack' is 'rust', which is not a stack; name one of python, java");
    }

    @Test
    void without_an_offer_the_plan_tool_is_the_references_and_a_stack_field_is_ignored() throws Exception {
        llm.thenCall(PLAN, "{\"steps\":[\"Write app.py.\"],\"stack\":\"java\"}");

        assertThat(bootstrapper().plan("t").stack()).isEmpty();
        assertThat(llm.requests().getFirst().tools()).containsExactly(Bootstrapper.PLAN_TOOL);
        assertThat(Bootstrapper.planTool(List.of())).isEqualTo(Bootstrapper.PLAN_TOOL);
    }

    private static final StackOffer OFFER =
            new StackOffer(List.of("python", "java"), "Choose python or java in the plan's `stack` field.");
}
