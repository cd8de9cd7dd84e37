package dev.l2mac.eval.design;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The features a task description asks for: every {@code - [ ]} item, in order, with the heading it sits under
 * when the item itself is not numbered (so that "Requires Name, Email, Password." reads as part of "1.1 User
 * Registration"). Placeholder items ({@code ...}, {@code 6.x. Additional features}) are not features.
 */
public record FeatureChecklist(List<Feature> features) {
    private static final Pattern ITEM = Pattern.compile("^\\s*[-*]\\s*\\[[ xX]?]\\s*(.*)$");
    private static final Pattern HEADING = Pattern.compile("^\\s*(?:[-*]\\s*)?(\\d+(?:\\.\\d+)*\\.?\\s+.+?):?\\s*$");
    private static final Pattern NUMBERED = Pattern.compile("^\\d+(?:\\.\\d+)*\\.?\\s");
    private static final Pattern PLACEHOLDER = Pattern.compile("^(\\.\\.\\.|\\d+\\.x\\..*)$");

    public FeatureChecklist {
        features = List.copyOf(features);
        if (features.isEmpty()) {
            throw new IllegalArgumentException("a checklist needs at least one feature");
        }
    }

    /** Reads the checklist from a task description; one without {@code - [ ]} items cannot be scored. */
    public static FeatureChecklist parse(String description) {
        List<Feature> features = new ArrayList<>();
        String heading = "";
        for (String line : description.split("\\R")) {
            Matcher item = ITEM.matcher(line);
            if (item.matches()) {
                String text = item.group(1).strip();
                if (!text.isEmpty() && !PLACEHOLDER.matcher(text).matches()) {
                    boolean numbered = NUMBERED.matcher(text).find();
                    features.add(new Feature(
                            features.size() + 1, numbered || heading.isEmpty() ? text : heading + ": " + text));
                }
                continue;
            }
            Matcher title = HEADING.matcher(line.replace("*", ""));
            if (title.matches()) {
                heading = title.group(1).strip();
            }
        }
        if (features.isEmpty()) {
            throw new IllegalArgumentException("the task description has no feature checklist: no '- [ ] ...' "
                    + "items; list each required feature as a '- [ ]' item to score features");
        }
        return new FeatureChecklist(features);
    }

    /** The checklist as the judge sees it: one {@code id. text} line per feature. */
    public String render() {
        StringBuilder text = new StringBuilder();
        features.forEach(f -> text.append(f.id()).append(". ").append(f.text()).append('\n'));
        return text.toString();
    }

    public int size() {
        return features.size();
    }
}
