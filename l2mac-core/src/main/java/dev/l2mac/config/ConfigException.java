package dev.l2mac.config;

import java.util.Optional;
import org.jspecify.annotations.Nullable;

/**
 * A configuration that cannot be used: the message is one line saying what is wrong and where; the optional hint
 * says what to do about it and may span several lines.
 */
public final class ConfigException extends RuntimeException {

    private final @Nullable String hint;

    public ConfigException(@Nullable String reason) {
        this(reason, null);
    }

    public ConfigException(@Nullable String reason, @Nullable String hint) {
        super(reason);
        this.hint = hint;
    }

    /** What to do next, when there is more to say than the reason. */
    public Optional<String> hint() {
        return Optional.ofNullable(hint);
    }
}
