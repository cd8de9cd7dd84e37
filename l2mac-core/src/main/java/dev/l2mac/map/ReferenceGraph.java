package dev.l2mac.map;

import java.util.List;
import java.util.Set;
import java.util.TreeMap;

/**
 * Who uses whose definitions: an edge from each file that uses a name to each other file that defines it, weighted
 * by the square root of how often it uses it (ten uses are not ten times one), shared among the files defining the
 * name, and scaled by how telling the name is: a name the instruction mentions weighs much more, a private
 * ({@code _x}) or one-letter name or one many files define (such as {@code __init__} or {@code toString}) much less.
 */
final class ReferenceGraph {

    /** How much more a use of a name the instruction or handover mentions weighs. */
    static final double MENTIONED_NAME_WEIGHT = 10.0;
    /** How much a use of a private or one-letter name weighs, compared with another name. */
    static final double OBSCURE_NAME_WEIGHT = 0.1;
    /** How much a use of a name defined in more than {@link #COMMON_DEFINERS} files weighs. */
    static final double COMMON_NAME_WEIGHT = 0.1;
    /** More files than this defining a name make it common. */
    static final int COMMON_DEFINERS = 5;

    /** Per file, the files it points to (ascending) and the weights of those edges. */
    final int[][] targets;

    final double[][] weights;

    ReferenceGraph(List<FileTags> tags, Definers definers, Set<String> mentionedNames) {
        int files = tags.size();
        targets = new int[files][];
        weights = new double[files][];
        for (int file = 0; file < files; file++) {
            TreeMap<Integer, Double> out = new TreeMap<>();
            int from = file;
            tags.get(file).forEachWord((name, uses) -> {
                int[] defining = definers.of(name);
                if (defining.length == 0 || definers.defines(from, name)) {
                    return;
                }
                double weight = Math.sqrt(uses) * nameWeight(name, defining.length, mentionedNames) / defining.length;
                for (int to : defining) {
                    out.merge(to, weight, Double::sum);
                }
            });
            targets[file] = out.keySet().stream().mapToInt(Integer::intValue).toArray();
            weights[file] =
                    out.values().stream().mapToDouble(Double::doubleValue).toArray();
        }
    }

    static double nameWeight(String name, int definingFiles, Set<String> mentionedNames) {
        double weight = 1.0;
        if (mentionedNames.contains(name)) {
            weight *= MENTIONED_NAME_WEIGHT;
        }
        if (name.startsWith("_") || name.length() == 1) {
            weight *= OBSCURE_NAME_WEIGHT;
        }
        if (definingFiles > COMMON_DEFINERS) {
            weight *= COMMON_NAME_WEIGHT;
        }
        return weight;
    }
}
