package com.yumroad.catalog.internal;

import com.yumroad.catalog.TagCount;
import io.micronaut.data.jdbc.runtime.JdbcOperations;
import jakarta.inject.Singleton;

import java.sql.ResultSet;
import java.util.ArrayList;
import java.util.List;

/**
 * The many-to-many between products and tags (catalog.product_tags), in set-based statements: a product's tags are
 * added in two statements and replaced in three whatever their number, and tag counts are read in one.
 */
@Singleton
class ProductTags {

    private final JdbcOperations jdbc;

    ProductTags(JdbcOperations jdbc) {
        this.jdbc = jdbc;
    }

    /** Replaces the product's tags; answers how many of the names were new tags (created by this call). */
    int replace(long productId, List<String> names) {
        jdbc.prepareStatement("delete from catalog.product_tags where product_id = ?", ps -> {
            ps.setLong(1, productId);
            return ps.executeUpdate();
        });
        return add(productId, names);
    }

    /**
     * Tags a product that has none yet, in two statements: the second, not a CTE of the first, links them, so that it
     * sees a tag that another transaction created meanwhile. Answers how many of the names were new tags.
     */
    int add(long productId, List<String> names) {
        if (names.isEmpty()) {
            return 0;
        }
        int created = jdbc.prepareStatement("insert into catalog.tags (name) select unnest(?) on conflict (name) do nothing", ps -> {
            ps.setArray(1, ps.getConnection().createArrayOf("text", names.toArray()));
            return ps.executeUpdate();
        });
        jdbc.prepareStatement("""
                insert into catalog.product_tags (product_id, tag_id)
                select ?, id from catalog.tags where name = any(?)""", ps -> {
            ps.setLong(1, productId);
            ps.setArray(2, ps.getConnection().createArrayOf("text", names.toArray()));
            return ps.executeUpdate();
        });
        return created;
    }

    List<TagCount> counts(int limit) {
        return counts(null, limit);
    }

    /**
     * Tags in use, most used first, then by name (code point order, the same on every server): at most {@code limit} after the position {@code after} (keyset on
     * count and name, so a page is found through the index of the grouping, never by skipping rows).
     */
    List<TagCount> counts(TagCount after, int limit) {
        return jdbc.prepareStatement("""
                select t.name, count(*) from catalog.tags t
                join catalog.product_tags pt on pt.tag_id = t.id
                group by t.name
                having cast(? as bigint) is null or count(*) < ? or (count(*) = ? and t.name collate "C" > ?)
                order by count(*) desc, t.name collate "C" limit ?""", ps -> {
            if (after == null) {
                ps.setNull(1, java.sql.Types.BIGINT);
                ps.setNull(2, java.sql.Types.BIGINT);
                ps.setNull(3, java.sql.Types.BIGINT);
                ps.setNull(4, java.sql.Types.VARCHAR);
            } else {
                ps.setLong(1, after.productCount());
                ps.setLong(2, after.productCount());
                ps.setLong(3, after.productCount());
                ps.setString(4, after.name());
            }
            ps.setInt(5, limit);
            List<TagCount> counts = new ArrayList<>();
            try (ResultSet rs = ps.executeQuery()) {
                while (rs.next()) {
                    counts.add(new TagCount(rs.getString(1), rs.getLong(2)));
                }
            }
            return counts;
        });
    }
}
