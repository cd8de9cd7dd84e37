package dev.l2mac.check;

import dev.l2mac.memory.Containment;
import dev.l2mac.process.ProcessRunner;
import dev.l2mac.process.ProcessRunner.ProcessResult;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Runs a user's {@link CommandCheck} in the workspace through the process runner (so inside the sandbox). Output
 * lines in the common {@code file:line[:column]: message} form that name a workspace file become located findings;
 * a failing command that prints none of those gives one finding holding its output.
 */
public final class CommandChecker implements Checker {

    /** Located findings kept from one run; a linter over a broken tree can print thousands. */
    static final int MAX_FINDINGS = 30;

    private static final Pattern LOCATED = Pattern.compile("^(?:\\./)?([^:\\s][^:]*):(\\d+)(?::(\\d+))?:\\s*(.+)$");

    private static final Pattern SEVERITY_PREFIX = Pattern.compile("^(?i)(error|warning)\\s*:\\s*");

    private final CommandCheck check;
    private final ProcessRunner runner;
    private final Duration timeout;
    private final int maxOutputChars;

    public CommandChecker(CommandCheck check, ProcessRunner runner, Duration timeout, int maxOutputChars) {
        this.check = check;
        this.runner = runner;
        this.timeout = timeout;
        this.maxOutputChars = maxOutputChars;
    }

    @Override
    public String name() {
        return check.name();
    }

    @Override
    public boolean appliesTo(Collection<String> files) {
        return check.extensions().isEmpty()
                || files.stream().anyMatch(file -> check.extensions().stream().anyMatch(file::endsWith));
    }

    @Override
    public CheckReport check(Path workspace, Set<String> changed) {
        ProcessResult result = runner.run(check.command(), workspace, Map.of(), timeout, maxOutputChars);
        return CheckReport.ofRun(name(), timeout, result, exited -> judge(workspace, exited));
    }

    private CheckReport judge(Path workspace, ProcessResult.Exited result) {
        if (result.exitCode() == 0) {
            return new CheckReport.Passed(name(), String.join(" ", check.command()) + " succeeded");
        }
        List<Finding> findings = located(workspace, result.output());
        if (findings.isEmpty()) {
            findings = List.of(new Finding(
                    "",
                    0,
                    0,
                    Finding.Severity.ERROR,
                    String.join(" ", check.command()) + " failed with exit code " + result.exitCode(),
                    TestFindings.trimmed(result.output())));
        }
        return new CheckReport.Failed(name(), findings);
    }

    private static List<Finding> located(Path directory, String output) {
        Path workspace = directory.toAbsolutePath().normalize();
        List<Finding> findings = new ArrayList<>();
        for (String line : output.lines().toList()) {
            Matcher matcher = LOCATED.matcher(line.strip());
            if (!matcher.matches() || findings.size() == MAX_FINDINGS) {
                continue;
            }
            String file = matcher.group(1);
            Optional<String> contained = Containment.workspaceFile(workspace, file);
            if (contained.isEmpty()) {
                continue;
            }
            String relative = contained.get();
            int lineNumber = Integer.parseInt(matcher.group(2));
            int column = matcher.group(3) == null ? 0 : Integer.parseInt(matcher.group(3));
            String message = matcher.group(4);
            findings.add(new Finding(
                    relative,
                    lineNumber,
                    column,
                    severity(message),
                    SEVERITY_PREFIX.matcher(message).replaceFirst(""),
                    SourceContext.around(workspace, relative, lineNumber, column)));
        }
        return findings;
    }

    private static Finding.Severity severity(String message) {
        return message.regionMatches(true, 0, "warning", 0, "warning".length())
                ? Finding.Severity.WARNING
                : Finding.Severity.ERROR;
    }
}
