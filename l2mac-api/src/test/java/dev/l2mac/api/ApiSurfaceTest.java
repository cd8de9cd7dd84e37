package dev.l2mac.api;

import static org.assertj.core.api.Assertions.assertThat;

import java.lang.reflect.Constructor;
import java.lang.reflect.Executable;
import java.lang.reflect.Method;
import java.lang.reflect.Modifier;
import java.lang.reflect.ParameterizedType;
import java.lang.reflect.Type;
import java.lang.reflect.WildcardType;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

/**
 * Pins the library's surface: the public types of {@code dev.l2mac.api} and the engine types their public
 * signatures expose. A change that widens it fails here, and the README's Library API section and this list change
 * together; every other engine type is internal.
 */
class ApiSurfaceTest {
    private static final List<Class<?>> ENTRY_POINTS = List.of(
            L2mac.class,
            L2macBuilder.class,
            ModelBuilder.class,
            OpenAi.class,
            Anthropic.class,
            Gemini.class,
            AzureOpenAi.class,
            Ollama.class,
            ConfiguredModel.class);
    private static final Set<String> EXPOSED = Set.of(
            "dev.l2mac.check.CommandCheck",
            "dev.l2mac.check.Language",
            "dev.l2mac.config.LlmSettings",
            "dev.l2mac.config.Settings",
            "dev.l2mac.control.RunResult",
            "dev.l2mac.llm.LlmClient",
            "dev.l2mac.llm.RetryPolicy",
            "dev.l2mac.program.Domain",
            "dev.l2mac.run.RunListener",
            "dev.l2mac.settings.ContextSaving",
            "dev.l2mac.settings.Limits",
            "dev.l2mac.settings.LimitsBuilder",
            "dev.l2mac.settings.OnFailure");

    @Test
    void the_public_signatures_expose_only_the_listed_engine_types() {
        Set<String> exposed = new TreeSet<>();
        for (Class<?> type : ENTRY_POINTS) {
            assertThat(Modifier.isPublic(type.getModifiers()))
                    .as(type + " is public")
                    .isTrue();
            Stream.concat(Stream.of(type.getDeclaredMethods()), Stream.of(type.getDeclaredConstructors()))
                    .filter(member -> Modifier.isPublic(member.getModifiers()))
                    .forEach(member -> signature(member).forEach(used -> collect(used, exposed)));
        }
        assertThat(exposed)
                .as("engine types in dev.l2mac.api's public signatures")
                .isEqualTo(new TreeSet<>(EXPOSED));
    }

    @Test
    void the_rest_of_the_package_is_not_public() throws Exception {
        for (String internal : List.of("StreamingLlm", "BuildChecks")) {
            Class<?> type = Class.forName("dev.l2mac.api." + internal);
            assertThat(Modifier.isPublic(type.getModifiers())).as(internal).isFalse();
        }
        assertThat(Stream.of(L2mac.class.getDeclaredConstructors()).map(Constructor::getModifiers))
                .noneMatch(Modifier::isPublic);
    }

    private static Stream<Type> signature(Executable member) {
        Stream<Type> parameters = Stream.of(member.getGenericParameterTypes());
        return member instanceof Method method
                ? Stream.concat(parameters, Stream.of(method.getGenericReturnType()))
                : parameters;
    }

    private static void collect(Type type, Set<String> exposed) {
        switch (type) {
            case Class<?> plain when plain.isArray() -> collect(plain.getComponentType(), exposed);
            case Class<?> plain -> {
                String name = plain.getName();
                if (name.startsWith("dev.l2mac.") && !name.startsWith("dev.l2mac.api.")) {
                    exposed.add(name);
                }
            }
            case ParameterizedType generic -> {
                collect(generic.getRawType(), exposed);
                Stream.of(generic.getActualTypeArguments()).forEach(argument -> collect(argument, exposed));
            }
            case WildcardType wildcard ->
                Stream.of(wildcard.getUpperBounds()).forEach(bound -> collect(bound, exposed));
            default -> {}
        }
    }
}
