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
 * An OpenAI-compatible server on 127.0.0.1 for tests: it answers every request with the next scripted
 * {@link Reply} (see {@link OpenAiReplies} for bodies in the real wire format) and records every request it
 * receives. When the script runs out it answers 500 with a message saying so.
 */
public final class LocalOpenAiServer implements AutoCloseable {
    private static final ObjectMapper JSON = new ObjectMapper();
    private static final int ANY_FREE_PORT = 0;
    private static final int DEFAULT_BACKLOG = 0;
    private static final int SCRIPT_EXHAUSTED = 500;
    private static final String API_ROOT = "/v1";

    /** One scripted answer: status, headers and body, optionally after a delay, or a dropped connection. */
    public record Reply(int status, Map<String, String> headers, String body, Duration delay, boolean drop) {
        public Reply {
            headers = Map.copyOf(headers);
            delay = delay == null ? Duration.ZERO : delay;
        }

        public Reply withHeader(String name, String value) {
            Map<String, String> more = new LinkedHashMap<>(headers);
            more.put(name, value);
            return new Reply(status, more, body, delay, drop);
        }

        /** The same reply, sent only after {@code wait} (to provoke client timeouts). */
        public Reply delayedBy(Duration wait) {
            return new Reply(status, headers, body, wait, drop);
        }
    }

    /** A request as received; {@code body} is the parsed JSON, or a missing node when the body was not JSON. */
    public record RecordedRequest(String method, String path, Map<String, List<String>> headers, String bodyText,
                                  JsonNode body) {
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

    /** The API root to configure a client with, e.g. {@code http://127.0.0.1:43123/v1}. */
    public String baseUrl() {
        return "http://127.0.0.1:" + server.getAddress().getPort() + API_ROOT;
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
            reply.headers().forEach((name, value) -> exchange.getResponseHeaders().add(name, value));
            exchange.sendResponseHeaders(reply.status(), body.length == 0 ? -1 : body.length);
            exchange.getResponseBody().write(body);
        }
    }

    private synchronized Reply record(HttpExchange exchange) throws IOException {
        String text = new String(exchange.getRequestBody().readAllBytes(), StandardCharsets.UTF_8);
        requests.add(new RecordedRequest(exchange.getRequestMethod().toUpperCase(Locale.ROOT),
                exchange.getRequestURI().getPath(), Map.copyOf(exchange.getRequestHeaders()), text, parse(text)));
        Reply next = script.pollFirst();
        return next != null ? next : OpenAiReplies.error(SCRIPT_EXHAUSTED, "server_error", "script_exhausted",
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
