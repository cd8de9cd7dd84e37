package dev.l2mac.eval.design;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.l2mac.testing.Requirements;
import java.io.IOException;
import java.nio.file.Files;
import org.junit.jupiter.api.Test;

class FeatureChecklistTest {

    @Test
    void reads_the_numbered_items_of_the_url_shortener_task() throws IOException {
        FeatureChecklist checklist = FeatureChecklist.parse(task("url_shortener"));
        assertThat(checklist.size()).isEqualTo(17);
        assertThat(checklist.features().getFirst())
                .isEqualTo(new Feature(1, "1.1. Users can input a URL to be shortened."));
        assertThat(checklist.features().getLast().text()).startsWith("6.1. Users can set an expiration");
    }

    @Test
    void prefixes_unnumbered_items_with_their_heading() throws IOException {
        FeatureChecklist checklist = FeatureChecklist.parse(task("dropbox"));
        assertThat(checklist.size()).isEqualTo(24);
        assertThat(checklist.features().getFirst().text())
                .isEqualTo("1.1 User Registration: Requires Name, Email, Password.");
    }

    @Test
    void skips_placeholder_items() throws IOException {
        FeatureChecklist checklist = FeatureChecklist.parse(task("elearn"));
        assertThat(checklist.features())
                .noneMatch(f -> f.text().equals("...") || f.text().contains(".x."));
        assertThat(checklist.size()).isEqualTo(28);
    }

    @Test
    void renders_one_numbered_line_per_feature_for_the_judge() {
        FeatureChecklist checklist = FeatureChecklist.parse("Features:\n- [ ] Sign up.\n- [ ] Log in.\n");
        assertThat(checklist.render()).isEqualTo("1. Sign up.\n2. Log in.\n");
    }

    @Test
    void refuses_a_description_without_checklist() {
        assertThatThrownBy(() -> FeatureChecklist.parse("Build a URL shortener."))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("'- [ ]'");
    }

    private static String task(String name) throws IOException {
        return Files.readString(Requirements.sharedData("l2mac-tasks/" + name + "/description.txt"));
    }
}
