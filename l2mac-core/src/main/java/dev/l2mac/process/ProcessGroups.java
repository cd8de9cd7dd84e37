package dev.l2mac.process;

import java.io.IOException;
import java.lang.ProcessBuilder.Redirect;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.TimeUnit;

/**
 * Starts commands in a process group of their own (through {@code setsid}) and kills such a group at once. A
 * group reaches processes that {@link ProcessHandle#descendants()} cannot: background processes whose parent has
 * already exited and that were handed to init. Where {@code setsid} or {@code kill} is missing this does nothing,
 * and killing falls back to descendants alone.
 */
public final class ProcessGroups {

    public static final ProcessGroups NONE = new ProcessGroups(Optional.empty(), Optional.empty());

    private static final List<Path> SETSID = List.of(Path.of("/usr/bin/setsid"), Path.of("/bin/setsid"));
    private static final List<Path> KILL = List.of(Path.of("/usr/bin/kill"), Path.of("/bin/kill"));
    /** Sending a signal is immediate; this only bounds a broken {@code kill} binary. */
    private static final Duration KILL_COMMAND_TIMEOUT = Duration.ofSeconds(2);

    private final Optional<Path> setsid;
    private final Optional<Path> kill;

    private ProcessGroups(Optional<Path> setsid, Optional<Path> kill) {
        this.setsid = setsid;
        this.kill = kill;
    }

    /** Group support when both {@code setsid} and {@code kill} are installed, otherwise {@link #NONE}. */
    public static ProcessGroups detect() {
        Optional<Path> setsid = firstExecutable(SETSID);
        Optional<Path> kill = firstExecutable(KILL);
        return setsid.isPresent() && kill.isPresent() ? new ProcessGroups(setsid, kill) : NONE;
    }

    private static Optional<Path> firstExecutable(List<Path> candidates) {
        return candidates.stream().filter(Files::isExecutable).findFirst();
    }

    boolean enabled() {
        return setsid.isPresent();
    }

    /** The command prefixed so that it leads a new session and process group whose id is its own pid. */
    List<String> wrap(List<String> command) {
        if (setsid.isEmpty()) {
            return command;
        }
        List<String> wrapped = new ArrayList<>(command.size() + 1);
        wrapped.add(setsid.get().toString());
        wrapped.addAll(command);
        return wrapped;
    }

    /** Sends SIGKILL to every process in the group led by {@code leader}; a group already gone is fine. */
    void killGroup(long leader) {
        if (kill.isEmpty()) {
            return;
        }
        ProcessBuilder builder = new ProcessBuilder(kill.get().toString(), "-KILL", "--", "-" + leader)
                .redirectInput(Redirect.from(DevNull.FILE))
                .redirectOutput(Redirect.DISCARD)
                .redirectError(Redirect.DISCARD);
        try {
            Process killer = builder.start();
            if (!killer.waitFor(KILL_COMMAND_TIMEOUT.toMillis(), TimeUnit.MILLISECONDS)) {
                killer.destroyForcibly();
            }
        } catch (IOException e) {
            // Killing by descendants still runs after this; a missing group kill only weakens the sweep.
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }
}
