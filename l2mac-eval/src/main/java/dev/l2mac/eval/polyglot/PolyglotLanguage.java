package dev.l2mac.eval.polyglot;

import dev.l2mac.check.Language;
import java.util.Arrays;
import java.util.Locale;
import java.util.stream.Collectors;

/** The benchmark's languages: each a track folder of the data and the machine's checks for that language. */
public enum PolyglotLanguage {
    JAVA("java", Language.JAVA),
    PYTHON("python", Language.PYTHON),
    JAVASCRIPT("javascript", Language.JAVASCRIPT);

    private final String key;
    private final Language checked;

    PolyglotLanguage(String key, Language checked) {
        this.key = key;
        this.checked = checked;
    }

    /** The track's folder name and the name users type: {@code java}, {@code python}, {@code javascript}. */
    public String key() {
        return key;
    }

    /** The language the machine checks while it writes a solution. */
    public Language checked() {
        return checked;
    }

    /**
     * The language named {@code name}, case-insensitively.
     *
     * @throws PolyglotException naming the languages there are
     */
    public static PolyglotLanguage parse(String name) {
        String wanted = name.strip().toLowerCase(Locale.ROOT);
        return Arrays.stream(values())
                .filter(language -> language.key.equals(wanted))
                .findFirst()
                .orElseThrow(() -> new PolyglotException("unknown language '" + name + "'; the benchmark has "
                        + Arrays.stream(values()).map(PolyglotLanguage::key).collect(Collectors.joining(", "))));
    }
}
