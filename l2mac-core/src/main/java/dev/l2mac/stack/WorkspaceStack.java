package dev.l2mac.stack;

import dev.l2mac.check.Language;
import java.util.Arrays;
import java.util.Collection;
import java.util.Comparator;
import java.util.Map;
import java.util.Optional;
import java.util.function.Function;
import java.util.stream.Collectors;

/**
 * The stack of the code already in a workspace: a change to an existing Java repository is written in Java even when
 * its task does not say so. The stack is the built-in one of the language most of the workspace's source files are
 * written in; a workspace without source files, or with as many files of two languages, has none.
 */
public final class WorkspaceStack {

    private WorkspaceStack() {}

    /** The stack of {@code files} (workspace-relative paths, as the checks list them), if one language leads. */
    public static Optional<Stack> of(Collection<String> files) {
        Map<Language, Long> counts = Arrays.stream(Language.values())
                .collect(Collectors.toMap(
                        Function.identity(),
                        language -> files.stream().filter(language::owns).count()));
        Optional<Map.Entry<Language, Long>> leading =
                counts.entrySet().stream().max(Comparator.comparingLong(Map.Entry::getValue));
        if (leading.isEmpty() || leading.get().getValue() == 0) {
            return Optional.empty();
        }
        long most = leading.get().getValue();
        boolean tied = counts.values().stream().filter(count -> count == most).count() > 1;
        return tied ? Optional.empty() : Stacks.find(leading.get().getKey().key());
    }
}
