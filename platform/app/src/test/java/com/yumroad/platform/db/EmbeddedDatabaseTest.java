package com.yumroad.platform.db;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.net.ServerSocket;
import java.nio.file.Path;
import java.sql.DriverManager;

import static org.assertj.core.api.Assertions.assertThat;

class EmbeddedDatabaseTest {

    @Test
    void dataSurvivesARestart(@TempDir Path dataDirectory) throws Exception {
        int port = freePort();
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

    private static void execute(EmbeddedDatabase db, String sql) throws Exception {
        try (var c = DriverManager.getConnection(db.connection().url(), "postgres", "")) {
            c.createStatement().execute(sql);
        }
    }

    private static int freePort() throws Exception {
        try (ServerSocket socket = new ServerSocket(0)) {
            return socket.getLocalPort();
        }
    }
}
