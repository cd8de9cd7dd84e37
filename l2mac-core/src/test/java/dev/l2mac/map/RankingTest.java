package dev.l2mac.map;

import static org.assertj.core.api.Assertions.assertThat;

import dev.l2mac.llm.TokenCounter;
import dev.l2mac.memory.InMemoryFileStore;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

class RankingTest {

    private static final TokenCounter COUNTER = TokenCounter.forModel("gpt-4");
    /** Too small for the 200-odd paths, room for a dozen top files. */
    private static final int BUDGET = 900;

    private static final InMemoryFileStore STORE = new InMemoryFileStore(1_000_000);
    /** One map for every test, as one serves a whole run: its tags are made once, each focus ranks them anew. */
    private static final CodebaseMap MAP = new CodebaseMap(STORE, COUNTER);

    @BeforeAll
    static void writeWorkspace() {
        Map<String, String> files = new TreeMap<>(SyntheticSources.python(10, 20));
        files.put("billing/invoices.py", """
                from pkg1.mod1 import helper_1_1


                def compute_invoice_total(lines):
                    return round(sum(helper_1_1(line) for line in lines), 2)
                """);
        files.put("billing/reports.py", """
                from billing.invoices import compute_invoice_total


                def monthly_report(invoices):
                    return [compute_invoice_total(invoice) for invoice in invoices]
                """);
        files.put("docs/notes.md", "Widget0x1 and Widget4x4 matter most.\n");
        SyntheticSources.writeTo(STORE, files);
    }

    @Test
    void without_focus_the_file_every_module_uses_ranks_first() {
        assertThat(topFiles(MapFocus.NONE)).first().isEqualTo("core/base.py");
    }

    @Test
    void a_file_defining_a_symbol_the_instruction_names_ranks_in_the_top_five() {
        List<String> top = topFiles(focus("Round compute_invoice_total to whole cents, half up."));

        assertThat(top.subList(0, 5)).contains("billing/invoices.py");
    }

    @Test
    void a_file_whose_path_the_instruction_mentions_ranks_first() {
        assertThat(topFiles(focus("Add a docstring to pkg7/mod13.py."))).first().isEqualTo("pkg7/mod13.py");
        assertThat(topFiles(focus("Fix reports.py: it skips empty invoices.")))
                .first()
                .isEqualTo("billing/reports.py");
    }

    @Test
    void a_file_the_handover_mentions_or_that_was_edited_ranks_near_the_top() {
        List<String> handedOver = topFiles(new MapFocus("Write the tests.", "I changed pkg2/mod3.py.", Set.of()));
        List<String> edited = topFiles(new MapFocus("Write the tests.", "", Set.of("pkg5/mod5.py")));

        assertThat(handedOver.subList(0, 3)).contains("pkg2/mod3.py");
        assertThat(edited.subList(0, 3)).contains("pkg5/mod5.py");
    }

    @Test
    void the_same_workspace_and_focus_give_the_same_map() {
        MapFocus focus = focus("Speed up Widget3x3 and helper_9_9.");
        String first = MAP.render(focus, BUDGET);

        assertThat(new CodebaseMap(STORE, COUNTER).render(focus, BUDGET)).isEqualTo(first);
        assertThat(MAP.render(focus, BUDGET)).isEqualTo(first);
    }

    private static MapFocus focus(String instruction) {
        return new MapFocus(instruction, "", Set.of());
    }

    private List<String> topFiles(MapFocus focus) {
        List<String> top = MapReading.topFiles(MAP.render(focus, BUDGET));
        assertThat(top).hasSizeGreaterThanOrEqualTo(5);
        return top;
    }
}
