package dev.l2mac.deps;

import dev.l2mac.memory.Fingerprints;
import dev.l2mac.process.Directories;
import dev.l2mac.process.Executables;
import dev.l2mac.process.LocalProcessRunner;
import dev.l2mac.process.ProcessRunner;
import dev.l2mac.process.ProcessRunner.ProcessResult;
import dev.l2mac.process.sandbox.SandboxLimits;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * The explicit dependency-installation step: for each manifest at the workspace root ({@code requirements.txt},
 * {@code package.json}, {@code pom.xml}) runs its package manager, which may use the network, so that the packages
 * land in the workspace's {@link DependencyCache} and nowhere else; a manifest unchanged since its last successful
 * installation is not installed again. Commands run through the given runner, which for this step should be a
 * sandbox with the network {@code Network.OPEN} that can write only the cache (see {@link #access(Path)}).
 */
public final class DependencyInstaller {

    /** One ecosystem's installation; downloads can be large, so far longer than a check may take. */
    public static final Duration TIMEOUT = Duration.ofMinutes(10);
    /** Output kept of a package manager, enough for its error messages. */
    public static final int MAX_OUTPUT_CHARS = 20_000;

    private static final long MIB = 1024L * 1024L;
    /** Archives such as wheels with native code exceed the checks' limit on a file's size. */
    static final long MAX_FILE_BYTES = 2048 * MIB;
    /**
     * The sandbox's limits while installing: as for checks, but larger files and CPU time for the whole
     * {@link #TIMEOUT}.
     */
    public static final SandboxLimits SANDBOX_LIMITS = new SandboxLimits(
            SandboxLimits.DEFAULT_MAX_ADDRESS_SPACE_BYTES,
            SandboxLimits.DEFAULT_MAX_PROCESSES,
            MAX_FILE_BYTES,
            TIMEOUT);
    /** Changes whenever the commands change, so that a cache installed by older ones is installed again. */
    static final String RECIPE = "1";
    /** Lines of package-manager output that state the error, in the order they are looked for. */
    static final List<String> ERROR_PREFIXES = List.of("ERROR:", "npm error", "npm ERR!", "[ERROR]");

    private static final String NO_PIP = "No module named pip";

    private final ProcessRunner runner;
    private final List<PackageInstall> installs;
    private final Duration timeout;
    private final int maxOutputChars;

    /** An installer running {@code python3}, {@code npm} and {@code mvn} from the {@code PATH} by {@code runner}. */
    public DependencyInstaller(ProcessRunner runner) {
        this(runner, TIMEOUT, MAX_OUTPUT_CHARS);
    }

    DependencyInstaller(ProcessRunner runner, Duration timeout, int maxOutputChars) {
        this(
                runner,
                List.of(new PipInstall(Executables.PYTHON), new NpmInstall(), new MavenInstall()),
                timeout,
                maxOutputChars);
    }

    DependencyInstaller(ProcessRunner runner, List<PackageInstall> installs, Duration timeout, int maxOutputChars) {
        this.runner = runner;
        this.installs = List.copyOf(installs);
        this.timeout = timeout;
        this.maxOutputChars = maxOutputChars;
    }

    /** What the step may touch: the workspace read-only (even under a hidden home) and only the cache writable. */
    public static ProcessRunner.Access access(Path workspace) {
        Path root = workspace.toAbsolutePath().normalize();
        return new ProcessRunner.Access(
                List.of(root), List.of(DependencyCache.of(root).root()));
    }

    /** Installs the dependencies of every ecosystem: one result each, in {@link Ecosystem} order. */
    public List<Installation> install(Path workspace) {
        Path root = workspace.toAbsolutePath().normalize();
        List<Installation> results = new ArrayList<>();
        for (PackageInstall install : installs) {
            results.add(install(root, DependencyCache.of(root), install));
        }
        return List.copyOf(results);
    }

    private Installation install(Path workspace, DependencyCache cache, PackageInstall install) {
        Ecosystem ecosystem = install.ecosystem();
        if (!Files.isRegularFile(workspace.resolve(ecosystem.manifest()))) {
            return new Installation.NothingToInstall(ecosystem);
        }
        Path where = install.installed(cache);
        try {
            String digest = Fingerprints.ofFiles(workspace, install.inputs()) + " " + cache.root() + " " + RECIPE;
            Path stamp = stamp(cache, ecosystem);
            if (Files.exists(where)
                    && Files.isRegularFile(stamp)
                    && Files.readString(stamp, StandardCharsets.UTF_8).equals(digest)) {
                return new Installation.UpToDate(ecosystem, where, install.finish(workspace, cache));
            }
            Files.deleteIfExists(stamp);
            install.discarded(cache).forEach(Directories::deleteTree);
            Optional<Installation> failure = run(workspace, install.prepare(workspace, cache), ecosystem);
            if (failure.isPresent()) {
                return failure.get();
            }
            String note = install.finish(workspace, cache);
            Files.writeString(stamp, digest, StandardCharsets.UTF_8);
            return new Installation.Installed(ecosystem, where, note);
        } catch (IOException e) {
            return new Installation.Failed(
                    ecosystem,
                    "the dependency cache " + cache.root() + " could not be prepared (" + e.getMessage()
                            + "); check that the workspace is writable.",
                    "");
        }
    }

    /** Runs the steps in order; the first that does not succeed ends the installation, classified. */
    private Optional<Installation> run(Path workspace, List<PackageInstall.Step> steps, Ecosystem ecosystem) {
        for (PackageInstall.Step step : steps) {
            String tool = step.command().getFirst();
            if (Executables.resolve(tool, LocalProcessRunner.searchPath(), step.directory())
                    .isEmpty()) {
                return Optional.of(new Installation.ToolMissing(ecosystem, tool + " is not on the PATH"));
            }
            ProcessResult result = runner.run(
                    step.command(), step.directory(), step.environment(), timeout, maxOutputChars, access(workspace));
            if (result.timedOut()) {
                return Optional.of(new Installation.TimedOut(ecosystem, timeout, result.output()));
            }
            if (result.output().contains(NO_PIP)) {
                return Optional.of(new Installation.ToolMissing(ecosystem, tool + " has no pip module"));
            }
            if (!result.succeeded()) {
                return Optional.of(new Installation.Failed(ecosystem, errorLine(result), result.output()));
            }
        }
        return Optional.empty();
    }

    /** The package manager's own statement of the error: its first error line, or else its last line. */
    static String errorLine(ProcessResult result) {
        List<String> lines = result.output()
                .lines()
                .map(String::strip)
                .filter(line -> !line.isEmpty())
                .toList();
        for (String prefix : ERROR_PREFIXES) {
            Optional<String> line =
                    lines.stream().filter(l -> l.startsWith(prefix)).findFirst();
            if (line.isPresent()) {
                return line.get();
            }
        }
        if (!lines.isEmpty()) {
            return lines.getLast();
        }
        return switch (result) {
            case ProcessResult.Exited exited -> "it stopped with exit code " + exited.exitCode() + " and said nothing.";
            case ProcessResult.TimedOut timedOut -> "it timed out and said nothing.";
            case ProcessResult.CouldNotStart notStarted -> "it could not start.";
        };
    }

    /** The digest of the inputs of the last successful installation, beside the ecosystem's folders. */
    private static Path stamp(DependencyCache cache, Ecosystem ecosystem) {
        return cache.root().resolve(ecosystem.label() + ".installed");
    }
}
