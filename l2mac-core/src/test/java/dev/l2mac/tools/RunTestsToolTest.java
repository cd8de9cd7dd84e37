package dev.l2mac.tools;

import static dev.l2mac.tools.Calls.call;
import static org.assertj.core.api.Assertions.assertThat;

import dev.l2mac.check.CheckPlan;
import dev.l2mac.check.Checks;
import dev.l2mac.check.CommandCheck;
import dev.l2mac.check.Language;
import dev.l2mac.check.catalog.CheckerCatalog;
import dev.l2mac.check.java.JUnitLauncherJar;
import dev.l2mac.memory.DiskFileStore;
import dev.l2mac.memory.MemoryException;
import dev.l2mac.process.LocalProcessRunner;
import dev.l2mac.process.ProcessRunner;
import dev.l2mac.testing.Requirements;
import dev.l2mac.testing.Tool;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** {@code run_tests} runs the project's checks for the model, as step completion will. */
class RunTestsToolTest {

    private static final Duration TIMEOUT = Duration.ofSeconds(60);
    private static final String CART = "def total(prices):\n    return sum(prices)\n";

    @TempDir
    Path root;

    private DiskFileStore store;
    private final ProcessRunner runner = new LocalProcessRunner();
    private final ToolSettings settings = ToolSettings.of(10_000, 4_000, TIMEOUT, null);

    @BeforeEach
    void project() {
        store = new DiskFileStore(root, 100_000);
    }

    private ToolResult runTests(List<CommandCheck> commands) {
        Checks checks = CheckerCatalog.forWorkspace(
                runner,
                new CheckPlan(Set.of(Language.PYTHON), commands, TIMEOUT, 4_000),
                JUnitLauncherJar.offline(root.resolve(".cache")));
        return ToolBox.codebase(store, runner, settings, checks).dispatch(call("run_tests", "{}"));
    }

    private static void needsPytest() {
        Requirements.require(Tool.PYTEST);
    }

    @Test
    void a_failing_test_is_reported_with_its_place_and_the_verdict() throws MemoryException {
        needsPytest();
        store.write("cart.py", CART.replace("sum(prices)", "sum(prices) + 1"));
        store.write("test_cart.py", "from cart import total\n\n\ndef test_total():\n    assert total([1, 2]) == 3\n");

        ToolResult result = runTests(List.of());

        assertThat(result)
                .as("a failing suite is a test run that failed, not a tool error")
                .isInstanceOfSatisfying(
                        ToolResult.TestsRan.class,
                        ran -> assertThat(ran.passed()).isFalse());
        assertThat(result.text())
                .startsWith("Some checks failed")
                .contains("pytest: failed with 1 problem", "test_cart.py:5", "assert 4 == 3");
    }

    @Test
    void a_passing_suite_says_so_with_what_ran() throws MemoryException {
        needsPytest();
        store.write("cart.py", CART);
        store.write("test_cart.py", "from cart import total\n\n\ndef test_total():\n    assert total([1, 2]) == 3\n");

        ToolResult result = runTests(List.of());

        assertThat(result.text()).startsWith("All checks passed.").contains("pytest: passed (1 test passed)");
        assertThat(result)
                .isInstanceOfSatisfying(
                        ToolResult.TestsRan.class,
                        ran -> assertThat(ran.passed()).isTrue());
    }

    @Test
    void runs_the_users_command_checks_too() throws MemoryException {
        CommandCheck noTodo = new CommandCheck(
                "no-todo",
                List.of("/bin/sh", "-c", "grep -n TODO cart.py | sed 's/^/cart.py:/' | grep . && exit 1 || exit 0"),
                List.of(".py"));
        store.write("cart.py", CART + "# TODO: discounts\n");

        ToolResult result = runTests(List.of(noTodo));

        assertThat(result.text()).startsWith("Some checks failed").contains("no-todo: failed", "cart.py:3");
    }

    @Test
    void says_when_nothing_applies() throws MemoryException {
        store.write("notes.md", "# Notes\n");

        assertThat(runTests(List.of())).isEqualTo(new ToolResult.Ok(RunTestsTool.NOTHING_TO_CHECK));
    }
}
