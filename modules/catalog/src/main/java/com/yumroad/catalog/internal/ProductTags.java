package com.yumroad.catalog.internal;

import com.yumroad.catalog.TagCount;
import io.micronaut.data.jdbc.runtime.JdbcOperations;
import jakarta.inject.Singleton;

import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * The many-to-many between products and tags (catalog.product_tags), in set-based statements: a product's tags are
 * replaced in three statements whatever their number, and the tags of a whole page are read in one.
 */
@Singleton
class ProductTags {

    private final JdbcOperations jdbc;

    ProductTags(JdbcOperations jdbc) {
        this.jdbc = jdbc;
    }

    void replace(long productId, List<String> names) {
        jdbc.prepareStatement("delete from catalog.product_tags where product_id = ?", ps -> {
            ps.setLong(1, productId);
            return ps.executeUpdate();
        });
        if (names.isEmpty()) {
            return;
        }
        jdbc.prepareStatement("insert into catalog.tags (name) select unnest(?) on conflict (name) do nothing", ps -> {
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
    }

    /** Each product's tag names in alphabetical order; products without tags are absent. */
    Map<Long, List<String>> of(Collection<Long> productIds) {
        if (productIds.isEmpty()) {
            return Map.of();
        }
        return jdbc.prepareStatement("""
                select pt.product_id, t.name from catalog.product_tags pt
                join catalog.tags t on t.id = pt.tag_id
                where pt.product_id = any(?) order by t.name""", ps -> {
            ps.setArray(1, ps.getConnection().createArrayOf("bigint", productIds.toArray()));
            return grouped(ps);
        });
    }

    List<TagCount> counts(int limit) {
        return jdbc.prepareStatement("""
                select t.name, count(*) from catalog.tags t
                join catalog.product_tags pt on pt.tag_id = t.id
                group by t.name order by count(*) desc, t.name limit ?""", ps -> {
            ps.setInt(1, limit);
            List<TagCount> counts = new ArrayList<>();
            try (ResultSet rs = ps.executeQuery()) {
                while (rs.next()) {
                    counts.add(new TagCount(rs.getString(1), rs.getLong(2)));
                }
            }
            return counts;
        });
    }

    private static Map<Long, List<String>> grouped(PreparedStatement ps) throws SQLException {
        Map<Long, List<String>> tags = new LinkedHashMap<>();
        try (ResultSet rs = ps.executeQuery()) {
            while (rs.next()) {
                tags.computeIfAbsent(rs.getLong(1), id -> new ArrayList<>()).add(rs.getString(2));
            }
        }
        return tags;
    }
}
