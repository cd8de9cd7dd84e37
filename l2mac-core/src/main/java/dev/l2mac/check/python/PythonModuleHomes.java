package dev.l2mac.check.python;

import dev.l2mac.check.Language;
import dev.l2mac.check.ModuleHome;
import dev.l2mac.deps.DependencyCache;
import dev.l2mac.deps.Ecosystem;
import dev.l2mac.process.ProcessRunner;
import dev.l2mac.process.ProcessRunner.ProcessResult;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;

/**
 * Where a module that a Python import names lives, judged by its top-level package. An import error is the model's
 * to fix only when the module belongs to the workspace or to the standard library; a module of neither is a
 * package, and whether this machine has it installed is the environment's matter. Whether a package is installed
 * is asked of the interpreter that runs the code (with the workspace's {@link DependencyCache}), not of pylint's,
 * once per name until {@link #forget()}.
 */
final class PythonModuleHomes {

    /** Prints each name's home as the interpreter sees it, never importing (so running) any of them. */
    private static final String PROBE = String.join(
            "\n",
            "import importlib.util, os, sys",
            "sys.path = [p for p in sys.path if p not in ('', os.getcwd())]",
            "for name in sys.argv[1:]:",
            "    if name in sys.stdlib_module_names or name in sys.builtin_module_names:",
            "        print(name, 'stdlib')",
            "    else:",
            "        try:",
            "            found = importlib.util.find_spec(name) is not None",
            "        except (ImportError, ValueError):",
            "            found = False",
            "        print(name, 'installed' if found else 'missing')");

    /** Room in the probe's output for one answer line (a module name and its home) ... */
    private static final int PROBE_CHARS_PER_NAME = 96;
    /** ... and for whatever else the interpreter prints (a warning at start-up). */
    private static final int PROBE_SPARE_CHARS = 1_024;

    private final ProcessRunner runner;
    private final List<String> python;
    private final Duration timeout;
    private final Map<String, ModuleHome> probed = new HashMap<>();

    PythonModuleHomes(ProcessRunner runner, List<String> python, Duration timeout) {
        this.runner = runner;
        this.python = List.copyOf(python);
        this.timeout = timeout;
    }

    /**
     * The home of each of {@code modules} (dotted names; a relative one is the workspace's), given the workspace's
     * files {@code files}.
     */
    synchronized Map<String, ModuleHome> of(Path workspace, Collection<String> files, Collection<String> modules) {
        Set<String> local = workspaceNames(files);
        Map<String, String> declared = PythonManifests.declaredModules(workspace);
        Map<String, ModuleHome> homes = new HashMap<>();
        Set<String> unknown = new TreeSet<>();
        for (String module : modules) {
            String top = topLevel(module);
            if (module.startsWith(".") || local.contains(top)) {
                homes.put(module, ModuleHome.WORKSPACE);
            } else if (!probed.containsKey(top)) {
                unknown.add(top);
            }
        }
        probe(workspace, unknown);
        for (String module : modules) {
            homes.computeIfAbsent(module, key -> {
                ModuleHome home = probed.getOrDefault(topLevel(key), ModuleHome.UNKNOWN);
                return home == ModuleHome.UNKNOWN
                                && declared.containsKey(topLevel(key).toLowerCase(Locale.ROOT))
                        ? ModuleHome.DECLARED
                        : home;
            });
        }
        return homes;
    }

    /** The manifest that declares {@code module}'s package, or {@code requirements.txt} when none does. */
    static String manifestDeclaring(Path workspace, String module) {
        return PythonManifests.declaredModules(workspace)
                .getOrDefault(topLevel(module).toLowerCase(Locale.ROOT), Ecosystem.PYTHON.manifest());
    }

    /** Answers found before an installation no longer hold. */
    synchronized void forget() {
        probed.clear();
    }

    static String topLevel(String module) {
        String name = module.startsWith(".") ? "" : module;
        int dot = name.indexOf('.');
        return dot < 0 ? name : name.substring(0, dot);
    }

    /**
     * Every name a workspace file could be imported by as a top-level module, whichever folder is on the import
     * path: each folder and module name along the paths of its Python files ({@code src/shop/cart.py} gives
     * {@code src}, {@code shop} and {@code cart}). Too many rather than too few: a module of the workspace is never
     * taken for a package.
     */
    static Set<String> workspaceNames(Collection<String> files) {
        Set<String> names = new HashSet<>();
        for (String file : files) {
            if (!Language.PYTHON.owns(file)) {
                continue;
            }
            String[] parts = file.split("/");
            for (int i = 0; i < parts.length; i++) {
                String part = i == parts.length - 1 ? parts[i].replaceFirst("\\.pyi?$", "") : parts[i];
                names.add(part);
            }
        }
        return names;
    }

    /** Asks the interpreter about names not asked about before; a probe that cannot run leaves them unknown. */
    private void probe(Path workspace, Set<String> names) {
        names.removeIf(name -> name.isEmpty() || !name.matches("[A-Za-z_][A-Za-z0-9_]*"));
        if (names.isEmpty()) {
            return;
        }
        List<String> command = new ArrayList<>(python);
        command.addAll(List.of("-c", PROBE));
        command.addAll(names);
        ProcessResult result = runner.run(
                command,
                workspace,
                DependencyCache.of(workspace).pythonEnvironment(),
                timeout,
                PROBE_CHARS_PER_NAME * names.size() + PROBE_SPARE_CHARS);
        if (!result.succeeded()) {
            return;
        }
        for (String line : result.output().lines().toList()) {
            String[] parts = line.strip().split(" ");
            if (parts.length == 2 && names.contains(parts[0])) {
                probed.put(
                        parts[0],
                        switch (parts[1]) {
                            case "stdlib" -> ModuleHome.STANDARD_LIBRARY;
                            case "installed" -> ModuleHome.INSTALLED;
                            default -> ModuleHome.UNKNOWN;
                        });
            }
        }
    }
}
