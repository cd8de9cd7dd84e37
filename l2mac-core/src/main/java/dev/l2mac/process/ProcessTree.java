package dev.l2mac.process;

import java.util.LinkedHashSet;
import java.util.Set;

/**
 * Every process one command started, as far as it can be seen. Descendants are remembered while the command runs,
 * because once a parent exits its children are handed to init and no longer show up as descendants; what left the
 * tree and the group unseen is found by the command's {@link ProcessTag}.
 */
final class ProcessTree {

    private final Process root;
    private final ProcessGroups groups;
    private final ProcessTag tag;
    private final Set<ProcessHandle> seen = new LinkedHashSet<>();

    ProcessTree(Process root, ProcessGroups groups, ProcessTag tag) {
        this.root = root;
        this.groups = groups;
        this.tag = tag;
    }

    /** Notes the current descendants so they can still be killed after their parent is gone. */
    void remember() {
        root.descendants().forEach(seen::add);
    }

    /**
     * Kills the group, every descendant seen or present, and the root, sweeps descendants once more, then kills
     * every process still carrying the tag.
     */
    void kill() {
        remember();
        groups.killGroup(root.pid());
        seen.forEach(ProcessHandle::destroyForcibly);
        // Through the handle: Process.destroyForcibly() would also close the pipe and lose unread output.
        root.toHandle().destroyForcibly();
        // A parent may have forked between the snapshot and its own death.
        root.descendants().forEach(ProcessHandle::destroyForcibly);
        seen.clear();
        tag.killCarriers();
    }
}
