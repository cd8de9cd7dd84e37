package dev.l2mac.map;

import java.util.Objects;
import java.util.Set;

/**
 * What the map ranks for: the instruction at hand, the previous instruction's handover, and the files edited
 * recently (workspace-relative paths). Paths, file names and identifiers they mention pull files up.
 */
public record MapFocus(String instruction, String handover, Set<String> recentlyEdited) {
    public MapFocus {
        Objects.requireNonNull(instruction, "instruction");
        Objects.requireNonNull(handover, "handover");
        recentlyEdited = Set.copyOf(recentlyEdited);
    }

    /** No focus: files rank by how much the others use them. */
    public static final MapFocus NONE = new MapFocus("", "", Set.of());

    /** The instruction and the handover, the text whose mentions count. */
    String text() {
        return instruction + "\n" + handover;
    }
}
