package com.yumroad.notifications.mail;

import io.micronaut.email.Email;
import io.micronaut.email.EmailException;
import io.micronaut.email.EmailSender;
import io.micronaut.email.MultipartBody;
import org.eclipse.angus.mail.smtp.SMTPAddressFailedException;
import org.eclipse.angus.mail.smtp.SMTPSendFailedException;
import jakarta.mail.MessagingException;

/**
 * Sends through micronaut-email-javamail. A 5xx answer to the recipient or the message is {@link MailRefused}
 * (permanent); anything else, a refused connection or a 4xx included, is {@link MailNotSent} (worth retrying).
 */
class SmtpServer implements MailServer {

    private final EmailSender<?, ?> sender;
    private final MailSettings settings;

    SmtpServer(EmailSender<?, ?> sender, MailSettings settings) {
        this.sender = sender;
        this.settings = settings;
    }

    @Override
    public void send(Mail mail) {
        try {
            sender.send(Email.builder().from(settings.getFrom()).to(mail.to()).subject(mail.subject())
                    .body(new MultipartBody(mail.html(), mail.text())));
        } catch (EmailException e) {
            int code = permanentCode(e);
            if (code >= 500) {
                throw new MailRefused(code, "The SMTP server refused " + mail.to() + ": " + describe(e), e);
            }
            throw new MailNotSent("Mail to " + mail.to() + " not sent: " + describe(e), e);
        }
    }

    /** The 5xx code of a permanent refusal anywhere in the chain (SendFailedException nests one per address), else 0. */
    static int permanentCode(Throwable error) {
        for (Throwable t = error; t != null; t = next(t)) {
            int code = t instanceof SMTPAddressFailedException address ? address.getReturnCode()
                    : t instanceof SMTPSendFailedException send ? send.getReturnCode() : 0;
            if (code >= 500) {
                return code;
            }
        }
        return 0;
    }

    private static Throwable next(Throwable t) {
        if (t instanceof MessagingException messaging && messaging.getNextException() != null) {
            return messaging.getNextException();
        }
        return t.getCause() == t ? null : t.getCause();
    }

    private static String describe(Throwable error) {
        Throwable last = error;
        for (Throwable t = error; t != null; t = next(t)) {
            last = t;
        }
        String text = last.getMessage() == null ? last.toString() : last.getMessage().strip();
        return text.length() > 300 ? text.substring(0, 300) : text;
    }
}
