package dev.l2mac.llm.provider;

import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.nio.file.Files;
import java.nio.file.Path;

/** The team's shared data folder, which surefire names in {@code l2mac.shared.data}; tests skip when it is absent. */
final class SharedData {
    private SharedData() {
    }

    static Path folder(String relative) {
        String root = System.getProperty("l2mac.shared.data");
        assumeTrue(root != null, "skipped: system property l2mac.shared.data is not set (run through Maven)");
        Path folder = Path.of(root).resolve(relative);
        assumeTrue(Files.isDirectory(folder) || Files.isRegularFile(folder),
                "skipped: shared data " + folder + " is not present on this machine");
        return folder;
    }
}
