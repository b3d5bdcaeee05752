package com.yumroad.notifications.preferences;

import com.yumroad.accounts.AccountSection;
import jakarta.inject.Singleton;

import java.util.Map;

/** The account page's "Mail" section: whether the seller gets a mail for each sale. */
@Singleton
class MailSection implements AccountSection {

    private final SellerPreferences preferences;

    MailSection(SellerPreferences preferences) {
        this.preferences = preferences;
    }

    @Override
    public String template() {
        return "notifications/account-section";
    }

    @Override
    public Map<String, Object> model(long userId) {
        return Map.of("saleNotices", preferences.wantsSaleNotices(userId));
    }
}
