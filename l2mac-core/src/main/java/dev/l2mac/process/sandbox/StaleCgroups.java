package dev.l2mac.process.sandbox;

import dev.l2mac.process.StaleLeftovers;
import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.Path;
import java.util.List;
import java.util.OptionalLong;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.function.LongPredicate;
import java.util.regex.Pattern;

/**
 * The pids cgroups ({@code l2mac-<pid>-<uuid>}, see {@link PidsCgroup}) of an l2mac process killed before it could
 * remove them: each is removed after its remaining processes are killed. Like {@link StaleLeftovers} for temporary
 * directories, and swept once per process, before the sandbox creates its first group.
 */
final class StaleCgroups {

    private static final Pattern CGROUP = Pattern.compile(
            "l2mac-(\\d{1,18})-\\p{XDigit}{8}-\\p{XDigit}{4}-\\p{XDigit}{4}-\\p{XDigit}{4}-\\p{XDigit}{12}");
    private static final AtomicBoolean SWEPT = new AtomicBoolean();

    private final List<Path> parents;
    private final LongPredicate alive;

    /** Groups under {@code parents}, judged dead when {@code alive} says so of their owner's pid. */
    StaleCgroups(List<Path> parents, LongPredicate alive) {
        this.parents = List.copyOf(parents);
        this.alive = alive;
    }

    /** Removes this machine's stale groups the first time it is called in this process; later calls do nothing. */
    static void removeOnceInThisProcess() {
        if (SWEPT.compareAndSet(false, true)) {
            new StaleCgroups(PidsCgroup.parents(), StaleLeftovers::alive).remove();
        }
    }

    /** Removes every group whose owner is dead; returns how many were removed. */
    int remove() {
        int removed = 0;
        for (Path parent : parents) {
            for (Path group : StaleLeftovers.stale(parent, CGROUP, alive)) {
                new PidsCgroup.Group(group).remove();
                removed += Files.exists(group, LinkOption.NOFOLLOW_LINKS) ? 0 : 1;
            }
        }
        return removed;
    }

    static OptionalLong owner(String name) {
        return StaleLeftovers.owner(name, CGROUP);
    }
}
