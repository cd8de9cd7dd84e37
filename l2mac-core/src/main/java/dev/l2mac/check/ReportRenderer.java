package dev.l2mac.check;

import java.time.Duration;
import java.util.ArrayList;
import java.util.List;

/**
 * Renders check reports as the text fed back to the model: one header line per report, then its findings (place,
 * message, context) or the output of a timed-out check, then its notes about the environment, marked as nothing to
 * fix. Every header is kept; bodies fill the remaining budget in
 * order, and what does not fit is counted in a note, so the result never exceeds the cap.
 */
public final class ReportRenderer {

    /** Room kept per report for the note saying how many findings were cut. */
    static final int NOTE_RESERVE_CHARS = 80;
    /** A body block is shortened rather than dropped when at least this much budget is left for it. */
    static final int MIN_PARTIAL_BLOCK_CHARS = 200;

    private static final String ELLIPSIS = "...";
    /** Said of what the environment causes, so that the model does not try to fix it in the code. */
    static final String NOTHING_TO_FIX = "not an error in the code; nothing to fix";

    private ReportRenderer() {}

    private record Block(String text, boolean keepTail) {}

    private record Section(String header, List<Block> blocks) {}

    /** Said instead of the problems a run found that were there before it began: never that they need fixing. */
    public static String leftOut(int count) {
        return count
                + (count == 1
                        ? " problem that was there before this run began is"
                        : " problems that were there" + " before this run began are")
                + " left out";
    }

    /**
     * Said instead of a timeout that the same check also had on the files as the run found them: it was stuck
     * before, so it is not judged, and never that it needs fixing.
     */
    public static String timedOutBefore(Duration after) {
        return "timed out after " + seconds(after) + ", as it did before this run began, so it was not judged";
    }

    /** The reports as text of at most {@code maxChars} characters. */
    public static String render(List<CheckReport> reports, int maxChars) {
        if (maxChars <= 0) {
            throw new IllegalArgumentException("maxChars must be positive, was " + maxChars);
        }
        List<Section> sections = reports.stream().map(ReportRenderer::section).toList();
        int budget = maxChars;
        for (Section section : sections) {
            budget -= section.header().length() + 1 + NOTE_RESERVE_CHARS;
        }
        StringBuilder text = new StringBuilder();
        for (Section section : sections) {
            text.append(section.header()).append('\n');
            int cut = 0;
            for (Block block : section.blocks()) {
                if (cut == 0 && block.text().length() <= budget) {
                    text.append(block.text());
                    budget -= block.text().length();
                } else if (cut == 0 && budget >= MIN_PARTIAL_BLOCK_CHARS) {
                    text.append(shortened(block, budget));
                    budget = 0;
                } else {
                    cut++;
                }
            }
            if (cut > 0) {
                text.append("[... ")
                        .append(cut)
                        .append(cut == 1 ? " more finding" : " more findings")
                        .append(" not shown; fix the ones above first ...]\n");
            }
        }
        return text.length() <= maxChars ? text.toString() : text.substring(0, maxChars);
    }

    /** Blocks end with a newline; a shortened head gets one back after its ellipsis. */
    private static String shortened(Block block, int budget) {
        String text = block.text();
        return block.keepTail()
                ? ELLIPSIS + text.substring(text.length() - (budget - ELLIPSIS.length()))
                : text.substring(0, budget - ELLIPSIS.length() - 1) + ELLIPSIS + "\n";
    }

    private static Section section(CheckReport report) {
        return switch (report) {
            case CheckReport.Passed passed ->
                new Section(passed.checker() + ": passed (" + passed.summary() + ")", noteBlocks(passed.notes()));
            case CheckReport.Unavailable unavailable ->
                new Section(
                        unavailable.checker() + ": not run, for a reason" + " in the environment (" + NOTHING_TO_FIX
                                + "): " + unavailable.reason(),
                        List.of());
            case CheckReport.Failed failed -> {
                List<Block> blocks = new ArrayList<>(findingBlocks(failed.findings()));
                blocks.addAll(noteBlocks(failed.notes()));
                yield new Section(
                        failed.checker() + ": failed with " + failed.findings().size()
                                + (failed.findings().size() == 1 ? " problem" : " problems")
                                + (failed.leftOut() == 0 ? "" : " (" + leftOut(failed.leftOut()) + ")"),
                        blocks);
            }
            case CheckReport.TimedOut timedOut ->
                new Section(
                        timedOut.checker() + ": timed out after "
                                + seconds(timedOut.after())
                                + " and was stopped; something waits forever or loops (a sleep,"
                                + " input(), a server or an endless loop). Make it finish quickly. Output before it stopped:",
                        timedOut.output().isBlank()
                                ? List.of()
                                : List.of(new Block(withNewline(timedOut.output()), true)));
        };
    }

    /** The environment's notes under one line that says they are no error of the code. */
    private static List<Block> noteBlocks(List<Finding> notes) {
        if (notes.isEmpty()) {
            return List.of();
        }
        List<Block> blocks = new ArrayList<>(notes.size());
        blocks.add(new Block("  notes about the environment (" + NOTHING_TO_FIX + "):\n", false));
        for (Finding note : notes) {
            blocks.add(new Block("  " + note.describe() + "\n", false));
        }
        return blocks;
    }

    private static List<Block> findingBlocks(List<Finding> findings) {
        List<Block> blocks = new ArrayList<>(findings.size());
        for (Finding finding : findings) {
            String context = finding.context().isBlank() ? "" : withNewline(indent(finding.context()));
            blocks.add(new Block(finding.describe() + "\n" + context, false));
        }
        return blocks;
    }

    private static String indent(String text) {
        return text.lines()
                .map(line -> "    " + line)
                .reduce((a, b) -> a + "\n" + b)
                .orElse("");
    }

    private static String withNewline(String text) {
        return text.endsWith("\n") ? text : text + "\n";
    }

    static String seconds(Duration duration) {
        return duration.toMillis() % 1_000 == 0 ? duration.toSeconds() + "s" : duration.toMillis() + "ms";
    }
}
