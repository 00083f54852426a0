package org.beaconportal.core.application;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.Transactional;
import java.time.Clock;
import java.time.OffsetDateTime;
import java.util.Optional;
import org.beaconportal.core.domain.ContentAutosave;

/**
 * Keeps an editor's unsaved texts on the server, per editor and item, so that a closed tab or an
 * expired session loses nothing.
 *
 * <pre>{@code
 * autosave.keep(editor, "42", title, slug, summary, body);   // every few seconds while editing
 * autosave.find(editor, "42");                                // when the editor opens item 42 again
 * autosave.discard(editor, "42");                             // after a successful save
 * }</pre>
 */
@ApplicationScoped
@Transactional
public class AutosaveService {

    @PersistenceContext(unitName = "beacon")
    EntityManager em;

    @Inject
    Clock clock;

    public void keep(Editor editor, String itemKey, String title, String slug, String summary, String body) {
        editor.requireStaff();
        ContentAutosave autosave = find(editor, itemKey).orElseGet(() -> {
            ContentAutosave created = new ContentAutosave(editor.name(), itemKey);
            em.persist(created);
            return created;
        });
        autosave.keep(title, slug, summary, body, OffsetDateTime.now(clock));
    }

    public Optional<ContentAutosave> find(Editor editor, String itemKey) {
        return em.createNamedQuery("ContentAutosave.find", ContentAutosave.class)
                .setParameter("username", editor.name())
                .setParameter("key", itemKey)
                .getResultStream()
                .findFirst();
    }

    public void discard(Editor editor, String itemKey) {
        find(editor, itemKey).ifPresent(em::remove);
    }
}
