package dev.l2mac.check;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Set;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * What a checker's output names is generated code's to choose: each family that shows source lines reads only
 * files that pass the containment rule, and shows anything else as plain text.
 */
class CheckOutputContainmentTest {

    private static final String SECRET = "api_key: sk-canary-0123456789";

    @TempDir
    Path root;

    private Path workspace;
    private Path secret;

    @BeforeEach
    void layout() throws Exception {
        workspace = Files.createDirectories(root.resolve("ws"));
        new WorkspaceFixture(workspace).write("app/main.py", "x = 1\ny = 2\nz = 3\n");
        Files.createDirectories(root.resolve("home/.l2mac"));
        secret = Files.writeString(root.resolve("home/.l2mac/config.yaml"), "llm:\n  " + SECRET + "\n  model: m\n");
        Files.createSymbolicLink(workspace.resolve("app/notes.py"), secret);
        Files.createDirectories(workspace.resolve(".l2mac"));
        Files.writeString(workspace.resolve(".l2mac/events.jsonl"), "one\n" + SECRET + "\n");
    }

    @Test
    void a_command_check_shows_no_lines_of_a_file_outside_through_dot_dot_a_link_or_a_reserved_folder() {
        CommandCheck check = new CommandCheck("lint", List.of("sh", "-c", "echo '../home/.l2mac/config.yaml:2:3: e';"
                + " echo 'app/notes.py:2:3: error: leak'; echo '" + secret + ":2: e';"
                + " echo '.l2mac/events.jsonl:2: e'; echo 'app/main.py:2:1: error: y'; exit 1"), List.of());

        CheckReport report = new CommandChecker(check, new LocalProcessRunner(), Duration.ofSeconds(30), 8_000)
                .check(workspace, Set.of());

        List<Finding> findings = ((CheckReport.Failed) report).findings();
        assertThat(findings).extracting(Finding::file).containsExactly("app/main.py");
        assertThat(findings).extracting(Finding::context).noneMatch(context -> context.contains("sk-canary"));
    }

    @Test
    void a_node_test_frame_naming_a_path_outside_is_shown_as_plain_text() {
        String details = "Error: boom\n    at file://" + workspace.toAbsolutePath()
                + "/../home/.l2mac/config.yaml:2:3\n";
        JUnitXmlReport report = new JUnitXmlReport(List.of(new JUnitXmlReport.TestCase("", "adds", "", 0,
                JUnitXmlReport.Outcome.FAILED, "boom", details)));

        List<Finding> findings = NodeTestRun.findings(report, workspace, "");

        assertThat(findings).singleElement().satisfies(finding -> {
            assertThat(finding.file()).isEmpty();
            assertThat(finding.line()).isZero();
            assertThat(finding.context()).contains("config.yaml:2:3").doesNotContain("sk-canary");
        });
    }

    @Test
    void the_typescript_compiler_shows_no_lines_through_a_link_out() {
        String output = "app/notes.py(2,3): error TS1005: ';' expected.\n"
                + "../home/.l2mac/config.yaml(2,3): error TS1005: ';' expected.\n"
                + "app/main.py(2,1): error TS1005: ';' expected.\n";

        List<Finding> findings = TypeScriptCompiler.findings(workspace, output);

        assertThat(findings).extracting(Finding::file).containsExactly("app/main.py");
        assertThat(findings.getFirst().context()).contains("y = 2");
    }

    @Test
    void pylint_paths_outside_keep_their_message_but_show_no_lines() {
        String output = "[{\"path\": \"../home/.l2mac/config.yaml\", \"line\": 2, \"column\": 2, \"type\": \"error\","
                + " \"message-id\": \"E0001\", \"message\": \"syntax\", \"symbol\": \"syntax-error\"},"
                + " {\"path\": \"app/notes.py\", \"line\": 2, \"column\": 2, \"type\": \"error\","
                + " \"message-id\": \"E0001\", \"message\": \"syntax\", \"symbol\": \"syntax-error\"}]";

        List<Finding> findings = PylintChecker.parse(workspace, output).values().stream().flatMap(List::stream)
                .toList();

        assertThat(findings).hasSize(2).allSatisfy(finding -> assertThat(finding.context()).isEmpty());
    }

    @Test
    void maven_compile_errors_show_no_lines_of_a_link_out() throws Exception {
        new WorkspaceFixture(workspace).write("app/Main.java", "class Main {\n  int y = \"2\";\n}\n");
        Files.createSymbolicLink(workspace.resolve("app/Notes.java"), secret);
        Path build = Files.createDirectories(workspace.resolve(".l2mac/maven-build"));
        String output = "[ERROR] " + build + "/app/Notes.java:[2,3] cannot find symbol\n"
                + "[ERROR] " + build + "/app/Main.java:[2,11] incompatible types\n";

        List<Finding> findings = MavenBuild.compileErrors(workspace, build, output);

        assertThat(findings).hasSize(2);
        assertThat(findings.getFirst().context()).isEmpty();
        assertThat(findings.get(1).context()).contains("int y");
    }

    @Test
    void source_context_reads_nothing_that_fails_containment() {
        assertThat(SourceContext.around(workspace, "app/main.py", 2, 1)).contains("y = 2");
        assertThat(SourceContext.around(workspace, "../home/.l2mac/config.yaml", 2, 1)).isEmpty();
        assertThat(SourceContext.around(workspace, secret.toString(), 2, 1)).isEmpty();
        assertThat(SourceContext.around(workspace, "app/notes.py", 2, 1)).isEmpty();
        assertThat(SourceContext.around(workspace, ".l2mac/events.jsonl", 2, 1)).isEmpty();
    }
}
