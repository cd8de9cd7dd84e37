package dev.l2mac.map;

import java.util.List;
import java.util.concurrent.TimeUnit;

/**
 * One render of a codebase map, timed: what it showed, how long it took and how many files it parsed. The map
 * benchmarks share it, so that every figure of a map's build is taken the same way.
 *
 * @param shown       the map's text
 * @param millis      the wall time of the render
 * @param filesParsed the files the render parsed for their tags (new or changed since the map's last render)
 */
public record TimedRender(String shown, long millis, long filesParsed) {

    /** Renders {@code map} for {@code focus} within {@code tokenBudget} tokens, timing it. */
    public static TimedRender of(CodebaseMap map, MapFocus focus, int tokenBudget) {
        long parsedBefore = map.filesParsed();
        long start = System.nanoTime();
        String shown = map.render(focus, tokenBudget);
        long millis = TimeUnit.NANOSECONDS.toMillis(System.nanoTime() - start);
        return new TimedRender(shown, millis, map.filesParsed() - parsedBefore);
    }

    /** The files the map shows first, with their definitions, in rank order; none when it shows the listing. */
    public List<String> topFiles() {
        return MapReading.topFiles(shown);
    }

    /** The 1-based place of {@code file} among the {@link #topFiles()}, or 0 when it is not among them. */
    public int rankOf(String file) {
        return topFiles().indexOf(file) + 1;
    }
}
