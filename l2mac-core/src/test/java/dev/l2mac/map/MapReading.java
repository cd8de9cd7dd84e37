package dev.l2mac.map;

import java.util.ArrayList;
import java.util.List;

/** Reads a rendered map back: the top files, in the order shown. */
final class MapReading {

    private MapReading() {}

    static List<String> topFiles(String map) {
        List<String> files = new ArrayList<>();
        String[] lines = map.split("\n");
        for (int i = 1; i < lines.length; i++) {
            String line = lines[i];
            if (line.equals(MapText.OTHER_FILES.strip())) {
                break;
            }
            if (!line.isEmpty() && !line.startsWith(" ")) {
                files.add(line.endsWith(":") ? line.substring(0, line.length() - 1) : line);
            }
        }
        return files;
    }
}
