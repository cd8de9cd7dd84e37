package dev.l2mac.eval;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.zip.GZIPOutputStream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class DatasetTest {
    private static final String HUMANEVAL_ROW = """
            {"task_id": "HumanEval/0", "prompt": "def f(x):\\n", "entry_point": "f", \
            "canonical_solution": "    return x\\n", "test": "def check(candidate):\\n    assert candidate(1) == 1\\n"}
            """;

    @TempDir
    Path dir;

    @Test
    void reads_every_published_humaneval_problem_with_its_check_call() {
        Dataset dataset = SharedData.dataset(Benchmark.HUMANEVAL);
        assertThat(dataset.problems()).hasSize(164);
        Problem first = dataset.problems().getFirst();
        assertThat(first.id()).isEqualTo("HumanEval/0");
        assertThat(first.entryPoint()).isEqualTo("has_close_elements");
        assertThat(first.canonicalSolution()).startsWith(first.prompt());
        assertThat(first.test()).contains("def check(candidate)").endsWith("check(has_close_elements)\n");
    }

    @Test
    void reads_every_humaneval_plus_problem_from_the_origin_format() {
        Dataset dataset = SharedData.dataset(Benchmark.HUMANEVAL_PLUS);
        assertThat(dataset.problems()).hasSize(164);
        assertThat(dataset.problems().get(32).id()).isEqualTo("HumanEval/32");
        assertThat(dataset.problems().getFirst().test()).contains("def assertion(");
    }

    @Test
    void reads_every_mbpp_plus_problem_and_finds_its_entry_point() {
        Dataset dataset = SharedData.dataset(Benchmark.MBPP_PLUS);
        assertThat(dataset.problems()).hasSize(378);
        Problem first = dataset.problems().getFirst();
        assertThat(first.id()).isEqualTo("Mbpp/2");
        assertThat(first.entryPoint()).isEqualTo("similar_elements");
        assertThat(first.prompt())
                .startsWith("\"\"\"\nWrite a function to find the shared elements")
                .contains("assert set(similar_elements((3, 4, 5, 6),(5, 7, 4, 10)))");
        assertThat(first.test()).contains("assertion(similar_elements(*inp), exp, 0)");
    }

    @Test
    void keeps_only_the_problems_asked_for_and_refuses_unknown_ids() throws IOException {
        Path file = write("he.jsonl", HUMANEVAL_ROW + HUMANEVAL_ROW.replace("HumanEval/0", "HumanEval/1"));
        Dataset dataset = Dataset.read(Benchmark.HUMANEVAL, file);
        assertThat(dataset.only(List.of("HumanEval/1")).problems())
                .extracting(Problem::id)
                .containsExactly("HumanEval/1");
        assertThatThrownBy(() -> dataset.only(List.of("HumanEval/7")))
                .isInstanceOf(DatasetException.class)
                .hasMessageContaining("no problem HumanEval/7");
    }

    @Test
    void reads_plain_and_gzip_compressed_files_alike() throws IOException {
        Path gz = dir.resolve("he.jsonl.gz");
        try (OutputStream out = new GZIPOutputStream(Files.newOutputStream(gz))) {
            out.write(HUMANEVAL_ROW.getBytes(StandardCharsets.UTF_8));
        }
        assertThat(Dataset.read(Benchmark.HUMANEVAL, gz).problems())
                .isEqualTo(Dataset.read(Benchmark.HUMANEVAL, write("he.jsonl", HUMANEVAL_ROW))
                        .problems());
    }

    @Test
    void names_the_file_line_and_field_of_a_row_it_cannot_use() throws IOException {
        Path file = write("he.jsonl", HUMANEVAL_ROW + HUMANEVAL_ROW.replace("\"entry_point\": \"f\", ", ""));
        assertThatThrownBy(() -> Dataset.read(Benchmark.HUMANEVAL, file))
                .isInstanceOf(DatasetException.class)
                .hasMessageContaining(file + " line 2")
                .hasMessageContaining("'entry_point'")
                .hasMessageContaining("missing");
    }

    @Test
    void refuses_a_file_of_another_benchmark() {
        Dataset humanEval = SharedData.dataset(Benchmark.HUMANEVAL);
        assertThatThrownBy(() -> Dataset.read(Benchmark.MBPP_PLUS, humanEval.file()))
                .isInstanceOf(DatasetException.class)
                .hasMessageContaining("line 1")
                .hasMessageContaining("right file for the benchmark");
    }

    @Test
    void refuses_lines_that_are_not_json_objects() throws IOException {
        Path file = write("he.jsonl", HUMANEVAL_ROW + "{not json\n");
        assertThatThrownBy(() -> Dataset.read(Benchmark.HUMANEVAL, file))
                .isInstanceOf(DatasetException.class)
                .hasMessageContaining("line 2 is not valid JSON");
    }

    @Test
    void refuses_a_problem_listed_twice() throws IOException {
        Path file = write("he.jsonl", HUMANEVAL_ROW + HUMANEVAL_ROW);
        assertThatThrownBy(() -> Dataset.read(Benchmark.HUMANEVAL, file))
                .isInstanceOf(DatasetException.class)
                .hasMessageContaining("HumanEval/0 appears twice");
    }

    @Test
    void says_where_to_get_the_data_when_the_file_is_missing() {
        assertThatThrownBy(() -> Dataset.read(Benchmark.HUMANEVAL_PLUS, dir.resolve("absent.jsonl.gz")))
                .isInstanceOf(DatasetException.class)
                .hasMessageContaining("does not exist")
                .hasMessageContaining("--data");
    }

    @Test
    void refuses_a_gz_file_that_is_not_compressed() throws IOException {
        Path file = write("he.jsonl.gz", HUMANEVAL_ROW);
        assertThatThrownBy(() -> Dataset.read(Benchmark.HUMANEVAL, file))
                .isInstanceOf(DatasetException.class)
                .hasMessageContaining("not gzip-compressed");
    }

    private Path write(String name, String text) throws IOException {
        return Files.writeString(dir.resolve(name), text);
    }
}
