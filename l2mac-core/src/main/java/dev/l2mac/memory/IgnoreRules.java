package dev.l2mac.memory;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.Path;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.SortedMap;
import java.util.TreeMap;
import org.eclipse.jgit.ignore.FastIgnoreRule;
import org.eclipse.jgit.ignore.IgnoreNode;

/**
 * Which rule of the work tree's {@code .gitignore} files, if any, hides a path from git, as git itself decides: a
 * path is hidden when it, or a folder on its way, matches a rule, the deepest {@code .gitignore} deciding first and
 * its last matching rule winning. Only the work tree's own files count (the ones the project, and so generated
 * code, can write); the repository's {@code info/exclude} holds the machine's rules.
 */
public final class IgnoreRules {
    /** The file git reads ignore rules from, in every folder of the work tree. */
    public static final String FILE_NAME = ".gitignore";
    /** Largest {@code .gitignore} read; a bigger one is not a list of rules a person wrote. */
    static final long MAX_RULES_BYTES = 1 << 20;

    private final Path root;
    /** The rules of each {@code .gitignore} read so far, by its path; empty for none. */
    private final Map<Path, List<FastIgnoreRule>> read = new HashMap<>();

    private IgnoreRules(Path root) {
        this.root = root;
    }

    /** The rule hiding {@code path} (relative, {@code /}-separated) under {@code root}, described for a person. */
    public static Optional<String> hiding(Path root, String path) {
        return new IgnoreRules(root).ruleHiding(path);
    }

    /**
     * The paths of {@code paths} that a rule hides, in path order, each with the rule described for a person; each
     * {@code .gitignore} is read once, however many paths it decides.
     */
    public static SortedMap<String, String> hidingAll(Path root, Collection<String> paths) {
        IgnoreRules rules = new IgnoreRules(root);
        SortedMap<String, String> hidden = new TreeMap<>();
        for (String path : paths) {
            rules.ruleHiding(path).ifPresent(rule -> hidden.put(path, rule));
        }
        return hidden;
    }

    /** The rules of the work tree under {@code root}, each {@code .gitignore} read once, when first needed. */
    static IgnoreRules of(Path root) {
        return new IgnoreRules(root);
    }

    /** True when a rule hides the folder {@code folder} (relative, {@code /}-separated), or one it is in. */
    boolean hidesFolder(String folder) {
        return ruleHiding(folder, true).isPresent();
    }

    private Optional<String> ruleHiding(String path) {
        return ruleHiding(path, false);
    }

    private Optional<String> ruleHiding(String path, boolean isFolder) {
        String[] segments = path.split("/");
        StringBuilder prefix = new StringBuilder();
        for (int i = 0; i < segments.length; i++) {
            if (i > 0) {
                prefix.append('/');
            }
            prefix.append(segments[i]);
            boolean folder = isFolder || i < segments.length - 1;
            Optional<String> rule = decidingRule(prefix.toString(), folder);
            if (rule.isPresent()) {
                return rule;
            }
        }
        return Optional.empty();
    }

    /** The rule that ignores {@code entry} itself, looking from its own folder's {@code .gitignore} up to the root. */
    private Optional<String> decidingRule(String entry, boolean folder) {
        int slash = entry.lastIndexOf('/');
        String dir = slash < 0 ? "" : entry.substring(0, slash);
        while (true) {
            String relative = dir.isEmpty() ? entry : entry.substring(dir.length() + 1);
            Optional<FastIgnoreRule> match = lastMatch(rulesOf(root.resolve(dir).resolve(FILE_NAME)), relative, folder);
            if (match.isPresent()) {
                FastIgnoreRule rule = match.get();
                return rule.getResult()
                        ? Optional.of("the rule '" + rule + "' in " + (dir.isEmpty() ? "" : dir + "/") + FILE_NAME
                                + " hides " + entry + (folder ? "/" : ""))
                        : Optional.empty();
            }
            if (dir.isEmpty()) {
                return Optional.empty();
            }
            int up = dir.lastIndexOf('/');
            dir = up < 0 ? "" : dir.substring(0, up);
        }
    }

    private List<FastIgnoreRule> rulesOf(Path rulesFile) {
        return read.computeIfAbsent(rulesFile, IgnoreRules::parse);
    }

    private static List<FastIgnoreRule> parse(Path rulesFile) {
        if (!Files.isRegularFile(rulesFile, LinkOption.NOFOLLOW_LINKS)) {
            return List.of();
        }
        IgnoreNode node = new IgnoreNode();
        try (InputStream in = Files.newInputStream(rulesFile)) {
            if (Files.size(rulesFile) > MAX_RULES_BYTES) {
                return List.of();
            }
            node.parse(rulesFile.toString(), in);
        } catch (IOException e) {
            return List.of();
        }
        return node.getRules();
    }

    private static Optional<FastIgnoreRule> lastMatch(List<FastIgnoreRule> rules, String relative, boolean folder) {
        for (int i = rules.size() - 1; i >= 0; i--) {
            if (rules.get(i).isMatch(relative, folder)) {
                return Optional.of(rules.get(i));
            }
        }
        return Optional.empty();
    }
}
