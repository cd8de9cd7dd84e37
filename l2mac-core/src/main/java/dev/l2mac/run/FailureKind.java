package dev.l2mac.run;

import com.fasterxml.jackson.annotation.JsonValue;
import java.util.Locale;

/**
 * The kind of a failed model request, one per kind of {@code LlmException}, as the event log writes it:
 * rate-limited, transient, context-overflow, authentication-failed or fatal.
 */
public enum FailureKind {
    RATE_LIMITED,
    TRANSIENT,
    CONTEXT_OVERFLOW,
    AUTHENTICATION_FAILED,
    FATAL;

    @JsonValue
    public String written() {
        return name().toLowerCase(Locale.ROOT).replace('_', '-');
    }
}
