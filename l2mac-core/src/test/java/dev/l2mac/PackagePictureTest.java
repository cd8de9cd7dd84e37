package dev.l2mac;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

class PackagePictureTest {
    private static final String DOCUMENT = """
            # Architecture

            | package | module | may use | why |
            |---|---|---|---|
            | `llm` | `l2mac-core` | — | the port |
            | `control` | `l2mac-core` | `llm` | |
            | `llm.edge` | `l2mac-llm` | `llm` | |
            | `cli` | `l2mac-cli` | `control`, `llm.edge` | |

            | packages of | never reach | never import |
            |---|---|---|
            | `l2mac-core` | `cli` | `picocli` |
            | `l2mac-llm` | `control` | |
            """;

    private static PackagePicture.Source source(String module, String pkg, String text) {
        return new PackagePicture.Source(
                module,
                module + "/" + pkg.replace('.', '/') + "/A.java",
                pkg,
                "package dev.l2mac." + pkg + ";\n" + text);
    }

    private static final List<PackagePicture.Source> KEEPING_TO_IT = List.of(
            source("l2mac-core", "llm", "class A {}"),
            source("l2mac-core", "control", "import dev.l2mac.llm.LlmClient;\nclass A {}"),
            source("l2mac-llm", "llm.edge", "import dev.l2mac.llm.LlmClient;\nclass A {}"),
            source("l2mac-cli", "cli", "import dev.l2mac.control.Machine;\nimport picocli.CommandLine;\nclass A {}"));

    @Test
    void sources_that_keep_to_the_table_pass() {
        assertThat(PackagePicture.parse(DOCUMENT).violations(KEEPING_TO_IT)).isEmpty();
    }

    @Test
    void an_arrow_outside_the_picture_is_reported_with_the_row_to_change() {
        List<PackagePicture.Source> sources = List.of(
                KEEPING_TO_IT.get(0),
                KEEPING_TO_IT.get(1),
                KEEPING_TO_IT.get(3),
                source(
                        "l2mac-llm",
                        "llm.edge",
                        "import dev.l2mac.llm.LlmClient;\n\nimport dev.l2mac.control.Machine;"));

        List<String> violations = PackagePicture.parse(DOCUMENT).violations(sources);

        assertThat(violations)
                .singleElement()
                .asString()
                .contains("`llm.edge` uses `control` (l2mac-llm/llm/edge/A.java:4)")
                .contains("| `llm.edge` | `l2mac-llm` | `llm` | |")
                .contains("| `llm.edge` | `l2mac-llm` | `llm`, `control` | |")
                .contains("But that row would reach `control` (\"never reach\" row for `l2mac-llm`)");
    }

    @Test
    void a_never_arrow_is_reported_even_when_the_table_allows_it() {
        String widened = DOCUMENT.replace(
                "| `llm.edge` | `l2mac-llm` | `llm` |", "| `llm.edge` | `l2mac-llm` | `llm`, `control` |");

        assertThat(PackagePicture.parse(widened).violations(KEEPING_TO_IT))
                .singleElement()
                .asString()
                .contains("`llm.edge` reaches `control` (llm.edge → control)")
                .contains("\"never reach\" row for `l2mac-llm`");
    }

    @Test
    void a_package_missing_from_the_table_is_reported_with_the_row_to_add() {
        List<PackagePicture.Source> sources = new ArrayList<>(KEEPING_TO_IT);
        sources.add(source("l2mac-core", "settings", "import dev.l2mac.llm.LlmClient;"));

        assertThat(PackagePicture.parse(DOCUMENT).violations(sources))
                .singleElement()
                .asString()
                .contains("package dev.l2mac.settings (module l2mac-core) is not in the package table")
                .contains("| `settings` | `l2mac-core` | `llm` | |");
    }

    @Test
    void a_cycle_in_the_table_is_reported() {
        String cyclic = DOCUMENT.replace("| `llm` | `l2mac-core` | — |", "| `llm` | `l2mac-core` | `control` |");

        assertThat(PackagePicture.parse(cyclic).violations(KEEPING_TO_IT))
                .anySatisfy(v -> assertThat(v).contains("cycle").contains("→"));
    }

    @Test
    void a_forbidden_library_is_reported_where_it_is_used() {
        List<PackagePicture.Source> sources = List.of(
                KEEPING_TO_IT.get(0),
                KEEPING_TO_IT.get(2),
                KEEPING_TO_IT.get(3),
                source("l2mac-core", "control", "import dev.l2mac.llm.LlmClient;\nimport picocli.CommandLine;"));

        assertThat(PackagePicture.parse(DOCUMENT).violations(sources))
                .singleElement()
                .asString()
                .contains("l2mac-core/control/A.java:3 (`control`) uses the library picocli");
    }

    @Test
    void a_stale_row_is_reported() {
        assertThat(PackagePicture.parse(DOCUMENT).violations(KEEPING_TO_IT.subList(0, 3)))
                .singleElement()
                .asString()
                .contains("the row for `cli` names a package with no main sources");
    }
}
