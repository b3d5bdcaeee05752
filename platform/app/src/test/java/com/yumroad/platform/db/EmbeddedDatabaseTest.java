package com.yumroad.platform.db;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.DriverManager;
import java.sql.SQLException;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class EmbeddedDatabaseTest {

    @TempDir
    Path folder;

    @Test
    void dataSurvivesARestart() throws Exception {
        Path dataDirectory = folder.resolve("data");
        int port = LocalPorts.freePort();
        try (EmbeddedDatabase first = EmbeddedDatabase.start(dataDirectory, port)) {
            execute(first, "create table kept (v text); insert into kept values ('still here')");
        }
        try (EmbeddedDatabase second = EmbeddedDatabase.start(dataDirectory, port);
             var c = DriverManager.getConnection(second.connection().url(), "postgres", "");
             var rs = c.createStatement().executeQuery("select v from kept")) {
            assertThat(rs.next()).isTrue();
            assertThat(rs.getString(1)).isEqualTo("still here");
        }
    }

    @Test
    void aSecondCopyOnTheDefaultPortGetsItsOwnDatabaseOnAFreePort() throws Exception {
        int port = LocalPorts.freePort();
        Path firstData = folder.resolve("first");
        Path secondData = folder.resolve("second");
        try (EmbeddedDatabase first = EmbeddedDatabase.start(firstData, port, false)) {
            execute(first, "create table firsts_only (v text)");

            try (EmbeddedDatabase second = EmbeddedDatabase.start(secondData, port, false)) {
                assertThat(second.port()).isNotEqualTo(port);
                assertThat(servedDirectory(second)).isEqualTo(secondData.toRealPath());
                assertThat(servedDirectory(first)).isEqualTo(firstData.toRealPath());
                assertThatThrownBy(() -> execute(second, "select * from firsts_only"))
                        .isInstanceOf(SQLException.class).hasMessageContaining("firsts_only");
            }
        }
    }

    @Test
    void aTakenPortThatWasAskedForIsRefusedWithOneLineAndNothingStarted() throws Exception {
        int port = LocalPorts.freePort();
        Path secondData = folder.resolve("second");
        try (EmbeddedDatabase ignored = EmbeddedDatabase.start(folder.resolve("first"), port, true)) {
            assertThatThrownBy(() -> EmbeddedDatabase.start(secondData, port, true))
                    .isInstanceOf(EmbeddedDatabaseRefused.class)
                    .hasMessageStartingWith("Port " + port + " (EMBEDDED_DB_PORT) is taken by another program")
                    .hasMessageContaining("set EMBEDDED_DB_PORT to a free port")
                    .hasMessageNotContaining("\n");
            assertThat(secondData.resolve("PG_VERSION")).doesNotExist();
        }
    }

    @Test
    void aSecondStartInTheSameFolderSaysYumroadIsAlreadyRunningThere() throws Exception {
        Path dataDirectory = folder.resolve("data");
        try (EmbeddedDatabase ignored = EmbeddedDatabase.start(dataDirectory, LocalPorts.freePort(), true)) {
            assertThatThrownBy(() -> EmbeddedDatabase.start(dataDirectory, LocalPorts.freePort(), true))
                    .isInstanceOf(EmbeddedDatabaseRefused.class)
                    .hasMessageStartingWith("Yumroad is already running from " + dataDirectory.toRealPath())
                    .hasMessageContaining("YUMROAD_DATA_DIR=<another folder> PORT=8081")
                    .hasMessageNotContaining("\n");
        }
    }

    @Test
    void aServerOfAnotherDataDirectoryIsNeverUsed() throws Exception {
        int port = LocalPorts.freePort();
        Path ours = Files.createDirectories(folder.resolve("ours"));
        try (EmbeddedDatabase theirs = EmbeddedDatabase.start(folder.resolve("theirs"), port, true)) {
            String url = "jdbc:postgresql://localhost:" + port + "/postgres";

            assertThatThrownBy(() -> DataDirectoryCheck.verify(url, ours, port))
                    .isInstanceOf(EmbeddedDatabaseRefused.class)
                    .hasMessageContaining("serves " + folder.resolve("theirs").toRealPath() + ", not " + ours);
            assertThat(EmbeddedDatabase.running(ours)).isEmpty();
            assertThat(EmbeddedDatabase.running(folder.resolve("theirs")))
                    .contains(theirs.connection());
        }
    }

    private static Path servedDirectory(EmbeddedDatabase db) throws Exception {
        try (var c = DriverManager.getConnection(db.connection().url(), "postgres", "");
             var rs = c.createStatement().executeQuery("show data_directory")) {
            rs.next();
            return Path.of(rs.getString(1)).toRealPath();
        }
    }

    private static void execute(EmbeddedDatabase db, String sql) throws Exception {
        try (var c = DriverManager.getConnection(db.connection().url(), "postgres", "")) {
            c.createStatement().execute(sql);
        }
    }
}
