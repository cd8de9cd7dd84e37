package dev.l2mac.program;

import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Text with {@code {{name}}} placeholders (names are lower case letters and underscores) that renders only when
 * given exactly one value per placeholder. Any other <code>{{</code> is an error, except <code>{{{{</code>, which
 * renders as a literal <code>{{</code>. Values are inserted verbatim and never expanded again.
 */
public final class Template {

    private static final String OPEN = "{{";
    private static final String ESCAPED_OPEN = "{{{{";
    private static final int MAX_EXCERPT_CHARS = 40;
    private static final Pattern PLACEHOLDER = Pattern.compile("\\{\\{([a-z_]+)}}");

    /** A piece of parsed text: literal text, or a placeholder to fill. */
    private sealed interface Part {
        record Literal(String text) implements Part {}

        record Slot(String name) implements Part {}
    }

    private final String name;
    private final List<Part> parts;
    private final Set<String> placeholders;

    private Template(String name, List<Part> parts) {
        this.name = name;
        this.parts = List.copyOf(parts);
        Set<String> names = new LinkedHashSet<>();
        for (Part part : parts) {
            if (part instanceof Part.Slot slot) {
                names.add(slot.name());
            }
        }
        this.placeholders = Collections.unmodifiableSet(names);
    }

    /**
     * Parses {@code text}; {@code name} identifies the template in every error message.
     *
     * @throws TemplateException when a <code>{{</code> does not open a well-formed placeholder
     */
    public static Template parse(String name, String text) {
        Objects.requireNonNull(name, "name");
        Objects.requireNonNull(text, "text");
        List<Part> parts = new ArrayList<>();
        StringBuilder literal = new StringBuilder();
        Matcher placeholder = PLACEHOLDER.matcher(text);
        int at = 0;
        while (at < text.length()) {
            int open = text.indexOf(OPEN, at);
            if (open < 0) {
                literal.append(text, at, text.length());
                break;
            }
            literal.append(text, at, open);
            if (text.startsWith(ESCAPED_OPEN, open)) {
                literal.append(OPEN);
                at = open + ESCAPED_OPEN.length();
            } else if (placeholder.region(open, text.length()).lookingAt()) {
                flush(literal, parts);
                parts.add(new Part.Slot(placeholder.group(1)));
                at = placeholder.end();
            } else {
                throw malformed(name, text, open);
            }
        }
        flush(literal, parts);
        return new Template(name, parts);
    }

    public String name() {
        return name;
    }

    /** The placeholder names, in order of first appearance. */
    public Set<String> placeholders() {
        return placeholders;
    }

    /**
     * Fills every placeholder.
     *
     * @throws TemplateException when a placeholder has no value (or a null one), or a key is not a placeholder
     */
    public String render(Map<String, String> values) {
        Objects.requireNonNull(values, "values");
        for (String placeholder : placeholders) {
            if (values.get(placeholder) == null) {
                throw new TemplateException("Template '" + name + "' has no value for {{" + placeholder
                        + "}}; pass a value for every placeholder (" + describe(placeholders) + ").");
            }
        }
        Set<String> unused = new TreeSet<>(values.keySet());
        unused.removeAll(placeholders);
        if (!unused.isEmpty()) {
            throw new TemplateException("Template '" + name + "' does not use the key '"
                    + unused.iterator().next() + "'; it uses only " + describe(placeholders)
                    + ", so remove the key or add the placeholder.");
        }
        StringBuilder out = new StringBuilder();
        for (Part part : parts) {
            switch (part) {
                case Part.Literal literal -> out.append(literal.text());
                case Part.Slot slot -> out.append(values.get(slot.name()));
            }
        }
        return out.toString();
    }

    /** Lists placeholder names as {@code {{a}}, {{b}}}, or says there are none. */
    static String describe(Set<String> names) {
        if (names.isEmpty()) {
            return "no placeholders";
        }
        return String.join(", ", names.stream().map(n -> "{{" + n + "}}").toList());
    }

    private static void flush(StringBuilder literal, List<Part> parts) {
        if (!literal.isEmpty()) {
            parts.add(new Part.Literal(literal.toString()));
            literal.setLength(0);
        }
    }

    private static TemplateException malformed(String name, String text, int open) {
        int line =
                1 + (int) text.substring(0, open).chars().filter(c -> c == '\n').count();
        int lineEnd = text.indexOf('\n', open);
        int end = Math.min(lineEnd < 0 ? text.length() : lineEnd, open + MAX_EXCERPT_CHARS);
        String rest = text.substring(open, end);
        return new TemplateException("Template '" + name + "' line " + line + " has a malformed placeholder at '"
                + rest + "'; placeholders look like {{name}} with lower case letters and underscores, and a literal"
                + " {{ is written {{{{.");
    }
}
