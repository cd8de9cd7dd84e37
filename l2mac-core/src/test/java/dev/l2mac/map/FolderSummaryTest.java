package dev.l2mac.map;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;

class FolderSummaryTest {

    private static final List<String> PATHS = List.of(
            "README.md", "setup.py", "src/legacy/a.py", "src/legacy/b.py", "src/legacy/old/c.py", "src/shop/cart.py");

    @Test
    void counts_the_files_below_each_folder_at_the_depth_asked() {
        assertThat(FolderSummary.maxDepth(PATHS)).isEqualTo(3);
        assertThat(FolderSummary.render(PATHS, 3))
                .isEqualTo("./ (2 files)\nsrc/legacy/ (2 files)\nsrc/legacy/old/c.py\nsrc/shop/cart.py\n");
        assertThat(FolderSummary.render(PATHS, 2)).isEqualTo("./ (2 files)\nsrc/legacy/ (3 files)\nsrc/shop/cart.py\n");
        assertThat(FolderSummary.render(PATHS, 1)).isEqualTo("./ (2 files)\nsrc/ (4 files)\n");
        assertThat(FolderSummary.render(PATHS, 0)).isEqualTo("6 files in all folders\n");
        assertThat(FolderSummary.render(List.of(), 2)).isEmpty();
    }

    @Test
    void writes_large_counts_with_separators() {
        List<String> many = java.util.stream.IntStream.range(0, 1_204)
                .mapToObj(i -> "src/legacy/m" + i + ".py")
                .toList();

        assertThat(FolderSummary.render(many, 2)).isEqualTo("src/legacy/ (1,204 files)\n");
    }
}
