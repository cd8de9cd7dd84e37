package dev.l2mac.program;

/**
 * A template could not be parsed or rendered: a malformed placeholder, a missing value or a value nobody asked for.
 * The message names the template and the placeholder.
 */
public final class TemplateException extends RuntimeException {

    public TemplateException(String message) {
        super(message);
    }
}
