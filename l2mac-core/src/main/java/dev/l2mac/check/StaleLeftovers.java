package dev.l2mac.check;

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
 * What an l2mac process killed before it could clean up (SIGKILL, a power cut) left behind: temporary directories
 * ({@code l2mac-<role>-<pid>-<random>}, see {@link Directories#createTemporary}) and pids cgroups
 * ({@code l2mac-<pid>-<uuid>}, see {@link PidsCgroup}). Each name carries its owner's pid; an entry whose owner is
 * no longer alive is removed, a cgroup after its remaining processes are killed. Names that do not parse as these,
 * entries of another user and symbolic links are never touched. {@link LocalProcessRunner} runs this once per
 * process, before its first command.
 */
final class StaleLeftovers {

    static final String PREFIX = "l2mac-";
    private static final Pattern FOLDER = Pattern.compile("l2mac-[a-z]+(?:-[a-z]+)*-(\\d{1,18})-\\d+");
    private static final Pattern CGROUP = Pattern.compile(
            "l2mac-(\\d{1,18})-\\p{XDigit}{8}-\\p{XDigit}{4}-\\p{XDigit}{4}-\\p{XDigit}{4}-\\p{XDigit}{12}");
    private static final AtomicBoolean SWEPT = new AtomicBoolean();

    private final Path temporaryRoot;
    private final List<Path> cgroupParents;
    private final LongPredicate alive;

    /**
     * Leftovers in {@code temporaryRoot} and under {@code cgroupParents}, judged dead when {@code alive} says so of
     * their owner's pid.
     */
    StaleLeftovers(Path temporaryRoot, List<Path> cgroupParents, LongPredicate alive) {
        this.temporaryRoot = temporaryRoot;
        this.cgroupParents = List.copyOf(cgroupParents);
        this.alive = alive;
    }

    /** Those of this machine: the system's temporary space and this process's pids cgroup hierarchies. */
    static StaleLeftovers ofThisMachine() {
        return new StaleLeftovers(Path.of(System.getProperty("java.io.tmpdir")), PidsCgroup.parents(),
                pid -> ProcessHandle.of(pid).map(ProcessHandle::isAlive).orElse(false));
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
        for (Path folder : stale(temporaryRoot, FOLDER)) {
            if (ownedByThisUser(folder)) {
                Directories.deleteTree(folder);
                removed += Files.exists(folder, LinkOption.NOFOLLOW_LINKS) ? 0 : 1;
            }
        }
        for (Path parent : cgroupParents) {
            for (Path group : stale(parent, CGROUP)) {
                new PidsCgroup.Group(group).remove();
                removed += Files.exists(group, LinkOption.NOFOLLOW_LINKS) ? 0 : 1;
            }
        }
        return removed;
    }

    private List<Path> stale(Path parent, Pattern names) {
        if (!Files.isDirectory(parent)) {
            return List.of();
        }
        try (DirectoryStream<Path> entries = Files.newDirectoryStream(parent, PREFIX + "*")) {
            List<Path> found = new ArrayList<>();
            for (Path entry : entries) {
                OptionalLong owner = owner(entry.getFileName().toString(), names);
                if (owner.isPresent() && !alive.test(owner.getAsLong())
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
    static OptionalLong owner(String name, Pattern names) {
        Matcher matcher = names.matcher(name);
        return matcher.matches() ? OptionalLong.of(Long.parseLong(matcher.group(1))) : OptionalLong.empty();
    }

    static OptionalLong folderOwner(String name) {
        return owner(name, FOLDER);
    }

    static OptionalLong cgroupOwner(String name) {
        return owner(name, CGROUP);
    }

    private static boolean ownedByThisUser(Path folder) {
        try {
            return Files.getOwner(folder, LinkOption.NOFOLLOW_LINKS).getName()
                    .equals(System.getProperty("user.name"));
        } catch (IOException | UnsupportedOperationException e) {
            return false;
        }
    }
}
