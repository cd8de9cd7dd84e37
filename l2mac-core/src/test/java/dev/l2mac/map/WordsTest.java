package dev.l2mac.map;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Map;
import org.junit.jupiter.api.Test;

class WordsTest {

    @Test
    void counts_identifier_like_words_and_nothing_else() {
        assertThat(Words.count("cart.add(item_1); cart.add($x) // 42 items"))
                .isEqualTo(Map.of("cart", 2, "add", 2, "item_1", 1, "$x", 1, "items", 1));
    }

    @Test
    void reads_paths_out_of_prose() {
        assertThat(Words.pathLike("Fix ./src/shop/cart.py. Then see src\\web\\app.js, and docs/."))
                .contains("src/shop/cart.py", "src/web/app.js", "docs", "Fix")
                .doesNotContain("./src/shop/cart.py", "src/shop/cart.py.");
    }
}
