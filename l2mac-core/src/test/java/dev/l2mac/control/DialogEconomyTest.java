package dev.l2mac.control;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.l2mac.llm.Message;
import dev.l2mac.llm.ToolCall;
import dev.l2mac.memory.DiskFileStore;
import dev.l2mac.memory.InMemoryFileStore;
import dev.l2mac.settings.ContextSaving;
import dev.l2mac.tools.ToolResult;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.EnumSet;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class DialogEconomyTest {
    private static final String FAILED_RUN =
            "Exit code 1: some tests failed; see the failures below.\n" + "F\nE assert 404 == 302\n1 failed in 0.1s";
    private static final String PASSED_RUN = "Exit code 0: all tests passed.\n..\nlong details\n2 passed in 0.1s";

    private final InMemoryFileStore files = new InMemoryFileStore(1_000_000);

    private static Message.AssistantMessage calls(ToolCall... calls) {
        return new Message.AssistantMessage("", List.of(calls));
    }

    /** The result of each call in the dialog under test, by call id, as the control unit keeps them. */
    private final Map<String, ToolResult> results = new HashMap<>();

    private Message.ToolResultMessage result(ToolCall call, String text) {
        return answer(call, new ToolResult.Ok(text));
    }

    private Message.ToolResultMessage refusal(ToolCall call, String text) {
        return answer(call, new ToolResult.Error(text));
    }

    private Message.ToolResultMessage testRun(ToolCall call, String text, boolean passed) {
        return answer(call, new ToolResult.TestsRan(text, passed));
    }

    private Message.ToolResultMessage answer(ToolCall call, ToolResult result) {
        results.put(call.id(), result);
        return ToolReplies.message(call, result);
    }

    private DialogEconomy economy(Set<ContextSaving> savings) {
        return new DialogEconomy(savings, files, 10_000);
    }

    private static String all(List<Message> messages) {
        StringBuilder text = new StringBuilder();
        messages.forEach(m -> {
            text.append(m.text()).append('\n');
            if (m instanceof Message.AssistantMessage reply) {
                reply.toolCalls().forEach(c -> text.append(c.arguments()).append('\n'));
            }
        });
        return text.toString();
    }

    @Test
    void shows_each_seen_file_once_with_its_current_contents_and_notes_in_place_of_stale_copies() throws Exception {
        files.write("app.py", "version = 2\n");
        files.write("models.py", "class URL: pass\n");
        ToolCall view = new ToolCall("v1", "view_files", "{\"files\": [\"app.py\", \"models.py\"]}");
        ToolCall write = new ToolCall(
                "w1",
                "write_files",
                "{\"list_of_file_objects\": [{\"file_path\": \"app.py\", \"file_contents\": \"version = 2\\n\"}]}");
        List<Message> dialog = List.of(
                calls(view),
                result(view, "--- app.py ---\nversion = 1\n--- models.py ---\n" + "class URL: pass\n"),
                calls(write),
                result(write, "Wrote 1 file"));

        DialogEconomy economy = economy(EnumSet.of(ContextSaving.WORKING_FILES));
        String working = economy.workingFiles(dialog, results).orElseThrow().text();
        String sent = all(economy.dialog(dialog, results));

        assertThat(working)
                .contains("--- app.py ---\nversion = 2\n", "--- models.py ---\nclass URL: pass\n")
                .doesNotContain("version = 1");
        assertThat(sent)
                .doesNotContain("version = 1", "version = 2", "class URL")
                .contains(DialogEconomy.VIEWED_NOTE + "app.py, models.py", DialogEconomy.WRITTEN_NOTE);
    }

    @Test
    void a_file_too_big_for_the_working_files_keeps_its_latest_view_so_it_can_always_be_seen() throws Exception {
        String big = "row = 1\n".repeat(100);
        files.write("data.py", big);
        files.write("app.py", "x = 1\n");
        ToolCall first = new ToolCall("v1", "view_files", "{\"files\": [\"data.py\"]}");
        ToolCall again = new ToolCall("v2", "view_files", "{\"files\": [\"data.py\", \"app.py\"]}");
        List<Message> dialog = List.of(
                calls(first),
                result(first, "--- data.py ---\n" + big),
                calls(again),
                result(again, "--- data.py ---\n" + big + "--- app.py ---\nx = 1\n"));

        DialogEconomy.Economized economized =
                new DialogEconomy(EnumSet.of(ContextSaving.WORKING_FILES), files, 400).apply(dialog, results);

        assertThat(economized.workingFiles().orElseThrow().text())
                .contains("--- app.py ---\nx = 1\n", "Not shown here", "data.py; their latest view below stands")
                .doesNotContain("row = 1");
        assertThat(economized.dialog().get(1).text()).isEqualTo(DialogEconomy.VIEWED_NOTE + "data.py");
        assertThat(economized.dialog().get(3)).isEqualTo(dialog.get(3));
    }

    @Test
    void keeps_refused_views_and_writes_as_they_were_and_says_when_a_seen_file_is_gone() throws Exception {
        ToolCall view = new ToolCall("v1", "view_files", "{\"files\": [\"old.py\"]}");
        ToolCall refused = new ToolCall(
                "w1",
                "write_files",
                "{\"list_of_file_objects\": [{\"file_path\": \"../x.py\", \"file_contents\": \"y = 1\"}]}");
        List<Message> dialog = List.of(
                calls(view),
                result(view, "--- old.py ---\nz = 0\n"),
                calls(refused),
                refusal(refused, "Nothing was written"));

        DialogEconomy economy = economy(ContextSaving.all());

        assertThat(all(economy.dialog(dialog, results))).contains("y = 1", "Nothing was written");
        assertThat(economy.workingFiles(dialog, results).orElseThrow().text())
                .contains("old.py " + DialogEconomy.MISSING);
    }

    @Test
    void replaces_superseded_runs_of_the_same_tests_and_keeps_the_latest_and_other_tests() {
        ToolCall first = new ToolCall("t1", "pytest_files", "{\"files_to_test\": [\"test_app.py\"]}");
        ToolCall other = new ToolCall("t2", "pytest_files", "{\"files_to_test\": [\"test_models.py\"]}");
        ToolCall again = new ToolCall("t3", "pytest_files", "{\"files_to_test\":[\"test_app.py\"]}");
        List<Message> dialog = List.of(
                calls(first),
                testRun(first, FAILED_RUN, false),
                calls(other),
                testRun(other, FAILED_RUN + " (models)", false),
                calls(again),
                testRun(again, FAILED_RUN + " (again)", false));

        List<Message> sent = economy(EnumSet.of(ContextSaving.STALE_TEST_RUNS)).dialog(dialog, results);

        assertThat(sent.get(1).text()).isEqualTo(DialogEconomy.SUPERSEDED_TEST_RUN);
        assertThat(sent.get(3).text()).endsWith("(models)");
        assertThat(sent.get(5).text()).endsWith("(again)");
    }

    @Test
    void a_later_run_tests_call_supersedes_an_earlier_one_as_a_later_pytest_run_does() {
        ToolCall first = new ToolCall("t1", "run_tests", "{}");
        ToolCall again = new ToolCall("t2", "run_tests", "{ }");
        List<Message> dialog = List.of(
                calls(first),
                testRun(first, FAILED_RUN, false),
                calls(again),
                testRun(again, FAILED_RUN + " (again)", false));

        List<Message> sent = economy(EnumSet.of(ContextSaving.STALE_TEST_RUNS)).dialog(dialog, results);

        assertThat(sent.get(1).text()).isEqualTo(DialogEconomy.SUPERSEDED_TEST_RUN);
        assertThat(sent.get(3).text()).endsWith("(again)");
    }

    @Test
    void cuts_a_passing_test_run_to_its_first_and_last_lines_but_keeps_a_failing_one() {
        ToolCall passing = new ToolCall("t1", "pytest_files", "{\"files_to_test\": [\"test_a.py\"]}");
        ToolCall failing = new ToolCall("t2", "pytest_files", "{\"files_to_test\": [\"test_b.py\"]}");
        List<Message> dialog = List.of(
                calls(passing),
                testRun(passing, PASSED_RUN, true),
                calls(failing),
                testRun(failing, FAILED_RUN, false));

        List<Message> sent =
                economy(EnumSet.of(ContextSaving.SHORT_PASSING_TESTS)).dialog(dialog, results);

        assertThat(sent.get(1).text()).isEqualTo("Exit code 0: all tests passed.\n2 passed in 0.1s");
        assertThat(sent.get(3).text()).isEqualTo(FAILED_RUN);
    }

    @Test
    void sends_the_dialog_whole_without_savings() throws Exception {
        files.write("app.py", "v = 2\n");
        ToolCall view = new ToolCall("v1", "view_files", "{\"files\": [\"app.py\"]}");
        List<Message> dialog = List.of(calls(view), result(view, "--- app.py ---\nv = 1\n"));

        DialogEconomy economy = economy(Set.of());

        assertThat(economy.dialog(dialog, results)).isEqualTo(dialog);
        assertThat(economy.workingFiles(dialog, results)).isEmpty();
    }

    @Test
    void parses_savings_by_key_and_names_the_valid_keys_for_an_unknown_one() {
        assertThat(ContextSaving.parse("all")).containsExactlyInAnyOrder(ContextSaving.values());
        assertThat(ContextSaving.parse("none")).isEmpty();
        assertThat(ContextSaving.parse("working-files, short-passing-tests"))
                .containsExactlyInAnyOrder(ContextSaving.WORKING_FILES, ContextSaving.SHORT_PASSING_TESTS);
        assertThatThrownBy(() -> ContextSaving.parse("everything"))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("'everything'")
                .hasMessageContaining("working-files, stale-test-runs");
    }

    @Test
    void keeps_the_latest_view_of_a_file_too_large_to_read_whole_and_views_of_line_ranges(@TempDir Path root)
            throws Exception {
        DiskFileStore disk = new DiskFileStore(root, 100);
        Files.writeString(root.resolve("big.log"), "line\n".repeat(100));
        disk.write("app.py", "x = 1\n");
        ToolCall first = new ToolCall("v1", "view_files", "{\"files\": [\"big.log\"]}");
        ToolCall again = new ToolCall("v2", "view_files", "{\"files\": [\"big.log\", \"app.py\"]}");
        ToolCall range = new ToolCall("v3", "view_files", "{\"files\": [\"big.log:3-4\", \"app.py\"]}");
        List<Message> dialog = List.of(
                calls(first),
                result(first, "--- big.log (start 1) ---"),
                calls(again),
                result(again, "--- big.log (start 2) ---"),
                calls(range),
                result(range, "3| line\n4| line\n"));

        DialogEconomy economy = new DialogEconomy(EnumSet.of(ContextSaving.WORKING_FILES), disk, 10_000);
        String working = economy.workingFiles(dialog, results).orElseThrow().text();
        String sent = all(economy.dialog(dialog, results));

        assertThat(working)
                .contains("--- app.py ---\nx = 1\n")
                .contains("Not shown here")
                .contains("big.log")
                .doesNotContain("does not exist")
                .doesNotContain("big.log:3-4");
        assertThat(sent).doesNotContain("start 1").contains("start 2").contains("3| line\n4| line\n");
    }
}
