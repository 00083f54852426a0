package org.beaconportal.it.ops;

import jakarta.enterprise.context.ApplicationScoped;
import java.util.concurrent.atomic.AtomicBoolean;
import org.beaconportal.core.application.OutboxHandler;

/**
 * An outbox handler for {@link MonitoringIT}: its entries fail (and so stay pending) until the test
 * releases them, so the backlog gauge can be read while they wait, whatever the background worker does.
 */
@ApplicationScoped
public class HeldOutboxHandler implements OutboxHandler {

    static final String TOPIC = "it-held";

    private final AtomicBoolean released = new AtomicBoolean();

    @Override
    public String topic() {
        return TOPIC;
    }

    @Override
    public void handle(String payload) {
        if (!released.get()) {
            throw new IllegalStateException("Held by the test");
        }
    }

    void hold() {
        released.set(false);
    }

    void release() {
        released.set(true);
    }
}
