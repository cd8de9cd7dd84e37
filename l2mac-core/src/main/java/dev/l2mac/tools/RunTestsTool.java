package dev.l2mac.tools;

import com.fasterxml.jackson.databind.JsonNode;
import dev.l2mac.check.CheckReport;
import dev.l2mac.check.Checks;
import dev.l2mac.llm.ToolSpec;
import java.nio.file.Path;
import java.util.List;
import java.util.Set;
import org.jspecify.annotations.Nullable;

/**
 * {@code run_tests}: runs the project's checks as they run when a step is declared complete (syntax, compilation
 * or type checks and the tests of every language present) and returns their reports. A report made while no file
 * it depends on changed is reused, so calling this just before completing a step costs nothing twice.
 */
final class RunTestsTool implements Tool {

    static final String NAME = "run_tests";
    static final String NOTHING_TO_CHECK = "No checks apply: the project has no source files of a language that is"
            + " checked (Python, Java, JavaScript, TypeScript) and no command check matches its files.";

    private static final ToolSpec SPEC = new ToolSpec(
            NAME,
            "Run the project's checks and tests for every language present (syntax, compile and type errors;"
                    + " pytest, JUnit, node --test, ...), exactly as they run when the step is completed.",
            """
            {"type": "object", "properties": {}}""");

    private final Checks checks;
    private final @Nullable Path workspace;
    private final int maxChars;

    /** {@code workspace} may be null: the files live only in memory, and every call is refused. */
    RunTestsTool(Checks checks, @Nullable Path workspace, int maxChars) {
        this.checks = checks;
        this.workspace = workspace;
        this.maxChars = maxChars;
    }

    /** Repeat-safe: tests are expected to leave the workspace as they found it, like the checks that run them. */
    @Override
    public boolean repeatSafe() {
        return true;
    }

    @Override
    public boolean mayChangeFiles() {
        return false;
    }

    @Override
    public ToolSpec spec() {
        return SPEC;
    }

    @Override
    public ToolResult call(JsonNode arguments) {
        if (workspace == null) {
            return new ToolResult.Error(NAME + " needs the project on disk, but this run keeps its files in memory"
                    + " only, so nothing can be run.");
        }
        List<CheckReport> reports = checks.run(workspace, Set.of());
        if (reports.isEmpty()) {
            return new ToolResult.Ok(NOTHING_TO_CHECK);
        }
        boolean passed = Checks.allPassed(reports);
        String verdict = passed
                ? "All checks passed.\n"
                : "Some checks failed; fix what they report, then run the tests again.\n";
        return new ToolResult.TestsRan(verdict + Checks.render(reports, maxChars), passed);
    }
}
