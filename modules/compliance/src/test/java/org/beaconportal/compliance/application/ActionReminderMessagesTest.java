package org.beaconportal.compliance.application;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.List;
import org.beaconportal.compliance.domain.ActionItem;
import org.beaconportal.compliance.domain.CompanyMember;
import org.beaconportal.core.application.MailMessage;
import org.junit.jupiter.api.Test;

class ActionReminderMessagesTest {

    private static final OffsetDateTime NOW = OffsetDateTime.of(2031, 3, 1, 9, 0, 0, 0, ZoneOffset.UTC);
    private static final LocalDate TODAY = LocalDate.of(2031, 3, 12);
    private static final List<ActionItem> ITEMS = List.of(
            new ActionItem(1L, "Map suppliers", 2, "Ana", LocalDate.of(2031, 3, 10), NOW),
            new ActionItem(1L, "Train buyers", 4, "Luis", LocalDate.of(2031, 3, 15), NOW));

    @Test
    void spanishMemberGetsOnlySpanish() {
        MailMessage message = ActionReminders.reminder(member("es"), ITEMS, TODAY);
        assertEquals("ana@example.org", message.to());
        assertEquals("Beacon: vencen 2 acción(es) de su plan", message.subject());
        assertTrue(message.text().startsWith("Hola:"), message.text());
        assertTrue(message.text().contains("- Map suppliers (2031-03-10, Vencida)"), message.text());
        assertTrue(message.text().contains("- Train buyers (2031-03-15)\n"), message.text());
        assertFalse(message.text().contains("Hello"), "no English part");
    }

    @Test
    void englishMemberGetsOnlyEnglish() {
        MailMessage message = ActionReminders.reminder(member("en"), ITEMS, TODAY);
        assertEquals("Beacon: 2 action(s) of your plan are due", message.subject());
        assertTrue(message.text().contains("- Map suppliers (2031-03-10, Overdue)"), message.text());
        assertFalse(message.text().contains("Hola"), "no Spanish part");
    }

    @Test
    void memberOfUnknownLanguageGetsEnglishThenSpanishInOneMessage() {
        MailMessage message = ActionReminders.reminder(member(null), ITEMS, TODAY);
        assertEquals(
                "Beacon: 2 action(s) of your plan are due / Beacon: vencen 2 acción(es) de su plan", message.subject());
        String text = message.text();
        int spanish = text.indexOf("Hola:");
        assertTrue(text.startsWith("Hello,") && spanish > 0, text);
        assertTrue(text.substring(0, spanish).contains("(2031-03-10, Overdue)"), "English list in English");
        assertTrue(text.substring(spanish).contains("(2031-03-10, Vencida)"), "Spanish list in Spanish");
    }

    private static CompanyMember member(String language) {
        return new CompanyMember(1L, "ana", "ana@example.org", true, NOW, language);
    }
}
