package dev.l2mac.cli;

import dev.l2mac.cli.invocation.Invocation;
import dev.l2mac.settings.RunSettings;
import java.nio.file.Path;
import org.jspecify.annotations.Nullable;
import picocli.CommandLine.Option;

/** The workspace of a command that needs no model settings: one that reads or changes past runs, or installs. */
final class WorkspaceOption {

    @Option(
            names = "--workspace",
            paramLabel = "DIR",
            description = "the workspace (default: l2mac-output in the current folder)")
    @Nullable
    String workspace;

    Path resolve(Invocation invocation) {
        return invocation
                .workingDir()
                .resolve(workspace == null ? RunSettings.DEFAULT_WORKSPACE : workspace)
                .toAbsolutePath()
                .normalize();
    }
}
