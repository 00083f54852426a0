package org.beaconportal.core.application;

/**
 * Applies outbox entries of one topic. Handlers are CDI beans; they must be idempotent, because an
 * entry may be applied again after a crash.
 */
public interface OutboxHandler {

    String topic();

    void handle(String payload);
}
