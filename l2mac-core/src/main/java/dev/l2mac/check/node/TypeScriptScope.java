package dev.l2mac.check.node;

import dev.l2mac.check.CheckScope;
import dev.l2mac.check.Language;
import dev.l2mac.check.LargeFiles;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The TypeScript files a type check within a {@link CheckScope.Only scope} is given: the changed ones, and those that
 * import a changed module, since a change to a module's exports can break its importers. {@code tsc} reads whatever
 * they import in turn, and reports what it finds there too.
 *
 * <p>A file imports a changed module when one of its module specifiers ({@code import ... from}, {@code export ...
 * from}, {@code import(...)}, {@code require(...)}) resolves to it (relative specifiers, with or without an extension,
 * or naming the module's folder for an {@code index} file), or, for a specifier that is not relative (a path alias),
 * ends with the module's name. This may take in a few files that do not import it; it leaves out none that does.
 */
final class TypeScriptScope {

    private static final Pattern SPECIFIER =
            Pattern.compile("(?:\\bfrom|\\bimport|\\brequire\\s*\\()\\s*\\(?\\s*['\"]([^'\"\\n]+)['\"]");
    private static final List<String> EXTENSIONS =
            List.of(".ts", ".tsx", ".mts", ".cts", ".d.ts", ".js", ".jsx", ".mjs", ".cjs");

    private TypeScriptScope() {}

    /** The TypeScript files of {@code sources} (the workspace's files) to type-check after {@code scope}'s changes. */
    static List<String> files(Path workspace, Collection<String> sources, CheckScope.Only scope) {
        List<String> changedModules = scope.changed().stream()
                .filter(file -> Language.TYPESCRIPT.owns(file) || Language.JAVASCRIPT.owns(file))
                .map(TypeScriptScope::withoutExtension)
                .toList();
        Set<String> files = new TreeSet<>();
        for (String file : sources) {
            if (!Language.TYPESCRIPT.owns(file)) {
                continue;
            }
            if (scope.changed().contains(file) || importsAny(workspace, file, changedModules)) {
                files.add(file);
            }
        }
        return new ArrayList<>(files);
    }

    private static boolean importsAny(Path workspace, String file, List<String> modules) {
        if (modules.isEmpty()) {
            return false;
        }
        Optional<String> source = LargeFiles.read(workspace.resolve(file));
        if (source.isEmpty()) {
            return false;
        }
        Matcher matcher = SPECIFIER.matcher(source.get());
        while (matcher.find()) {
            String specifier = matcher.group(1);
            if (modules.stream().anyMatch(module -> names(file, specifier, module))) {
                return true;
            }
        }
        return false;
    }

    /** True when {@code specifier}, written in {@code file}, may name {@code module} (a path without extension). */
    static boolean names(String file, String specifier, String module) {
        String name = module.substring(module.lastIndexOf('/') + 1);
        String folder = module.contains("/") ? module.substring(0, module.lastIndexOf('/')) : "";
        if (!specifier.startsWith(".")) {
            String last = withoutExtension(specifier.substring(specifier.lastIndexOf('/') + 1));
            String folderName = folder.substring(folder.lastIndexOf('/') + 1);
            return last.equals(name) || (name.equals("index") && !folderName.isEmpty() && last.equals(folderName));
        }
        Optional<String> resolved = resolve(file, specifier);
        if (resolved.isEmpty()) {
            return false;
        }
        String target = withoutExtension(resolved.get());
        return target.equals(module) || (name.equals("index") && resolved.get().equals(folder));
    }

    /** {@code specifier} resolved against {@code file}'s folder, as a workspace path; empty when it leaves it. */
    private static Optional<String> resolve(String file, String specifier) {
        List<String> parts = new ArrayList<>();
        int slash = file.lastIndexOf('/');
        if (slash >= 0) {
            parts.addAll(List.of(file.substring(0, slash).split("/")));
        }
        for (String part : specifier.split("/")) {
            if (part.isEmpty() || part.equals(".")) {
                continue;
            }
            if (part.equals("..")) {
                if (parts.isEmpty()) {
                    return Optional.empty();
                }
                parts.removeLast();
            } else {
                parts.add(part);
            }
        }
        return Optional.of(String.join("/", parts));
    }

    private static String withoutExtension(String path) {
        for (String extension : EXTENSIONS.reversed()) {
            if (path.endsWith(extension)) {
                return path.substring(0, path.length() - extension.length());
            }
        }
        return path;
    }
}
