package dev.l2mac.check.python;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.l2mac.check.CheckReport;
import dev.l2mac.check.CheckScope;
import dev.l2mac.check.Checker;
import dev.l2mac.check.Finding;
import dev.l2mac.check.JudgedFindings;
import dev.l2mac.check.Language;
import dev.l2mac.check.SourceContext;
import dev.l2mac.check.WorkspaceFiles;
import dev.l2mac.deps.DependencyCache;
import dev.l2mac.memory.Fingerprints;
import dev.l2mac.process.Executables;
import dev.l2mac.process.LocalProcessRunner;
import dev.l2mac.process.ProcessRunner;
import dev.l2mac.process.ProcessRunner.ProcessResult;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;
import org.jspecify.annotations.Nullable;

/**
 * pylint's error and fatal messages ({@code pylint --errors-only}, the paper's error count) as findings. After the
 * first check it lints only the Python files whose content changed and the files that import them, and keeps the
 * findings of the rest: an edit can break a caller, rarely anything further away. An import error counts only for a
 * module of the workspace or of the standard library; one of a package is the environment's (pylint runs under its
 * own interpreter, which may lack what the code's interpreter has), and becomes a note at most
 * ({@link PylintImports}). Without pylint it reports itself unavailable, once per check, saying how to install it.
 */
final class PylintChecker implements Checker {

    static final String NAME = "pylint";
    /**
     * Most findings reported at once; within a scope all are, since a baseline may leave out many old ones and the
     * new ones must not have been cut before it (the rendering still fits them to its budget).
     */
    static final int MAX_FINDINGS = 30;

    private static final ObjectMapper JSON = new ObjectMapper();
    /** pylint's exit status bit for a usage error; the other bits only say which kinds of message it printed. */
    private static final int EXIT_USAGE_ERROR = 32;

    private final ProcessRunner runner;
    private final Duration timeout;
    private final int maxOutputChars;
    private final List<String> pylint;
    private Map<String, String> digests = Map.of();
    private final Map<String, List<Finding>> findingsByFile = new TreeMap<>();
    private @Nullable Boolean installed;
    private Optional<ForkServer> warm = Optional.empty();
    private final boolean warmWanted;
    private final PylintImports imports;

    PylintChecker(ProcessRunner runner, Duration timeout, int maxOutputChars, List<String> pylint) {
        this(runner, timeout, maxOutputChars, pylint, Executables.PYTHON, false);
    }

    /**
     * With {@code warm}, pylint runs in a forking worker under its own interpreter ({@link ForkServer});
     * {@code python} is the interpreter that runs the code, asked which packages are installed.
     */
    PylintChecker(
            ProcessRunner runner,
            Duration timeout,
            int maxOutputChars,
            List<String> pylint,
            List<String> python,
            boolean warm) {
        this.runner = runner;
        this.timeout = timeout;
        this.maxOutputChars = maxOutputChars;
        this.pylint = List.copyOf(pylint);
        this.imports = new PylintImports(new PythonModuleHomes(runner, python, timeout));
        this.warmWanted = warm;
    }

    @Override
    public String name() {
        return NAME;
    }

    @Override
    public boolean appliesTo(Collection<String> files) {
        return Language.PYTHON.presentIn(files);
    }

    @Override
    public CheckReport check(Path workspace, Set<String> changed) {
        return check(workspace, Optional.empty());
    }

    @Override
    public boolean scoped() {
        return true;
    }

    /** Lints only the changed Python files and the files importing one of them. */
    @Override
    public CheckReport check(Path workspace, CheckScope.Only scope) {
        return check(workspace, Optional.of(scope));
    }

    private synchronized CheckReport check(Path workspace, Optional<CheckScope.Only> scope) {
        if (!installed(workspace)) {
            return new CheckReport.Unavailable(
                    NAME,
                    "pylint is not installed (" + String.join(" ", pylint)
                            + " does not run); install it (apt-get install pylint, or python3 -m pip install pylint) to"
                            + " have its error messages checked.");
        }
        List<String> files = WorkspaceFiles.list(workspace).stream()
                .filter(Language.PYTHON::owns)
                .toList();
        List<String> candidates =
                scope.map(only -> inScope(workspace, files, only)).orElse(files);
        Map<String, String> current = new HashMap<>();
        for (String file : candidates) {
            current.put(file, Fingerprints.ofFiles(workspace, List.of(file)));
        }
        Set<String> toLint = toLint(workspace, candidates, current);
        findingsByFile.keySet().retainAll(current.keySet());
        if (!toLint.isEmpty()) {
            switch (lint(workspace, toLint)) {
                case ProcessResult.TimedOut timedOut -> {
                    return new CheckReport.TimedOut(NAME, timeout, timedOut.output());
                }
                case ProcessResult.CouldNotStart notStarted -> {
                    return new CheckReport.Unavailable(
                            NAME, "pylint could not run: " + notStarted.reason().strip());
                }
                case ProcessResult.Exited exited
                when (exited.exitCode() & EXIT_USAGE_ERROR) != 0 -> {
                    return new CheckReport.Unavailable(
                            NAME, "pylint could not run: " + exited.output().strip());
                }
                case ProcessResult.Exited exited -> {
                    toLint.forEach(findingsByFile::remove);
                    findingsByFile.putAll(parse(workspace, exited.output()));
                }
            }
        }
        digests = current;
        JudgedFindings judged = imports.judge(
                workspace,
                files,
                findingsByFile.values().stream().flatMap(List::stream).toList());
        List<Finding> errors = judged.errors().stream()
                .limit(scope.isPresent() ? Long.MAX_VALUE : MAX_FINDINGS)
                .toList();
        if (!errors.isEmpty()) {
            return new CheckReport.Failed(NAME, errors, judged.notes());
        }
        return new CheckReport.Passed(
                NAME,
                "no pylint errors in " + candidates.size()
                        + (candidates.size() == 1 ? " Python file" : " Python files"),
                judged.notes());
    }

    /** The next check lints every file again: an installed package may resolve an import error anywhere. */
    @Override
    public synchronized void forget() {
        digests = Map.of();
        findingsByFile.clear();
        imports.forget();
        warm.ifPresent(ForkServer::stop);
    }

    @Override
    public synchronized void release() {
        warm.ifPresent(ForkServer::stop);
    }

    /** The changed Python files that exist and the files among {@code files} that import a changed one. */
    private static List<String> inScope(Path workspace, List<String> files, CheckScope.Only scope) {
        List<String> changed =
                scope.changed().stream().filter(Language.PYTHON::owns).toList();
        Set<String> candidates = new TreeSet<>(PythonImports.importersOf(workspace, files, changed));
        candidates.addAll(WorkspaceFiles.existing(workspace, scope, Language.PYTHON::owns));
        return List.copyOf(candidates);
    }

    /** Every file on the first check; later, the changed files and the files importing a changed or deleted one. */
    private Set<String> toLint(Path workspace, List<String> files, Map<String, String> current) {
        if (digests.isEmpty()) {
            return new TreeSet<>(files);
        }
        Set<String> touched = new TreeSet<>();
        current.forEach((file, digest) -> {
            if (!digest.equals(digests.get(file))) {
                touched.add(file);
            }
        });
        digests.keySet().stream().filter(file -> !current.containsKey(file)).forEach(touched::add);
        if (touched.isEmpty()) {
            return Set.of();
        }
        Set<String> toLint = new TreeSet<>(PythonImports.importersOf(workspace, files, touched));
        touched.stream().filter(current::containsKey).forEach(toLint::add);
        return toLint;
    }

    private ProcessResult lint(Path workspace, Set<String> files) {
        List<String> arguments =
                new ArrayList<>(List.of("--errors-only", "--output-format=json", "--persistent=n", "--score=n"));
        arguments.addAll(files);
        List<String> command = new ArrayList<>(pylint);
        command.addAll(arguments);
        // Installed packages are on the import path, so that importing one is no error.
        Map<String, String> environment = DependencyCache.of(workspace).pythonEnvironment();
        return warm.flatMap(server -> server.run(workspace, environment, arguments, timeout))
                .orElseGet(() -> runner.run(command, workspace, environment, timeout, maxOutputChars));
    }

    private boolean installed(Path workspace) {
        if (installed == null) {
            List<String> command = new ArrayList<>(pylint);
            command.add("--version");
            installed = runner.run(command, workspace, Map.of(), timeout, maxOutputChars)
                    .succeeded();
            if (installed && warmWanted) {
                warm = Executables.interpreterOf(pylint.getFirst(), LocalProcessRunner.searchPath(), workspace)
                        .map(python -> new ForkServer(runner, NAME, python, maxOutputChars));
            }
        }
        return installed;
    }

    /** The findings in pylint's JSON output, by file; output cut by the cap yields what parsed before the cut. */
    static Map<String, List<Finding>> parse(Path workspace, String output) {
        Map<String, List<Finding>> byFile = new TreeMap<>();
        int start = output.indexOf('[');
        if (start < 0) {
            return byFile;
        }
        JsonNode messages;
        try {
            messages = JSON.readTree(output.substring(start));
        } catch (JsonProcessingException e) {
            return byFile;
        }
        for (JsonNode message : messages) {
            String file = message.path("path").asText("").replace('\\', '/');
            int line = message.path("line").asInt(0);
            int column = message.path("column").asInt(-1) + 1;
            String text = message.path("message-id").asText("") + " "
                    + message.path("message").asText("") + " ("
                    + message.path("symbol").asText("") + ")";
            Finding.Severity severity = switch (message.path("type").asText("")) {
                case "error", "fatal" -> Finding.Severity.ERROR;
                default -> Finding.Severity.WARNING;
            };
            byFile.computeIfAbsent(file, key -> new ArrayList<>())
                    .add(new Finding(
                            file,
                            line,
                            column,
                            severity,
                            text,
                            file.isEmpty() ? "" : SourceContext.around(workspace, file, line, column)));
        }
        return byFile;
    }
}
