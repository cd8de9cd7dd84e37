package dev.l2mac;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

/** Enforces the design's package dependency direction inside the engine: no cycles, no provider libraries. */
class PackageDependencyTest {
    private static final Path MAIN = Path.of("src/main/java/dev/l2mac");
    private static final Pattern REFERENCE = Pattern.compile("\\bdev\\.l2mac\\.([a-z]+)\\b");
    private static final Map<String, Set<String>> ALLOWED = Map.of(
            "llm", Set.of(),
            "memory", Set.of(),
            "check", Set.of("memory"),
            "program", Set.of("llm"),
            "tools", Set.of("llm", "memory", "check"),
            "run", Set.of("llm", "memory"),
            "history", Set.of("memory", "llm"),
            "control", Set.of("llm", "memory", "check", "program", "tools", "run", "history"),
            "config", Set.of("control", "check"));
    private static final List<String> FORBIDDEN_LIBRARIES = List.of("dev.langchain4j", "picocli");

    @Test
    void every_package_uses_only_the_packages_below_it() throws IOException {
        List<String> violations = new ArrayList<>();
        try (Stream<Path> sources = Files.walk(MAIN)) {
            for (Path source : sources.filter(p -> p.toString().endsWith(".java")).toList()) {
                String pkg = MAIN.relativize(source).getName(0).toString();
                assertThat(ALLOWED).as("package %s is not in the dependency table", pkg).containsKey(pkg);
                String text = Files.readString(source);
                Matcher reference = REFERENCE.matcher(text);
                while (reference.find()) {
                    String used = reference.group(1);
                    if (!used.equals(pkg) && !ALLOWED.get(pkg).contains(used)) {
                        violations.add(source + " (" + pkg + ") uses " + used);
                    }
                }
                FORBIDDEN_LIBRARIES.stream().filter(text::contains)
                        .forEach(lib -> violations.add(source + " uses provider or CLI library " + lib));
            }
        }
        assertThat(violations).isEmpty();
    }

    @Test
    void the_scan_sees_the_engine_sources() throws IOException {
        try (Stream<Path> sources = Files.walk(MAIN)) {
            assertThat(sources.filter(p -> p.toString().endsWith(".java")).count()).isGreaterThan(20);
        }
    }
}
