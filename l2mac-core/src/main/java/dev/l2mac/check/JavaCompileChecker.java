package dev.l2mac.check;

import javax.tools.Diagnostic;
import javax.tools.DiagnosticCollector;
import javax.tools.JavaCompiler;
import javax.tools.JavaFileObject;
import javax.tools.StandardJavaFileManager;
import javax.tools.ToolProvider;
import java.io.File;
import java.io.IOException;
import java.io.StringWriter;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.stream.Collectors;

/**
 * Compiles every Java file of the workspace in this JVM with {@code javax.tools}, into a temporary directory
 * outside the workspace, and reports compile errors with file, line, column and the code around them. Annotation
 * processing is off, so compiling runs none of the workspace's code and needs no sandbox.
 */
public final class JavaCompileChecker implements Checker {

    static final String NAME = "java-compile";
    /** Most compile errors reported at once; one mistake often causes many, and the model fixes a few at a time. */
    static final int MAX_FINDINGS = 20;

    private final List<Path> classpath;

    /** A checker compiling against the JDK alone. */
    public JavaCompileChecker() {
        this(List.of());
    }

    /** A checker compiling against {@code classpath} (jars or directories), such as the JUnit API for tests. */
    public JavaCompileChecker(List<Path> classpath) {
        this.classpath = List.copyOf(classpath);
    }

    @Override
    public String name() {
        return NAME;
    }

    @Override
    public boolean appliesTo(Collection<String> files) {
        return files.stream().anyMatch(JavaCompileChecker::isJava);
    }

    static boolean isJava(String file) {
        return file.endsWith(".java");
    }

    /** Always compiles every Java file: a change to one type can break any file that uses it. */
    @Override
    public CheckReport check(Path workspace, Set<String> changed) {
        JavaCompiler compiler = ToolProvider.getSystemJavaCompiler();
        if (compiler == null) {
            return new CheckReport.Unavailable(NAME, "this Java runtime has no compiler (javax.tools); run l2mac"
                    + " on a JDK rather than a JRE to check Java code.");
        }
        List<String> files = WorkspaceFiles.list(workspace).stream().filter(JavaCompileChecker::isJava).toList();
        if (files.isEmpty()) {
            return new CheckReport.Passed(NAME, "no Java files to compile");
        }
        Path output = temporaryDirectory();
        try {
            return compile(compiler, workspace, files, output);
        } finally {
            Directories.deleteTree(output);
        }
    }

    /** Compiles {@code files} of {@code workspace} into {@code output}; the report says whether it worked. */
    CheckReport compile(JavaCompiler compiler, Path workspace, List<String> files, Path output) {
        DiagnosticCollector<JavaFileObject> diagnostics = new DiagnosticCollector<>();
        StringWriter messages = new StringWriter();
        try (StandardJavaFileManager fileManager = compiler.getStandardFileManager(diagnostics, Locale.ROOT,
                StandardCharsets.UTF_8)) {
            Iterable<? extends JavaFileObject> sources = fileManager.getJavaFileObjectsFromPaths(
                    files.stream().map(workspace::resolve).toList());
            boolean compiled = compiler.getTask(messages, fileManager, diagnostics, options(output), null, sources)
                    .call();
            List<Finding> findings = findings(workspace, diagnostics.getDiagnostics());
            if (!findings.isEmpty()) {
                return new CheckReport.Failed(NAME, findings);
            }
            if (!compiled) {
                return new CheckReport.Failed(NAME, List.of(new Finding("", 0, 0, Finding.Severity.ERROR,
                        "the Java compiler failed without a located error: " + messages.toString().strip(), "")));
            }
            return new CheckReport.Passed(NAME, files.size() + (files.size() == 1 ? " Java file compiles"
                    : " Java files compile"));
        } catch (IOException e) {
            throw new UncheckedIOException("cannot close the Java compiler's files: " + e.getMessage(), e);
        }
    }

    private List<String> options(Path output) {
        List<String> options = new ArrayList<>(List.of("-d", output.toString(), "-proc:none", "-implicit:class",
                "-encoding", "UTF-8", "-Xmaxerrs", String.valueOf(MAX_FINDINGS), "-nowarn"));
        if (!classpath.isEmpty()) {
            options.addAll(List.of("-classpath", classpath.stream().map(Path::toString)
                    .collect(Collectors.joining(File.pathSeparator))));
        }
        return options;
    }

    private static List<Finding> findings(Path workspace, List<Diagnostic<? extends JavaFileObject>> diagnostics) {
        List<Finding> findings = new ArrayList<>();
        for (Diagnostic<? extends JavaFileObject> diagnostic : diagnostics) {
            if (diagnostic.getKind() != Diagnostic.Kind.ERROR || findings.size() == MAX_FINDINGS) {
                continue;
            }
            String file = diagnostic.getSource() == null ? ""
                    : WorkspaceFiles.relative(workspace, Path.of(diagnostic.getSource().toUri()));
            int line = (int) Math.max(0, diagnostic.getLineNumber());
            int column = (int) Math.max(0, diagnostic.getColumnNumber());
            String context = file.isEmpty() ? "" : SourceContext.around(workspace.resolve(file), line, column);
            findings.add(new Finding(file, line, column, Finding.Severity.ERROR,
                    diagnostic.getMessage(Locale.ROOT), context));
        }
        return findings;
    }

    private static Path temporaryDirectory() {
        try {
            return Files.createTempDirectory("l2mac-javac-");
        } catch (IOException e) {
            throw new UncheckedIOException("cannot create a temporary directory for compiled classes", e);
        }
    }
}
