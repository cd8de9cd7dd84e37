package dev.l2mac.cli;

import dev.l2mac.config.Settings;
import java.nio.file.Path;
import picocli.CommandLine.Option;

/** The workspace a command that reads or changes past runs works on; it needs no model settings. */
final class WorkspaceOption {

    @Option(names = "--workspace", paramLabel = "DIR",
            description = "the workspace whose runs to read (default: l2mac-output in the current folder)")
    String workspace;

    Path resolve(Invocation invocation) {
        return invocation.workingDir().resolve(workspace == null ? Settings.DEFAULT_WORKSPACE : workspace)
                .toAbsolutePath().normalize();
    }
}
