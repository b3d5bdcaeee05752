package com.yumroad.notifications.preferences;

import com.yumroad.kernel.http.Flash;
import com.yumroad.kernel.security.CurrentUser;
import com.yumroad.kernel.security.FormTokens;
import io.micronaut.core.annotation.Nullable;
import io.micronaut.http.HttpRequest;
import io.micronaut.http.HttpResponse;
import io.micronaut.http.MediaType;
import io.micronaut.http.annotation.Controller;
import io.micronaut.http.annotation.Post;
import io.micronaut.scheduling.TaskExecutors;
import io.micronaut.scheduling.annotation.ExecuteOn;
import io.micronaut.security.annotation.Secured;
import io.micronaut.security.authentication.Authentication;
import io.micronaut.security.rules.SecurityRule;

/** The form of the account page's "Mail" section: a checkbox is absent from the form when unticked. */
@Controller("/account/notifications")
@Secured(SecurityRule.IS_AUTHENTICATED)
@ExecuteOn(TaskExecutors.BLOCKING)
class MailPreferencesPage {

    private final SellerPreferences preferences;
    private final FormTokens forms;
    private final Flash flash;

    MailPreferencesPage(SellerPreferences preferences, FormTokens forms, Flash flash) {
        this.preferences = preferences;
        this.forms = forms;
        this.flash = flash;
    }

    @Post(consumes = MediaType.APPLICATION_FORM_URLENCODED, produces = MediaType.TEXT_HTML)
    HttpResponse<?> save(@Nullable String csrfToken, @Nullable String saleNotices, Authentication caller,
                         HttpRequest<?> request) {
        forms.check(request, csrfToken);
        boolean wanted = saleNotices != null;
        preferences.setSaleNotices(CurrentUser.id(caller), wanted);
        return flash.seeOther("/account", wanted ? "You get a mail for each sale." : "No more mail for each sale.");
    }
}
