package dev.l2mac.llm;

import java.time.Duration;
import java.util.Optional;

/**
 * A failed request, classified where it entered (the adapter), so that callers match on meaning and never on
 * message text. The set is closed; {@link RetryPolicy} decides which kinds are worth another attempt.
 */
public abstract sealed class LlmException extends Exception {

    LlmException(String message, Throwable cause) {
        super(message, cause);
    }

    /** What the user can do about it, in one sentence. */
    public abstract String hint();

    /** HTTP 429 or a provider's quota signal; {@code retryAfter} is the provider's own advice when it gave one. */
    public static final class RateLimited extends LlmException {
        private final Duration retryAfter;

        public RateLimited(String message, Duration retryAfter, Throwable cause) {
            super(message, cause);
            this.retryAfter = retryAfter;
        }

        public Optional<Duration> retryAfter() {
            return Optional.ofNullable(retryAfter);
        }

        @Override
        public String hint() {
            return "the provider is rate limiting requests; wait, or lower the request rate";
        }
    }

    /** A failure that may pass on its own: 5xx, timeouts, connection resets, truncated streams. */
    public static final class Transient extends LlmException {
        public Transient(String message, Throwable cause) {
            super(message, cause);
        }

        @Override
        public String hint() {
            return "the provider or the network failed temporarily; try again later";
        }
    }

    /** The request did not fit the model's context window. */
    public static final class ContextOverflow extends LlmException {
        public ContextOverflow(String message, Throwable cause) {
            super(message, cause);
        }

        @Override
        public String hint() {
            return "the context window is too small for this request; configure a smaller limits.context-window";
        }
    }

    /** The provider refused the credentials. */
    public static final class AuthenticationFailed extends LlmException {
        public AuthenticationFailed(String message, Throwable cause) {
            super(message, cause);
        }

        @Override
        public String hint() {
            return "check the API key (OPENAI_API_KEY, llm.api_key in ~/.l2mac/config.yaml, or L2MAC_API_KEY)";
        }
    }

    /** Anything that another attempt will not fix: a bad request, an unknown model, a malformed reply. */
    public static final class Fatal extends LlmException {
        public Fatal(String message, Throwable cause) {
            super(message, cause);
        }

        @Override
        public String hint() {
            return "check the model name, base URL and provider settings";
        }
    }
}
