package dev.l2mac.run;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.FileNotFoundException;
import java.io.IOException;
import java.nio.file.NoSuchFileException;
import org.junit.jupiter.api.Test;

/** A vanished run folder is never described as a fault that a resume can get past. */
class DiskTroubleTest {

    @Test
    void a_vanished_folder_says_the_run_cannot_be_resumed_whichever_api_reported_it() {
        for (IOException vanished : new IOException[] {
            new NoSuchFileException("/w/.l2mac/runs/r/checkpoint.json"),
            new FileNotFoundException("/w/.l2mac/runs/r/checkpoint.json.tmp (No such file or directory)")
        }) {
            assertThat(DiskTrouble.describe("replace the checkpoint", vanished))
                    .contains("the run folder was deleted", "cannot be resumed")
                    .doesNotContain("l2mac resume");
        }
    }

    @Test
    void a_full_disk_keeps_what_was_recorded_and_can_be_resumed() {
        assertThat(DiskTrouble.describe("append to the event log", new IOException("No space left on device")))
                .contains("the disk is full", "l2mac resume");
    }
}
