package dev.l2mac.check.java;

import dev.l2mac.check.LargeFiles;
import dev.l2mac.check.ModuleHome;
import dev.l2mac.check.WorkspaceFiles;
import dev.l2mac.check.java.PomDependencies.Library;
import java.lang.module.ModuleFinder;
import java.lang.module.ModuleReference;
import java.nio.file.Path;
import java.util.HashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;

/**
 * Where a Java package that the code names lives: the workspace's own sources (a package they declare, or one above
 * or below it), the JDK (the packages of the running JDK's system modules, which the in-process compiler compiles
 * against), a library a {@code pom.xml} declares ({@link PomDependencies}) and that is installed on the project's
 * class path or is not, or nowhere known.
 */
final class JavaPackageHomes {

    private static final Pattern PACKAGE = Pattern.compile("(?m)^\\s*package\\s+([\\w.]+)\\s*;");
    private static final Set<String> JDK = ModuleFinder.ofSystem().findAll().stream()
            .map(ModuleReference::descriptor)
            .flatMap(module -> module.packages().stream())
            .collect(Collectors.toUnmodifiableSet());

    private final Set<String> workspacePackages;
    private final List<Library> libraries;
    private final List<Path> classpath;

    private JavaPackageHomes(Set<String> workspacePackages, List<Library> libraries, List<Path> classpath) {
        this.workspacePackages = Set.copyOf(workspacePackages);
        this.libraries = List.copyOf(libraries);
        this.classpath = List.copyOf(classpath);
    }

    /** The homes as the workspace's files, POMs and installed class path say now. */
    static JavaPackageHomes of(Path workspace) {
        List<String> files = WorkspaceFiles.list(workspace);
        Set<String> packages = new HashSet<>();
        for (String file : files) {
            if (JavaCompileChecker.isJava(file)) {
                declaredPackage(workspace.resolve(file)).ifPresent(packages::add);
            }
        }
        return new JavaPackageHomes(packages, PomDependencies.of(workspace, files), ProjectClasspath.of(workspace));
    }

    /** True when {@code javaPackage} is {@code prefix} or one of the packages below it. */
    static boolean within(String javaPackage, String prefix) {
        return javaPackage.equals(prefix) || javaPackage.startsWith(prefix + ".");
    }

    ModuleHome of(String javaPackage) {
        if (workspacePackages.stream().anyMatch(own -> within(javaPackage, own) || within(own, javaPackage))) {
            return ModuleHome.WORKSPACE;
        }
        if (inJdk(javaPackage)) {
            return ModuleHome.STANDARD_LIBRARY;
        }
        List<Library> providers = libraries.stream()
                .filter(library -> library.provides(javaPackage))
                .toList();
        if (providers.isEmpty()) {
            return ModuleHome.UNKNOWN;
        }
        return providers.stream().anyMatch(library -> library.installedIn(classpath))
                ? ModuleHome.INSTALLED
                : ModuleHome.DECLARED;
    }

    /** The declared library taken to provide {@code javaPackage}, if any. */
    Optional<Library> library(String javaPackage) {
        return libraries.stream()
                .filter(library -> library.provides(javaPackage))
                .findFirst();
    }

    /** True when a POM in the workspace declares any library at all. */
    boolean declaresLibraries() {
        return !libraries.isEmpty();
    }

    /** The package or one above it is the JDK's ({@code java.util.Map} names a class of {@code java.util}). */
    private static boolean inJdk(String javaPackage) {
        for (String name = javaPackage;
                !name.isEmpty();
                name = name.contains(".") ? name.substring(0, name.lastIndexOf('.')) : "") {
            if (JDK.contains(name)) {
                return true;
            }
        }
        return false;
    }

    private static Optional<String> declaredPackage(Path file) {
        return LargeFiles.read(file).map(PACKAGE::matcher).filter(Matcher::find).map(matcher -> matcher.group(1));
    }
}
