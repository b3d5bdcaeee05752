package com.yumroad.notifications.mail;

import jakarta.inject.Singleton;
import org.thymeleaf.TemplateEngine;
import org.thymeleaf.context.Context;
import org.thymeleaf.templatemode.TemplateMode;
import org.thymeleaf.templateresolver.ClassLoaderTemplateResolver;

import java.util.Locale;
import java.util.Map;

/**
 * Renders a mail's two bodies from {@code mail/notifications/<name>.html} and {@code <name>.txt} with Thymeleaf's own
 * engine (micronaut-email-template is not served here). The HTML output escapes every value (th:text), so a product
 * or store name is text, never markup; the plain-text body has no markup to break.
 */
@Singleton
public class MailTemplates {

    private static final String PREFIX = "mail/notifications/";

    private final TemplateEngine html = engine(TemplateMode.HTML, ".html");
    private final TemplateEngine text = engine(TemplateMode.TEXT, ".txt");

    public Mail render(String to, String subject, String template, Map<String, Object> model) {
        Context context = new Context(Locale.ENGLISH, model);
        context.setVariable("subject", subject);
        return new Mail(to, subject, html.process(template, context), text.process(template, context));
    }

    private static TemplateEngine engine(TemplateMode mode, String suffix) {
        ClassLoaderTemplateResolver resolver = new ClassLoaderTemplateResolver(MailTemplates.class.getClassLoader());
        resolver.setPrefix(PREFIX);
        resolver.setSuffix(suffix);
        resolver.setTemplateMode(mode);
        resolver.setCharacterEncoding("UTF-8");
        resolver.setCacheable(true);
        TemplateEngine engine = new TemplateEngine();
        engine.setTemplateResolver(resolver);
        return engine;
    }
}
