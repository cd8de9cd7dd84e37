package dev.l2mac.llm.edge;

import dev.langchain4j.http.client.SuccessfulHttpResponse;
import dev.langchain4j.http.client.sse.ServerSentEvent;
import dev.langchain4j.http.client.sse.ServerSentEventContext;
import dev.langchain4j.http.client.sse.ServerSentEventListener;
import java.io.UncheckedIOException;
import org.jspecify.annotations.Nullable;

/**
 * Passes each streamed event through the adapter's {@link ReplyRepair} before the provider library reads it; an
 * event that cannot be read becomes the stream's error instead of an exception the library would swallow, and any
 * error after the {@link ReplyDeadline} passed is reported as the reply timing out.
 */
final class RepairingListener implements ServerSentEventListener {
    private final ServerSentEventListener listener;
    private final ReplyRepair repair;
    private final ReplyDeadline deadline;

    RepairingListener(ServerSentEventListener listener, ReplyRepair repair, ReplyDeadline deadline) {
        this.listener = listener;
        this.repair = repair;
        this.deadline = deadline;
    }

    @Override
    public void onOpen(SuccessfulHttpResponse response) {
        listener.onOpen(response);
    }

    @Override
    public void onEvent(ServerSentEvent event, @Nullable ServerSentEventContext context) {
        ServerSentEvent repaired;
        try {
            repaired =
                    new ServerSentEvent(event.event(), event.data() == null ? null : repair.repair(event.data(), true));
        } catch (MalformedReply malformed) {
            listener.onError(new UncheckedIOException(malformed));
            return;
        }
        listener.onEvent(repaired, context);
    }

    @Override
    public void onEvent(ServerSentEvent event) {
        onEvent(event, null);
    }

    @Override
    public void onError(Throwable error) {
        listener.onError(deadline.expired() ? new UncheckedIOException(deadline.timedOut()) : error);
    }

    @Override
    public void onClose() {
        listener.onClose();
    }
}
