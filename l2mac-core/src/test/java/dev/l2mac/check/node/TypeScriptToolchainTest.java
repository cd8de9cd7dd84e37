package dev.l2mac.check.node;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.zip.ZipEntry;
import java.util.zip.ZipOutputStream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class TypeScriptToolchainTest {

    private static final TypeScriptToolchain.Webjar PACKAGE =
            new TypeScriptToolchain.Webjar("typescript", "1.0.0", "typescript", "00");

    @TempDir
    Path root;

    private Path jar(Map<String, String> entries) throws IOException {
        Path jar = root.resolve("package.jar");
        try (OutputStream file = Files.newOutputStream(jar);
                ZipOutputStream zip = new ZipOutputStream(file)) {
            for (Map.Entry<String, String> entry : entries.entrySet()) {
                zip.putNextEntry(new ZipEntry(entry.getKey()));
                zip.write(entry.getValue().getBytes(StandardCharsets.UTF_8));
                zip.closeEntry();
            }
        }
        return jar;
    }

    @Test
    void unpacks_the_package_folder_of_a_webjar_into_node_modules() throws IOException {
        Path jar = jar(Map.of(
                PACKAGE.prefix() + "lib/tsc.js",
                "// compiler\n",
                PACKAGE.prefix() + "package.json",
                "{}",
                "META-INF/MANIFEST.MF",
                "Manifest-Version: 1.0\n"));

        TypeScriptToolchain.unpack(jar, PACKAGE, root.resolve("node_modules"));

        assertThat(root.resolve("node_modules/typescript/lib/tsc.js")).hasContent("// compiler");
        assertThat(root.resolve("node_modules/typescript/package.json")).exists();
        assertThat(root.resolve("node_modules/MANIFEST.MF")).doesNotExist();
    }

    @Test
    void refuses_an_entry_that_would_land_outside_its_package_folder() throws IOException {
        Path jar = jar(Map.of(PACKAGE.prefix() + "../../../../../escaped.txt", "owned"));

        assertThatThrownBy(() -> TypeScriptToolchain.unpack(jar, PACKAGE, root.resolve("out/node_modules")))
                .isInstanceOf(IOException.class)
                .hasMessageContaining("outside its package folder");
        try (var files = Files.walk(root)) {
            assertThat(files.map(Path::getFileName).map(Path::toString)).doesNotContain("escaped.txt");
        }
    }

    @Test
    void refuses_a_webjar_without_the_package() throws IOException {
        Path jar = jar(Map.of("META-INF/resources/webjars/other/2.0.0/index.js", ""));

        assertThatThrownBy(() -> TypeScriptToolchain.unpack(jar, PACKAGE, root.resolve("node_modules")))
                .isInstanceOf(IOException.class)
                .hasMessageContaining("holds no files under");
    }

    @Test
    void a_webjar_whose_digest_differs_is_not_used_and_the_reason_says_what_is_lost() throws IOException {
        Path repository = root.resolve("repository");
        Path local = repository.resolve(PACKAGE.artifactPath());
        Files.createDirectories(local.getParent());
        Files.copy(jar(Map.of(PACKAGE.prefix() + "lib/tsc.js", "")), local);
        TypeScriptToolchain toolchain = new TypeScriptToolchain(
                root.resolve("cache"), Optional.of(repository), Optional.empty(), List.of(PACKAGE));

        TypeScriptToolchain.Resolution resolution = toolchain.resolve();

        assertThat(resolution).isInstanceOf(TypeScriptToolchain.Resolution.Missing.class);
        assertThat(((TypeScriptToolchain.Resolution.Missing) resolution).reason())
                .contains("typescript 1.0.0", "downloading is off", "TypeScript is not type-checked");
    }

    @Test
    void the_pinned_webjars_unpack_into_a_working_compiler() {
        TypeScriptToolchain.Resolution resolution =
                TypeScriptToolchain.offline(root.resolve("cache")).resolve();

        dev.l2mac.testing.Requirements.require(
                resolution instanceof TypeScriptToolchain.Resolution.Found,
                "the TypeScript webjars in the local Maven repository, where ./mvnw verify puts them");
        TypeScriptToolchain.Resolution.Found found = (TypeScriptToolchain.Resolution.Found) resolution;
        assertThat(found.tsc()).isRegularFile();
        assertThat(found.typeRoots().resolve("node/index.d.ts")).isRegularFile();
        assertThat(found.nodeModules().resolve("undici-types/index.d.ts")).isRegularFile();
        assertThat(TypeScriptToolchain.offline(root.resolve("cache")).resolve()).isEqualTo(resolution);
    }
}
