package dev.l2mac.check.python;

import dev.l2mac.check.Finding;
import dev.l2mac.check.JudgedFindings;
import dev.l2mac.check.ModuleHome;
import dev.l2mac.check.WorkspaceFiles;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Failing tests whose cause is a package the project declares but this machine has not installed
 * ({@code ModuleNotFoundError} of a {@link ModuleHome#DECLARED} module): the environment's matter, so one note per
 * package instead of a failure. A module of the workspace, or one that nothing provides or declares, stays the
 * model's: it can write the module or declare the package.
 */
final class MissingPackages {

    private static final Pattern NOT_FOUND = Pattern.compile("No module named '([\\w.]+)'");

    private final PythonModuleHomes homes;

    MissingPackages(PythonModuleHomes homes) {
        this.homes = homes;
    }

    JudgedFindings judge(Path workspace, List<Finding> findings) {
        Map<Finding, String> missing = new LinkedHashMap<>();
        for (Finding finding : findings) {
            module(finding).ifPresent(module -> missing.put(finding, module));
        }
        if (missing.isEmpty()) {
            return new JudgedFindings(findings, List.of());
        }
        Map<String, ModuleHome> where = homes.of(workspace, WorkspaceFiles.list(workspace), missing.values());
        List<Finding> errors = new ArrayList<>();
        Map<String, Finding> notes = new LinkedHashMap<>();
        for (Finding finding : findings) {
            String module = missing.get(finding);
            if (module != null && where.get(module) == ModuleHome.DECLARED) {
                notes.putIfAbsent(
                        PythonModuleHomes.topLevel(module),
                        Finding.note(finding.file(), finding.line(), PylintImports.declaredNote(workspace, module)));
            } else {
                errors.add(finding);
            }
        }
        return new JudgedFindings(errors, List.copyOf(notes.values()));
    }

    void forget() {
        homes.forget();
    }

    private static Optional<String> module(Finding finding) {
        Matcher matcher = NOT_FOUND.matcher(finding.message() + "\n" + finding.context());
        return matcher.find() ? Optional.of(matcher.group(1)) : Optional.empty();
    }
}
