package dev.l2mac.check.java;

import static org.assertj.core.api.Assertions.assertThat;

import dev.l2mac.check.Finding;
import dev.l2mac.check.LeakyWorkspace;
import dev.l2mac.check.WorkspaceFixture;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;

/** What Maven's output names is generated code's to choose: a link out of the workspace shows no lines. */
class MavenOutputContainmentTest extends LeakyWorkspace {

    @Test
    void maven_compile_errors_show_no_lines_of_a_link_out() throws Exception {
        new WorkspaceFixture(workspace).write("app/Main.java", "class Main {\n  int y = \"2\";\n}\n");
        Files.createSymbolicLink(workspace.resolve("app/Notes.java"), secret);
        Path build = Files.createDirectories(workspace.resolve(".l2mac/maven-build"));
        String output = "[ERROR] " + build + "/app/Notes.java:[2,3] cannot find symbol\n" + "[ERROR] " + build
                + "/app/Main.java:[2,11] incompatible types\n";

        List<Finding> findings = MavenBuild.compileErrors(workspace, build, output);

        assertThat(findings).hasSize(2);
        assertThat(findings.getFirst().context()).isEmpty();
        assertThat(findings.get(1).context()).contains("int y");
    }
}
