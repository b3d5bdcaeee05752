package com.yumroad.platform.cli.events;

import com.yumroad.platform.db.DatabaseConnection;
import com.yumroad.platform.db.DatabaseSettings;
import com.yumroad.platform.cli.YumroadCli;
import com.yumroad.testing.TestDatabase;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.junit.jupiter.api.io.TempDir;
import picocli.CommandLine;

import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.SQLException;
import java.util.Optional;

import static org.assertj.core.api.Assertions.assertThat;

/** The events commands, run as {@code java -jar yumroad.jar events ...} would run them, on a database `db upgrade` made. */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class EventsCommandTest {

    record Run(int exitCode, String out, String err) {
    }

    @TempDir
    Path workingDirectory;

    private final String url = TestDatabase.server().createDatabase();
    private long failed;
    private long other;

    @BeforeAll
    void migrate() {
        assertThat(run("db", "upgrade").exitCode()).isZero();
    }

    @BeforeEach
    void twoFailedPublications() throws SQLException {
        try (Connection c = connection()) {
            c.createStatement().execute("delete from platform.event_publication");
            failed = insertFailed(c, "Feed.onRenamed", "{\"storeId\": 7}", "java.lang.IllegalStateException: feed down");
            other = insertFailed(c, "Mailer.onOpened", "{\"storeId\": 8}", "java.io.IOException: smtp down");
        }
    }

    @Test
    void failedListsEachFailedPublicationWithItsListenerEventAndError() {
        Run run = run("events", "failed");

        assertThat(run.exitCode()).isZero();
        assertThat(run.out()).contains("#" + failed + "  Feed.onRenamed", "\"storeId\": 7", "feed down",
                "#" + other + "  Mailer.onOpened", "smtp down", "2 failed");
    }

    @Test
    void resubmitByIdMakesThatOneDueAgainWithAFreshRoundOfAttempts() throws SQLException {
        Run run = run("events", "resubmit", String.valueOf(failed));

        assertThat(run.exitCode()).isZero();
        assertThat(run.out()).contains("Resubmitted publication #" + failed);
        assertThat(statusAndAttempts(failed)).isEqualTo("incomplete/0");
        assertThat(statusAndAttempts(other)).isEqualTo("failed/8");
        assertThat(run("events", "failed").out()).doesNotContain("Feed.onRenamed").contains("1 failed");
    }

    @Test
    void resubmitAllResubmitsEveryFailedOne() throws SQLException {
        Run run = run("events", "resubmit", "--all");

        assertThat(run.exitCode()).isZero();
        assertThat(run.out()).contains("Resubmitted 2 failed publication(s)");
        assertThat(statusAndAttempts(failed)).isEqualTo("incomplete/0");
        assertThat(statusAndAttempts(other)).isEqualTo("incomplete/0");
        assertThat(run("events", "failed").out()).contains("No failed event publications.");
    }

    @Test
    void resubmittingAnUnknownOrNotFailedPublicationSaysSoAndChangesNothing() throws SQLException {
        Run run = run("events", "resubmit", String.valueOf(other + 1000));

        assertThat(run.exitCode()).isEqualTo(ResubmitCommand.NOT_FOUND);
        assertThat(run.err()).contains("No failed publication #" + (other + 1000));
        assertThat(statusAndAttempts(failed)).isEqualTo("failed/8");
    }

    @Test
    void resubmitWantsEitherAnIdOrAll() {
        assertThat(run("events", "resubmit").exitCode()).isEqualTo(CommandLine.ExitCode.USAGE);
        assertThat(run("events", "resubmit", String.valueOf(failed), "--all").exitCode()).isEqualTo(CommandLine.ExitCode.USAGE);
    }

    private Run run(String... args) {
        DatabaseSettings settings = new DatabaseSettings(Optional.of(new DatabaseConnection(url,
                TestDatabase.server().user(), TestDatabase.server().password())), Path.of("unused"), 0);
        StringWriter out = new StringWriter();
        StringWriter err = new StringWriter();
        int code = YumroadCli.run(args, settings, workingDirectory, new PrintWriter(out, true), new PrintWriter(err, true));
        return new Run(code, out.toString(), err.toString());
    }

    private Connection connection() throws SQLException {
        return TestDatabase.server().connect(url);
    }

    private static long insertFailed(Connection c, String listener, String event, String error) throws SQLException {
        try (var s = c.prepareStatement("""
                insert into platform.event_publication
                    (listener_id, event_type, serialized_event, status, attempts, last_attempt_at, last_error)
                values (?, 'com.example.StoreRenamed', ?::jsonb, 'failed', 8, now(), ?) returning id""")) {
            s.setString(1, listener);
            s.setString(2, event);
            s.setString(3, error);
            try (var rs = s.executeQuery()) {
                rs.next();
                return rs.getLong(1);
            }
        }
    }

    private String statusAndAttempts(long id) throws SQLException {
        try (Connection c = connection(); var s = c.prepareStatement(
                "select status || '/' || attempts from platform.event_publication where id = ?")) {
            s.setLong(1, id);
            try (var rs = s.executeQuery()) {
                rs.next();
                return rs.getString(1);
            }
        }
    }
}
