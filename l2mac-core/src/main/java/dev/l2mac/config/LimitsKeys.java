package dev.l2mac.config;

import dev.l2mac.config.ConfigKeys.Key;
import dev.l2mac.config.ConfigKeys.Type;
import dev.l2mac.settings.Limits;
import java.lang.reflect.Constructor;
import java.lang.reflect.InvocationTargetException;
import java.lang.reflect.RecordComponent;
import java.time.Duration;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;

/**
 * The {@code limits.*} keys, derived from the components of {@link Limits} so that a new limit gets its config key
 * without an edit here: {@code maxRestarts} is {@code limits.max-restarts}, a {@link Duration} {@code checkTimeout}
 * is {@code limits.check-timeout-seconds}.
 */
final class LimitsKeys {

    static final String MAX_STEPS = "limits.max-steps";
    private static final String SECONDS_SUFFIX = "-seconds";
    private static final RecordComponent[] COMPONENTS = Limits.class.getRecordComponents();

    private LimitsKeys() {}

    static List<Key> keys() {
        return Arrays.stream(COMPONENTS).map(LimitsKeys::key).toList();
    }

    /** Each limit's default, by full key, typed as the config values are (Long, Double, Duration). */
    static Map<String, Object> defaults() {
        Map<String, Object> defaults = new LinkedHashMap<>();
        for (RecordComponent component : COMPONENTS) {
            Object value = valueOf(component, Limits.DEFAULTS);
            defaults.put(key(component).full(), value instanceof Integer i ? Long.valueOf(i) : value);
        }
        return defaults;
    }

    /** Each limit by its name under {@code limits}, durations in seconds: the shape of the config file. */
    static Map<String, Object> describe(Limits limits) {
        Map<String, Object> described = new LinkedHashMap<>();
        for (RecordComponent component : COMPONENTS) {
            Object value = valueOf(component, limits);
            described.put(key(component).name(), value instanceof Duration d ? d.toSeconds() : value);
        }
        return described;
    }

    /**
     * Builds the limits from the merged values by full key; the record's own validation names a bad key, and the
     * hint names the sources that set limits.
     */
    static Limits build(Map<String, ConfigValue> merged) {
        Object[] arguments = new Object[COMPONENTS.length];
        Class<?>[] types = new Class<?>[COMPONENTS.length];
        for (int i = 0; i < COMPONENTS.length; i++) {
            RecordComponent component = COMPONENTS[i];
            types[i] = component.getType();
            arguments[i] = argument(component, ConfigLoader.defaulted(merged, key(component)));
        }
        try {
            Constructor<Limits> canonical = Limits.class.getDeclaredConstructor(types);
            return canonical.newInstance(arguments);
        } catch (InvocationTargetException invalid) {
            List<String> sources = keys().stream()
                    .map(k -> ConfigLoader.defaulted(merged, k).origin())
                    .filter(origin -> !origin.equals(Layer.DEFAULTS))
                    .distinct()
                    .toList();
            throw new ConfigException(
                    Objects.requireNonNullElse(invalid.getCause(), invalid).getMessage(),
                    sources.isEmpty() ? null : "limits are set in: " + String.join(", ", sources));
        } catch (ReflectiveOperationException impossible) {
            throw new IllegalStateException("Limits has no canonical constructor", impossible);
        }
    }

    private static Object argument(RecordComponent component, ConfigValue value) {
        if (component.getType() == int.class) {
            long number = (Long) value.value();
            if (number < Integer.MIN_VALUE || number > Integer.MAX_VALUE) {
                throw new ConfigException(
                        key(component).full() + " in " + value.origin() + " is out of range, was " + number);
            }
            return (int) number;
        }
        return value.value();
    }

    private static Key key(RecordComponent component) {
        String kebab =
                component.getName().replaceAll("([a-z0-9])([A-Z])", "$1-$2").toLowerCase(Locale.ROOT);
        Class<?> type = component.getType();
        if (type == Duration.class) {
            return new Key(ConfigKeys.LIMITS, kebab + SECONDS_SUFFIX, Type.SECONDS);
        }
        if (type == int.class || type == long.class) {
            return new Key(ConfigKeys.LIMITS, kebab, Type.INTEGER);
        }
        if (type == double.class) {
            return new Key(ConfigKeys.LIMITS, kebab, Type.NUMBER);
        }
        throw new IllegalStateException("no config type for limit " + component.getName() + " of type " + type);
    }

    private static Object valueOf(RecordComponent component, Limits limits) {
        try {
            return component.getAccessor().invoke(limits);
        } catch (ReflectiveOperationException impossible) {
            throw new IllegalStateException("cannot read limit " + component.getName(), impossible);
        }
    }
}
