package dev.l2mac.check;

import static org.assertj.core.api.Assertions.assertThat;

import dev.l2mac.memory.Fingerprints;
import dev.l2mac.testing.Requirements;
import java.io.IOException;
import java.io.RandomAccessFile;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.util.HexFormat;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Checks over a workspace holding a source file too large to parse: it is named in a note, never a failure. */
class LargeFilesTest {
    @TempDir
    Path root;

    /** A Python file just over the limit: a valid line, then spaces (a sparse tail where the file system has one). */
    private void largePython(String name) throws IOException {
        Path file = root.resolve(name);
        Files.writeString(file, "x = (\n");
        try (RandomAccessFile out = new RandomAccessFile(file.toFile(), "rw")) {
            out.setLength(LargeFiles.MAX_CHECKED_BYTES + 1);
        }
    }

    @Test
    void the_syntax_check_notes_a_file_too_large_to_parse_and_passes() throws IOException {
        Requirements.require(TreeSitterSyntaxChecker.loads(), "tree-sitter's native library, which does not load here");
        largePython("data.py");
        Files.writeString(root.resolve("app.py"), "x = 1\n");

        CheckReport report = TreeSitterSyntaxChecker.python().check(root, Set.of());

        assertThat(report).isInstanceOfSatisfying(CheckReport.Passed.class, passed -> {
            assertThat(passed.summary()).isEqualTo("1 python file parses");
            assertThat(passed.notes()).singleElement().satisfies(note -> {
                assertThat(note.file()).isEqualTo("data.py");
                assertThat(note.message()).startsWith("not checked: it is 8,388,609 bytes, more than the 8,388,608");
            });
        });
    }

    @Test
    void fingerprints_of_a_file_are_its_sha256_however_large() throws Exception {
        largePython("data.py");
        byte[] content = Files.readAllBytes(root.resolve("data.py"));
        String expected =
                HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(content));

        assertThat(Fingerprints.ofFile(root.resolve("data.py"))).isEqualTo(expected);
        assertThat(Fingerprints.ofFiles(root, List.of("data.py")))
                .isNotEqualTo(Fingerprints.ofFiles(root, List.of("gone.py")));
    }

    @Test
    void source_readers_leave_a_file_too_large_unread() throws IOException {
        largePython("data.py");
        Files.writeString(root.resolve("small.py"), "import os\n", StandardCharsets.UTF_8);

        assertThat(LargeFiles.read(root.resolve("data.py"))).isEmpty();
        assertThat(LargeFiles.read(root.resolve("small.py"))).contains("import os\n");
        assertThat(SourceContext.around(root, "data.py", 1, 1)).isEmpty();
    }
}
