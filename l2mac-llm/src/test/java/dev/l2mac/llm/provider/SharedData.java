package dev.l2mac.llm.provider;

import dev.l2mac.testing.Requirements;
import java.nio.file.Path;

/** The team's shared data folder, which surefire names in {@code l2mac.shared.data}. */
final class SharedData {
    private SharedData() {}

    static Path folder(String relative) {
        return Requirements.sharedData(relative);
    }
}
