package dev.l2mac.eval.polyglot;

import java.util.Locale;

/** A polyglot evaluation as a page a person reads: what ran, the figures, and the exercises that did not pass. */
final class PolyglotMarkdown {
    /** Exercises listed in the failures table; the JSON report has them all. */
    static final int MAX_FAILURES_LISTED = 50;

    private static final int DETAIL_CELL_CHARS = 160;

    private PolyglotMarkdown() {}

    static String render(PolyglotResult result, String chartFile) {
        PolyglotPlan plan = result.plan();
        StringBuilder page = new StringBuilder("# polyglot " + plan.language().key() + ": "
                + plan.method().key() + " with " + result.model() + "\n\n| setting | value |\n|---|---|\n");
        row(page, "data", "`" + plan.dataDir() + "`");
        row(
                page,
                "solutions",
                plan.method() == PolyglotPlan.Method.L2MAC
                        ? "L2MAC (the whole machine in a copy of the stub)"
                        : "one direct request per attempt");
        row(
                page,
                "attempts",
                plan.attempts() + (plan.attempts() > 1 ? " (the second sees the first's failing test output)" : ""));
        row(page, "per-exercise test timeout", plan.timeout().toSeconds() + " s");
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
        result.passRates()
                .forEach((attempt, rate) -> row(
                        page,
                        "pass rate after attempt " + attempt,
                        PolyglotReport.percent(rate) + " (" + result.passedWithin(attempt) + " / "
                                + result.exercises().size() + ")"));
        row(page, "well-formed replies", PolyglotReport.percent(result.wellFormedShare()));
        result.outcomeCounts().forEach((label, count) -> row(page, "exercises " + label, String.valueOf(count)));
        page.append("\n![pass rate, well-formed replies and outcomes](")
                .append(chartFile)
                .append(")\n");
        failures(page, result);
        return page.toString();
    }

    private static void failures(StringBuilder page, PolyglotResult result) {
        var failed =
                result.exercises().stream().filter(e -> !e.outcome().passed()).toList();
        if (failed.isEmpty()) {
            return;
        }
        page.append("\n## Exercises that did not pass\n\n| exercise | outcome | reply | detail |\n|---|---|---|---|\n");
        failed.stream().limit(MAX_FAILURES_LISTED).forEach(exercise -> {
            AttemptResult last = exercise.attempts().getLast();
            String reply = last.reply().wellFormed()
                    ? last.reply().label()
                    : last.reply().label() + ": " + last.reply().problem();
            page.append("| ")
                    .append(exercise.exercise())
                    .append(" | ")
                    .append(exercise.outcome().label())
                    .append(" | ")
                    .append(cell(reply))
                    .append(" | ")
                    .append(cell(exercise.outcome().detail()))
                    .append(" |\n");
        });
        if (failed.size() > MAX_FAILURES_LISTED) {
            page.append("\n").append(failed.size() - MAX_FAILURES_LISTED).append(" more in report.json.\n");
        }
    }

    private static String cell(String text) {
        String line = text.strip().replace("|", "\\|").replace('\n', ' ');
        return line.length() <= DETAIL_CELL_CHARS ? line : line.substring(0, DETAIL_CELL_CHARS) + "...";
    }

    private static void row(StringBuilder page, String name, String value) {
        page.append("| ").append(name).append(" | ").append(value).append(" |\n");
    }
}
