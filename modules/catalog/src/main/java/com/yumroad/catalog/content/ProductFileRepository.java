package com.yumroad.catalog.content;

import io.micronaut.data.annotation.Query;
import io.micronaut.data.jdbc.annotation.JdbcRepository;
import io.micronaut.data.model.query.builder.sql.Dialect;
import io.micronaut.data.repository.CrudRepository;

import java.util.Collection;
import java.util.List;
import java.util.Optional;

@JdbcRepository(dialect = Dialect.POSTGRES)
public interface ProductFileRepository extends CrudRepository<ProductFileRow, Long> {

    @Query("select * from catalog.product_files where product_id = :productId order by position, id")
    List<ProductFileRow> ofProduct(long productId);

    @Query("select coalesce(max(position) + 1, 0) from catalog.product_files where product_id = :productId")
    int nextPosition(long productId);

    @Query("update catalog.product_files set name = :name where id = :id")
    void rename(long id, String name);

    @Query("update catalog.product_files set position = :position where id = :id")
    void place(long id, int position);

    /** Which of these keys a file row names: for sweeping objects no row names. */
    @Query("select storage_key from catalog.product_files where storage_key in (:keys)")
    List<String> storageKeysAmong(Collection<String> keys);

    /** Locks the product's row: changes to one product's list of files happen one after the other. */
    @Query("select id from catalog.products where id = :productId for update")
    Optional<Long> lockProduct(long productId);
}
