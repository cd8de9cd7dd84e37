package dev.l2mac.check.node;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.l2mac.check.ModuleHome;
import dev.l2mac.deps.Ecosystem;
import dev.l2mac.deps.NpmInstall;
import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;

/**
 * Where a module that a JavaScript or TypeScript import names lives. A relative or absolute specifier
 * ({@code ./cart}, {@code ../lib/x.js}, {@code /abs}) is the workspace's; {@code node:fs} or a built-in module's
 * name is Node's own; any other, a bare specifier, names an npm package: installed when the workspace's
 * {@code node_modules} (the dependency cache's, linked by {@code l2mac deps}) has it, declared when
 * {@code package.json} lists it, or its type declarations, among its dependencies of any kind.
 */
final class NodePackages {

    /** The sections of {@code package.json} that declare packages. */
    static final List<String> SECTIONS =
            List.of("dependencies", "devDependencies", "peerDependencies", "optionalDependencies");
    /** Where TypeScript finds the declarations of a package that ships none: {@code @types/<name>}. */
    static final String TYPES_SCOPE = "@types/";

    private static final Set<String> BUILT_IN = builtIns();
    private static final ObjectMapper JSON = new ObjectMapper();

    private NodePackages() {}

    /** The npm package a bare specifier names ({@code @scope/name/sub} names {@code @scope/name}); else empty. */
    static Optional<String> packageOf(String specifier) {
        if (specifier.isEmpty()
                || specifier.startsWith(".")
                || specifier.startsWith("/")
                || specifier.startsWith("node:")
                || specifier.contains(":")) {
            return Optional.empty();
        }
        String[] parts = specifier.split("/");
        if (specifier.startsWith("@")) {
            return parts.length < 2 ? Optional.empty() : Optional.of(parts[0] + "/" + parts[1]);
        }
        return BUILT_IN.contains(parts[0]) ? Optional.empty() : Optional.of(parts[0]);
    }

    /** Where the module {@code specifier} names lives, as {@code workspace} stands now. */
    static ModuleHome home(Path workspace, String specifier) {
        Optional<String> name = packageOf(specifier);
        if (name.isEmpty()) {
            return specifier.startsWith(".") || specifier.startsWith("/")
                    ? ModuleHome.WORKSPACE
                    : ModuleHome.STANDARD_LIBRARY;
        }
        if (installed(workspace, name.get())) {
            return ModuleHome.INSTALLED;
        }
        return declared(workspace).contains(name.get()) ? ModuleHome.DECLARED : ModuleHome.UNKNOWN;
    }

    /** The package or its type declarations is in the workspace's {@code node_modules}. */
    private static boolean installed(Path workspace, String name) {
        Path modules = workspace.resolve(NpmInstall.NODE_MODULES);
        return Files.isDirectory(modules.resolve(name)) || Files.isDirectory(modules.resolve(typesOf(name)));
    }

    /**
     * Every package {@code package.json} declares, a declarations package {@code @types/x} standing for {@code x}
     * too; none when there is no readable {@code package.json}.
     */
    static Set<String> declared(Path workspace) {
        Set<String> names = new HashSet<>();
        try {
            JsonNode manifest =
                    JSON.readTree(workspace.resolve(Ecosystem.NODE.manifest()).toFile());
            for (String section : SECTIONS) {
                manifest.path(section).fieldNames().forEachRemaining(names::add);
            }
        } catch (IOException e) {
            return Set.of();
        }
        Set<String> typed = new HashSet<>();
        for (String name : names) {
            if (name.startsWith(TYPES_SCOPE)) {
                String typedName = name.substring(TYPES_SCOPE.length());
                typed.add(typedName.contains("__") ? "@" + typedName.replace("__", "/") : typedName);
            }
        }
        names.addAll(typed);
        return names;
    }

    /** {@code express} → {@code @types/express}; {@code @scope/name} → {@code @types/scope__name}. */
    static String typesOf(String name) {
        return TYPES_SCOPE + (name.startsWith("@") ? name.substring(1).replace("/", "__") : name);
    }

    private static Set<String> builtIns() {
        try (var in = NodePackages.class.getResourceAsStream("node-builtins.txt")) {
            if (in == null) {
                throw new IllegalStateException("node-builtins.txt is missing from the build");
            }
            return new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8))
                    .lines()
                    .map(String::strip)
                    .filter(line -> !line.isEmpty() && !line.startsWith("#"))
                    .collect(Collectors.toUnmodifiableSet());
        } catch (IOException e) {
            throw new IllegalStateException("node-builtins.txt cannot be read", e);
        }
    }
}
