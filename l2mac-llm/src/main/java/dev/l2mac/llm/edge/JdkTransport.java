package dev.l2mac.llm.edge;

import dev.langchain4j.http.client.HttpClient;
import dev.langchain4j.http.client.HttpClientBuilder;
import dev.langchain4j.http.client.HttpRequest;
import dev.langchain4j.http.client.SuccessfulHttpResponse;
import dev.langchain4j.http.client.sse.ServerSentEventListener;
import dev.langchain4j.http.client.sse.ServerSentEventParser;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.net.URI;
import java.net.http.HttpRequest.BodyPublishers;
import java.net.http.HttpResponse;
import java.net.http.HttpResponse.BodyHandlers;
import java.nio.charset.StandardCharsets;
import java.time.Duration;

/**
 * LangChain4j's HTTP port implemented on {@code java.net.http}, so that a failed answer keeps its status, headers
 * and body ({@link HttpFailure}) and a network failure keeps its {@link IOException} ({@link UncheckedIOException}),
 * ready for classification. Streams are read on the calling thread: when {@code execute} returns, the stream has
 * ended one way or another, so an adapter can tell a stream that closed without its final event from one that is
 * still running.
 */
public final class JdkTransport implements HttpClient {
    private static final int FIRST_SUCCESS = 200;
    private static final int FIRST_NON_SUCCESS = 300;
    /**
     * The most bytes read of one reply (a whole body, or a whole stream). It stays below Jackson's default string
     * limit (20 million characters), so a reply is refused here, with a message that says so, before any parser
     * could stop on that limit.
     */
    public static final int MAX_REPLY_BYTES = 16 * 1024 * 1024;

    private final java.net.http.HttpClient http;
    private final Duration readTimeout;
    private final ReplyRepair repair;

    private JdkTransport(Duration connectTimeout, Duration readTimeout, ReplyRepair repair) {
        // HTTP/1.1 because local servers (llama.cpp, vLLM behind uvicorn) do not all survive an h2c upgrade probe.
        this.http = java.net.http.HttpClient.newBuilder()
                .version(java.net.http.HttpClient.Version.HTTP_1_1)
                .connectTimeout(connectTimeout)
                .build();
        this.readTimeout = readTimeout;
        this.repair = repair;
    }

    @Override
    public SuccessfulHttpResponse execute(HttpRequest request) {
        HttpResponse<InputStream> response;
        byte[] body;
        try (ReplyDeadline deadline = new ReplyDeadline(readTimeout)) {
            try {
                response = http.send(toJdk(request), BodyHandlers.ofInputStream());
                try (InputStream limited = new LimitedBody(response.body())) {
                    body = limited.readAllBytes();
                }
            } catch (IOException e) {
                throw new UncheckedIOException(deadline.expired() ? deadline.timedOut() : e);
            } catch (InterruptedException e) {
                if (deadline.expired()) {
                    throw new UncheckedIOException(deadline.timedOut());
                }
                Thread.currentThread().interrupt();
                throw new UncheckedIOException(new IOException("interrupted while waiting for the server", e));
            }
        }
        String text = new String(body, StandardCharsets.UTF_8);
        if (response.statusCode() < FIRST_SUCCESS || response.statusCode() >= FIRST_NON_SUCCESS) {
            throw new HttpFailure(response.statusCode(), response.headers().map(), text);
        }
        try {
            text = repair.repair(text, false);
        } catch (MalformedReply malformed) {
            throw new UncheckedIOException(malformed);
        }
        return SuccessfulHttpResponse.builder()
                .statusCode(response.statusCode())
                .headers(response.headers().map())
                .body(text)
                .build();
    }

    /** The builder every adapter hands to LangChain4j; both timeouts start at {@code timeout}. */
    public static HttpClientBuilder builder(Duration timeout) {
        return builder(timeout, ReplyRepair.NONE);
    }

    /** As {@link #builder(Duration)}, with every successful reply and streamed event passed through {@code repair}. */
    public static HttpClientBuilder builder(Duration timeout, ReplyRepair repair) {
        return new Builder(timeout, repair);
    }

    /**
     * Streams on the calling thread. A failed status reaches the listener as an {@link HttpFailure}; a broken
     * connection as the parser reports it ({@code onError} with the {@link IOException}); the end as {@code onClose}.
     */
    @Override
    public void execute(HttpRequest request, ServerSentEventParser parser, ServerSentEventListener listener) {
        try (ReplyDeadline deadline = new ReplyDeadline(readTimeout)) {
            stream(request, parser, new RepairingListener(listener, repair, deadline), deadline);
        }
    }

    private void stream(
            HttpRequest request,
            ServerSentEventParser parser,
            ServerSentEventListener listener,
            ReplyDeadline deadline) {
        HttpResponse<InputStream> response;
        try {
            response = http.send(toJdk(request), BodyHandlers.ofInputStream());
        } catch (IOException e) {
            listener.onError(new UncheckedIOException(e));
            return;
        } catch (InterruptedException e) {
            if (!deadline.expired()) {
                Thread.currentThread().interrupt();
            }
            listener.onError(new UncheckedIOException(new IOException("interrupted while waiting for the server", e)));
            return;
        }
        try (InputStream body = new LimitedBody(response.body())) {
            if (response.statusCode() < FIRST_SUCCESS || response.statusCode() >= FIRST_NON_SUCCESS) {
                listener.onError(new HttpFailure(
                        response.statusCode(),
                        response.headers().map(),
                        new String(body.readAllBytes(), StandardCharsets.UTF_8)));
                return;
            }
            listener.onOpen(SuccessfulHttpResponse.builder()
                    .statusCode(response.statusCode())
                    .headers(response.headers().map())
                    .build());
            parser.parse(body, listener);
            if (deadline.expired()) {
                listener.onError(new UncheckedIOException(deadline.timedOut()));
                return;
            }
            listener.onClose();
        } catch (IOException e) {
            listener.onError(new UncheckedIOException(e));
        }
    }

    private java.net.http.HttpRequest toJdk(HttpRequest request) {
        java.net.http.HttpRequest.Builder builder = java.net.http.HttpRequest.newBuilder(URI.create(request.url()))
                .timeout(readTimeout)
                .method(
                        request.method().name(),
                        request.body() == null
                                ? BodyPublishers.noBody()
                                : BodyPublishers.ofString(request.body(), StandardCharsets.UTF_8));
        request.headers().forEach((name, values) -> values.forEach(value -> builder.header(name, value)));
        return builder.build();
    }

    /** What LangChain4j's clients are given; they set both timeouts before building. */
    static final class Builder implements HttpClientBuilder {
        private Duration connectTimeout;
        private Duration readTimeout;
        private final ReplyRepair repair;

        Builder(Duration timeout, ReplyRepair repair) {
            this.connectTimeout = timeout;
            this.readTimeout = timeout;
            this.repair = repair;
        }

        @Override
        public Duration connectTimeout() {
            return connectTimeout;
        }

        @Override
        public Builder connectTimeout(Duration timeout) {
            this.connectTimeout = timeout;
            return this;
        }

        @Override
        public Duration readTimeout() {
            return readTimeout;
        }

        @Override
        public Builder readTimeout(Duration timeout) {
            this.readTimeout = timeout;
            return this;
        }

        @Override
        public JdkTransport build() {
            return new JdkTransport(connectTimeout, readTimeout, repair);
        }
    }
}
