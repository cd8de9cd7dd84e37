package dev.l2mac.cli;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.l2mac.llm.ToolCall;
import java.util.List;
import java.util.Map;
import java.util.concurrent.atomic.AtomicInteger;

/** The tool calls a scripted model sends in the CLI's tests: a plan, file writes, any other call. */
final class ChatScript {
    static final String PLAN_TOOL = "provide_detailed_sub_task_steps_for_sub_agents";
    private static final ObjectMapper JSON = new ObjectMapper();
    private static final AtomicInteger IDS = new AtomicInteger();

    private ChatScript() {}

    static ToolCall call(String name, String arguments) {
        return new ToolCall("call_" + IDS.incrementAndGet(), name, arguments);
    }

    static ToolCall plan(String... steps) {
        ObjectNode args = JSON.createObjectNode();
        ArrayNode list = args.putArray("steps");
        List.of(steps).forEach(list::add);
        return call(PLAN_TOOL, args.toString());
    }

    static ToolCall write(Map<String, String> files) {
        ObjectNode args = JSON.createObjectNode();
        ArrayNode list = args.putArray("list_of_file_objects");
        files.forEach((path, content) -> list.addObject().put("file_path", path).put("file_contents", content));
        return call("write_files", args.toString());
    }

    static ToolCall complete() {
        return call("sub_task_step_complete", "{}");
    }
}
