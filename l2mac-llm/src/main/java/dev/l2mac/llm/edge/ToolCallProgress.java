package dev.l2mac.llm.edge;

import dev.l2mac.llm.StreamListener;
import java.util.HashSet;
import java.util.Set;
import org.jspecify.annotations.Nullable;

/**
 * Forwards the pieces of streamed tool calls to a {@link StreamListener}, announcing each call once, when its first
 * piece arrives, whatever the provider repeats in later pieces.
 */
public final class ToolCallProgress {
    private final StreamListener listener;
    private final Set<Integer> started = new HashSet<>();

    public ToolCallProgress(StreamListener listener) {
        this.listener = listener;
    }

    /** One piece of the call at {@code index}; {@code id}, {@code name} and {@code arguments} may be null. */
    public void piece(int index, @Nullable String id, @Nullable String name, @Nullable String arguments) {
        if (started.add(index)) {
            listener.onToolCallStarted(index, id == null ? "" : id, name == null ? "" : name);
        }
        if (arguments != null && !arguments.isEmpty()) {
            listener.onToolCallArguments(index, arguments);
        }
    }

    /** A call the provider sent in one piece; ignored when its pieces were already forwarded. */
    public void whole(int index, String id, String name, String arguments) {
        if (!started.contains(index)) {
            piece(index, id, name, arguments);
        }
    }

    public int callsStarted() {
        return started.size();
    }
}
