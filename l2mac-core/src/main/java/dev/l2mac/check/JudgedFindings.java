package dev.l2mac.check;

import java.util.List;
import java.util.Optional;
import java.util.function.Supplier;
import java.util.stream.Collectors;

/**
 * Findings sorted by whose they are: {@code errors} are the code's, for the model to fix; {@code notes} are the
 * environment's ({@link Finding.Severity#NOTE}), to be told and never to fail a check.
 */
public record JudgedFindings(List<Finding> errors, List<Finding> notes) {
    public JudgedFindings {
        errors = List.copyOf(errors);
        notes = Finding.notesOnly(notes);
    }

    /**
     * The report of a test run whose failures were judged: {@link CheckReport.Failed} while an error is left; with
     * notes only, a pass carrying them when {@code passed} tests passed (as {@code summary} says), else
     * {@link CheckReport.Unavailable}, since nothing could be tested here. Empty when nothing failed at all, so that
     * the run decides by its own outcome.
     */
    public Optional<CheckReport> testReport(String checker, long passed, Supplier<String> summary) {
        if (!errors.isEmpty()) {
            return Optional.of(new CheckReport.Failed(checker, errors, notes));
        }
        if (notes.isEmpty()) {
            return Optional.empty();
        }
        return Optional.of(
                passed > 0
                        ? new CheckReport.Passed(checker, summary.get(), notes)
                        : new CheckReport.Unavailable(
                                checker,
                                "the tests could not run: "
                                        + notes.stream().map(Finding::describe).collect(Collectors.joining("; "))));
    }
}
