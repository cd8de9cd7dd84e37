package dev.l2mac.check.python;

import static org.assertj.core.api.Assertions.assertThat;

import dev.l2mac.check.WorkspaceFixture;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class PythonManifestsTest {

    @TempDir
    Path root;

    @Test
    void reads_requirement_names_as_the_modules_they_provide() {
        new WorkspaceFixture(root).write("requirements.txt", """
                # the web part
                Flask>=3.0
                Flask-Login[extra] ; python_version > "3.8"
                beautifulsoup4==4.12  # parsing
                -r requirements-dev.txt
                -e git+https://example.invalid/x.git#egg=thing
                requests @ https://example.invalid/requests.whl
                """).write("requirements-dev.txt", "PyYAML\n");

        assertThat(PythonManifests.declaredModules(root))
                .containsOnlyKeys("flask", "flask_login", "bs4", "yaml")
                .containsEntry("flask", "requirements.txt")
                .containsEntry("yaml", "requirements-dev.txt");
    }

    @Test
    void reads_pep_621_lists_and_poetry_tables_of_pyproject_toml() {
        new WorkspaceFixture(root).write("pyproject.toml", """
                [project]
                name = "shop"
                dependencies = [
                    "fastapi>=0.110",
                    'python-dateutil',
                ]
                [project.optional-dependencies]
                test = ["pytest-cov"]
                [tool.poetry.dependencies]
                python = "^3.11"
                SQLAlchemy = "^2.0"
                [tool.other]
                ignored = "yes"
                """);

        assertThat(PythonManifests.declaredModules(root))
                .containsOnlyKeys("fastapi", "dateutil", "pytest_cov", "sqlalchemy");
    }

    @Test
    void a_workspace_without_manifests_declares_nothing() {
        assertThat(PythonManifests.declaredModules(root)).isEmpty();
    }
}
