package com.yumroad.notifications;

import com.icegreen.greenmail.util.GreenMail;
import com.icegreen.greenmail.util.ServerSetup;
import com.yumroad.testing.Eventually;
import jakarta.mail.BodyPart;
import jakarta.mail.Message;
import jakarta.mail.MessagingException;
import jakarta.mail.Multipart;
import jakarta.mail.internet.MimeMessage;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/** A real SMTP server in the test JVM (GreenMail) on a free port, and what it received, read back as mail. */
public final class Smtp implements AutoCloseable {

    private final GreenMail server;

    public record Received(String to, String subject, String html, String text) {
    }

    public Smtp() {
        this(0);
    }

    /** {@code port} 0: any free port. */
    public Smtp(int port) {
        ServerSetup setup = new ServerSetup(port, "127.0.0.1", ServerSetup.PROTOCOL_SMTP);
        server = new GreenMail(port == 0 ? setup.dynamicPort() : setup);
        server.start();
    }

    public int port() {
        return server.getSmtp().getPort();
    }

    /** Settings that point the application at this server. */
    public Map<String, String> settings() {
        Map<String, String> settings = new HashMap<>();
        settings.put("yumroad.mail.smtp-host", "127.0.0.1");
        settings.put("yumroad.mail.smtp-port", Integer.toString(port()));
        settings.put("yumroad.mail.smtp-timeout", "5s");
        settings.put("yumroad.mail.from", "Yumroad <no-reply@shop.example.test>");
        return settings;
    }

    public List<Received> to(String address) {
        return Arrays.stream(server.getReceivedMessages()).map(Smtp::read)
                .filter(mail -> mail.to().equalsIgnoreCase(address)).toList();
    }

    public Received awaitOne(String address, String subjectStart) {
        return Eventually.await("a mail to " + address + " about " + subjectStart,
                () -> to(address).stream().filter(m -> m.subject().startsWith(subjectStart)).toList(),
                list -> !list.isEmpty()).get(0);
    }

    /** Waits for {@code count} mails to this address about this subject, and answers all of them. */
    public List<Received> awaitAll(String address, String subjectStart, int count) {
        return Eventually.await(count + " mails to " + address + " about " + subjectStart,
                () -> to(address).stream().filter(m -> m.subject().startsWith(subjectStart)).toList(),
                list -> list.size() >= count);
    }

    public void stop() {
        server.stop();
    }

    public void start() {
        server.start();
    }

    @Override
    public void close() {
        server.stop();
    }

    private static Received read(MimeMessage message) {
        try {
            String to = message.getRecipients(Message.RecipientType.TO)[0].toString();
            String html = null;
            String text = null;
            if (message.getContent() instanceof Multipart multipart) {
                for (int i = 0; i < multipart.getCount(); i++) {
                    BodyPart part = multipart.getBodyPart(i);
                    if (part.isMimeType("text/html")) {
                        html = (String) part.getContent();
                    } else if (part.isMimeType("text/plain")) {
                        text = (String) part.getContent();
                    }
                }
            } else {
                text = message.getContent().toString();
            }
            return new Received(to, message.getSubject(), html, text);
        } catch (MessagingException e) {
            throw new IllegalStateException(e);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
