package dev.l2mac.check.python;

import dev.l2mac.check.LargeFiles;
import java.nio.file.Path;
import java.util.Collection;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Pattern;

/**
 * Which Python files import which, judged from their import lines by module name. It over-approximates (a name
 * shared by two packages counts for both), which costs a little extra checking and never misses an importer
 * written with a plain or relative import.
 */
final class PythonImports {

    private PythonImports() {}

    /** The files among {@code files} whose import lines name the module of one of {@code modules}. */
    static Set<String> importersOf(Path workspace, Collection<String> files, Collection<String> modules) {
        List<Pattern> patterns = modules.stream()
                .map(PythonImports::moduleName)
                .filter(name -> !name.isEmpty())
                .distinct()
                .map(PythonImports::importPattern)
                .toList();
        Set<String> importers = new TreeSet<>();
        if (patterns.isEmpty()) {
            return importers;
        }
        for (String file : files) {
            String source = read(workspace.resolve(file));
            if (patterns.stream().anyMatch(pattern -> pattern.matcher(source).find())) {
                importers.add(file);
            }
        }
        return importers;
    }

    /** {@code shop/cart.py} is module {@code cart}, {@code shop/__init__.py} is {@code shop}. */
    static String moduleName(String file) {
        String path = file.endsWith(".py") ? file.substring(0, file.length() - ".py".length()) : file;
        if (path.endsWith("/__init__") || path.equals("__init__")) {
            path = path.equals("__init__") ? "" : path.substring(0, path.length() - "/__init__".length());
        }
        return path.substring(path.lastIndexOf('/') + 1);
    }

    private static Pattern importPattern(String module) {
        String word = "\\b" + Pattern.quote(module) + "\\b";
        return Pattern.compile("(?m)^\\s*(?:from\\s+[\\w.]*" + word + "|from\\s+[\\w.]+\\s+import\\s+[^\\n]*" + word
                + "|import\\s+[^\\n]*" + word + ")");
    }

    private static String read(Path file) {
        return LargeFiles.read(file).orElse("");
    }
}
