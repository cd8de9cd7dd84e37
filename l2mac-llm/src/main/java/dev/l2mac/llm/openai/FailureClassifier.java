package dev.l2mac.llm.openai;

import com.fasterxml.jackson.core.JsonProcessingException;
import dev.l2mac.llm.LlmException;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.ConnectException;
import java.net.http.HttpConnectTimeoutException;
import java.net.http.HttpTimeoutException;
import java.time.Clock;
import java.time.Duration;
import java.util.Optional;

/**
 * Turns whatever a chat-completions call threw into one of the port's failures, with a message that says what
 * happened, what the server said, and what to do. The API key is masked in every message, even where a server
 * echoes it back.
 */
final class FailureClassifier {
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

    private final OpenAiSettings settings;
    private final Clock clock;

    FailureClassifier(OpenAiSettings settings, Clock clock) {
        this.settings = settings;
        this.clock = clock;
    }

    LlmException classify(RuntimeException failure) {
        if (failure instanceof HttpFailure http) {
            return fromStatus(http);
        }
        if (failure instanceof UncheckedIOException io) {
            return fromNetwork(io.getCause());
        }
        if (failure.getCause() instanceof JsonProcessingException malformed) {
            // A 200 that is not a chat completion is nearly always a base URL that points at something else (a web
            // UI, a proxy's login page); repeating the request would get the same page.
            return new LlmException.Fatal(mask("the server at " + settings.baseUrl() + " answered, but not with a "
                    + "chat completion (" + malformed.getOriginalMessage() + "); check that llm.base_url is the "
                    + "API root of an OpenAI-compatible server, usually ending in /v1"), failure);
        }
        return new LlmException.Fatal(mask("the call to " + settings.baseUrl() + " failed unexpectedly: "
                + failure.getClass().getSimpleName() + ": " + failure.getMessage()), failure);
    }

    private LlmException fromStatus(HttpFailure failure) {
        // No cause is attached: the failure's message is the raw body, which the mask cannot reach there.
        int status = failure.statusCode();
        ProviderError error = ProviderError.parse(failure.body());
        String said = " (HTTP " + status + "): " + error.message();
        if (status == TOO_MANY_REQUESTS && error.isQuotaExhausted()) {
            return new LlmException.Fatal(mask("the provider at " + settings.baseUrl() + " reports the account's "
                    + "quota is used up" + said + "; add credit or change plan, then run again"), null);
        }
        if (status == TOO_MANY_REQUESTS) {
            Optional<Duration> wait = RetryAfter.from(failure, clock.instant());
            return new LlmException.RateLimited(mask("rate limited by " + settings.baseUrl() + said
                    + wait.map(d -> "; the server asks to wait " + d.toMillis() + " ms").orElse("")),
                    wait.orElse(null), null);
        }
        if (status == UNAUTHORIZED || status == FORBIDDEN) {
            return new LlmException.AuthenticationFailed(mask("the server at " + settings.baseUrl()
                    + " refused the credentials" + said + (settings.hasApiKey() ? "" : "; no API key was sent")),
                    null);
        }
        if ((status == BAD_REQUEST || status == PAYLOAD_TOO_LARGE) && error.isContextOverflow()) {
            return new LlmException.ContextOverflow(mask("the request does not fit the context window of model '"
                    + settings.model() + "'" + said), null);
        }
        if (status == NOT_FOUND || error.isUnknownModel()) {
            return new LlmException.Fatal(mask("unknown model '" + settings.model() + "' at " + settings.baseUrl()
                    + said + "; check llm.model, and that llm.base_url is the API root (usually ending in /v1)"),
                    null);
        }
        if (status == REQUEST_TIMEOUT || status == CONFLICT || status >= FIRST_SERVER_ERROR) {
            return new LlmException.Transient(mask("the server at " + settings.baseUrl() + " failed" + said),
                    null);
        }
        return new LlmException.Fatal(mask("the server at " + settings.baseUrl() + " rejected the request" + said),
                null);
    }

    private LlmException fromNetwork(IOException cause) {
        String what = switch (cause) {
            case HttpConnectTimeoutException ignored -> "timed out connecting to " + settings.baseUrl()
                    + " after " + settings.timeout().toSeconds() + " s";
            case HttpTimeoutException ignored -> "no complete reply from " + settings.baseUrl() + " within "
                    + settings.timeout().toSeconds() + " s (llm.timeout)";
            case ConnectException ignored -> "cannot connect to " + settings.baseUrl()
                    + "; is the server running and the URL right?";
            default -> "the connection to " + settings.baseUrl() + " failed: " + cause.getClass().getSimpleName()
                    + (cause.getMessage() == null ? "" : ": " + cause.getMessage());
        };
        return new LlmException.Transient(mask(what), cause);
    }

    private String mask(String message) {
        return settings.hasApiKey() ? message.replace(settings.apiKey(), MASK) : message;
    }
}
