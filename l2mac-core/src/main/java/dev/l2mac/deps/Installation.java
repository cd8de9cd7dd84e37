package dev.l2mac.deps;

import java.nio.file.Path;
import java.time.Duration;
import java.util.Objects;

/** How installing one ecosystem's dependencies ended; {@link #describe()} says it to the user in one line. */
public sealed interface Installation {

    Ecosystem ecosystem();

    /** What happened and, when something went wrong, what to do next. */
    String describe();

    /** True when the packages the manifest lists are in the cache now (or there is no manifest). */
    default boolean succeeded() {
        return switch (this) {
            case Installed installed -> true;
            case UpToDate upToDate -> true;
            case NothingToInstall nothing -> true;
            case ToolMissing missing -> false;
            case Failed failed -> false;
            case TimedOut timedOut -> false;
        };
    }

    /** The packages were installed into {@code where}; {@code note} adds anything the user should know, or is empty. */
    record Installed(Ecosystem ecosystem, Path where, String note) implements Installation {
        public Installed {
            Objects.requireNonNull(where, "where");
            Objects.requireNonNull(note, "note");
        }

        @Override
        public String describe() {
            return "installed the packages of " + ecosystem.manifest() + " into " + where
                    + (note.isEmpty() ? "" : "; " + note);
        }
    }

    /** The manifest did not change since the packages were installed into {@code where}: nothing was installed. */
    record UpToDate(Ecosystem ecosystem, Path where, String note) implements Installation {
        public UpToDate {
            Objects.requireNonNull(where, "where");
            Objects.requireNonNull(note, "note");
        }

        @Override
        public String describe() {
            return ecosystem.manifest() + " is unchanged since its packages were installed into " + where
                    + (note.isEmpty() ? "" : "; " + note);
        }
    }

    /** The workspace has no manifest of this ecosystem at its root. */
    record NothingToInstall(Ecosystem ecosystem) implements Installation {
        @Override
        public String describe() {
            return "no " + ecosystem.manifest() + " at the workspace root; nothing to install";
        }
    }

    /** The package manager is not installed here. */
    record ToolMissing(Ecosystem ecosystem, String detail) implements Installation {
        @Override
        public String describe() {
            return "cannot install the packages of " + ecosystem.manifest() + ": " + detail + "; "
                    + ecosystem.installHint() + ", then run this again";
        }
    }

    /** The package manager failed; {@code reason} is its own error line, {@code output} all it said (capped). */
    record Failed(Ecosystem ecosystem, String reason, String output) implements Installation {
        @Override
        public String describe() {
            return ecosystem.tool() + " could not install the packages of " + ecosystem.manifest() + ": " + reason
                    + " Fix " + ecosystem.manifest() + " and run this again.";
        }
    }

    /** The package manager did not finish within {@code after} and was stopped; nothing counts as installed. */
    record TimedOut(Ecosystem ecosystem, Duration after, String output) implements Installation {
        @Override
        public String describe() {
            return ecosystem.tool() + " did not finish installing the packages of " + ecosystem.manifest()
                    + " within " + after.toMinutes() + " minutes and was stopped; check the network and the size"
                    + " of the dependencies, then run this again";
        }
    }
}
