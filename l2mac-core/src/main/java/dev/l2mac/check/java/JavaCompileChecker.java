package dev.l2mac.check.java;

import dev.l2mac.check.CheckReport;
import dev.l2mac.check.CheckScope;
import dev.l2mac.check.Checker;
import dev.l2mac.check.Finding;
import dev.l2mac.check.JudgedFindings;
import dev.l2mac.check.LargeFiles;
import dev.l2mac.check.PinnedArtifact;
import dev.l2mac.check.SourceContext;
import dev.l2mac.check.WorkspaceFiles;
import dev.l2mac.process.Directories;
import java.io.File;
import java.io.IOException;
import java.io.StringWriter;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.function.Supplier;
import java.util.stream.Collectors;
import javax.tools.Diagnostic;
import javax.tools.DiagnosticCollector;
import javax.tools.JavaCompiler;
import javax.tools.JavaFileObject;
import javax.tools.StandardJavaFileManager;
import javax.tools.ToolProvider;

/**
 * Compiles every Java file of the workspace in this JVM with {@code javax.tools}, into a temporary directory
 * outside the workspace, and reports compile errors with file, line, column and the code around them. Errors caused
 * by a library a {@code pom.xml} declares but this machine has not installed are notes, not failures
 * ({@link JavacImports}). Annotation processing is off, so compiling runs none of the workspace's code and needs no
 * sandbox.
 */
final class JavaCompileChecker implements Checker {

    static final String NAME = "java-compile";
    /** Most compile errors reported at once; one mistake often causes many, and the model fixes a few at a time. */
    static final int MAX_FINDINGS = 20;
    /**
     * Most errors the compiler reports before they are judged: a missing library causes one at each use of it,
     * and they must not crowd out the errors of the workspace's own code behind them.
     */
    static final int MAX_COMPILER_ERRORS = 500;

    private final Supplier<List<Path>> classpath;
    private final boolean junitOnClasspath;

    /** A checker compiling against the JDK alone. */
    JavaCompileChecker() {
        this(List.of());
    }

    /** A checker compiling against {@code classpath} (jars or directories), such as the JUnit API for tests. */
    JavaCompileChecker(List<Path> classpath) {
        this(() -> List.copyOf(classpath), true);
    }

    /**
     * A checker compiling tests against the JUnit launcher's API when {@code junit} resolves; when it does not,
     * test files importing JUnit are left out rather than reported as errors the model cannot fix.
     */
    JavaCompileChecker(JUnitLauncherJar junit) {
        this(
                () -> switch (junit.resolve()) {
                    case PinnedArtifact.Resolution.Found found -> List.of(found.file());
                    case PinnedArtifact.Resolution.Missing missing -> List.of();
                },
                false);
    }

    private JavaCompileChecker(Supplier<List<Path>> classpath, boolean junitOnClasspath) {
        this.classpath = classpath;
        this.junitOnClasspath = junitOnClasspath;
    }

    @Override
    public String name() {
        return NAME;
    }

    @Override
    public boolean appliesTo(Collection<String> files) {
        return files.stream().anyMatch(JavaCompileChecker::isJava);
    }

    /** Java sources, and the POMs that name the libraries they compile against. */
    @Override
    public boolean dependsOn(String file) {
        return isJava(file) || file.equals(ProjectClasspath.POM) || file.endsWith("/" + ProjectClasspath.POM);
    }

    static boolean isJava(String file) {
        return file.endsWith(".java");
    }

    /**
     * Compiles every Java file: a change to one type can break any file that uses it. A file too large to check
     * ({@link LargeFiles}) is left out, named in a note.
     */
    @Override
    public CheckReport check(Path workspace, Set<String> changed) {
        List<String> sources = javaFiles(workspace);
        return compile(workspace, sources, List.of());
    }

    @Override
    public boolean scoped() {
        return true;
    }

    /**
     * Compiles the changed Java files and the files that use the types they declare ({@link JavaSourceScope}),
     * finding every other type in the workspace's source roots, so that a change to a large project does not
     * compile all of it. A changed POM may change every file's libraries, so it compiles everything.
     */
    @Override
    public CheckReport check(Path workspace, CheckScope.Only scope) {
        List<String> sources = javaFiles(workspace);
        if (scope.changed().stream().anyMatch(file -> !isJava(file) && dependsOn(file))) {
            return compile(workspace, sources, List.of());
        }
        JavaSourceScope within = JavaSourceScope.of(workspace, sources, scope);
        if (within.compiled().isEmpty()) {
            return new CheckReport.Passed(NAME, "no Java file changed, nor any file using one that did");
        }
        return compile(workspace, within.compiled(), within.roots());
    }

    private static List<String> javaFiles(Path workspace) {
        return WorkspaceFiles.list(workspace).stream()
                .filter(JavaCompileChecker::isJava)
                .toList();
    }

    /**
     * Compiles {@code sources}, finding other types in {@code roots} (workspace-relative source folders) without
     * compiling them; with no roots, {@code sources} are the whole project.
     */
    private CheckReport compile(Path workspace, List<String> sources, List<String> roots) {
        JavaCompiler compiler = ToolProvider.getSystemJavaCompiler();
        if (compiler == null) {
            return new CheckReport.Unavailable(
                    NAME,
                    "this Java runtime has no compiler (javax.tools); run l2mac"
                            + " on a JDK rather than a JRE to check Java code.");
        }
        List<Path> libraries = new ArrayList<>(classpath.get());
        libraries.addAll(ProjectClasspath.of(workspace));
        List<Finding> skipped = sources.stream()
                .filter(file -> LargeFiles.tooLarge(workspace.resolve(file)))
                .map(file -> LargeFiles.skipped(workspace, file))
                .toList();
        List<String> files = sources.stream()
                .filter(file -> !LargeFiles.tooLarge(workspace.resolve(file)))
                .toList();
        List<String> compiled = junitOnClasspath || !libraries.isEmpty()
                ? files
                : files.stream()
                        .filter(file -> !importsJUnit(workspace.resolve(file)))
                        .toList();
        if (compiled.isEmpty()) {
            return new CheckReport.Passed(
                    NAME,
                    files.isEmpty()
                            ? "no Java files to compile"
                            : "no Java files compiled: the only ones are JUnit tests, and JUnit is unavailable",
                    skipped);
        }
        Path output = temporaryDirectory();
        try {
            List<Path> sourcePath = roots.stream().map(workspace::resolve).toList();
            return LargeFiles.noting(compile(compiler, workspace, compiled, output, libraries, sourcePath), skipped);
        } finally {
            Directories.deleteTree(output);
        }
    }

    /** True when the file imports JUnit; a file that cannot be read is compiled and reported by the compiler. */
    static boolean importsJUnit(Path file) {
        return LargeFiles.read(file)
                .filter(source -> source.contains("import org.junit.") || source.contains("import static org.junit."))
                .isPresent();
    }

    /**
     * Compiles {@code files} of {@code workspace} into {@code output}, finding the types they use but do not declare
     * in {@code sourcePath} (parsed, not compiled; none when the files are the whole project), then in
     * {@code libraries}; the report says whether it worked.
     */
    static CheckReport compile(
            JavaCompiler compiler,
            Path workspace,
            List<String> files,
            Path output,
            List<Path> libraries,
            List<Path> sourcePath) {
        DiagnosticCollector<JavaFileObject> diagnostics = new DiagnosticCollector<>();
        StringWriter messages = new StringWriter();
        try (StandardJavaFileManager fileManager =
                compiler.getStandardFileManager(diagnostics, Locale.ROOT, StandardCharsets.UTF_8)) {
            Iterable<? extends JavaFileObject> sources = fileManager.getJavaFileObjectsFromPaths(
                    files.stream().map(workspace::resolve).toList());
            boolean compiled = compiler.getTask(
                            messages, fileManager, diagnostics, options(output, libraries, sourcePath), null, sources)
                    .call();
            JudgedFindings judged = JavacImports.judge(workspace, findings(workspace, diagnostics.getDiagnostics()));
            if (!judged.errors().isEmpty()) {
                return new CheckReport.Failed(
                        NAME, judged.errors().stream().limit(MAX_FINDINGS).toList(), judged.notes());
            }
            if (!judged.notes().isEmpty()) {
                return new CheckReport.Passed(
                        NAME,
                        compiles(files.size()) + ", apart from the uses of libraries"
                                + " that are not installed (see the notes)",
                        judged.notes());
            }
            if (!compiled) {
                return new CheckReport.Failed(
                        NAME,
                        List.of(new Finding(
                                "",
                                0,
                                0,
                                Finding.Severity.ERROR,
                                "the Java compiler failed without a located error: "
                                        + messages.toString().strip(),
                                "")));
            }
            return new CheckReport.Passed(NAME, compiles(files.size()));
        } catch (IOException e) {
            throw new UncheckedIOException("cannot close the Java compiler's files: " + e.getMessage(), e);
        }
    }

    private static String compiles(int files) {
        return files + (files == 1 ? " Java file compiles" : " Java files compile");
    }

    private static List<String> options(Path output, List<Path> classpath, List<Path> sourcePath) {
        List<String> options = new ArrayList<>(List.of(
                "-d",
                output.toString(),
                "-proc:none",
                // a type found in the source path is only read, never compiled into the output
                sourcePath.isEmpty() ? "-implicit:class" : "-implicit:none",
                "-encoding",
                "UTF-8",
                "-Xmaxerrs",
                String.valueOf(MAX_COMPILER_ERRORS),
                "-nowarn"));
        if (!sourcePath.isEmpty()) {
            options.addAll(List.of("-sourcepath", joined(sourcePath)));
        }
        if (!classpath.isEmpty()) {
            options.addAll(List.of("-classpath", joined(classpath)));
        }
        return options;
    }

    private static String joined(List<Path> paths) {
        return paths.stream().map(Path::toString).collect(Collectors.joining(File.pathSeparator));
    }

    private static List<Finding> findings(Path workspace, List<Diagnostic<? extends JavaFileObject>> diagnostics) {
        List<Finding> findings = new ArrayList<>();
        for (Diagnostic<? extends JavaFileObject> diagnostic : diagnostics) {
            if (diagnostic.getKind() != Diagnostic.Kind.ERROR) {
                continue;
            }
            String file = diagnostic.getSource() == null
                    ? ""
                    : WorkspaceFiles.relative(
                            workspace, Path.of(diagnostic.getSource().toUri()));
            int line = (int) Math.max(0, diagnostic.getLineNumber());
            int column = (int) Math.max(0, diagnostic.getColumnNumber());
            String context = file.isEmpty() ? "" : SourceContext.around(workspace, file, line, column);
            findings.add(new Finding(
                    file, line, column, Finding.Severity.ERROR, diagnostic.getMessage(Locale.ROOT), context));
        }
        return findings;
    }

    private static Path temporaryDirectory() {
        try {
            return Directories.createTemporary("javac");
        } catch (IOException e) {
            throw new UncheckedIOException("cannot create a temporary directory for compiled classes", e);
        }
    }
}
