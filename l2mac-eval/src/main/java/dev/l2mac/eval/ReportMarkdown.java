package dev.l2mac.eval;

import java.util.Locale;
import java.util.Map;

/** An evaluation as a page a person reads: what ran, the figures, known dataset issues, and what failed. */
final class ReportMarkdown {
    /** Failures listed in full; the JSON report has them all. */
    static final int MAX_FAILURES_LISTED = 50;

    private static final int DETAIL_LINE_CHARS = 160;

    private ReportMarkdown() {}

    static String render(EvalResult result, String chartFile) {
        StringBuilder page = new StringBuilder();
        page.append("# ")
                .append(result.benchmark().command())
                .append(": ")
                .append(result.method())
                .append(" with ")
                .append(result.model())
                .append("\n\n");
        page.append("| setting | value |\n|---|---|\n");
        row(page, "data file", "`" + result.dataFile() + "`");
        row(
                page,
                "candidates",
                result.method().equals("l2mac")
                        ? "L2MAC (the whole machine, one workspace each)"
                        : "one direct request each");
        row(page, "samples per problem", String.valueOf(result.settings().samples()));
        row(page, "per-problem timeout", result.timeout().toSeconds() + " s");
        row(page, "parallelism", String.valueOf(result.settings().parallelism()));
        row(page, "started", result.started().toString());
        row(
                page,
                "wall time",
                String.format(Locale.ROOT, "%.1f s", result.wallTime().toMillis() / 1000.0));
        row(
                page,
                "tokens (prompt / completion)",
                result.usage().promptTokens() + " / " + result.usage().completionTokens());
        page.append("\n## Figures\n\n| metric | value |\n|---|---|\n");
        result.passAtK().forEach((k, value) -> row(page, "pass@" + k, percent(value)));
        row(
                page,
                "problems solved",
                result.problemsSolved() + " / " + result.problems().size());
        result.verdictCounts().forEach((label, count) -> row(page, "samples " + label, String.valueOf(count)));
        page.append("\n![pass@k and outcomes](").append(chartFile).append(")\n");
        Map<String, String> issues = result.knownIssues();
        if (!issues.isEmpty()) {
            page.append("\n## Known dataset issues\n\nScored like every other problem; listed so that the figures "
                    + "can be read correctly.\n\n");
            issues.forEach((id, issue) ->
                    page.append("- **").append(id).append("**: ").append(issue).append('\n'));
        }
        failures(page, result);
        return page.toString();
    }

    private static void failures(StringBuilder page, EvalResult result) {
        var failed = result.problems().stream()
                .filter(p -> p.passes() < p.samples().size())
                .toList();
        if (failed.isEmpty()) {
            return;
        }
        page.append("\n## Samples that did not pass\n\n| problem | sample | verdict | detail |\n|---|---|---|---|\n");
        failed.stream()
                .flatMap(p -> p.samples().stream()
                        .filter(s -> !s.verdict().passed())
                        .map(s -> "| " + p.problemId() + " | " + s.sample() + " | "
                                + s.verdict().label() + " | " + firstLine(s.verdict()) + " |\n"))
                .limit(MAX_FAILURES_LISTED)
                .forEach(page::append);
        long total =
                failed.stream().mapToLong(p -> p.samples().size() - p.passes()).sum();
        if (total > MAX_FAILURES_LISTED) {
            page.append("\n").append(total - MAX_FAILURES_LISTED).append(" more in report.json.\n");
        }
    }

    private static String firstLine(Verdict verdict) {
        String text = switch (verdict) {
            case Verdict.Passed passed -> "";
            case Verdict.Failed failed -> lastMeaningfulLine(failed.detail());
            case Verdict.TimedOut timedOut -> "killed after " + timedOut.limit().toSeconds() + " s";
            case Verdict.NotRun notRun -> notRun.reason();
        };
        String cell = text.replace("|", "\\|").replace('\n', ' ').strip();
        return cell.length() <= DETAIL_LINE_CHARS ? cell : cell.substring(0, DETAIL_LINE_CHARS) + "...";
    }

    /** The exception line of a traceback is its last non-blank line. */
    private static String lastMeaningfulLine(String detail) {
        String[] lines = detail.strip().split("\n");
        return lines[lines.length - 1];
    }

    private static void row(StringBuilder page, String name, String value) {
        page.append("| ").append(name).append(" | ").append(value).append(" |\n");
    }

    public static String percent(double value) {
        return String.format(Locale.ROOT, "%.1f%%", value * 100);
    }
}
