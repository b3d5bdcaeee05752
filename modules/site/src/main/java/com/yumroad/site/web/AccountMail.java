package com.yumroad.site.web;

import com.yumroad.kernel.security.CurrentUser;
import com.yumroad.notifications.MailPreferences;
import io.micronaut.core.annotation.NonNull;
import io.micronaut.http.HttpRequest;
import io.micronaut.security.authentication.Authentication;
import io.micronaut.views.ModelAndView;
import io.micronaut.views.model.ViewModelProcessor;
import jakarta.inject.Singleton;

import java.util.Map;

/**
 * Accounts' account page with notifications' "Mail" section: whether the seller gets a mail for each sale. Its form
 * posts to notifications' {@code /account/notifications}. Composed here, above both, so accounts knows nothing of
 * notifications.
 */
@Singleton
class AccountMail implements ViewModelProcessor<Map<String, Object>> {

    static final String ACCOUNT = "accounts/account";

    private final MailPreferences preferences;

    AccountMail(MailPreferences preferences) {
        this.preferences = preferences;
    }

    @Override
    public void process(@NonNull HttpRequest<?> request, @NonNull ModelAndView<Map<String, Object>> view) {
        if (!view.getView().filter(ACCOUNT::equals).isPresent()) {
            return;
        }
        request.getUserPrincipal(Authentication.class).ifPresent(caller -> PageSections.add(view,
                new PageSections.Section("site/account-mail",
                        Map.of("saleNotices", preferences.wantsSaleNotices(CurrentUser.id(caller))))));
    }
}
