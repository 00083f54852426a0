package org.beaconportal.core.infrastructure;

import jakarta.annotation.Resource;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.mail.Message;
import jakarta.mail.MessagingException;
import jakarta.mail.Session;
import jakarta.mail.Transport;
import jakarta.mail.internet.InternetAddress;
import jakarta.mail.internet.MimeBodyPart;
import jakarta.mail.internet.MimeMessage;
import jakarta.mail.internet.MimeMultipart;
import java.io.IOException;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.time.Clock;
import java.util.Date;
import java.util.Optional;
import java.util.Properties;
import java.util.UUID;
import org.beaconportal.core.application.MailDeliveryException;
import org.beaconportal.core.application.MailMessage;
import org.beaconportal.core.application.PortalMail;
import org.eclipse.microprofile.config.inject.ConfigProperty;

/**
 * {@link PortalMail} over Liberty's {@code mailSession} ({@code mail/beacon}), or into the data
 * directory's {@code outbox} folder when no SMTP host is configured.
 */
@ApplicationScoped
public class MailSessionPortalMail implements PortalMail {

    @Resource(lookup = "mail/beacon")
    Session session;

    /** Empty (the default) means no SMTP server: mail goes to the outbox folder. */
    @Inject
    @ConfigProperty(name = "beacon.mail.host")
    Optional<String> host;

    @Inject
    @ConfigProperty(name = "beacon.mail.from", defaultValue = "newsletter@beacon.invalid")
    String from;

    @Inject
    DataDirectory dataDirectory;

    @Inject
    Clock clock;

    @Override
    public void send(MailMessage message) {
        try {
            MimeMessage mime = compose(session(), from, message, Date.from(clock.instant()));
            if (host.filter(h -> !h.isBlank()).isEmpty()) {
                writeToOutbox(mime);
            } else {
                Transport.send(mime);
            }
        } catch (MessagingException e) {
            // The address is personal data: the log and the exception name only the failure.
            throw new MailDeliveryException("Mail not sent: " + e.getClass().getSimpleName(), e);
        }
    }

    @Override
    public Connection open() {
        if (host.filter(h -> !h.isBlank()).isEmpty()) {
            return PortalMail.super.open();
        }
        return new SmtpConnection();
    }

    /** One SMTP session for many messages, checked (NOOP) and reopened when the server dropped it. */
    private final class SmtpConnection implements Connection {

        private Transport transport;

        @Override
        public void send(MailMessage message) {
            try {
                MimeMessage mime = compose(session(), from, message, Date.from(clock.instant()));
                if (transport == null || !transport.isConnected()) {
                    close();
                    transport = session().getTransport("smtp");
                    transport.connect();
                }
                transport.sendMessage(mime, mime.getAllRecipients());
            } catch (MessagingException e) {
                close();
                throw new MailDeliveryException("Mail not sent: " + e.getClass().getSimpleName(), e);
            }
        }

        @Override
        public void close() {
            if (transport != null) {
                try {
                    transport.close();
                } catch (MessagingException e) {
                    // the connection is gone either way
                }
                transport = null;
            }
        }
    }

    private Session session() {
        return session != null ? session : Session.getInstance(new Properties());
    }

    /** The MIME message: plain text alone, or text and HTML as alternatives. */
    static MimeMessage compose(Session session, String from, MailMessage message, Date sent) throws MessagingException {
        MimeMessage mime = new MimeMessage(session);
        mime.setFrom(new InternetAddress(from));
        mime.setRecipient(Message.RecipientType.TO, new InternetAddress(message.to(), true));
        mime.setSubject(message.subject(), "UTF-8");
        mime.setSentDate(sent);
        if (message.html() == null) {
            mime.setText(message.text(), "UTF-8");
        } else {
            MimeBodyPart text = new MimeBodyPart();
            text.setText(message.text(), "UTF-8");
            MimeBodyPart html = new MimeBodyPart();
            html.setText(message.html(), "UTF-8", "html");
            mime.setContent(new MimeMultipart("alternative", text, html));
        }
        for (var header : message.headers().entrySet()) {
            mime.setHeader(header.getKey(), header.getValue());
        }
        mime.saveChanges();
        return mime;
    }

    private void writeToOutbox(MimeMessage mime) throws MessagingException {
        Path folder = dataDirectory.folder("outbox");
        String name = clock.millis() + "-" + UUID.randomUUID() + ".eml";
        Path partial = folder.resolve(name + ".part");
        try {
            try (OutputStream out = Files.newOutputStream(partial)) {
                mime.writeTo(out);
            }
            Files.move(partial, folder.resolve(name), StandardCopyOption.ATOMIC_MOVE);
        } catch (IOException e) {
            throw new UncheckedIOException("Cannot write to the mail outbox", e);
        }
    }
}
