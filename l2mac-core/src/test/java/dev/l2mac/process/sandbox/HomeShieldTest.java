package dev.l2mac.process.sandbox;

import static org.assertj.core.api.Assertions.assertThat;

import dev.l2mac.process.DevNull;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class HomeShieldTest {

    @TempDir
    Path home;

    @Test
    void hides_the_home_then_shows_tools_on_the_path_then_hides_credentials_again() throws Exception {
        Files.createDirectories(home.resolve(".pyenv/shims"));
        Files.createDirectories(home.resolve(".l2mac"));
        Files.writeString(home.resolve(".netrc"), "machine x password y");

        List<String> arguments = new HomeShield(List.of(home), "/usr/bin:" + home.resolve(".pyenv/shims")).arguments();

        int hidden = indexOfMount(arguments, "--tmpfs", home);
        int shown = indexOfMount(arguments, "--ro-bind", home.resolve(".pyenv"));
        int l2mac = indexOfMount(arguments, "--tmpfs", home.resolve(".l2mac"));
        int netrc = arguments.indexOf(home.resolve(".netrc").toString());
        assertThat(hidden).isNotNegative();
        assertThat(shown).isGreaterThan(hidden);
        assertThat(l2mac).isGreaterThan(shown);
        assertThat(arguments.get(netrc - 1)).isEqualTo(DevNull.FILE.getPath());
    }

    @Test
    void never_shows_the_l2mac_directory_even_when_the_path_points_into_it() throws Exception {
        Files.createDirectories(home.resolve(".l2mac/bin"));

        HomeShield shield =
                new HomeShield(List.of(home), home.resolve(".l2mac/bin").toString());

        assertThat(shield.toolDirectories()).isEmpty();
    }

    @Test
    void ignores_path_entries_outside_the_home_and_missing_directories() {
        HomeShield shield = new HomeShield(List.of(home), "/usr/bin:relative/bin:" + home.resolve(".absent/bin"));

        assertThat(shield.toolDirectories()).isEmpty();
    }

    @Test
    void hides_every_file_settings_were_read_from_wherever_it_lies() {
        Path config = Path.of("/srv/team/l2mac.yaml");

        List<String> arguments = new HomeShield(List.of(home), "/usr/bin", () -> Set.of(config)).settingFileArguments();

        assertThat(arguments).containsExactly("--ro-bind", DevNull.FILE.getPath(), config.toString());
    }

    @Test
    void never_hides_the_root_directory_as_a_home() {
        List<String> arguments = new HomeShield(List.of(Path.of("/")), "/usr/bin").arguments();

        assertThat(arguments).doesNotContainSequence("--tmpfs", "/");
    }

    private static int indexOfMount(List<String> arguments, String option, Path path) {
        for (int i = 0; i + 1 < arguments.size(); i++) {
            if (arguments.get(i).equals(option) && arguments.get(i + 1).equals(path.toString())) {
                return i;
            }
        }
        return -1;
    }
}
