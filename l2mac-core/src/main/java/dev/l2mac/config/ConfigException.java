package dev.l2mac.config;

import java.util.Optional;

/**
 * A configuration that cannot be used: the message is one line saying what is wrong and where; the optional hint
 * says what to do about it and may span several lines.
 */
public final class ConfigException extends RuntimeException {

    private final String hint;

    public ConfigException(String reason) {
        this(reason, null);
    }

    public ConfigException(String reason, String hint) {
        super(reason);
        this.hint = hint;
    }

    /** What to do next, when there is more to say than the reason. */
    public Optional<String> hint() {
        return Optional.ofNullable(hint);
    }
}
