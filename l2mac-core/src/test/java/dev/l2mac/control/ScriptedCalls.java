package dev.l2mac.control;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.l2mac.llm.ToolCall;
import java.util.List;
import java.util.Map;
import java.util.concurrent.atomic.AtomicInteger;

/** Builds the tool calls a scripted model makes, in the reference tools' argument shapes. */
final class ScriptedCalls {
    private static final ObjectMapper JSON = new ObjectMapper();
    private static final AtomicInteger IDS = new AtomicInteger();

    private ScriptedCalls() {}

    static ToolCall plan(List<String> steps) {
        ObjectNode args = JSON.createObjectNode();
        steps.forEach(args.putArray("steps")::add);
        return call("provide_detailed_sub_task_steps_for_sub_agents", args);
    }

    static ToolCall write(Map<String, String> files) {
        ObjectNode args = JSON.createObjectNode();
        ArrayNode list = args.putArray("list_of_file_objects");
        files.forEach((path, content) -> list.addObject().put("file_path", path).put("file_contents", content));
        return call("write_files", args);
    }

    static ToolCall view(String... files) {
        ObjectNode args = JSON.createObjectNode();
        ArrayNode list = args.putArray("files");
        for (String file : files) {
            list.add(file);
        }
        return call("view_files", args);
    }

    static ToolCall list(String folder) {
        ObjectNode args = JSON.createObjectNode();
        if (!folder.isEmpty()) {
            args.put("folder_path", folder);
        }
        return call("list_files", args);
    }

    static ToolCall complete() {
        return call("sub_task_step_complete", JSON.createObjectNode());
    }

    static ToolCall raw(String name, String arguments) {
        return new ToolCall("call_" + IDS.incrementAndGet(), name, arguments);
    }

    private static ToolCall call(String name, ObjectNode arguments) {
        return new ToolCall("call_" + IDS.incrementAndGet(), name, arguments.toString());
    }
}
