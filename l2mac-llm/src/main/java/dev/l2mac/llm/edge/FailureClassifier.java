package dev.l2mac.llm.edge;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonMappingException;
import dev.l2mac.llm.LlmException;
import java.io.IOException;
import java.net.ConnectException;
import java.net.http.HttpConnectTimeoutException;
import java.net.http.HttpTimeoutException;
import java.time.Clock;
import java.time.Duration;
import java.util.Locale;
import java.util.Optional;
import org.jspecify.annotations.Nullable;

/**
 * The one table that turns whatever a provider call threw into one of the port's failures, for every adapter: the
 * HTTP status and the provider's error body decide, wherever LangChain4j wrapped them. Each message says what
 * happened, what the server said, and what to do; the API key is masked in every message.
 */
public final class FailureClassifier {
    private static final int BAD_REQUEST = 400;
    private static final int UNAUTHORIZED = 401;
    private static final int FORBIDDEN = 403;
    private static final int NOT_FOUND = 404;
    private static final int REQUEST_TIMEOUT = 408;
    private static final int CONFLICT = 409;
    private static final int PAYLOAD_TOO_LARGE = 413;
    private static final int TOO_MANY_REQUESTS = 429;
    private static final int FIRST_SERVER_ERROR = 500;
    private static final String MASK = "***";

    private final Endpoint endpoint;
    private final Clock clock;

    public FailureClassifier(Endpoint endpoint, Clock clock) {
        this.endpoint = endpoint;
        this.clock = clock;
    }

    /** Classifies a failure by the first cause in its chain that carries meaning: an HTTP answer, then the network. */
    public LlmException classify(Throwable failure) {
        if (failure instanceof LlmException already) {
            return already;
        }
        Optional<HttpFailure> http = causeOfType(failure, HttpFailure.class);
        if (http.isPresent()) {
            return fromStatus(http.get());
        }
        Optional<MalformedReply> unreadable = causeOfType(failure, MalformedReply.class);
        if (unreadable.isPresent()) {
            return new LlmException.Transient(
                    mask(endpoint.provider() + " at " + endpoint.baseUrl() + " sent a reply " + "that cannot be read: "
                            + unreadable.get().getMessage() + "; another attempt usually succeeds"),
                    null);
        }
        Optional<IOException> network =
                causeOfType(failure, IOException.class).filter(io -> !(io instanceof JsonProcessingException));
        if (network.isPresent()) {
            return fromNetwork(network.get());
        }
        Optional<JsonMappingException> misshapen = causeOfType(failure, JsonMappingException.class);
        if (misshapen.isPresent()) {
            // Valid JSON with a field of the wrong type: the API's reply, malformed this once.
            return new LlmException.Transient(
                    mask(endpoint.provider() + " at " + endpoint.baseUrl() + " sent a"
                            + " reply that cannot be read (" + misshapen.get().getOriginalMessage()
                            + "); another attempt"
                            + " usually succeeds; if it keeps happening, " + endpoint.settingHint()),
                    failure);
        }
        Optional<JsonProcessingException> malformed = causeOfType(failure, JsonProcessingException.class);
        if (malformed.isPresent()) {
            // A 200 that is not the provider's reply is nearly always a base URL that points at something else (a
            // web UI, a proxy's login page); repeating the request would get the same page.
            return new LlmException.Fatal(
                    mask(endpoint.provider() + " at " + endpoint.baseUrl() + " answered, but "
                            + "not in its API's format (" + malformed.get().getOriginalMessage() + "); "
                            + endpoint.settingHint()),
                    failure);
        }
        // The call went through and the provider library could not make sense of what came back (a field it
        // needs was null or of another type): a malformed reply, which another attempt usually does not repeat.
        return new LlmException.Transient(
                mask(endpoint.provider() + " at " + endpoint.baseUrl() + " sent a reply "
                        + "that cannot be read (" + failure.getClass().getSimpleName() + ": " + failure.getMessage()
                        + "); another attempt usually succeeds"),
                failure);
    }

    /**
     * Classifies an error the provider sent inside a stream that had already begun with a success status.
     *
     * @param type the provider's error type ({@code overloaded_error}, {@code rate_limit_error}), or empty
     */
    public LlmException classifyStreamedError(String type, @Nullable String message) {
        String lower = (type + " " + message).toLowerCase(Locale.ROOT);
        String said = mask(endpoint.provider() + " broke off the reply with an error: " + message
                + (type.isEmpty() ? "" : " (" + type + ")"));
        if (lower.contains("rate_limit") || lower.contains("rate limit")) {
            return new LlmException.RateLimited(said, null, null);
        }
        if (lower.contains("overloaded")
                || lower.contains("api_error")
                || lower.contains("server_error")
                || lower.contains("internal")) {
            return new LlmException.Transient(said + "; another attempt usually succeeds", null);
        }
        return new LlmException.Fatal(said, null);
    }

    /** A stream that closed before the provider said the reply was complete. */
    public LlmException.Transient truncatedStream(String whatWasMissing) {
        return new LlmException.Transient(
                mask("the reply stream from " + endpoint.provider() + " at " + endpoint.baseUrl() + " ended early ("
                        + whatWasMissing + "); another attempt usually succeeds"),
                null);
    }

    private LlmException fromStatus(HttpFailure failure) {
        // No cause is attached: the failure's message is the raw body, which the mask cannot reach there.
        int status = failure.statusCode();
        ProviderError error = ProviderError.parse(failure.body());
        String at = endpoint.provider() + " at " + endpoint.baseUrl();
        String said = " (HTTP " + status + "): " + error.message();
        if (status == TOO_MANY_REQUESTS && error.isQuotaExhausted()) {
            return new LlmException.Fatal(
                    mask(at + " reports the account's quota is used up" + said
                            + "; add credit or change plan, then run again"),
                    null);
        }
        if (status == TOO_MANY_REQUESTS) {
            Optional<Duration> wait = RetryAfter.from(failure, clock.instant());
            return new LlmException.RateLimited(
                    mask("rate limited by " + at + said
                            + wait.map(d -> "; the server asks to wait " + d.toMillis() + " ms")
                                    .orElse("")),
                    wait.orElse(null),
                    null);
        }
        if (status == UNAUTHORIZED || status == FORBIDDEN || error.isAuthenticationFailure()) {
            return new LlmException.AuthenticationFailed(
                    mask(at + " refused the credentials" + said
                            + (endpoint.hasApiKey() ? "" : "; no API key was sent")),
                    null);
        }
        if ((status == BAD_REQUEST || status == PAYLOAD_TOO_LARGE) && error.isContextOverflow()) {
            return new LlmException.ContextOverflow(
                    mask("the request does not fit the context window of model '" + endpoint.model() + "'" + said),
                    null);
        }
        if (status == NOT_FOUND || error.isUnknownModel()) {
            return new LlmException.Fatal(
                    mask("unknown model '" + endpoint.model() + "' at " + endpoint.baseUrl()
                            + " (" + endpoint.provider() + ")" + said + "; "
                            + endpoint.settingHint()),
                    null);
        }
        if (status == REQUEST_TIMEOUT || status == CONFLICT || status >= FIRST_SERVER_ERROR) {
            return new LlmException.Transient(mask(at + " failed" + said), null);
        }
        return new LlmException.Fatal(mask(at + " rejected the request" + said), null);
    }

    private LlmException fromNetwork(IOException cause) {
        String what = switch (cause) {
            case HttpConnectTimeoutException ignored ->
                "timed out connecting to " + endpoint.baseUrl() + " after "
                        + endpoint.timeout().toSeconds() + " s";
            case HttpTimeoutException ignored ->
                "no complete reply from " + endpoint.baseUrl() + " within "
                        + endpoint.timeout().toSeconds() + " s (llm.timeout_seconds, which bounds the whole reply, "
                        + "streamed or not); the server is too slow or stalled, or raise llm.timeout_seconds";
            case ConnectException ignored ->
                "cannot connect to " + endpoint.baseUrl() + "; is the server running and the URL right?";
            default ->
                "the connection to " + endpoint.baseUrl() + " failed: "
                        + cause.getClass().getSimpleName()
                        + (cause.getMessage() == null ? "" : ": " + cause.getMessage());
        };
        return new LlmException.Transient(mask(what), cause);
    }

    private static <T extends Throwable> Optional<T> causeOfType(Throwable failure, Class<T> type) {
        for (Throwable cause = failure; cause != null; cause = cause.getCause()) {
            if (type.isInstance(cause)) {
                return Optional.of(type.cast(cause));
            }
            if (cause.getCause() == cause) {
                break;
            }
        }
        return Optional.empty();
    }

    private String mask(String message) {
        String key = endpoint.apiKey();
        return key != null ? message.replace(key, MASK) : message;
    }
}
