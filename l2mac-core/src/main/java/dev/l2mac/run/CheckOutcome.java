package dev.l2mac.run;

import com.fasterxml.jackson.annotation.JsonValue;
import java.util.Locale;

/** How one checker's run ended, as the event log writes it: passed, failed, timed-out or unavailable. */
public enum CheckOutcome {
    PASSED,
    FAILED,
    TIMED_OUT,
    UNAVAILABLE;

    @JsonValue
    public String written() {
        return name().toLowerCase(Locale.ROOT).replace('_', '-');
    }
}
