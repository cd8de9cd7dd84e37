package dev.l2mac.eval.design;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Set;
import java.util.stream.Stream;
import org.jspecify.annotations.Nullable;

/**
 * A codebase as text for the judge: every UTF-8 file outside the run records and caches, by path, within a
 * character budget; what does not fit is named, so that the judge knows the listing is partial.
 */
record CodeListing(String text, List<String> files, boolean truncated) {
    private static final Set<String> SKIPPED_FOLDERS =
            Set.of(".l2mac", ".git", "__pycache__", ".pytest_cache", "node_modules", ".venv");

    static CodeListing of(Path root, int maxChars) {
        List<Path> files = sourceFiles(root);
        StringBuilder text = new StringBuilder();
        boolean truncated = false;
        for (Path file : files) {
            String content = read(file);
            if (content == null) {
                continue;
            }
            String entry = "### " + relative(root, file) + "\n```\n" + content + (content.endsWith("\n") ? "" : "\n")
                    + "```\n\n";
            if (text.length() + entry.length() > maxChars) {
                text.append("### ")
                        .append(relative(root, file))
                        .append(" (not shown: the listing is limited to ")
                        .append(maxChars)
                        .append(" characters)\n");
                truncated = true;
                continue;
            }
            text.append(entry);
        }
        return new CodeListing(
                text.toString(), files.stream().map(f -> relative(root, f)).toList(), truncated);
    }

    static List<Path> sourceFiles(Path root) {
        try (Stream<Path> walk = Files.walk(root)) {
            return walk.filter(Files::isRegularFile)
                    .filter(f -> root.relativize(f).toString().isEmpty() || !skipped(root.relativize(f)))
                    .sorted()
                    .toList();
        } catch (IOException e) {
            throw new UncheckedIOException("cannot list the codebase at " + root + ": " + e.getMessage(), e);
        }
    }

    private static boolean skipped(Path relative) {
        for (Path part : relative) {
            if (SKIPPED_FOLDERS.contains(part.toString())) {
                return true;
            }
        }
        return false;
    }

    /** The file's text, or null when it is not UTF-8 text (images, databases). */
    private static @Nullable String read(Path file) {
        try {
            return StandardCharsets.UTF_8
                    .newDecoder()
                    .decode(ByteBuffer.wrap(Files.readAllBytes(file)))
                    .toString();
        } catch (CharacterCodingException binary) {
            return null;
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read " + file + ": " + e.getMessage(), e);
        }
    }

    private static String relative(Path root, Path file) {
        return root.relativize(file).toString().replace('\\', '/');
    }
}
