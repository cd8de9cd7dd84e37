package dev.l2mac.memory;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class WorkspacePathTest {

    @ParameterizedTest(name = "{0} -> {1}")
    @CsvSource(
            delimiter = '|',
            value = {
                "app/main.py        | app/main.py",
                "./a//b             | a/b",
                "a\\b\\c.py         | a/b/c.py",
                "a/./b/../c.py      | a/c.py",
                "x/../y.py          | y.py",
                "README.md          | README.md",
                ".gitignore         | .gitignore",
                "my.l2mac/notes.md  | my.l2mac/notes.md",
                "src/.github/ci.yml | src/.github/ci.yml",
                "docs/git~2/a.md    | docs/git~2/a.md",
            })
    void normalizes_relative_paths(String raw, String expected) throws MemoryException {
        assertThat(WorkspacePath.parse(raw).value()).isEqualTo(expected);
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(
            delimiter = '|',
            value = {
                "/etc/passwd        | is absolute",
                "\\temp\\x.py       | is absolute",
                "\\\\server\\share  | is absolute",
                "C:\\Users\\x.py    | is absolute",
                "c:/x.py            | is absolute",
                "..                 | leads outside the project root",
                "../x.py            | leads outside the project root",
                "a/../../x          | leads outside the project root",
                "a/b/../../../etc   | leads outside the project root",
                ".git/config        | reserved for version control",
                ".GIT/HEAD          | reserved for version control",
                ".l2mac/runs/x.json | reserved for the run's own records",
                ".L2MAC/x           | reserved for the run's own records",
                "./.git/config      | reserved for version control",
                "a/../.l2mac/x      | reserved for the run's own records",
                "sub/.git/config    | reserved for version control at any depth",
                "a/b/c/.git/hooks/x | reserved for version control at any depth",
                "sub/.Git/config    | reserved for version control at any depth",
                "sub\\.GIT\\HEAD     | reserved for version control at any depth",
                "sub/.git./config   | reserved for version control at any depth",
                "sub/.git /config   | reserved for version control at any depth",
                "sub/GIT~1/config   | reserved for version control at any depth",
                "sub/.git           | reserved for version control at any depth",
                "a/.l2mac/runs/x    | reserved for the run's own records at any depth",
                "a/.L2Mac/x         | reserved for the run's own records at any depth",
                "app/               | names a directory",
                ".                  | names a directory",
                "a/..               | names a directory",
            })
    void refuses_paths_outside_the_project_files(String raw, String reason) {
        assertThatThrownBy(() -> WorkspacePath.parse(raw))
                .isInstanceOf(MemoryException.class)
                .hasMessageContaining("'" + raw + "'")
                .hasMessageContaining(reason)
                .hasMessageContaining("such as 'app/main.py'");
    }

    @Test
    void refuses_git_hidden_behind_an_invisible_character_that_macos_ignores() {
        assertThatThrownBy(() -> WorkspacePath.parse("sub/.g\u200cit/config"))
                .isInstanceOf(MemoryException.class)
                .hasMessageContaining("reserved for version control at any depth");
    }

    @Test
    void nested_git_refusal_names_the_segment_and_what_to_do() {
        assertThatThrownBy(() -> WorkspacePath.parse("sub/.GIT/config"))
                .hasMessage("Path 'sub/.GIT/config' has the segment '.GIT', which is reserved for version control at"
                        + " any depth: a '.git' inside the project would make a repository of its own that the"
                        + " workspace's history cannot record; put project files elsewhere, such as 'app/main.py'.");
    }

    @Test
    void refuses_empty_and_blank_paths() {
        for (String raw : new String[] {null, "", "   "}) {
            assertThatThrownBy(() -> WorkspacePath.parse(raw))
                    .isInstanceOf(MemoryException.class)
                    .hasMessage("The file path is empty; give a path relative to the project root, such as"
                            + " 'app/main.py'.");
        }
    }

    @Test
    void refuses_nul_and_shows_it_visibly() {
        assertThatThrownBy(() -> WorkspacePath.parse("a\0b.py"))
                .isInstanceOf(MemoryException.class)
                .hasMessageContaining("'a\\u0000b.py'")
                .hasMessageContaining("control character");
    }

    @Test
    void refuses_line_breaks_in_paths() {
        assertThatThrownBy(() -> WorkspacePath.parse("a.py\nb.py"))
                .isInstanceOf(MemoryException.class)
                .hasMessageContaining("control character");
    }

    @Test
    void absolute_path_message_tells_the_model_what_to_do() {
        assertThatThrownBy(() -> WorkspacePath.parse("/etc/passwd"))
                .hasMessage("Path '/etc/passwd' is absolute; use a path relative to the project root, such as"
                        + " 'app/main.py'.");
    }

    @Test
    void knows_its_file_name_and_folder() throws MemoryException {
        WorkspacePath path = WorkspacePath.parse("app/models/user.py");
        assertThat(path.fileName()).isEqualTo("user.py");
        assertThat(path.isInside("app")).isTrue();
        assertThat(path.isInside("app/models")).isTrue();
        assertThat(path.isInside("ap")).isFalse();
        assertThat(path.isInside("")).isTrue();
    }
}
