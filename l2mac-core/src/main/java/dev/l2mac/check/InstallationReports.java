package dev.l2mac.check;

import dev.l2mac.deps.Installation;
import java.util.Optional;

/**
 * What an installation during a run tells the model, as the report of a check named {@value #NAME}: a failure is a
 * finding at the manifest, a timeout is {@link CheckReport.TimedOut}, a missing package manager makes the check
 * unavailable, a fresh installation is a pass worth mentioning, and an unchanged or absent manifest says nothing.
 */
public final class InstallationReports {

    public static final String NAME = "dependencies";

    private InstallationReports() {}

    static Optional<CheckReport> of(Installation installation) {
        return switch (installation) {
            case Installation.Installed installed -> Optional.of(new CheckReport.Passed(NAME, installed.describe()));
            case Installation.UpToDate upToDate -> Optional.empty();
            case Installation.NothingToInstall nothing -> Optional.empty();
            case Installation.ToolMissing missing -> Optional.of(new CheckReport.Unavailable(NAME, missing.describe()));
            case Installation.TimedOut timedOut ->
                Optional.of(new CheckReport.TimedOut(NAME, timedOut.after(), timedOut.output()));
            case Installation.Failed failed ->
                Optional.of(new CheckReport.Failed(
                        NAME,
                        java.util.List.of(new Finding(
                                failed.ecosystem().manifest(),
                                0,
                                0,
                                Finding.Severity.ERROR,
                                failed.describe(),
                                TestFindings.trimmed(failed.output())))));
        };
    }
}
