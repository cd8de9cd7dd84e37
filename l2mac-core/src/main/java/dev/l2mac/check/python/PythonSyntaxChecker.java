package dev.l2mac.check.python;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.l2mac.check.CheckReport;
import dev.l2mac.check.CheckScope;
import dev.l2mac.check.Checker;
import dev.l2mac.check.Finding;
import dev.l2mac.check.Language;
import dev.l2mac.check.LargeFiles;
import dev.l2mac.check.SourceContext;
import dev.l2mac.check.WorkspaceFiles;
import dev.l2mac.process.ProcessRunner;
import dev.l2mac.process.ProcessRunner.ProcessResult;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * Finds Python syntax errors by parsing files (never running them) in one {@code python3} process. With an empty
 * {@code changed} set it checks every Python file in the workspace, otherwise only the changed ones that still
 * exist.
 */
final class PythonSyntaxChecker implements Checker {

    /** Most syntax errors reported at once; the model fixes a few and the next check shows the rest. */
    static final int MAX_FINDINGS = 20;

    static final String NAME = Language.PYTHON.syntaxCheck();
    private static final String FINDING_PREFIX = "L2MAC_FINDING ";
    private static final String MORE_PREFIX = "L2MAC_MORE ";
    private static final String SCRIPT = loadScript();
    private static final ObjectMapper JSON = new ObjectMapper();

    private final ProcessRunner runner;
    private final Duration timeout;
    private final int maxOutputChars;
    private final List<String> python;

    /** A checker that runs {@code python3} from the {@code PATH}. */
    PythonSyntaxChecker(ProcessRunner runner, Duration timeout, int maxOutputChars) {
        this(runner, timeout, maxOutputChars, List.of("python3"));
    }

    /** A checker that runs the given Python command, such as a virtual environment's interpreter. */
    PythonSyntaxChecker(ProcessRunner runner, Duration timeout, int maxOutputChars, List<String> python) {
        this.runner = runner;
        this.timeout = timeout;
        this.maxOutputChars = maxOutputChars;
        this.python = List.copyOf(python);
    }

    @Override
    public String name() {
        return NAME;
    }

    @Override
    public boolean appliesTo(Collection<String> files) {
        return files.stream().anyMatch(WorkspaceFiles::isPython);
    }

    @Override
    public CheckReport check(Path workspace, Set<String> changed) {
        return check(workspace, filesToCheck(workspace, changed));
    }

    @Override
    public boolean scoped() {
        return true;
    }

    @Override
    public CheckReport check(Path workspace, CheckScope.Only scope) {
        return check(workspace, filesToCheck(workspace, scope.changed()));
    }

    private CheckReport check(Path workspace, List<String> candidates) {
        List<Finding> skipped = candidates.stream()
                .filter(file -> LargeFiles.tooLarge(workspace.resolve(file)))
                .map(file -> LargeFiles.skipped(workspace, file))
                .toList();
        List<String> files = candidates.stream()
                .filter(file -> !LargeFiles.tooLarge(workspace.resolve(file)))
                .toList();
        if (files.isEmpty()) {
            return new CheckReport.Passed(NAME, "no Python files to check", skipped);
        }
        List<String> command = new ArrayList<>(python);
        command.addAll(List.of("-c", SCRIPT, String.valueOf(MAX_FINDINGS)));
        command.addAll(files);
        ProcessResult result = runner.run(command, workspace, Map.of(), timeout, maxOutputChars);
        return CheckReport.ofRun(NAME, timeout, result, exited -> judge(exited, workspace, files, skipped));
    }

    private CheckReport judge(ProcessResult.Exited result, Path workspace, List<String> files, List<Finding> skipped) {
        List<Finding> findings = findings(workspace, result.output());
        if (!findings.isEmpty()) {
            return new CheckReport.Failed(NAME, findings, skipped);
        }
        if (!result.succeeded()) {
            return new CheckReport.Unavailable(
                    NAME,
                    "the Python syntax check stopped with exit code "
                            + result.exitCode() + " before reporting; make sure " + String.join(" ", python)
                            + " is a working Python 3. It said: "
                            + result.output().strip());
        }
        String parsed = files.size() == 1 ? " Python file parses" : " Python files parse";
        return new CheckReport.Passed(NAME, files.size() + parsed, skipped);
    }

    private static List<String> filesToCheck(Path workspace, Set<String> changed) {
        if (changed.isEmpty()) {
            return WorkspaceFiles.list(workspace).stream()
                    .filter(WorkspaceFiles::isPython)
                    .toList();
        }
        return WorkspaceFiles.existing(workspace, new CheckScope.Only(changed), WorkspaceFiles::isPython);
    }

    private static List<Finding> findings(Path workspace, String output) {
        List<Finding> findings = new ArrayList<>();
        for (String line : output.lines().toList()) {
            if (line.startsWith(FINDING_PREFIX)) {
                parseFinding(workspace, line.substring(FINDING_PREFIX.length())).ifPresent(findings::add);
            } else if (line.startsWith(MORE_PREFIX)) {
                findings.add(new Finding(
                        "",
                        0,
                        0,
                        Finding.Severity.ERROR,
                        line.substring(MORE_PREFIX.length()).strip() + " more files have syntax errors;"
                                + " fix the ones above first",
                        ""));
            }
        }
        return findings;
    }

    /** A line cut by the output cap does not parse and is skipped; the others still stand. */
    private static Optional<Finding> parseFinding(Path workspace, String json) {
        try {
            JsonNode node = JSON.readTree(json);
            String file = node.path("file").asText("");
            int line = node.path("line").asInt(0);
            int column = node.path("col").asInt(0);
            String context = file.isEmpty() ? "" : SourceContext.around(workspace, file, line, column);
            return Optional.of(new Finding(
                    file, line, column, Finding.Severity.ERROR, node.path("msg").asText("syntax error"), context));
        } catch (JsonProcessingException e) {
            return Optional.empty();
        }
    }

    private static String loadScript() {
        try (InputStream in = PythonSyntaxChecker.class.getResourceAsStream("python_syntax.py")) {
            if (in == null) {
                throw new IllegalStateException(
                        "resource dev/l2mac/check/python/python_syntax.py is missing from the build");
            }
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
