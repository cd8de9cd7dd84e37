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
    void a_module_of_a_package_is_imported_from_elsewhere_only_through_its_package() {
        new WorkspaceFixture(root)
                .write("app/__init__.py", "")
                .write("app/orders/__init__.py", "")
                .write("app/orders/models.py", "class Order: pass\n")
                .write("app/users/__init__.py", "")
                .write("app/users/models.py", "class User: pass\n")
                .write("app/orders/views.py", "from .models import Order\n")
                .write("app/orders/admin.py", "from . import models\n")
                .write("app/users/views.py", "from .models import User\n")
                .write("app/api.py", "from app.orders.models import Order\nfrom app.users import models\n")
                .write("app/reports.py", "from app.orders import (\n    admin,\n    models,\n)\n")
                .write("app/shipping.py", "from ..app.orders.models import Order\nimport app.users.views\n")
                .write("app/audit.py", "import app.users.models as user_models\n");
        List<String> files = List.of(
                "app/orders/views.py",
                "app/orders/admin.py",
                "app/users/views.py",
                "app/api.py",
                "app/reports.py",
                "app/shipping.py",
                "app/audit.py");

        assertThat(PythonImports.importersOf(root, files, List.of("app/orders/models.py")))
                .containsExactly(
                        "app/api.py",
                        "app/orders/admin.py",
                        "app/orders/views.py",
                        "app/reports.py",
                        "app/shipping.py");
    }

    @Test
    void names_a_package_by_its_directory() {
        assertThat(PythonImports.moduleName("shop/__init__.py")).isEqualTo("shop");
        assertThat(PythonImports.moduleName("shop/cart.py")).isEqualTo("cart");
    }
}
