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

    private final java.net.http.HttpClient http;
    private final Duration readTimeout;

    private JdkTransport(Duration connectTimeout, Duration readTimeout) {
        // HTTP/1.1 because local servers (llama.cpp, vLLM behind uvicorn) do not all survive an h2c upgrade probe.
        this.http = java.net.http.HttpClient.newBuilder()
                .version(java.net.http.HttpClient.Version.HTTP_1_1)
                .connectTimeout(connectTimeout)
                .build();
        this.readTimeout = readTimeout;
    }

    @Override
    public SuccessfulHttpResponse execute(HttpRequest request) {
        HttpResponse<byte[]> response;
        try {
            response = http.send(toJdk(request), BodyHandlers.ofByteArray());
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new UncheckedIOException(new IOException("interrupted while waiting for the server", e));
        }
        if (response.statusCode() < FIRST_SUCCESS || response.statusCode() >= FIRST_NON_SUCCESS) {
            throw new HttpFailure(response.statusCode(), response.headers().map(),
                    new String(response.body(), StandardCharsets.UTF_8));
        }
        return SuccessfulHttpResponse.builder()
                .statusCode(response.statusCode())
                .headers(response.headers().map())
                .body(response.body())
                .build();
    }

    /** The builder every adapter hands to LangChain4j; both timeouts start at {@code timeout}. */
    public static HttpClientBuilder builder(Duration timeout) {
        return new Builder(timeout);
    }

    /**
     * Streams on the calling thread. A failed status reaches the listener as an {@link HttpFailure}; a broken
     * connection as the parser reports it ({@code onError} with the {@link IOException}); the end as {@code onClose}.
     */
    @Override
    public void execute(HttpRequest request, ServerSentEventParser parser, ServerSentEventListener listener) {
        HttpResponse<InputStream> response;
        try {
            response = http.send(toJdk(request), BodyHandlers.ofInputStream());
        } catch (IOException e) {
            listener.onError(new UncheckedIOException(e));
            return;
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            listener.onError(new UncheckedIOException(new IOException("interrupted while waiting for the server", e)));
            return;
        }
        try (InputStream body = response.body()) {
            if (response.statusCode() < FIRST_SUCCESS || response.statusCode() >= FIRST_NON_SUCCESS) {
                listener.onError(new HttpFailure(response.statusCode(), response.headers().map(),
                        new String(body.readAllBytes(), StandardCharsets.UTF_8)));
                return;
            }
            listener.onOpen(SuccessfulHttpResponse.builder()
                    .statusCode(response.statusCode()).headers(response.headers().map()).build());
            parser.parse(body, listener);
            listener.onClose();
        } catch (IOException e) {
            listener.onError(new UncheckedIOException(e));
        }
    }

    private java.net.http.HttpRequest toJdk(HttpRequest request) {
        java.net.http.HttpRequest.Builder builder = java.net.http.HttpRequest.newBuilder(URI.create(request.url()))
                .timeout(readTimeout)
                .method(request.method().name(), request.body() == null
                        ? BodyPublishers.noBody()
                        : BodyPublishers.ofString(request.body(), StandardCharsets.UTF_8));
        request.headers().forEach((name, values) -> values.forEach(value -> builder.header(name, value)));
        return builder.build();
    }

    /** What LangChain4j's clients are given; they set both timeouts before building. */
    static final class Builder implements HttpClientBuilder {
        private Duration connectTimeout;
        private Duration readTimeout;

        Builder(Duration timeout) {
            this.connectTimeout = timeout;
            this.readTimeout = timeout;
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
            return new JdkTransport(connectTimeout, readTimeout);
        }
    }
}
