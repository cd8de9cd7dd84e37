package dev.l2mac.check.java;

import dev.l2mac.check.Finding;
import dev.l2mac.check.JUnitXmlReport;
import dev.l2mac.check.TestFindings;
import dev.l2mac.check.WorkspaceFiles;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Turns failed tests of a JUnit Platform XML report into findings located in the workspace: the test's source file,
 * found from its class name, and the line of the deepest stack frame in that class.
 */
final class JUnitFindings {

    /** Stack frames of the test framework and the JDK, which say nothing about the generated code. */
    private static final List<String> FRAMEWORK_PREFIXES =
            List.of("org.junit.", "org.opentest4j.", "java.", "java.base/", "jdk.internal.", "sun.reflect.");

    private JUnitFindings() {}

    static List<Finding> of(JUnitXmlReport report, Path workspace) {
        List<String> files = WorkspaceFiles.list(workspace);
        List<Finding> findings = new ArrayList<>();
        for (JUnitXmlReport.TestCase test : report.problems()) {
            findings.add(finding(test, files));
        }
        return findings;
    }

    private static Finding finding(JUnitXmlReport.TestCase test, Collection<String> files) {
        String topClass = test.classname().contains("$")
                ? test.classname().substring(0, test.classname().indexOf('$'))
                : test.classname();
        String file = sourceOf(topClass, files).orElse("");
        String verb = test.outcome() == JUnitXmlReport.Outcome.FAILED ? " failed: " : " raised an error: ";
        String headline = test.message()
                .strip()
                .lines()
                .findFirst()
                .orElse(test.details().strip().lines().findFirst().orElse("no message"));
        String message = simpleName(test.classname()) + "." + test.name() + verb + headline;
        return new Finding(
                        file,
                        line(topClass, test.details()),
                        0,
                        Finding.Severity.ERROR,
                        message,
                        TestFindings.trimmed(withoutFrameworkFrames(test.details())))
                .ofTest(test.classname() + "." + test.name());
    }

    /** {@code com.shop.CartTest} is {@code src/test/java/com/shop/CartTest.java} or any file ending that way. */
    static Optional<String> sourceOf(String className, Collection<String> files) {
        String suffix = className.replace('.', '/') + ".java";
        return files.stream()
                .filter(file -> file.equals(suffix) || file.endsWith("/" + suffix))
                .findFirst();
    }

    private static int line(String className, String trace) {
        Matcher matcher = Pattern.compile(
                        "at " + Pattern.quote(className) + "(?:\\$[\\w$]+)?\\.[\\w$<>]+\\([^:)]+:(\\d+)\\)")
                .matcher(trace);
        return matcher.find() ? Integer.parseInt(matcher.group(1)) : 0;
    }

    private static String simpleName(String className) {
        return className.substring(className.lastIndexOf('.') + 1);
    }

    private static String withoutFrameworkFrames(String trace) {
        List<String> kept = new ArrayList<>();
        for (String line : trace.strip().lines().toList()) {
            String frame = line.strip();
            boolean framework = frame.startsWith("at ")
                    && FRAMEWORK_PREFIXES.stream().anyMatch(prefix -> frame.startsWith("at " + prefix));
            if (!framework) {
                kept.add(line);
            }
        }
        return String.join("\n", kept);
    }
}
