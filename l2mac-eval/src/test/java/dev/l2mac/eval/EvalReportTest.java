package dev.l2mac.eval;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.awt.image.BufferedImage;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Optional;
import javax.imageio.ImageIO;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class EvalReportTest {
    @TempDir
    Path folder;

    @Test
    void writes_json_markdown_and_a_png_chart_into_the_folder() throws Exception {
        EvalResult result = result();
        Path markdown = EvalReport.write(result, folder.resolve("run"));

        JsonNode json =
                new ObjectMapper().readTree(folder.resolve("run/report.json").toFile());
        assertThat(json.get("benchmark").asText()).isEqualTo("humaneval+");
        assertThat(json.at("/figures/passAtK/1").asDouble()).isEqualTo(0.5);
        assertThat(json.at("/figures/samples/timed-out").asInt()).isEqualTo(1);
        assertThat(json.at("/knownDatasetIssues/HumanEval~132").asText()).contains("fails for every solution");
        assertThat(json.at("/problems/1/samples/0/detail").asText()).contains("killed");
        assertThat(json.at("/problems/0/samples/0/candidate").asText()).isEqualTo("def f(): return 1");

        String page = Files.readString(markdown);
        assertThat(page)
                .contains("# humaneval+: direct with fake-model")
                .contains("| pass@1 | 50.0% |")
                .contains("| problems solved | 1 / 2 |")
                .contains("## Known dataset issues")
                .contains("| HumanEval/32 | 0 | timed-out | killed after 3 s |")
                .contains("![pass@k and outcomes]");

        BufferedImage chart = ImageIO.read(folder.resolve("run/chart.png").toFile());
        assertThat(chart.getWidth()).isGreaterThan(0);
        assertThat(chart.getHeight()).isGreaterThan(0);
    }

    @Test
    void draws_one_bar_per_k_and_per_outcome() {
        BarChart chart = EvalReport.chart(result());
        assertThat(chart.bars())
                .extracting(BarChart.Bar::label)
                .containsExactly("pass@1", "passed", "failed", "timed-out", "not-run");
        assertThat(chart.bars().getFirst().share()).isEqualTo(0.5);
    }

    private static EvalResult result() {
        Duration timeout = Duration.ofSeconds(3);
        ProblemResult passed = new ProblemResult(
                "HumanEval/0",
                List.of(new SampleResult(0, "def f(): return 1", new Verdict.Passed(), Duration.ofMillis(200), null)),
                Optional.empty());
        ProblemResult hung = new ProblemResult(
                "HumanEval/32",
                List.of(new SampleResult(0, "while True: pass", new Verdict.TimedOut(timeout), timeout, null)),
                KnownIssues.of(Benchmark.HUMANEVAL_PLUS, "HumanEval/32"));
        Clock clock = Clock.fixed(Instant.parse("2025-01-01T12:00:00Z"), ZoneOffset.UTC);
        return new EvalResult(
                Benchmark.HUMANEVAL_PLUS,
                Path.of("HumanEvalPlus-OriginFmt.jsonl.gz"),
                "direct",
                "fake-model",
                new EvalSettings(1, List.of(1), 2),
                timeout,
                clock.instant(),
                Duration.ofSeconds(4),
                List.of(passed, hung));
    }
}
