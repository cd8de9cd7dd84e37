package dev.l2mac.check.node;

import dev.l2mac.check.Finding;
import dev.l2mac.check.JudgedFindings;
import dev.l2mac.check.PackageNotes;
import dev.l2mac.deps.Ecosystem;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * JavaScript and TypeScript findings about a module that cannot be found, judged by where it lives
 * ({@link NodePackages}). A relative module or a built-in one stays the model's error. A package is the
 * environment's when {@code package.json} declares it and it is not installed: one note per package. For the type
 * checker, which only reads imports, an installed package's finding is dropped and an undeclared one is a note that
 * says to write it or declare it; a test that cannot load an undeclared package still fails, told the same.
 */
final class NodeImports {

    /** tsc's module not found ({@code TS2307}) and declarations not found ({@code TS7016}), with the specifier. */
    private static final Pattern COMPILER = Pattern.compile(
            "^TS(?:2307|7016): (?:Cannot find module|Could not find a declaration file for module) '([^']+)'");
    /** Node's {@code ERR_MODULE_NOT_FOUND} (ES modules) and {@code MODULE_NOT_FOUND} (require), with the specifier. */
    private static final Pattern RUNTIME = Pattern.compile("Cannot find (?:package|module) '([^']+)'");

    private NodeImports() {}

    /** tsc's findings: import findings of packages are notes or dropped; every other finding stays an error. */
    static JudgedFindings judgeCompiler(Path workspace, List<Finding> findings) {
        return judge(workspace, findings, COMPILER, true);
    }

    /** Failed tests: those that cannot load a declared package this machine lacks become notes. */
    static JudgedFindings judgeTests(Path workspace, List<Finding> findings) {
        return judge(workspace, findings, RUNTIME, false);
    }

    private static JudgedFindings judge(
            Path workspace, List<Finding> findings, Pattern missing, boolean readsImportsOnly) {
        List<Finding> errors = new ArrayList<>();
        Map<String, Finding> notes = new LinkedHashMap<>();
        for (Finding finding : findings) {
            Optional<String> specifier = specifier(missing, finding);
            Optional<String> name = specifier.flatMap(NodePackages::packageOf);
            if (name.isEmpty()) {
                errors.add(finding);
                continue;
            }
            switch (NodePackages.home(workspace, specifier.get())) {
                case DECLARED ->
                    notes.putIfAbsent(
                            name.get(),
                            Finding.note(
                                    finding.file(),
                                    finding.line(),
                                    PackageNotes.declaredButNotInstalled(
                                            "the package '" + name.get() + "'", Ecosystem.NODE.manifest())));
                case UNKNOWN -> {
                    String advice = PackageNotes.neitherWrittenNorDeclared(name.get(), Ecosystem.NODE.manifest());
                    if (readsImportsOnly) {
                        notes.putIfAbsent(name.get(), Finding.note(finding.file(), finding.line(), advice));
                    } else {
                        errors.add(new Finding(
                                finding.file(),
                                finding.line(),
                                finding.column(),
                                finding.severity(),
                                finding.message() + "; " + advice,
                                finding.context()));
                    }
                }
                case INSTALLED -> {
                    if (!readsImportsOnly) {
                        errors.add(finding);
                    }
                }
                case WORKSPACE, STANDARD_LIBRARY -> errors.add(finding);
            }
        }
        return new JudgedFindings(errors, List.copyOf(notes.values()));
    }

    private static Optional<String> specifier(Pattern missing, Finding finding) {
        Matcher matcher = missing.matcher(finding.message() + "\n" + finding.context());
        return matcher.find() ? Optional.of(matcher.group(1)) : Optional.empty();
    }
}
