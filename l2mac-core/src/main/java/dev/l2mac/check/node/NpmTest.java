package dev.l2mac.check.node;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.l2mac.check.CheckReport;
import dev.l2mac.check.Finding;
import dev.l2mac.check.TestFindings;
import dev.l2mac.process.ProcessRunner;
import dev.l2mac.process.ProcessRunner.ProcessResult;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The project's own {@code npm test}, for a JavaScript or TypeScript project whose {@code package.json} has a test
 * script and whose packages are installed (its script usually needs them: a test framework, a TypeScript loader).
 * Run through the process runner with the network off; its exit code is the verdict, and stack frames in its output
 * that point into the workspace's sources locate the findings.
 */
final class NpmTest {

    static final String PACKAGE_JSON = "package.json";
    /** What {@code npm init} writes as the test script; it only fails. */
    static final String PLACEHOLDER = "no test specified";

    private static final ObjectMapper JSON = new ObjectMapper();

    private NpmTest() {}

    /** True when {@code package.json} has a real test script and {@code node_modules} is there to run it with. */
    static boolean configured(Path workspace) {
        Path manifest = workspace.resolve(PACKAGE_JSON);
        if (!Files.isRegularFile(manifest) || !Files.isDirectory(workspace.resolve("node_modules"))) {
            return false;
        }
        try {
            JsonNode script = JSON.readTree(manifest.toFile()).path("scripts").path("test");
            return script.isTextual()
                    && !script.textValue().isBlank()
                    && !script.textValue().contains(PLACEHOLDER);
        } catch (IOException e) {
            return false;
        }
    }

    /** Runs {@code npm test} in {@code workspace}, reported as the check {@code checker}. */
    static CheckReport run(String checker, ProcessRunner runner, Duration timeout, int maxOutputChars, Path workspace) {
        ProcessResult result = runner.run(
                List.of("npm", "test", "--silent"),
                workspace,
                Map.of("CI", "true", "NO_COLOR", "1"),
                timeout,
                maxOutputChars);
        return CheckReport.ofRun(checker, timeout, result, exited -> judge(checker, exited, workspace));
    }

    private static CheckReport judge(String checker, ProcessResult.Exited result, Path workspace) {
        if (result.exitCode() == 0) {
            return new CheckReport.Passed(checker, "npm test succeeded");
        }
        Finding where = firstFrame(workspace, result.output());
        return new CheckReport.Failed(
                checker,
                List.of(new Finding(
                        where.file(),
                        where.line(),
                        where.column(),
                        Finding.Severity.ERROR,
                        "npm test failed with exit code " + result.exitCode() + "; its output:",
                        TestFindings.trimmed(result.output()))));
    }

    /**
     * The first stack frame such as {@code at fn (/workspace/src/cart.ts:4:11)} that points at the workspace's own
     * sources, or {@code package.json} when there is none.
     */
    private static Finding firstFrame(Path workspace, String output) {
        Path root = workspace.toAbsolutePath().normalize();
        Matcher matcher = Pattern.compile("(?:file://)?" + Pattern.quote(root.toString())
                        + "/((?!node_modules/)[^:()\\s]+):(\\d+):(\\d+)")
                .matcher(output);
        return matcher.find()
                ? new Finding(
                        matcher.group(1),
                        Integer.parseInt(matcher.group(2)),
                        Integer.parseInt(matcher.group(3)),
                        Finding.Severity.ERROR,
                        "",
                        "")
                : new Finding(PACKAGE_JSON, 0, 0, Finding.Severity.ERROR, "", "");
    }
}
