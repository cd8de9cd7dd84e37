package dev.l2mac.cli;

import dev.l2mac.cli.invocation.ExitCode;
import dev.l2mac.cli.invocation.Invocation;
import dev.l2mac.cli.invocation.SandboxChoice;
import dev.l2mac.cli.invocation.VersionText;
import dev.l2mac.config.ConfigException;
import dev.l2mac.deps.DependencyCache;
import dev.l2mac.deps.DependencyInstaller;
import dev.l2mac.deps.Installation;
import dev.l2mac.process.sandbox.Sandboxes;
import dev.l2mac.run.WorkspaceLock;
import java.io.IOException;
import java.io.PrintStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;

/**
 * {@code l2mac deps}: installs the dependencies the workspace's manifests list into its {@code .l2mac/deps}, one line
 * per ecosystem; exit 0 when every manifest's packages are installed, 1 when one could not be.
 */
@Command(
        name = "deps",
        mixinStandardHelpOptions = true,
        versionProvider = VersionText.class,
        description = {
            "Install the generated project's dependencies (requirements.txt, package.json, pom.xml at the"
                    + " workspace root) into <workspace>/" + DependencyCache.FOLDER + ", where the checks and the run"
                    + " tools find them; a manifest unchanged since its last installation is skipped.",
            "The only command that uses the network for the project: pip, npm and Maven run in the sandbox with"
                    + " the network open, and can write only " + DependencyCache.FOLDER + "; npm's packages are linked"
                    + " as node_modules. Nothing goes into your own environment."
        })
final class DepsCommand implements Callable<Integer> {

    @Mixin
    WorkspaceOption workspace;

    @Option(
            names = "--require-sandbox",
            description = "refuse to install when no sandbox can confine the package"
                    + " managers, instead of running them with your rights")
    boolean requireSandbox;

    @Option(names = "--verbose", description = "show what a package manager said when it failed")
    boolean verbose;

    private final Invocation invocation;

    DepsCommand(Invocation invocation) {
        this.invocation = invocation;
    }

    @Override
    public Integer call() throws IOException {
        Path root = workspace.resolve(invocation);
        if (!Files.isDirectory(root)) {
            throw new ConfigException(
                    "there is no workspace at " + root, "give the project's folder with" + " --workspace DIR");
        }
        Sandboxes.warning(Sandboxes.detected()).ifPresent(invocation.err()::println);
        DependencyInstaller installer = new DependencyInstaller(SandboxChoice.installer(requireSandbox));
        List<Installation> results;
        try (WorkspaceLock lock = WorkspaceLock.acquire(root)) {
            results = installer.install(root);
        }
        PrintStream out = invocation.out();
        for (Installation result : results) {
            out.printf("%-7s %s%n", result.ecosystem().label(), result.describe());
            if (verbose) {
                output(result).lines().forEach(line -> out.println("        " + line));
            }
        }
        return results.stream().allMatch(Installation::succeeded) ? ExitCode.SUCCESS : ExitCode.RUN_FAILED;
    }

    private static String output(Installation result) {
        return switch (result) {
            case Installation.Failed failed -> failed.output();
            case Installation.TimedOut timedOut -> timedOut.output();
            case Installation.Installed installed -> "";
            case Installation.UpToDate upToDate -> "";
            case Installation.NothingToInstall nothing -> "";
            case Installation.ToolMissing missing -> "";
        };
    }
}
