package dev.l2mac.map;

import java.util.Comparator;
import java.util.List;
import java.util.Set;
import java.util.stream.IntStream;

/**
 * Orders a workspace's files by relevance to a focus: the files it names by path or file name first, then by
 * personalised PageRank over the {@link ReferenceGraph}, jumping where the {@link Personalisation} points; equal
 * ranks in path order.
 */
final class Ranking {

    private Ranking() {}

    /** The indices of {@code paths}, most relevant first; {@code tags} are the paths' tags, in the same order. */
    static List<Integer> order(List<String> paths, List<FileTags> tags, MapFocus focus) {
        Definers definers = new Definers(tags);
        Set<String> mentioned = Words.of(focus.text());
        ReferenceGraph graph = new ReferenceGraph(tags, definers, mentioned);
        Personalisation personalisation = Personalisation.of(paths, definers, focus, mentioned);
        double[] ranks = PageRank.ranks(graph, personalisation.weights());
        return IntStream.range(0, paths.size())
                .boxed()
                .sorted(Comparator.<Integer, Boolean>comparing(
                                file -> !personalisation.named()[file])
                        .thenComparingDouble(file -> -ranks[file])
                        .thenComparing(paths::get))
                .toList();
    }
}
