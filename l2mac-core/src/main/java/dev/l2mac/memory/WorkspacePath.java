package dev.l2mac.memory;

import java.util.ArrayDeque;
import java.util.Deque;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * A file path the model may use: relative, normalized ({@code /}-separated, no {@code .} or {@code ..} segments),
 * inside the project root, and with no reserved name as any of its segments. The one place where path text is
 * judged.
 *
 * @param value the normalized path, such as {@code app/main.py}
 */
public record WorkspacePath(String value) {

    /**
     * Names the model may never use as any segment: the run's own records and version control. A nested
     * {@code .git} would make its folder a repository of its own, which the history records as a bare link and
     * whose configuration ({@code core.fsmonitor}, hooks) git would run for the user.
     */
    static final Set<String> RESERVED_NAMES = Set.of(".l2mac", ".git");
    /** The 8.3 short name Windows gives {@code .git}, which reaches the same folder there. */
    private static final String GIT_SHORT_NAME = "git~1";

    private static final String EXAMPLE = "'app/main.py'";
    private static final Pattern DRIVE_LETTER = Pattern.compile("^[A-Za-z]:.*", Pattern.DOTALL);

    public WorkspacePath {
        if (value == null || value.isEmpty()) {
            throw new IllegalArgumentException("a workspace path is never empty; build one with WorkspacePath.parse");
        }
    }

    /** Validates and normalizes a path as the model wrote it; refusals say what was wrong and what to use. */
    public static WorkspacePath parse(String raw) throws MemoryException {
        if (raw == null || raw.isBlank()) {
            throw new MemoryException(
                    "The file path is empty; give a path relative to the project root, such as " + EXAMPLE + ".");
        }
        String quoted = quote(raw);
        if (raw.chars().anyMatch(Character::isISOControl)) {
            throw new MemoryException("Path " + quoted + " contains a control character (such as NUL or a line break);"
                    + " use a plain relative path such as " + EXAMPLE + ".");
        }
        if (raw.startsWith("/")
                || raw.startsWith("\\")
                || DRIVE_LETTER.matcher(raw).matches()) {
            throw new MemoryException("Path " + quoted
                    + " is absolute; use a path relative to the project root, such as " + EXAMPLE + ".");
        }
        String slashed = raw.replace('\\', '/');
        if (slashed.endsWith("/")) {
            throw notAFile(quoted);
        }
        String normalized = normalize(slashed, quoted);
        for (String segment : normalized.split("/")) {
            Optional<String> reserved = reservedAs(segment);
            if (reserved.isPresent()) {
                throw reservedName(quoted, segment, reserved.get());
            }
        }
        return new WorkspacePath(normalized);
    }

    /**
     * The reserved name a path segment means on some file system, if any: compared without case (macOS and Windows
     * fold it), without trailing dots and spaces (Windows drops them) and without invisible format characters
     * (macOS ignores some), so {@code .GIT}, {@code .git.} and {@code git~1} all count as {@code .git}.
     */
    public static Optional<String> reservedAs(String segment) {
        StringBuilder visible = new StringBuilder();
        segment.codePoints()
                .filter(c -> Character.getType(c) != Character.FORMAT)
                .forEach(visible::appendCodePoint);
        String folded = visible.toString().toLowerCase(Locale.ROOT).replaceFirst("[. ]+$", "");
        if (folded.equals(GIT_SHORT_NAME)) {
            return Optional.of(".git");
        }
        return RESERVED_NAMES.contains(folded) ? Optional.of(folded) : Optional.empty();
    }

    private static MemoryException reservedName(String quoted, String segment, String reserved) {
        String why = reserved.equals(".git")
                ? "is reserved for version control at any depth: a '.git' inside the project would make a"
                        + " repository of its own that the workspace's history cannot record"
                : "is reserved for the run's own records at any depth";
        return new MemoryException("Path " + quoted + " has the segment '" + segment + "', which " + why
                + "; put project files elsewhere, such as " + EXAMPLE + ".");
    }

    /** The path's last segment, such as {@code main.py}. */
    public String fileName() {
        return value.substring(value.lastIndexOf('/') + 1);
    }

    /** True when this path lies inside the given folder (a normalized path, or empty for the root). */
    public boolean isInside(String folder) {
        return folder.isEmpty() || value.startsWith(folder + "/");
    }

    @Override
    public String toString() {
        return value;
    }

    private static String normalize(String slashed, String quoted) throws MemoryException {
        Deque<String> segments = new ArrayDeque<>();
        for (String segment : slashed.split("/")) {
            switch (segment) {
                case "", "." -> {}
                case ".." -> {
                    if (segments.pollLast() == null) {
                        throw new MemoryException(
                                "Path " + quoted + " leads outside the project root; use a path inside"
                                        + " the project, such as " + EXAMPLE + ".");
                    }
                }
                default -> segments.addLast(segment);
            }
        }
        if (segments.isEmpty()) {
            throw notAFile(quoted);
        }
        return String.join("/", segments);
    }

    private static MemoryException notAFile(String quoted) {
        return new MemoryException(
                "Path " + quoted + " names a directory, not a file; give a file path such as " + EXAMPLE + ".");
    }

    /** The path as the model wrote it, quoted, with control characters made visible. */
    static String quote(String raw) {
        StringBuilder quoted = new StringBuilder("'");
        raw.chars().forEach(c -> quoted.append(Character.isISOControl(c) ? String.format("\\u%04x", c) : (char) c));
        return quoted.append('\'').toString();
    }
}
