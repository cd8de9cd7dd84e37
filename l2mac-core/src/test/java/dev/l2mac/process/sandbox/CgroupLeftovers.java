package dev.l2mac.process.sandbox;

import java.nio.file.Path;
import java.util.List;
import java.util.OptionalLong;

/** For tests elsewhere: where this process's pids cgroups live and whose a group's name says it is. */
public final class CgroupLeftovers {

    private CgroupLeftovers() {}

    public static List<Path> parents() {
        return PidsCgroup.parents();
    }

    public static OptionalLong owner(String name) {
        return StaleCgroups.owner(name);
    }
}
