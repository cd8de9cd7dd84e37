package dev.l2mac.control;

import com.fasterxml.jackson.databind.ObjectMapper;
import dev.l2mac.llm.Message;
import dev.l2mac.llm.ToolCall;
import java.util.Set;

/**
 * Keeps refused tool calls from filling the context: the arguments of a refused call longer than
 * {@link #KEPT_CHARS} (a file far over the size limit, say) are replaced in the dialog by a short note, while the
 * refusal itself stays, so the model sees why instead of losing it to an overflow.
 */
final class RefusedArguments {
    /** Arguments of a refused call up to this length stay in the dialog as sent, so the model can see its mistake. */
    static final int KEPT_CHARS = 2_000;
    private static final ObjectMapper JSON = new ObjectMapper();

    private RefusedArguments() {
    }

    /** {@code reply} with the long arguments of the calls whose ids are {@code refused} left out; itself if none. */
    static Message.AssistantMessage elided(Message.AssistantMessage reply, Set<String> refused) {
        if (reply.toolCalls().stream().noneMatch(call -> isElided(call, refused))) {
            return reply;
        }
        return new Message.AssistantMessage(reply.text(), reply.toolCalls().stream()
                .map(call -> isElided(call, refused) ? new ToolCall(call.id(), call.name(), note(call)) : call)
                .toList());
    }

    private static boolean isElided(ToolCall call, Set<String> refused) {
        return refused.contains(call.id()) && call.arguments().length() > KEPT_CHARS;
    }

    /** A JSON object, as providers expect arguments to be, saying what was left out. */
    private static String note(ToolCall call) {
        return JSON.createObjectNode().put("elided", "the " + call.arguments().length() + " characters of arguments"
                + " of this refused call are left out here; its result says why it was refused").toString();
    }
}
