package dev.l2mac.check.java;

import static org.assertj.core.api.Assertions.assertThat;

import dev.l2mac.check.WorkspaceFiles;
import dev.l2mac.check.WorkspaceFixture;
import dev.l2mac.check.java.PomDependencies.Library;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class PomDependenciesTest {

    @TempDir
    Path root;

    @Test
    void reads_the_dependencies_of_every_pom_but_not_managed_or_plugin_ones() {
        new WorkspaceFixture(root)
                .write("pom.xml", """
                <project>
                  <dependencyManagement><dependencies><dependency>
                    <groupId>org.managed</groupId><artifactId>bom</artifactId>
                  </dependency></dependencies></dependencyManagement>
                  <dependencies>
                    <dependency><groupId>com.google.guava</groupId><artifactId>guava</artifactId></dependency>
                    <dependency><groupId>${project.groupId}</groupId><artifactId>core</artifactId></dependency>
                  </dependencies>
                  <build><plugins><plugin><dependencies><dependency>
                    <groupId>org.plugin</groupId><artifactId>helper</artifactId>
                  </dependency></dependencies></plugin></plugins></build>
                </project>
                """)
                .write("web/pom.xml", """
                <project><dependencies>
                  <dependency><groupId>org.projectlombok</groupId><artifactId>lombok</artifactId></dependency>
                </dependencies></project>
                """)
                .write("broken/pom.xml", "<project><dependencies>");

        List<Library> libraries = PomDependencies.of(root, WorkspaceFiles.list(root));

        assertThat(libraries)
                .containsExactlyInAnyOrder(
                        new Library("com.google.guava", "guava", "pom.xml"),
                        new Library("org.projectlombok", "lombok", "web/pom.xml"));
    }

    @Test
    void a_library_provides_the_packages_of_its_group_or_those_the_table_names() {
        assertThat(new Library("com.fasterxml.jackson.core", "jackson-databind", "pom.xml")
                        .provides("com.fasterxml.jackson.databind"))
                .isTrue();
        assertThat(new Library("com.google.guava", "guava", "pom.xml").provides("com.google.common.base"))
                .isTrue();
        assertThat(new Library("org.projectlombok", "lombok", "pom.xml").provides("lombok.extern.slf4j"))
                .isTrue();
        assertThat(new Library("org.projectlombok", "lombok", "pom.xml").provides("org.projectlombokx"))
                .isFalse();
        assertThat(new Library("junit", "junit", "pom.xml").provides("org.junit"))
                .isTrue();
        assertThat(new Library("org.xerial", "sqlite-jdbc", "pom.xml").provides("org.apache.commons"))
                .isFalse();
    }

    @Test
    void a_library_is_installed_when_its_jar_is_on_the_resolved_class_path() {
        Library jackson = new Library("com.fasterxml.jackson.core", "jackson-databind", "pom.xml");

        assertThat(jackson.installedIn(List.of(Path.of(
                        "/repo/com/fasterxml/jackson/core/jackson-databind/2.17.0/" + "jackson-databind-2.17.0.jar"))))
                .isTrue();
        assertThat(jackson.installedIn(List.of(
                        Path.of("/repo/com/fasterxml/jackson/core/jackson-core/2.17.0/" + "jackson-core-2.17.0.jar"))))
                .isFalse();
    }
}
