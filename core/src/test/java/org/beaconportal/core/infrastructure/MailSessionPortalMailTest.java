package org.beaconportal.core.infrastructure;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import jakarta.mail.Session;
import jakarta.mail.internet.MimeMessage;
import jakarta.mail.internet.MimeMultipart;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.util.Date;
import java.util.Map;
import java.util.Properties;
import org.beaconportal.core.application.MailMessage;
import org.junit.jupiter.api.Test;

class MailSessionPortalMailTest {

    private static final Session SESSION = Session.getInstance(new Properties());

    private static MimeMessage roundTrip(MailMessage message) throws Exception {
        MimeMessage mime =
                MailSessionPortalMail.compose(SESSION, "news@beacon.invalid", message, new Date(1_700_000_000_000L));
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        mime.writeTo(bytes);
        return new MimeMessage(SESSION, new ByteArrayInputStream(bytes.toByteArray()));
    }

    @Test
    void htmlMessageCarriesTextAlternativeAndExtraHeaders() throws Exception {
        MimeMessage read = roundTrip(new MailMessage(
                "ana@example.org",
                "Boletín de noviembre",
                "Hola, texto plano",
                "<p>Hola</p>",
                Map.of("List-Unsubscribe-Post", "List-Unsubscribe=One-Click")));

        assertEquals("Boletín de noviembre", read.getSubject());
        assertEquals("ana@example.org", read.getAllRecipients()[0].toString());
        assertEquals("List-Unsubscribe=One-Click", read.getHeader("List-Unsubscribe-Post", null));
        MimeMultipart parts = (MimeMultipart) read.getContent();
        assertEquals(2, parts.getCount());
        assertTrue(parts.getBodyPart(0).isMimeType("text/plain"));
        assertEquals("Hola, texto plano", parts.getBodyPart(0).getContent());
        assertTrue(parts.getBodyPart(1).isMimeType("text/html"));
    }

    @Test
    void textMessageIsSinglePart() throws Exception {
        MimeMessage read = roundTrip(MailMessage.text("ana@example.org", "Confirm", "Click the link"));

        assertTrue(read.isMimeType("text/plain"));
        assertEquals("Click the link", read.getContent());
    }

    @Test
    void headerInjectionIsRefused() {
        assertThrows(
                IllegalArgumentException.class,
                () -> MailMessage.text("ana@example.org\r\nBcc: all@example.org", "Hi", "x"));
        assertThrows(IllegalArgumentException.class, () -> MailMessage.text("ana@example.org", "Hi\nBcc: x", "x"));
        assertThrows(
                IllegalArgumentException.class,
                () -> new MailMessage("a@example.org", "Hi", "x", null, Map.of("X-A", "1\r\nBcc: b@example.org")));
    }
}
