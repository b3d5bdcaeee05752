package com.yumroad.notifications;

/** A seller's choice of mail: sale notices are on unless they turned them off on their account page. */
public interface MailPreferences {

    boolean wantsSaleNotices(long userId);

    void setSaleNotices(long userId, boolean wanted);
}
