package com.yumroad.notifications.preferences;

import com.yumroad.notifications.MailPreferences;
import io.micronaut.data.jdbc.runtime.JdbcOperations;
import io.micronaut.transaction.annotation.ReadOnly;
import io.micronaut.transaction.annotation.Transactional;
import jakarta.inject.Singleton;

/** Sellers' choices of mail, in {@code notifications.seller_preferences}. */
@Singleton
public class SellerPreferences implements MailPreferences {

    private final JdbcOperations jdbc;

    SellerPreferences(JdbcOperations jdbc) {
        this.jdbc = jdbc;
    }

    @Override
    @ReadOnly
    public boolean wantsSaleNotices(long userId) {
        return jdbc.prepareStatement("select sale_notices from notifications.seller_preferences where user_id = ?",
                statement -> {
                    statement.setLong(1, userId);
                    try (var rows = statement.executeQuery()) {
                        return !rows.next() || rows.getBoolean(1);
                    }
                });
    }

    @Override
    @Transactional
    public void setSaleNotices(long userId, boolean wanted) {
        jdbc.prepareStatement("insert into notifications.seller_preferences (user_id, sale_notices) values (?, ?) "
                + "on conflict (user_id) do update set sale_notices = excluded.sale_notices, updated_at = now()",
                statement -> {
                    statement.setLong(1, userId);
                    statement.setBoolean(2, wanted);
                    return statement.executeUpdate();
                });
    }
}
