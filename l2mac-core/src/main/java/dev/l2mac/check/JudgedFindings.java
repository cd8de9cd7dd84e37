package dev.l2mac.check;

import java.util.List;

/**
 * Findings sorted by whose they are: {@code errors} are the code's, for the model to fix; {@code notes} are the
 * environment's ({@link Finding.Severity#NOTE}), to be told and never to fail a check.
 */
record JudgedFindings(List<Finding> errors, List<Finding> notes) {
    JudgedFindings {
        errors = List.copyOf(errors);
        notes = Finding.notesOnly(notes);
    }
}
