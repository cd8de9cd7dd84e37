package dev.l2mac.deps;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;

/**
 * {@code requirements.txt}: {@code pip install --target} into {@link DependencyCache#python()}, never into an
 * interpreter's own site-packages, with pip's download cache inside the dependency cache too. Paths written in the
 * requirements are resolved from the dependency cache's folder, not the workspace.
 */
record PipInstall(List<String> python) implements PackageInstall {

    /** pip's own cache of downloaded archives, kept when the requirements change. */
    static final String PIP_CACHE = "pip-cache";
    /**
     * Starts pip under the interpreter's own path rather than through a version manager's shim (pyenv), which
     * after an install tries to rewrite its shims, fails on the read-only system and so fails the install.
     */
    static final String PIP_BY_REAL_PATH =
            "import subprocess, sys; sys.exit(subprocess.call([sys.executable, '-m', 'pip', *sys.argv[1:]]))";

    PipInstall {
        python = List.copyOf(python);
    }

    @Override
    public Ecosystem ecosystem() {
        return Ecosystem.PYTHON;
    }

    @Override
    public Path installed(DependencyCache cache) {
        return cache.python();
    }

    @Override
    public List<Path> discarded(DependencyCache cache) {
        return List.of(cache.python());
    }

    @Override
    public List<Step> prepare(Path workspace, DependencyCache cache) throws IOException {
        Files.createDirectories(cache.root());
        List<String> command = new java.util.ArrayList<>(python);
        command.addAll(List.of(
                "-c",
                PIP_BY_REAL_PATH,
                "install",
                "--no-input",
                "--disable-pip-version-check",
                "--no-warn-script-location",
                "--target",
                cache.python().toString(),
                "--cache-dir",
                cache.root().resolve(PIP_CACHE).toString(),
                "-r",
                workspace.resolve(ecosystem().manifest()).toString()));
        return List.of(new Step(command, cache.root(), Map.of()));
    }

    /** Requirements that list nothing leave pip nothing to create; the empty folder still records the install. */
    @Override
    public String finish(Path workspace, DependencyCache cache) throws IOException {
        Files.createDirectories(cache.python());
        return "";
    }
}
