package dev.l2mac.cli;

import dev.l2mac.cli.invocation.VersionText;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.ParameterException;
import picocli.CommandLine.Spec;

/** The top command; it only lists its subcommands, and running it without one is a usage error. */
@Command(
        name = "l2mac",
        mixinStandardHelpOptions = true,
        versionProvider = VersionText.class,
        description = {
            "An LLM automatic computer: one prompt in, a whole checked codebase or book out.",
            "Each instruction of a prompt program runs in a fresh context; the model reads and writes "
                    + "files through tools; failing checks are fed back until they pass."
        },
        footerHeading = "%nExit codes:%n",
        footer = {
            "  0    success",
            "  1    the run failed",
            "  2    usage or configuration error (nothing was run)",
            "  3    the model provider failed (bad key, unknown model, unreachable server)",
            "  4    a budget was reached: the run stopped before crossing it; output kept",
            "  130  interrupted",
            "",
            "Settings, lowest first: defaults < ~/.l2mac/config.yaml < ./l2mac.yaml < L2MAC_* environment " + "< flags."
        })
final class L2macCommand implements Callable<Integer> {

    @Spec
    CommandSpec spec;

    @Override
    public Integer call() {
        throw new ParameterException(
                spec.commandLine(),
                "no command given; choose one of: "
                        + String.join(", ", spec.subcommands().keySet()));
    }
}
