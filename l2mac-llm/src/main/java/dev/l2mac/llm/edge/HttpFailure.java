package dev.l2mac.llm.edge;

import dev.langchain4j.exception.HttpException;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;

/**
 * A non-2xx answer with its headers kept, because LangChain4j's own {@link HttpException} drops them and the
 * classification of a 429 needs {@code Retry-After}.
 */
public final class HttpFailure extends HttpException {
    private final Map<String, List<String>> headers;
    private final String body;

    public HttpFailure(int statusCode, Map<String, List<String>> headers, String body) {
        super(statusCode, body);
        this.headers = lowerCaseKeys(headers);
        this.body = body;
    }

    public String body() {
        return body;
    }

    /** The first value of a header, matched case-insensitively as HTTP requires. */
    public Optional<String> header(String name) {
        List<String> values = headers.get(name.toLowerCase(Locale.ROOT));
        return values == null || values.isEmpty() ? Optional.empty() : Optional.of(values.getFirst());
    }

    private static Map<String, List<String>> lowerCaseKeys(Map<String, List<String>> headers) {
        Map<String, List<String>> copy = new TreeMap<>();
        headers.forEach((name, values) -> copy.put(name.toLowerCase(Locale.ROOT), List.copyOf(values)));
        return copy;
    }
}
