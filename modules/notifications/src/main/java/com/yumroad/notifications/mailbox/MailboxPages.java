package com.yumroad.notifications.mailbox;

import com.yumroad.kernel.errors.NotFoundException;
import com.yumroad.notifications.mail.DevelopmentMailbox;
import io.micronaut.context.annotation.Requires;
import io.micronaut.http.HttpResponse;
import io.micronaut.http.MediaType;
import io.micronaut.http.annotation.Controller;
import io.micronaut.http.annotation.Get;
import io.micronaut.http.annotation.PathVariable;
import io.micronaut.security.annotation.Secured;
import io.micronaut.security.rules.SecurityRule;
import io.micronaut.views.ModelAndView;

import java.util.HashMap;
import java.util.Map;

/**
 * The development mailbox (never in prod): the mail the application sent while no SMTP server is set, newest first;
 * a message shows its plain-text body with its links clickable, and its HTML body on a page of its own. Open to
 * anyone who reaches the development server, like Mailpit's web UI.
 */
@Controller("/dev/mailbox")
@Requires(notEnv = "prod")
@Secured(SecurityRule.IS_ANONYMOUS)
class MailboxPages {

    /** The HTML body as a mail client shows it: its inline styles, nothing else (no scripts, no forms, no frames). */
    static final String HTML_BODY_POLICY = "default-src 'none'; style-src 'unsafe-inline'; img-src data:; "
            + "form-action 'none'; base-uri 'none'; frame-ancestors 'none'";

    private final DevelopmentMailbox mailbox;

    MailboxPages(DevelopmentMailbox mailbox) {
        this.mailbox = mailbox;
    }

    @Get(produces = MediaType.TEXT_HTML)
    ModelAndView<Map<String, Object>> list() {
        Map<String, Object> model = new HashMap<>();
        model.put("messages", mailbox.messages());
        return new ModelAndView<>("notifications/mailbox", model);
    }

    @Get(value = "/{id}", produces = MediaType.TEXT_HTML)
    ModelAndView<Map<String, Object>> show(@PathVariable long id) {
        DevelopmentMailbox.Message message = find(id);
        Map<String, Object> model = new HashMap<>();
        model.put("message", message);
        model.put("lines", LinkedText.lines(message.mail().text()));
        return new ModelAndView<>("notifications/message", model);
    }

    @Get(value = "/{id}/html", produces = MediaType.TEXT_HTML)
    HttpResponse<String> html(@PathVariable long id) {
        return HttpResponse.ok(find(id).mail().html()).contentType(MediaType.TEXT_HTML_TYPE)
                .header("Content-Security-Policy", HTML_BODY_POLICY);
    }

    private DevelopmentMailbox.Message find(long id) {
        return mailbox.find(id).orElseThrow(() -> new NotFoundException("Message", id));
    }
}
