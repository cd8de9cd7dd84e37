package dev.l2mac.check.java;

import static org.assertj.core.api.Assertions.assertThat;

import dev.l2mac.check.CheckReport;
import dev.l2mac.check.Finding;
import dev.l2mac.check.LargeFiles;
import java.io.IOException;
import java.io.RandomAccessFile;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The Java compile check over a workspace holding a source file too large to check: a note, never a failure. */
class JavaLargeFilesTest {
    @TempDir
    Path root;

    @Test
    void the_java_compile_check_leaves_out_a_file_too_large_to_check_and_names_it() throws IOException {
        Files.writeString(root.resolve("App.java"), "class App {}\n");
        Path huge = root.resolve("Data.java");
        Files.writeString(huge, "class Data {\n");
        try (RandomAccessFile out = new RandomAccessFile(huge.toFile(), "rw")) {
            out.setLength(LargeFiles.MAX_CHECKED_BYTES + 1);
        }

        CheckReport report = new JavaCompileChecker().check(root, Set.of());

        assertThat(report).isInstanceOfSatisfying(CheckReport.Passed.class, passed -> {
            assertThat(passed.summary()).isEqualTo("1 Java file compiles");
            assertThat(passed.notes()).extracting(Finding::file).containsExactly("Data.java");
        });
    }
}
