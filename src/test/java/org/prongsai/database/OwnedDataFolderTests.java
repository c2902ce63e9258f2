package org.prongsai.database;

import static org.assertj.core.api.Assertions.assertThatCode;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Files;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.prongsai.support.Artifacts;

/** A data folder another live Prongsai or a restore owns is refused; one whose owner is gone is taken. */
class OwnedDataFolderTests {

    @Test
    void aLiveRestoreOwnsTheFolderAndAnEndedOneDoesNot() throws Exception {
        var folder = Files.createTempDirectory(Artifacts.dir(), "owned").toAbsolutePath();
        // A stand-in for scripts/restore.sh at work: a script of that name that waits.
        var script = folder.resolve("restore.sh");
        Files.writeString(script, "sleep 60\n");
        var restore = new ProcessBuilder("bash", script.toString()).start();
        try {
            Files.writeString(folder.resolve("postgres.owner"), Long.toString(restore.pid()));
            assertThatThrownBy(() -> OrphanServer.refuseIfOwned(folder))
                    .hasMessageContaining("pid " + restore.pid())
                    .hasMessageContaining(folder.toString());
        } finally {
            restore.destroy();
            restore.waitFor(10, TimeUnit.SECONDS);
        }
        assertThatCode(() -> OrphanServer.refuseIfOwned(folder)).doesNotThrowAnyException();

        // This process's own pid, and any other kind of process (a pid reused since), own nothing.
        Files.writeString(
                folder.resolve("postgres.owner"),
                Long.toString(ProcessHandle.current().pid()));
        assertThatCode(() -> OrphanServer.refuseIfOwned(folder)).doesNotThrowAnyException();
        var sleeper = new ProcessBuilder("sleep", "60").start();
        try {
            Files.writeString(folder.resolve("postgres.owner"), Long.toString(sleeper.pid()));
            assertThatCode(() -> OrphanServer.refuseIfOwned(folder)).doesNotThrowAnyException();
        } finally {
            sleeper.destroy();
        }
    }
}
