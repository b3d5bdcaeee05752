package com.yumroad.accounts.internal;

import io.micronaut.data.annotation.Id;
import io.micronaut.data.annotation.Query;
import io.micronaut.data.jdbc.annotation.JdbcRepository;
import io.micronaut.data.model.query.builder.sql.Dialect;
import io.micronaut.data.repository.CrudRepository;

import java.time.Instant;
import java.util.Collection;
import java.util.List;
import java.util.Optional;

@JdbcRepository(dialect = Dialect.POSTGRES)
public interface UserRepository extends CrudRepository<User, Long> {

    Optional<User> findByEmail(String email);

    @Query("select * from accounts.users where id = :id for update")
    Optional<User> lockForDeletion(long id);

    @Query("select * from accounts.users where id = :id for key share")
    Optional<User> holdKey(long id);

    List<User> findByIdIn(Collection<Long> ids);

    /** With the time given (not Micronaut's own @DateUpdated one), so a rename answers what a later read says. */
    @Query("update accounts.users set name = :name, updated_at = :updatedAt where id = :id")
    void updateName(long id, String name, Instant updatedAt);

    void updatePasswordHash(@Id Long id, String passwordHash, Instant updatedAt);

    Optional<Integer> findSessionVersionById(@Id Long id);

    @Query("update accounts.users set email_verified_at = now() where id = :id and email = :email")
    int markVerified(long id, String email);

    @Query("update accounts.users set email = :email, email_verified_at = now(), updated_at = now() where id = :id")
    void changeEmail(long id, String email);

    @Query("update accounts.users set session_version = session_version + 1 where id = :id")
    void raiseSessionVersion(long id);
}
