package dev.l2mac.llm.openai;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.MissingNode;
import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpServer;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;

/**
 * A provider's server on 127.0.0.1 for tests: it answers every request with the next scripted {@link Reply} and
 * records every request it receives. It knows no wire format itself: {@link OpenAiReplies} and the dialects of the
 * provider contract suite build bodies in each provider's real format (JSON, server-sent events, NDJSON). When the
 * script runs out it answers 500 with a message saying so.
 */
public final class LocalOpenAiServer implements AutoCloseable {
    private static final ObjectMapper JSON = new ObjectMapper();
    private static final int ANY_FREE_PORT = 0;
    private static final int DEFAULT_BACKLOG = 0;
    private static final int SCRIPT_EXHAUSTED = 500;
    private static final String API_ROOT = "/v1";

    /**
     * One scripted answer: status, headers and body, optionally after a delay, or a dropped connection; when
     * {@code cutShort}, the body promises more bytes than it sends and the connection closes halfway through it;
     * with a non-zero {@code trickle}, the body goes out one byte at a time with that pause before each.
     */
    public record Reply(
            int status,
            Map<String, String> headers,
            String body,
            Duration delay,
            boolean drop,
            boolean cutShort,
            Duration trickle) {
        public Reply {
            headers = Map.copyOf(headers);
            delay = delay == null ? Duration.ZERO : delay;
            trickle = trickle == null ? Duration.ZERO : trickle;
        }

        public Reply(
                int status, Map<String, String> headers, String body, Duration delay, boolean drop, boolean cutShort) {
            this(status, headers, body, delay, drop, cutShort, Duration.ZERO);
        }

        public Reply(int status, Map<String, String> headers, String body, Duration delay, boolean drop) {
            this(status, headers, body, delay, drop, false);
        }

        public Reply withHeader(String name, String value) {
            Map<String, String> more = new LinkedHashMap<>(headers);
            more.put(name, value);
            return new Reply(status, more, body, delay, drop, cutShort, trickle);
        }

        /** The same reply, sent only after {@code wait} (to provoke client timeouts). */
        public Reply delayedBy(Duration wait) {
            return new Reply(status, headers, body, wait, drop, cutShort, trickle);
        }

        /** The same reply, its body sent one byte at a time with {@code pause} before each (a stalling server). */
        public Reply trickled(Duration pause) {
            return new Reply(status, headers, body, delay, drop, cutShort, pause);
        }

        /** The same reply with the connection lost in the middle of its body, as a reset mid-stream looks. */
        public Reply resetMidway() {
            return new Reply(status, headers, body, delay, drop, true, trickle);
        }
    }

    /** A request as received; {@code body} is the parsed JSON, or a missing node when the body was not JSON. */
    public record RecordedRequest(
            String method,
            String path,
            Map<String, List<String>> headers,
            String bodyText,
            JsonNode body,
            String query) {
        /** The first value of a header, matched case-insensitively. */
        public Optional<String> header(String name) {
            return headers.entrySet().stream()
                    .filter(entry -> entry.getKey().equalsIgnoreCase(name))
                    .flatMap(entry -> entry.getValue().stream())
                    .findFirst();
        }
    }

    private final HttpServer server;
    private final ExecutorService workers;
    private final Deque<Reply> script = new ArrayDeque<>();
    private final List<RecordedRequest> requests = new ArrayList<>();

    private LocalOpenAiServer(HttpServer server, ExecutorService workers) {
        this.server = server;
        this.workers = workers;
    }

    /** Starts a server on a free port of the loopback interface. */
    public static LocalOpenAiServer start() {
        try {
            HttpServer server = HttpServer.create(
                    new InetSocketAddress(InetAddress.getLoopbackAddress(), ANY_FREE_PORT), DEFAULT_BACKLOG);
            ExecutorService workers = Executors.newCachedThreadPool(task -> {
                Thread thread = new Thread(task, "local-openai-server");
                thread.setDaemon(true);
                return thread;
            });
            LocalOpenAiServer local = new LocalOpenAiServer(server, workers);
            server.createContext("/", local::answer);
            server.setExecutor(workers);
            server.start();
            return local;
        } catch (IOException e) {
            throw new UncheckedIOException("cannot start the local OpenAI-compatible server", e);
        }
    }

    /** The API root to configure an OpenAI-compatible client with, e.g. {@code http://127.0.0.1:43123/v1}. */
    public String baseUrl() {
        return rootUrl() + API_ROOT;
    }

    /** The server's root, e.g. {@code http://127.0.0.1:43123}, for providers whose API root has another path. */
    public String rootUrl() {
        return "http://127.0.0.1:" + server.getAddress().getPort();
    }

    public synchronized LocalOpenAiServer enqueue(Reply... replies) {
        script.addAll(List.of(replies));
        return this;
    }

    public synchronized List<RecordedRequest> requests() {
        return List.copyOf(requests);
    }

    /** The most recent request; fails the test when there was none. */
    public synchronized RecordedRequest lastRequest() {
        if (requests.isEmpty()) {
            throw new AssertionError("the local OpenAI-compatible server has received no request");
        }
        return requests.getLast();
    }

    public synchronized int remainingReplies() {
        return script.size();
    }

    @Override
    public void close() {
        server.stop(0);
        workers.shutdownNow();
    }

    private void answer(HttpExchange exchange) throws IOException {
        try (exchange) {
            Reply reply = record(exchange);
            if (!sleep(reply.delay()) || reply.drop()) {
                return; // closing the exchange before any header is sent drops the connection
            }
            byte[] body = reply.body().getBytes(StandardCharsets.UTF_8);
            reply.headers()
                    .forEach((name, value) -> exchange.getResponseHeaders().add(name, value));
            if (reply.cutShort()) {
                exchange.sendResponseHeaders(reply.status(), body.length * 2L);
                exchange.getResponseBody().write(body, 0, body.length / 2);
                exchange.getResponseBody().flush();
                throw new IOException("connection dropped mid-body on purpose");
            }
            exchange.sendResponseHeaders(reply.status(), body.length == 0 ? -1 : body.length);
            if (!reply.trickle().isZero()) {
                trickle(exchange, body, reply.trickle());
                return;
            }
            exchange.getResponseBody().write(body);
        }
    }

    /** Sends one byte per pause until the body is out, the client has gone, or the server stops. */
    private static void trickle(HttpExchange exchange, byte[] body, Duration pause) throws IOException {
        for (byte b : body) {
            if (!sleep(pause)) {
                return;
            }
            exchange.getResponseBody().write(b);
            exchange.getResponseBody().flush();
        }
    }

    private synchronized Reply record(HttpExchange exchange) throws IOException {
        String text = new String(exchange.getRequestBody().readAllBytes(), StandardCharsets.UTF_8);
        requests.add(new RecordedRequest(
                exchange.getRequestMethod().toUpperCase(Locale.ROOT),
                exchange.getRequestURI().getPath(),
                Map.copyOf(exchange.getRequestHeaders()),
                text,
                parse(text),
                exchange.getRequestURI().getQuery()));
        Reply next = script.pollFirst();
        return next != null
                ? next
                : OpenAiReplies.error(
                        SCRIPT_EXHAUSTED,
                        "server_error",
                        "script_exhausted",
                        "LocalOpenAiServer has no scripted reply left for request " + requests.size());
    }

    private static JsonNode parse(String text) {
        try {
            JsonNode node = JSON.readTree(text);
            return node == null ? MissingNode.getInstance() : node;
        } catch (JsonProcessingException e) {
            return MissingNode.getInstance();
        }
    }

    private static boolean sleep(Duration delay) {
        try {
            Thread.sleep(delay);
            return true;
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return false;
        }
    }
}
