package dev.l2mac.tools;

import static dev.l2mac.tools.Calls.object;
import static org.assertj.core.api.Assertions.assertThat;

import dev.l2mac.llm.TokenCounter;
import dev.l2mac.memory.FileStore;
import dev.l2mac.memory.InMemoryFileStore;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.function.Function;
import org.junit.jupiter.api.Test;

/**
 * The output tokens a model spends on a one-line change in a 2,000-line file: the arguments of a {@code write_files}
 * call that rewrites the file whole against those of an {@code edit_file} call that replaces the line with the line
 * before it for context. Both calls run on a store, and must leave the same file. Run with
 * {@code ./mvnw -q -pl l2mac-core -am verify -Pbench -Dtest=EditOutputTokensBenchmark -Dspotless.check.skip=true}.
 */
class EditOutputTokensBenchmark {

    private static final int LINES = 2_000;
    private static final String PATH = "shop/inventory.py";

    @Test
    void a_one_line_change_costs_a_small_fraction_of_a_rewrite() throws Exception {
        String original = file();
        String oldText = "def stock_level_250(item):\n    return item.count * 250\n";
        String newText = "def stock_level_250(item):\n    return item.count * 250 + item.reserved\n";
        String changed = original.replace(oldText, newText);
        assertThat(changed).isNotEqualTo(original);

        String write = Calls.JSON.writeValueAsString(
                object("list_of_file_objects", List.of(Map.of("file_path", PATH, "file_contents", changed))));
        String edit =
                Calls.JSON.writeValueAsString(object("file_path", PATH, "old_text", oldText, "new_text", newText));
        assertThat(after(WriteFilesTool::new, original, write)).isEqualTo(changed);
        assertThat(after(EditFileTool::new, original, edit)).isEqualTo(changed);

        TokenCounter tokens = TokenCounter.forModel("gpt-4");
        int rewrite = tokens.count(write);
        int edited = tokens.count(edit);
        System.out.printf(
                Locale.ROOT,
                "one-line change in a %,d-line file (%,d characters): write_files %,d output tokens, edit_file %,d;"
                        + " edit_file spends %.2f%% of a rewrite (%.0fx fewer)%n",
                LINES,
                original.length(),
                rewrite,
                edited,
                100.0 * edited / rewrite,
                (double) rewrite / edited);
        assertThat(edited).isLessThan(rewrite / 50);
    }

    private static String file() {
        StringBuilder text = new StringBuilder("\"\"\"Stock levels of the shop's items.\"\"\"\n\n");
        for (int i = 1; text.chars().filter(c -> c == '\n').count() < LINES - 3; i++) {
            text.append("\n\ndef stock_level_").append(i).append("(item):\n");
            text.append("    return item.count * ").append(i).append('\n');
        }
        return text.toString();
    }

    /** The file after the tool {@code make} builds over a store holding {@code content} is called. */
    private static String after(Function<FileStore, Tool> make, String content, String arguments) throws Exception {
        InMemoryFileStore store = new InMemoryFileStore(1_000_000);
        store.write(PATH, content);
        ToolResult result = make.apply(store).call(Calls.json(arguments));
        assertThat(result).isNotInstanceOf(ToolResult.Error.class);
        return store.read(PATH);
    }
}
