package com.yumroad.notifications.outbox;

import io.micronaut.core.annotation.Nullable;
import io.micronaut.data.annotation.Query;
import io.micronaut.data.jdbc.annotation.JdbcRepository;
import io.micronaut.data.model.query.builder.sql.Dialect;
import io.micronaut.data.repository.GenericRepository;

import java.util.List;
import java.util.Optional;

@JdbcRepository(dialect = Dialect.POSTGRES)
public interface MailRepository extends GenericRepository<MailRow, Long> {

    Optional<MailRow> findByPublicationId(long publicationId);

    List<MailRow> findByRecipientOrderByIdDesc(String recipient);

    /** Records an attempt: the first makes the row, the next ones count on it. */
    @Query("insert into notifications.mails (publication_id, kind, event, recipient, subject, status, last_error) "
            + "values (:publicationId, :kind, :event, :recipient, :subject, :status, :error) "
            + "on conflict (publication_id) do update set status = excluded.status, attempts = mails.attempts + 1, "
            + "last_error = excluded.last_error, updated_at = now()")
    void record(long publicationId, String kind, String event, String recipient, String subject, String status,
                @Nullable String error);
}
