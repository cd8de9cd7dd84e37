package dev.l2mac.check;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;
import org.junit.jupiter.api.Test;

class LanguageTest {

    @Test
    void parses_a_comma_separated_list_with_short_names_and_any_case() {
        assertThat(Language.parseList("python, Java,js,ts,"))
                .containsExactlyInAnyOrder(Language.PYTHON, Language.JAVA, Language.JAVASCRIPT, Language.TYPESCRIPT);
    }

    @Test
    void refuses_an_unknown_language_naming_the_known_ones() {
        assertThatThrownBy(() -> Language.parse("cobol"))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("'cobol'")
                .hasMessageContaining("python, java, javascript, typescript");
    }

    @Test
    void recognises_its_files_by_extension() {
        assertThat(Language.JAVASCRIPT.owns("web/app.mjs")).isTrue();
        assertThat(Language.TYPESCRIPT.owns("web/app.js")).isFalse();
        assertThat(Language.PYTHON.presentIn(List.of("README.md", "pkg/mod.py")))
                .isTrue();
        assertThat(Language.JAVA.presentIn(List.of("README.md"))).isFalse();
    }
}
