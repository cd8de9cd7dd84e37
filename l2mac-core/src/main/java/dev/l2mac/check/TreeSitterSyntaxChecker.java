package dev.l2mac.check;

import dev.l2mac.memory.Fingerprints;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.jspecify.annotations.Nullable;
import org.treesitter.TSNode;
import org.treesitter.TSParser;
import org.treesitter.TSTree;

/**
 * Finds syntax errors by parsing files in this JVM with a tree-sitter grammar, never running them. Each file is
 * parsed again only when its content changed since the previous check; the findings of unchanged files are
 * reused, so a check after a one-file edit parses one file. A file too large to parse ({@link LargeFiles}) is
 * named in a note instead.
 */
public final class TreeSitterSyntaxChecker implements Checker {

    /** Most syntax errors reported at once; the model fixes a few and the next check shows the rest. */
    static final int MAX_FINDINGS = 20;
    /** Errors reported per file: after the first few, tree-sitter's recovery mostly reports echoes of them. */
    static final int MAX_FINDINGS_PER_FILE = 3;
    /** Characters of unexpected source quoted in a message. */
    static final int MAX_QUOTED_CHARS = 40;

    private final String name;
    private final Language language;
    /** Node types the grammar accepts that the language's current version does not, with the reason. */
    private final Map<String, String> refusedNodes;

    private final Map<String, Parsed> parsed = new HashMap<>();
    private @Nullable TSParser parser;

    private record Parsed(String digest, List<Finding> findings) {}

    TreeSitterSyntaxChecker(String name, Language language, Map<String, String> refusedNodes) {
        this.name = name;
        this.language = language;
        this.refusedNodes = Map.copyOf(refusedNodes);
    }

    /** Python 3: the grammar also accepts Python 2's print and exec statements, which are errors here. */
    public static TreeSitterSyntaxChecker python() {
        return new TreeSitterSyntaxChecker(
                Language.PYTHON.syntaxCheck(),
                Language.PYTHON,
                Map.of(
                        "print_statement", "Python 3 has no print statement; call print(...) as a function",
                        "exec_statement", "Python 3 has no exec statement; call exec(...) as a function"));
    }

    public static TreeSitterSyntaxChecker javascript() {
        return new TreeSitterSyntaxChecker(Language.JAVASCRIPT.syntaxCheck(), Language.JAVASCRIPT, Map.of());
    }

    public static TreeSitterSyntaxChecker typescript() {
        return new TreeSitterSyntaxChecker(Language.TYPESCRIPT.syntaxCheck(), Language.TYPESCRIPT, Map.of());
    }

    /** True when tree-sitter's native library loads on this machine; otherwise checks fall back to subprocesses. */
    public static boolean loads() {
        return Grammars.loads();
    }

    @Override
    public String name() {
        return name;
    }

    @Override
    public boolean appliesTo(Collection<String> files) {
        return language.presentIn(files);
    }

    @Override
    public boolean dependsOn(String file) {
        return language.owns(file);
    }

    /** Parses the files whose content changed since the last call; {@code changed} is not needed for that. */
    @Override
    public synchronized CheckReport check(Path workspace, Set<String> changed) {
        List<String> files =
                WorkspaceFiles.list(workspace).stream().filter(language::owns).toList();
        parsed.keySet().retainAll(Set.copyOf(files));
        return check(workspace, files);
    }

    @Override
    public boolean scoped() {
        return true;
    }

    /** Parses the changed files of this language that still exist; syntax is a matter of one file alone. */
    @Override
    public synchronized CheckReport check(Path workspace, CheckScope.Only scope) {
        return check(workspace, WorkspaceFiles.existing(workspace, scope, language::owns));
    }

    private CheckReport check(Path workspace, List<String> files) {
        List<Finding> findings = new ArrayList<>();
        List<Finding> skipped = new ArrayList<>();
        for (String file : files) {
            if (LargeFiles.tooLarge(workspace.resolve(file))) {
                skipped.add(LargeFiles.skipped(workspace, file));
                continue;
            }
            for (Finding finding : findingsOf(workspace, file)) {
                if (findings.size() < MAX_FINDINGS) {
                    findings.add(finding);
                }
            }
        }
        if (!findings.isEmpty()) {
            return new CheckReport.Failed(name, findings, skipped);
        }
        int parsed = files.size() - skipped.size();
        String noun = parsed == 1 ? " file parses" : " files parse";
        return new CheckReport.Passed(name, parsed + " " + language.key() + noun, skipped);
    }

    private List<Finding> findingsOf(Path workspace, String file) {
        byte[] content;
        try {
            content = Files.readAllBytes(workspace.resolve(file));
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read " + file + " to check its syntax: " + e.getMessage(), e);
        }
        String digest = Fingerprints.of(content);
        Parsed known = parsed.get(file);
        if (known != null && known.digest().equals(digest)) {
            return known.findings();
        }
        List<Finding> findings = parse(workspace, file, content);
        parsed.put(file, new Parsed(digest, findings));
        return findings;
    }

    private List<Finding> parse(Path workspace, String file, byte[] content) {
        String source = new String(content, StandardCharsets.UTF_8);
        TSTree tree = parser().parseString(null, source);
        List<Finding> findings = new ArrayList<>();
        collect(tree.getRootNode(), content, workspace, file, findings);
        return findings;
    }

    private void collect(TSNode node, byte[] content, Path workspace, String file, List<Finding> findings) {
        if (findings.size() == MAX_FINDINGS_PER_FILE) {
            return;
        }
        String problem = problem(node, content);
        if (problem != null) {
            int line = node.getStartPoint().getRow() + 1;
            int column = node.getStartPoint().getColumn() + 1;
            findings.add(new Finding(
                    file,
                    line,
                    column,
                    Finding.Severity.ERROR,
                    problem,
                    SourceContext.around(workspace, file, line, column)));
            return;
        }
        if (!node.hasError() && refusedNodes.isEmpty()) {
            return;
        }
        for (int i = 0; i < node.getChildCount(); i++) {
            collect(node.getChild(i), content, workspace, file, findings);
        }
    }

    /** What is wrong at {@code node} itself, or null. */
    private @Nullable String problem(TSNode node, byte[] content) {
        if (node.isMissing()) {
            return "syntax error: missing " + quoted(node.getType());
        }
        if (node.isError()) {
            String text = text(node, content);
            return text.isBlank() ? "syntax error" : "syntax error: unexpected " + quoted(text);
        }
        return refusedNodes.get(node.getType());
    }

    private static String text(TSNode node, byte[] content) {
        int start = Math.min(node.getStartByte(), content.length);
        int end = Math.min(node.getEndByte(), content.length);
        String text = new String(content, start, end - start, StandardCharsets.UTF_8).strip();
        String firstLine = text.lines().findFirst().orElse("");
        return firstLine.length() <= MAX_QUOTED_CHARS ? firstLine : firstLine.substring(0, MAX_QUOTED_CHARS) + "...";
    }

    private static String quoted(String text) {
        return "'" + text + "'";
    }

    private TSParser parser() {
        if (parser == null) {
            parser = Grammars.parser(language);
        }
        return parser;
    }
}
