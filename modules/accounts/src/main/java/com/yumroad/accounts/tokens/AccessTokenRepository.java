package com.yumroad.accounts.tokens;

import io.micronaut.data.annotation.Query;
import io.micronaut.data.jdbc.annotation.JdbcRepository;
import io.micronaut.data.model.query.builder.sql.Dialect;
import io.micronaut.data.repository.CrudRepository;

import java.time.Instant;
import java.util.List;
import java.util.Optional;

@JdbcRepository(dialect = Dialect.POSTGRES)
interface AccessTokenRepository extends CrudRepository<AccessToken, Long> {

    Optional<AccessToken> findByTokenHash(String tokenHash);

    List<AccessToken> findByUserIdOrderByIdDesc(long userId);

    long countByUserId(long userId);

    /** Serialises one owner's token making (a transaction lock on a key of the owner), so the limit holds in a race. */
    @Query("select 1 from (select pg_advisory_xact_lock(hashtextextended('accounts.personal_access_tokens', :userId))) held")
    int holdOwner(long userId);

    int deleteByIdAndUserId(long id, long userId);

    /** At most one write a minute per token, whatever its request rate. */
    @Query("update accounts.personal_access_tokens set last_used_at = :now where id = :id "
            + "and (last_used_at is null or last_used_at < :staleBefore)")
    void touch(long id, Instant now, Instant staleBefore);
}
