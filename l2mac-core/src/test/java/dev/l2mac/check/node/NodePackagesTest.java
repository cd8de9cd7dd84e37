package dev.l2mac.check.node;

import static org.assertj.core.api.Assertions.assertThat;

import dev.l2mac.check.ModuleHome;
import dev.l2mac.check.WorkspaceFixture;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class NodePackagesTest {

    @TempDir
    Path root;

    @Test
    void a_bare_specifier_names_a_package_and_a_relative_or_built_in_one_does_not() {
        assertThat(NodePackages.packageOf("express")).contains("express");
        assertThat(NodePackages.packageOf("lodash/fp")).contains("lodash");
        assertThat(NodePackages.packageOf("@scope/pkg/sub/path")).contains("@scope/pkg");
        assertThat(NodePackages.packageOf("./cart")).isEmpty();
        assertThat(NodePackages.packageOf("../lib/cart.js")).isEmpty();
        assertThat(NodePackages.packageOf("/abs/cart.js")).isEmpty();
        assertThat(NodePackages.packageOf("node:test")).isEmpty();
        assertThat(NodePackages.packageOf("fs/promises")).isEmpty();
    }

    @Test
    void reads_every_kind_of_dependency_and_a_types_package_declares_its_package() {
        new WorkspaceFixture(root).write("package.json", """
                {"dependencies": {"express": "^4"}, "devDependencies": {"@types/scope__tool": "1"},
                 "peerDependencies": {"react": "*"}, "optionalDependencies": {"fsevents": "2"},
                 "scripts": {"test": "node --test"}}
                """);

        assertThat(NodePackages.declared(root))
                .contains("express", "@scope/tool", "react", "fsevents")
                .doesNotContain("test");
        assertThat(NodePackages.home(root, "express/router")).isEqualTo(ModuleHome.DECLARED);
        assertThat(NodePackages.home(root, "left-pad")).isEqualTo(ModuleHome.UNKNOWN);
        assertThat(NodePackages.home(root, "./left-pad")).isEqualTo(ModuleHome.WORKSPACE);
        assertThat(NodePackages.home(root, "node:fs")).isEqualTo(ModuleHome.STANDARD_LIBRARY);
    }
}
