package dev.l2mac.check.java;

import dev.l2mac.check.Finding;
import dev.l2mac.check.JudgedFindings;
import dev.l2mac.check.ModuleHome;
import dev.l2mac.check.PackageNotes;
import dev.l2mac.check.java.PomDependencies.Library;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The Java compiler's errors judged by where the package they are about lives ({@link JavaPackageHomes}). An error
 * caused by a library that a {@code pom.xml} declares but that is not installed (the import itself, the uses of
 * its types and static members, and in a class extending one of its types the uses of what may be inherited) is
 * the environment's: one note per library. Every other error stays the model's, with its place; an import of a
 * package nobody provides says how to provide it.
 */
final class JavacImports {

    private static final Pattern NO_PACKAGE = Pattern.compile("^package ([\\w.]+) does not exist");
    private static final Pattern SYMBOL =
            Pattern.compile("(?m)^\\s*symbol:\\s+(class|interface|variable|method|static)" + " ([\\w$]+)");
    private static final Pattern IN_PACKAGE = Pattern.compile("(?m)^\\s*location:\\s+package ([\\w.]+)");
    private static final Pattern IN_TYPE = Pattern.compile("(?m)^\\s*location:\\s+(?:class|interface|enum|record) ");
    private static final String NOT_OVERRIDING = "method does not override or implement a method from a supertype";

    private JavacImports() {}

    /** The errors that stay the model's and one note per declared library this machine lacks. */
    static JudgedFindings judge(Path workspace, List<Finding> findings) {
        if (findings.isEmpty()) {
            return new JudgedFindings(findings, List.of());
        }
        JavaPackageHomes homes = JavaPackageHomes.of(workspace);
        Map<String, JavaImports> sources = new HashMap<>();
        List<Finding> errors = new ArrayList<>();
        Map<String, Finding> notes = new LinkedHashMap<>();
        for (Finding finding : findings) {
            JavaImports imports = finding.file().isEmpty()
                    ? JavaImports.NONE
                    : sources.computeIfAbsent(finding.file(), file -> JavaImports.of(workspace.resolve(file)));
            Optional<String> declared = packagesAbout(finding, imports).stream()
                    .filter(javaPackage -> homes.of(javaPackage) == ModuleHome.DECLARED)
                    .findFirst();
            if (declared.isPresent()) {
                Library library = homes.library(declared.get()).orElseThrow();
                notes.putIfAbsent(
                        library.coordinates(),
                        Finding.note(
                                finding.file(),
                                finding.line(),
                                PackageNotes.declaredButNotInstalled(
                                        "the library '" + library.coordinates() + "' (package " + declared.get() + ")",
                                        library.pom())));
            } else {
                errors.add(explained(finding, homes));
            }
        }
        return new JudgedFindings(errors, List.copyOf(notes.values()));
    }

    /** The packages an error may be caused by, most specific first; none for an error about anything else. */
    private static List<String> packagesAbout(Finding finding, JavaImports imports) {
        Set<String> packages = new LinkedHashSet<>();
        String message = finding.message();
        matched(NO_PACKAGE, message).ifPresent(packages::add);
        matched(IN_PACKAGE, message).ifPresent(packages::add);
        Optional.ofNullable(imports.lines().get(finding.line())).ifPresent(packages::add);
        Matcher symbol = SYMBOL.matcher(message);
        if (message.startsWith("cannot find symbol") && symbol.find()) {
            packages.addAll(
                    symbol.group(1).equals("method") || symbol.group(1).equals("static")
                            ? imports.packagesOfMember(symbol.group(2))
                            : imports.packagesOfType(symbol.group(2)));
        }
        if (message.startsWith("cannot find symbol") && IN_TYPE.matcher(message).find()
                || message.startsWith(NOT_OVERRIDING)) {
            packages.addAll(imports.packagesOfSupertypes());
        }
        return List.copyOf(packages);
    }

    /** {@code package p does not exist} of a package nobody provides, with what the model can do about it. */
    private static Finding explained(Finding finding, JavaPackageHomes homes) {
        Optional<String> missing = matched(NO_PACKAGE, finding.message());
        if (missing.isEmpty()) {
            return finding;
        }
        String javaPackage = missing.get();
        String why = switch (homes.of(javaPackage)) {
            case UNKNOWN ->
                ": it is in neither this workspace nor the JDK, and no library declared in a pom.xml"
                        + " provides it; if it belongs to the project, write it (files declaring 'package "
                        + javaPackage
                        + ";'); if it is a library, declare it as a dependency in "
                        + (homes.declaresLibraries() ? "pom.xml" : "a pom.xml at the workspace root");
            case INSTALLED ->
                ": the libraries installed from pom.xml do not have it, though '"
                        + homes.library(javaPackage).map(Library::coordinates).orElse("a library")
                        + "' looks like its library; check the import against that library's packages, or declare the"
                        + " library that has it in pom.xml";
            case WORKSPACE, STANDARD_LIBRARY, DECLARED -> "";
        };
        return why.isEmpty()
                ? finding
                : new Finding(
                        finding.file(),
                        finding.line(),
                        finding.column(),
                        finding.severity(),
                        finding.message() + why,
                        finding.context());
    }

    private static Optional<String> matched(Pattern pattern, String text) {
        Matcher matcher = pattern.matcher(text);
        return matcher.find() ? Optional.of(matcher.group(1)) : Optional.empty();
    }
}
