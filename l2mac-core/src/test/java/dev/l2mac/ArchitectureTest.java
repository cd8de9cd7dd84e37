package dev.l2mac;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

/**
 * Holds the main sources of every module to the package picture in docs/architecture.md: every package has a row,
 * uses only what its row lists, the table has no cycle and no "never" arrow.
 */
class ArchitectureTest {
    private static final Path ROOT = repositoryRoot();
    private static final Pattern JAVA_BLOCK = Pattern.compile("```java\\n(.*?)```", Pattern.DOTALL);

    @Test
    void every_module_keeps_to_the_package_picture_in_the_architecture_document() throws IOException {
        PackagePicture picture = PackagePicture.parse(Files.readString(ROOT.resolve(PackagePicture.DOCUMENT)));

        List<String> violations = picture.violations(mainSources());

        assertThat(violations)
                .withFailMessage(
                        "the main sources or the package table break the picture in %s:%n%n%s%n",
                        PackagePicture.DOCUMENT, String.join("\n\n", violations))
                .isEmpty();
    }

    @Test
    void the_scan_sees_every_module_and_every_row() throws IOException {
        List<PackagePicture.Source> sources = mainSources();
        PackagePicture picture = PackagePicture.parse(Files.readString(ROOT.resolve(PackagePicture.DOCUMENT)));

        assertThat(sources.stream().map(PackagePicture.Source::module).distinct())
                .contains("l2mac-core", "l2mac-llm", "l2mac-eval", "l2mac-cli");
        assertThat(sources).hasSizeGreaterThan(300);
        assertThat(picture.rows()).containsKeys("control", "llm.edge", "eval.devbench", "api", "cli");
        assertThat(picture.nevers()).isNotEmpty();
    }

    @Test
    void the_documents_code_snippets_are_the_code() throws IOException {
        String document = Files.readString(ROOT.resolve(PackagePicture.DOCUMENT));
        String code = String.join(
                "\n", mainSources().stream().map(PackagePicture.Source::text).toList());
        Matcher snippet = JAVA_BLOCK.matcher(document);
        int snippets = 0;
        while (snippet.find()) {
            snippets++;
            assertThat(collapsed(code).contains(collapsed(snippet.group(1))))
                    .withFailMessage(
                            "%s has a snippet that is not in the main sources as they stand; make it the code:%n%s",
                            PackagePicture.DOCUMENT, snippet.group(1))
                    .isTrue();
        }
        assertThat(snippets)
                .as("the loop snippets of " + PackagePicture.DOCUMENT)
                .isGreaterThanOrEqualTo(2);
    }

    /** The text without whitespace, so that line breaks, indentation and the formatter's wrapping do not count. */
    private static String collapsed(String text) {
        return text.replaceAll("\\s+", "");
    }

    /** The main sources of every l2mac-* module, in the packages under dev.l2mac. */
    private static List<PackagePicture.Source> mainSources() throws IOException {
        List<PackagePicture.Source> sources = new ArrayList<>();
        try (Stream<Path> modules = Files.list(ROOT)) {
            for (Path module : modules.filter(m -> m.getFileName().toString().startsWith("l2mac-"))
                    .sorted()
                    .toList()) {
                Path base = module.resolve("src/main/java/dev/l2mac");
                if (!Files.isDirectory(base)) {
                    continue;
                }
                try (Stream<Path> files = Files.walk(base)) {
                    files.filter(f -> f.toString().endsWith(".java"))
                            .sorted()
                            .forEach(f -> sources.add(source(module, base, f)));
                }
            }
        }
        return sources;
    }

    private static PackagePicture.Source source(Path module, Path base, Path file) {
        String pkg = base.relativize(file.getParent())
                .toString()
                .replace(file.getFileSystem().getSeparator(), ".");
        try {
            return new PackagePicture.Source(
                    module.getFileName().toString(), ROOT.relativize(file).toString(), pkg, Files.readString(file));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** The nearest folder, from the module's folder up, that holds docs/architecture.md. */
    private static Path repositoryRoot() {
        for (Path dir = Path.of("").toAbsolutePath(); dir != null; dir = dir.getParent()) {
            if (Files.isRegularFile(dir.resolve(PackagePicture.DOCUMENT))) {
                return dir;
            }
        }
        throw new IllegalStateException("no " + PackagePicture.DOCUMENT + " in "
                + Path.of("").toAbsolutePath() + " or any folder above it; run the test from inside the repository");
    }
}
