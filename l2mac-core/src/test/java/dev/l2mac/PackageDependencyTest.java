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

/**
 * Enforces the design's package dependency direction inside the engine, sub-packages included: no cycles, no
 * provider libraries.
 */
class PackageDependencyTest {
    private static final Path MAIN = Path.of("src/main/java/dev/l2mac");
    private static final Pattern REFERENCE = Pattern.compile("\\bdev\\.l2mac\\.([a-z]+(?:\\.[a-z]+)*)\\b");
    private static final Set<String> CHECKS_BELOW = Set.of("check", "process", "deps", "memory");
    private static final Map<String, Set<String>> ALLOWED = Map.ofEntries(
            Map.entry("llm", Set.of()),
            Map.entry("memory", Set.of()),
            Map.entry("process", Set.of()),
            Map.entry("process.sandbox", Set.of("process")),
            Map.entry("deps", Set.of("process", "process.sandbox", "memory")),
            Map.entry("check", Set.of("memory", "process", "deps")),
            Map.entry("check.python", CHECKS_BELOW),
            Map.entry("check.java", CHECKS_BELOW),
            Map.entry("check.node", CHECKS_BELOW),
            Map.entry("check.catalog", Set.of("check", "check.python", "check.java", "check.node", "process")),
            Map.entry("program", Set.of("llm")),
            Map.entry("tools", Set.of("llm", "memory", "process", "deps", "check", "check.java", "check.catalog")),
            Map.entry("run", Set.of("llm", "memory")),
            Map.entry("history", Set.of("memory", "llm")),
            Map.entry("resume", Set.of("llm", "check", "program", "tools", "run", "history")),
            Map.entry("control", Set.of("llm", "memory", "process", "process.sandbox", "deps", "check", "check.java",
                    "check.catalog", "program", "tools", "run", "history", "resume")),
            Map.entry("replay", Set.of("llm", "memory", "check", "program", "run", "control")),
            Map.entry("config", Set.of("control", "check", "process.sandbox")));
    private static final List<String> FORBIDDEN_LIBRARIES = List.of("dev.langchain4j", "picocli");

    @Test
    void every_package_uses_only_the_packages_below_it() throws IOException {
        List<String> violations = new ArrayList<>();
        try (Stream<Path> sources = Files.walk(MAIN)) {
            for (Path source : sources.filter(p -> p.toString().endsWith(".java")).toList()) {
                String pkg = MAIN.relativize(source.getParent()).toString().replace('/', '.');
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
