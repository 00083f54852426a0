package org.beaconportal.newsletter.application;

import static org.junit.jupiter.api.Assertions.assertEquals;

import jakarta.mail.MessagingException;
import jakarta.mail.SendFailedException;
import java.io.UncheckedIOException;
import java.net.ConnectException;
import java.net.SocketException;
import org.beaconportal.core.application.MailDeliveryException;
import org.beaconportal.newsletter.domain.SendOutcome;
import org.junit.jupiter.api.Test;

class IssueSenderClassificationTest {

    /** What Angus Mail throws for an SMTP refusal: an exception with the server's reply code. */
    static class RefusalWithCode extends SendFailedException {
        private static final long serialVersionUID = 1L;
        private final int code;

        RefusalWithCode(int code) {
            super(code + " refused");
            this.code = code;
        }

        public int getReturnCode() {
            return code;
        }
    }

    private static MailDeliveryException wrapped(Exception cause) {
        return new MailDeliveryException("Mail not sent", cause);
    }

    @Test
    void unreachableServerIsATemporaryFailure() {
        MessagingException connect =
                new MessagingException("Couldn't connect to host", new ConnectException("refused"));

        assertEquals(SendOutcome.TEMPORARY_FAILURE, IssueSender.classify(wrapped(connect)));
        assertEquals(
                SendOutcome.TEMPORARY_FAILURE,
                IssueSender.classify(new UncheckedIOException(new java.io.IOException("disk full"))));
    }

    @Test
    void replyCodesDecideBetweenRetryAndGivingUp() {
        assertEquals(SendOutcome.TEMPORARY_FAILURE, IssueSender.classify(wrapped(new RefusalWithCode(451))));
        assertEquals(SendOutcome.PERMANENT_FAILURE, IssueSender.classify(wrapped(new RefusalWithCode(550))));
        assertEquals(SendOutcome.PERMANENT_FAILURE, IssueSender.classify(wrapped(new SendFailedException("bad"))));
    }

    @Test
    void connectionLostWhileSendingLeavesTheRecipientInDoubt() {
        MessagingException lost = new MessagingException("Exception reading response", new SocketException("reset"));

        assertEquals(SendOutcome.UNKNOWN, IssueSender.classify(wrapped(lost)));
    }
}
