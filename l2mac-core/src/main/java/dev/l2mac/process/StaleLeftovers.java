package dev.l2mac.process;

import java.io.IOException;
import java.nio.file.DirectoryStream;
import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.OptionalLong;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.function.LongPredicate;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * What an l2mac process killed before it could clean up (SIGKILL, a power cut) left behind in temporary space:
 * directories named {@code l2mac-<role>-<pid>-<random>} (see {@link Directories#createTemporary}). Each name carries
 * its owner's pid; an entry whose owner is no longer alive is removed. Names that do not parse as these, entries of
 * another user and symbolic links are never touched. {@link LocalProcessRunner} runs this once per process, before
 * its first command; the sandbox sweeps its own pids cgroups the same way.
 */
public final class StaleLeftovers {

    /** How every name of an l2mac leftover begins. */
    public static final String PREFIX = "l2mac-";

    private static final Pattern FOLDER = Pattern.compile("l2mac-[a-z]+(?:-[a-z]+)*-(\\d{1,18})-\\d+");
    private static final AtomicBoolean SWEPT = new AtomicBoolean();

    private final Path temporaryRoot;
    private final LongPredicate alive;

    /** Leftovers in {@code temporaryRoot}, judged dead when {@code alive} says so of their owner's pid. */
    StaleLeftovers(Path temporaryRoot, LongPredicate alive) {
        this.temporaryRoot = temporaryRoot;
        this.alive = alive;
    }

    /** Those of this machine: the system's temporary space. */
    static StaleLeftovers ofThisMachine() {
        return new StaleLeftovers(Path.of(System.getProperty("java.io.tmpdir")), StaleLeftovers::alive);
    }

    /** True while the process {@code pid} runs. */
    public static boolean alive(long pid) {
        return ProcessHandle.of(pid).map(ProcessHandle::isAlive).orElse(false);
    }

    /** Removes this machine's leftovers the first time it is called in this process; later calls do nothing. */
    static void removeOnceInThisProcess() {
        if (SWEPT.compareAndSet(false, true)) {
            ofThisMachine().remove();
        }
    }

    /** Removes every leftover whose owner is dead; returns how many entries were removed. */
    int remove() {
        int removed = 0;
        for (Path folder : stale(temporaryRoot, FOLDER, alive)) {
            if (ownedByThisUser(folder)) {
                Directories.deleteTree(folder);
                removed += Files.exists(folder, LinkOption.NOFOLLOW_LINKS) ? 0 : 1;
            }
        }
        return removed;
    }

    /**
     * The directories in {@code parent} whose names match {@code names} (group 1 the owner's pid) and whose owner
     * {@code alive} judges dead; links are never among them.
     */
    public static List<Path> stale(Path parent, Pattern names, LongPredicate alive) {
        if (!Files.isDirectory(parent)) {
            return List.of();
        }
        try (DirectoryStream<Path> entries = Files.newDirectoryStream(parent, PREFIX + "*")) {
            List<Path> found = new ArrayList<>();
            for (Path entry : entries) {
                OptionalLong owner = owner(entry.getFileName().toString(), names);
                if (owner.isPresent()
                        && !alive.test(owner.getAsLong())
                        && Files.isDirectory(entry, LinkOption.NOFOLLOW_LINKS)) {
                    found.add(entry);
                }
            }
            return found;
        } catch (IOException e) {
            // An unreadable folder holds nothing this process could remove.
            return List.of();
        }
    }

    /** The owner's pid when {@code name} is one of ours. */
    public static OptionalLong owner(String name, Pattern names) {
        Matcher matcher = names.matcher(name);
        return matcher.matches() ? OptionalLong.of(Long.parseLong(matcher.group(1))) : OptionalLong.empty();
    }

    public static OptionalLong folderOwner(String name) {
        return owner(name, FOLDER);
    }

    private static boolean ownedByThisUser(Path folder) {
        try {
            return Files.getOwner(folder, LinkOption.NOFOLLOW_LINKS).getName().equals(System.getProperty("user.name"));
        } catch (IOException | UnsupportedOperationException e) {
            return false;
        }
    }
}
