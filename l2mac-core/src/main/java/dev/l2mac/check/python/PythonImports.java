package dev.l2mac.check.python;

import dev.l2mac.check.LargeFiles;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Collection;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Pattern;

/**
 * Which Python files import which, judged from their import lines by module name, and for a module of a package by
 * its package's name too. It over-approximates (two modules of one name outside packages count for both, as do two
 * packages of one name), which costs a little extra checking and never misses an importer written with a plain,
 * qualified or relative import.
 */
final class PythonImports {

    private PythonImports() {}

    /**
     * The files among {@code files} whose import lines name the module of one of {@code modules}. A module in a
     * package (a folder with an {@code __init__.py}) is imported from outside its folder by a name that includes its
     * package ({@code from shop.cart import}, {@code from shop import cart}, {@code from ..shop.cart import}), so
     * only such lines count there: {@code cart} modules of other packages do not make their importers this one's.
     */
    static Set<String> importersOf(Path workspace, Collection<String> files, Collection<String> modules) {
        List<Importers> importers = modules.stream()
                .filter(module -> !moduleName(module).isEmpty())
                .map(module -> Importers.of(workspace, module))
                .toList();
        Set<String> found = new TreeSet<>();
        if (importers.isEmpty()) {
            return found;
        }
        for (String file : files) {
            String source = read(workspace.resolve(file));
            if (importers.stream().anyMatch(module -> module.importedBy(file, source))) {
                found.add(file);
            }
        }
        return found;
    }

    /** How a module is imported: by its bare name beside it, and from elsewhere by {@code outside}. */
    private record Importers(String folder, Pattern bare, Pattern outside) {

        static Importers of(Path workspace, String module) {
            String name = moduleName(module);
            String folder = folderOf(module.endsWith("/__init__.py") ? folderOf(module) : module);
            Pattern bare = importPattern(name);
            String parent = folder.substring(folder.lastIndexOf('/') + 1);
            boolean inPackage = !folder.isEmpty()
                    && Files.isRegularFile(workspace.resolve(folder).resolve("__init__.py"));
            return new Importers(folder, bare, inPackage ? qualifiedPattern(parent, name) : bare);
        }

        boolean importedBy(String file, String source) {
            return (folderOf(file).equals(folder) ? bare : outside)
                    .matcher(source)
                    .find();
        }
    }

    private static String folderOf(String path) {
        int slash = path.lastIndexOf('/');
        return slash < 0 ? "" : path.substring(0, slash);
    }

    /** {@code shop/cart.py} is module {@code cart}, {@code shop/__init__.py} is {@code shop}. */
    static String moduleName(String file) {
        String path = file.endsWith(".py") ? file.substring(0, file.length() - ".py".length()) : file;
        if (path.endsWith("/__init__") || path.equals("__init__")) {
            path = path.equals("__init__") ? "" : path.substring(0, path.length() - "/__init__".length());
        }
        return path.substring(path.lastIndexOf('/') + 1);
    }

    /** An import naming {@code module} of the package {@code parent}: {@code parent.module}, or from the package. */
    private static Pattern qualifiedPattern(String parent, String module) {
        String qualified = "\\b" + Pattern.quote(parent) + "\\." + Pattern.quote(module) + "\\b";
        String word = "\\b" + Pattern.quote(module) + "\\b";
        return Pattern.compile("(?m)^\\s*(?:from\\s+[\\w.]*" + qualified + "|from\\s+[\\w.]*\\b" + Pattern.quote(parent)
                + "\\s+import\\s+(?:\\([^)]*|[^\\n]*)" + word + "|import\\s+[^\\n]*" + qualified + ")");
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
