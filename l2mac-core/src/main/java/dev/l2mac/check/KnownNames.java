package dev.l2mac.check;

import java.io.IOException;
import java.util.LinkedHashMap;
import java.util.Locale;
import java.util.Map;
import java.util.Properties;

/**
 * A table of names that do not follow an ecosystem's rule, kept as a {@code .properties} resource beside this class
 * (a distribution and the module it provides, a Maven group and the Java packages its libraries hold): data, not code.
 */
public final class KnownNames {

    private KnownNames() {}

    /** The table {@code resource} beside the class {@code beside}, its keys in lower case; a table missing from the build is a build error. */
    public static Map<String, String> read(Class<?> beside, String resource) {
        Properties table = new Properties();
        try (var in = beside.getResourceAsStream(resource)) {
            if (in == null) {
                throw new IllegalStateException(resource + " is missing from the build");
            }
            table.load(in);
        } catch (IOException e) {
            throw new IllegalStateException(resource + " cannot be read", e);
        }
        Map<String, String> names = new LinkedHashMap<>();
        table.forEach((key, value) -> names.put(
                key.toString().toLowerCase(Locale.ROOT), value.toString().strip()));
        return Map.copyOf(names);
    }
}
