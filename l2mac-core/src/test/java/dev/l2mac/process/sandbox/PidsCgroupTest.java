package dev.l2mac.process.sandbox;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;

class PidsCgroupTest {

    @Test
    void finds_the_v1_pids_hierarchy_of_this_process() {
        List<String> ownCgroups =
                List.of("9:name=systemd:/", "8:pids:/user.slice/session-1.scope", "4:memory:/box", "0::/");

        assertThat(PidsCgroup.candidates(ownCgroups))
                .containsExactly(PidsCgroup.CGROUP_ROOT.resolve("pids/user.slice/session-1.scope"));
    }

    @Test
    void ignores_a_v2_group_that_does_not_delegate_pids() {
        assertThat(PidsCgroup.candidates(List.of("0::/no-such-l2mac-group"))).isEmpty();
    }

    @Test
    void ignores_malformed_lines() {
        assertThat(PidsCgroup.candidates(List.of("garbage", ""))).isEmpty();
    }

    @Test
    void enters_the_group_through_a_shell_that_joins_it_before_the_command() {
        PidsCgroup.Group group = new PidsCgroup.Group(PidsCgroup.CGROUP_ROOT.resolve("pids/l2mac-x"));

        List<String> entered = group.enter(List.of("bwrap", "--", "python3"));

        assertThat(entered.subList(0, 2)).containsExactly("/bin/sh", "-c");
        assertThat(entered.get(3)).isEqualTo("/sys/fs/cgroup/pids/l2mac-x/cgroup.procs");
        assertThat(entered.subList(4, entered.size())).containsExactly("bwrap", "--", "python3");
    }
}
