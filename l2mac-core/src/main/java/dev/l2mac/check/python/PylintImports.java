package dev.l2mac.check.python;

import dev.l2mac.check.Finding;
import dev.l2mac.check.JudgedFindings;
import dev.l2mac.check.ModuleHome;
import dev.l2mac.check.PackageNotes;
import dev.l2mac.deps.Ecosystem;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * pylint's import errors judged by where the module lives ({@link PythonModuleHomes}): an unresolved import of the
 * workspace's own modules, or a name missing from the standard library, stays an error; an import of a package
 * installed for the code's interpreter is dropped (pylint's own interpreter lacks it); a package that is declared but
 * not installed, or that nothing provides yet, becomes one note per module, never a failure.
 */
final class PylintImports {

    /** pylint's {@code import-error}: the module in quotes. */
    private static final Pattern IMPORT_ERROR = Pattern.compile("^E0401 Unable to import '([^']+)'");
    /** pylint's {@code no-name-in-module}: the name, then the module, in quotes. */
    private static final Pattern NO_NAME = Pattern.compile("^E0611 No name '[^']*' in module '([^']+)'");

    private final PythonModuleHomes homes;

    PylintImports(PythonModuleHomes homes) {
        this.homes = homes;
    }

    /** The errors that stay the model's, and the notes about the environment. */
    JudgedFindings judge(Path workspace, Collection<String> files, List<Finding> findings) {
        Map<Finding, String> imported = new LinkedHashMap<>();
        for (Finding finding : findings) {
            module(finding).ifPresent(module -> imported.put(finding, module));
        }
        if (imported.isEmpty()) {
            return new JudgedFindings(findings, List.of());
        }
        Map<String, ModuleHome> where = homes.of(workspace, files, imported.values());
        List<Finding> errors = new ArrayList<>();
        Map<String, Finding> notes = new LinkedHashMap<>();
        for (Finding finding : findings) {
            String module = imported.get(finding);
            if (module == null) {
                errors.add(finding);
                continue;
            }
            switch (Objects.requireNonNull(where.get(module), "every imported module has a home")) {
                case WORKSPACE, STANDARD_LIBRARY -> errors.add(finding);
                case INSTALLED -> {}
                case DECLARED ->
                    notes.putIfAbsent(
                            PythonModuleHomes.topLevel(module),
                            Finding.note(finding.file(), finding.line(), declaredNote(workspace, module)));
                case UNKNOWN ->
                    notes.putIfAbsent(
                            PythonModuleHomes.topLevel(module),
                            Finding.note(finding.file(), finding.line(), unknownNote(module)));
            }
        }
        return new JudgedFindings(errors, List.copyOf(notes.values()));
    }

    void forget() {
        homes.forget();
    }

    /** The module an import finding is about; empty for every other finding. */
    static Optional<String> module(Finding finding) {
        for (Pattern pattern : List.of(IMPORT_ERROR, NO_NAME)) {
            Matcher matcher = pattern.matcher(finding.message());
            if (matcher.find()) {
                return Optional.of(matcher.group(1));
            }
        }
        return Optional.empty();
    }

    static String declaredNote(Path workspace, String module) {
        return PackageNotes.declaredButNotInstalled(
                "the package '" + PythonModuleHomes.topLevel(module) + "'",
                PythonModuleHomes.manifestDeclaring(workspace, module));
    }

    private static String unknownNote(String module) {
        return PackageNotes.neitherWrittenNorDeclared(PythonModuleHomes.topLevel(module), Ecosystem.PYTHON.manifest());
    }
}
