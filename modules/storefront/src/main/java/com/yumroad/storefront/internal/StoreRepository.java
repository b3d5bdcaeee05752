package com.yumroad.storefront.internal;

import io.micronaut.data.jdbc.annotation.JdbcRepository;
import io.micronaut.data.model.query.builder.sql.Dialect;
import io.micronaut.data.repository.CrudRepository;

import java.util.Optional;

@JdbcRepository(dialect = Dialect.POSTGRES)
public interface StoreRepository extends CrudRepository<Store, Long> {

    Optional<Store> findByOwnerId(long ownerId);
}
