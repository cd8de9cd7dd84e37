package dev.l2mac.check.python;

import static org.assertj.core.api.Assertions.assertThat;

import dev.l2mac.check.WorkspaceFixture;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class PythonImportsTest {

    @TempDir
    Path root;

    @Test
    void finds_plain_dotted_from_and_relative_importers_but_not_mere_mentions() {
        new WorkspaceFixture(root)
                .write("a.py", "import prices\n")
                .write("b.py", "from shop.prices import net\n")
                .write("c.py", "from . import prices, cart\n")
                .write("d.py", "from .prices import net\n")
                .write("e.py", "x = 'prices'\nimport pricesx\n")
                .write("f.py", "import os, shop.prices as p\n");
        List<String> files = List.of("a.py", "b.py", "c.py", "d.py", "e.py", "f.py");

        assertThat(PythonImports.importersOf(root, files, List.of("shop/prices.py")))
                .containsExactly("a.py", "b.py", "c.py", "d.py", "f.py");
    }

    @Test
    void names_a_package_by_its_directory() {
        assertThat(PythonImports.moduleName("shop/__init__.py")).isEqualTo("shop");
        assertThat(PythonImports.moduleName("shop/cart.py")).isEqualTo("cart");
    }
}
