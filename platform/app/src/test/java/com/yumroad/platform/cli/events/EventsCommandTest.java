package com.yumroad.platform.cli.events;

import com.yumroad.testing.DatabaseTest;
import io.micronaut.configuration.picocli.MicronautFactory;
import io.micronaut.context.ApplicationContext;
import io.micronaut.context.annotation.Property;
import io.micronaut.test.extensions.junit5.annotation.MicronautTest;
import jakarta.inject.Inject;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import picocli.CommandLine;

import java.io.PrintWriter;
import java.io.StringWriter;
import java.sql.Connection;
import java.sql.SQLException;

import static org.assertj.core.api.Assertions.assertThat;

@MicronautTest(transactional = false)
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
@Property(name = "yumroad.events.scheduler.enabled", value = "false")
class EventsCommandTest implements DatabaseTest {

    record Run(int exitCode, String out, String err) {
    }

    @Inject
    ApplicationContext context;

    private long failed;
    private long other;

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
        Run run = run("failed");

        assertThat(run.exitCode()).isZero();
        assertThat(run.out()).contains("#" + failed + "  Feed.onRenamed", "\"storeId\": 7", "feed down",
                "#" + other + "  Mailer.onOpened", "smtp down", "2 failed");
    }

    @Test
    void resubmitByIdMakesThatOneDueAgainWithAFreshRoundOfAttempts() throws SQLException {
        Run run = run("resubmit", String.valueOf(failed));

        assertThat(run.exitCode()).isZero();
        assertThat(run.out()).contains("Resubmitted publication #" + failed);
        assertThat(statusAndAttempts(failed)).isEqualTo("incomplete/0");
        assertThat(statusAndAttempts(other)).isEqualTo("failed/8");
        assertThat(run("failed").out()).doesNotContain("Feed.onRenamed").contains("1 failed");
    }

    @Test
    void resubmitAllResubmitsEveryFailedOne() throws SQLException {
        Run run = run("resubmit", "--all");

        assertThat(run.exitCode()).isZero();
        assertThat(run.out()).contains("Resubmitted 2 failed publication(s)");
        assertThat(statusAndAttempts(failed)).isEqualTo("incomplete/0");
        assertThat(statusAndAttempts(other)).isEqualTo("incomplete/0");
        assertThat(run("failed").out()).contains("No failed event publications.");
    }

    @Test
    void resubmittingAnUnknownOrNotFailedPublicationSaysSoAndChangesNothing() throws SQLException {
        Run run = run("resubmit", String.valueOf(other + 1000));

        assertThat(run.exitCode()).isEqualTo(ResubmitCommand.NOT_FOUND);
        assertThat(run.err()).contains("No failed publication #" + (other + 1000));
        assertThat(statusAndAttempts(failed)).isEqualTo("failed/8");
    }

    @Test
    void resubmitWantsEitherAnIdOrAll() {
        assertThat(run("resubmit").exitCode()).isEqualTo(CommandLine.ExitCode.USAGE);
        assertThat(run("resubmit", String.valueOf(failed), "--all").exitCode()).isEqualTo(CommandLine.ExitCode.USAGE);
    }

    private Run run(String... args) {
        StringWriter out = new StringWriter();
        StringWriter err = new StringWriter();
        CommandLine command = new CommandLine(EventsCommand.class, new MicronautFactory(context));
        command.setOut(new PrintWriter(out, true));
        command.setErr(new PrintWriter(err, true));
        int code = command.execute(args);
        return new Run(code, out.toString(), err.toString());
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
