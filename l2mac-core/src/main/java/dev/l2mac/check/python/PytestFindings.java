package dev.l2mac.check.python;

import dev.l2mac.check.Finding;
import dev.l2mac.check.JUnitXmlReport;
import dev.l2mac.check.TestFindings;
import dev.l2mac.memory.Containment;
import dev.l2mac.process.ProcessRunner.ProcessResult;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/** Turns failed and erroring pytest cases, or a pytest run that stopped early, into located findings. */
final class PytestFindings {

    private static final Pattern EXCEPTION_LINE = Pattern.compile("(?m)^E\\s+(.+)$");

    private PytestFindings() {}

    static List<Finding> of(JUnitXmlReport report, Path workspace) {
        List<Finding> findings = new ArrayList<>();
        for (JUnitXmlReport.TestCase test : report.problems()) {
            findings.add(finding(test, workspace));
        }
        return findings;
    }

    private static Finding finding(JUnitXmlReport.TestCase test, Path workspace) {
        String file = test.file().isEmpty() ? fileOfClassname(test.classname(), workspace) : test.file();
        String verb = test.outcome() == JUnitXmlReport.Outcome.FAILED ? " failed: " : " raised an error: ";
        String id = nodeId(file, test);
        return new Finding(
                        file,
                        line(file, test),
                        0,
                        Finding.Severity.ERROR,
                        id + verb + headline(test),
                        TestFindings.trimmed(test.details()))
                .ofTest(id);
    }

    /** pytest's own name for the test, such as {@code tests/test_cart.py::TestCart::test_total}. */
    static String nodeId(String file, JUnitXmlReport.TestCase test) {
        String classname = test.classname();
        if (classname.isEmpty()) {
            // A module that failed to collect: pytest names it by its file and the module in "name".
            return file.isEmpty() ? test.name() : file;
        }
        StringBuilder id = new StringBuilder(file.isEmpty() ? classname : file);
        String module = file.endsWith(".py")
                ? file.substring(0, file.length() - ".py".length()).replace('/', '.')
                : "";
        if (!module.isEmpty() && classname.startsWith(module + ".")) {
            id.append("::").append(classname.substring(module.length() + 1));
        }
        return id.append("::").append(test.name()).toString();
    }

    /** The most specific one-line reason: the last {@code E} line of the traceback, else the message. */
    private static String headline(JUnitXmlReport.TestCase test) {
        Matcher matcher = EXCEPTION_LINE.matcher(test.details());
        String last = null;
        while (matcher.find()) {
            last = matcher.group(1).strip();
        }
        String message = test.message().strip().lines().findFirst().orElse("");
        if (test.outcome() == JUnitXmlReport.Outcome.ERROR && last != null) {
            // Error messages are generic ("collection failure", "failed on setup ..."); the exception says why.
            return message.isEmpty() ? last : message + ": " + last;
        }
        return message.isEmpty() ? (last == null ? "no message" : last) : message;
    }

    /** Where it broke in the test file (the traceback's last frame there), else the test's definition. */
    private static int line(String file, JUnitXmlReport.TestCase test) {
        if (!file.isEmpty()) {
            Matcher matcher =
                    Pattern.compile("(?m)^" + Pattern.quote(file) + ":(\\d+): ").matcher(test.details());
            int last = 0;
            while (matcher.find()) {
                last = Integer.parseInt(matcher.group(1));
            }
            if (last > 0) {
                return last;
            }
        }
        return test.line() >= 0 ? test.line() + 1 : 0;
    }

    /** {@code pkg.test_mod.TestClass} names {@code pkg/test_mod.py} when that file exists. */
    private static String fileOfClassname(String classname, Path workspace) {
        String candidate = classname;
        while (!candidate.isEmpty()) {
            String file = candidate.replace('.', '/') + ".py";
            Optional<String> contained = Containment.workspaceFile(workspace, file);
            if (contained.isPresent()) {
                return contained.get();
            }
            int dot = candidate.lastIndexOf('.');
            candidate = dot < 0 ? "" : candidate.substring(0, dot);
        }
        return "";
    }

    /** A pytest run that ended without per-test results: collection, usage or internal errors. */
    static Finding stopped(ProcessResult.Exited result) {
        String meaning = switch (result.exitCode()) {
            case 2 -> "interrupted, usually because a test module failed to import";
            case 3 -> "an internal error in pytest or a plugin";
            case 4 -> "a usage error, such as a bad option in a pytest configuration file";
            default -> "an unexpected exit code";
        };
        return new Finding(
                "",
                0,
                0,
                Finding.Severity.ERROR,
                "pytest stopped with exit code " + result.exitCode() + " (" + meaning + ") before reporting"
                        + " test results; see its output",
                TestFindings.trimmed(result.output()));
    }
}
