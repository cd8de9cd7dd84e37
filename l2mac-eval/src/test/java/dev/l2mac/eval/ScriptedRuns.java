package dev.l2mac.eval;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.l2mac.llm.ChatRequest;
import dev.l2mac.llm.Message;
import dev.l2mac.llm.ScriptedLlm;
import dev.l2mac.llm.ToolCall;
import dev.l2mac.llm.ToolSpec;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.stream.Collectors;
import java.util.stream.Stream;

/**
 * Scripts a model through whole codebase runs of the machine, as the evaluations drive it: each run is a one-step
 * plan, one write of the files, the step completed and a short summary, so four requests.
 */
public final class ScriptedRuns {
    private static final ObjectMapper JSON = new ObjectMapper();

    private ScriptedRuns() {}

    /** A model that makes one run writing {@code files}. */
    public static ScriptedLlm writing(String step, Map<String, String> files) {
        return thenWriting(new ScriptedLlm("scripted-run"), step, files);
    }

    /** Adds to {@code model}'s script a run that plans {@code step}, writes {@code files} and completes the step. */
    public static ScriptedLlm thenWriting(ScriptedLlm model, String step, Map<String, String> files) {
        ObjectNode plan = JSON.createObjectNode();
        plan.putArray("steps").add(step);
        ObjectNode write = JSON.createObjectNode();
        ArrayNode list = write.putArray("list_of_file_objects");
        new TreeMap<>(files)
                .forEach((path, content) ->
                        list.addObject().put("file_path", path).put("file_contents", content));
        return model.thenCalls(
                        new ToolCall("call_plan", "provide_detailed_sub_task_steps_for_sub_agents", plan.toString()))
                .thenCalls(new ToolCall("call_write", "write_files", write.toString()))
                .thenCalls(new ToolCall("call_done", "sub_task_step_complete", "{}"))
                .thenText("Done: " + step);
    }

    /** Every message of every request {@code model} was sent, one after another. */
    public static String messagesSent(ScriptedLlm model) {
        return model.requests().stream().map(ScriptedRuns::messages).collect(Collectors.joining("\n"));
    }

    /** A request's messages, one after another. */
    public static String messages(ChatRequest request) {
        return request.messages().stream().map(Message::text).collect(Collectors.joining("\n"));
    }

    /** A request as the model reads it: its messages, then each tool's name, description and parameters. */
    public static String everything(ChatRequest request) {
        return Stream.concat(
                        Stream.of(messages(request)),
                        request.tools().stream()
                                .flatMap(t -> Stream.of(t.name(), t.description(), t.parametersSchema())))
                .collect(Collectors.joining("\n"));
    }

    /** The names of the tools a request offers. */
    public static List<String> toolNames(ChatRequest request) {
        return request.tools().stream().map(ToolSpec::name).toList();
    }
}
