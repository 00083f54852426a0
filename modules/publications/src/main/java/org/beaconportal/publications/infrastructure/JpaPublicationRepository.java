package org.beaconportal.publications.infrastructure;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.beaconportal.publications.domain.DownloadCount;
import org.beaconportal.publications.domain.FileRole;
import org.beaconportal.publications.domain.Publication;
import org.beaconportal.publications.domain.PublicationFile;
import org.beaconportal.publications.domain.PublicationRepository;

/** {@link PublicationRepository} on the portal's persistence unit. */
@ApplicationScoped
public class JpaPublicationRepository implements PublicationRepository {

    @PersistenceContext(unitName = "beacon")
    EntityManager em;

    @Override
    public Optional<Publication> find(long id) {
        return Optional.ofNullable(em.find(Publication.class, id));
    }

    @Override
    public List<Publication> findAll(Collection<Long> ids) {
        if (ids.isEmpty()) {
            return List.of();
        }
        return em.createQuery("select p from Publication p where p.id in :ids", Publication.class)
                .setParameter("ids", List.copyOf(ids))
                .getResultList();
    }

    @Override
    public Optional<Publication> findBySlug(String language, String slug) {
        return em.createQuery(
                        "select p from Publication p where p.language = :language and p.slug = :slug",
                        Publication.class)
                .setParameter("language", language)
                .setParameter("slug", slug)
                .getResultStream()
                .findFirst();
    }

    @Override
    public void save(PublicationFile file) {
        if (file.getId() == null) {
            em.persist(file);
        }
        em.flush();
    }

    @Override
    public void replaceFullText(long publicationId, String text) {
        em.createNativeQuery("update publications_publication set full_text = ? where id = ?")
                .setParameter(1, text == null || text.isBlank() ? null : text)
                .setParameter(2, publicationId)
                .executeUpdate();
    }

    @Override
    public Optional<PublicationFile> findFile(long id) {
        return Optional.ofNullable(em.find(PublicationFile.class, id));
    }

    @Override
    public void remove(PublicationFile file) {
        em.createNativeQuery("delete from publications_download where file_id = ?")
                .setParameter(1, file.getId())
                .executeUpdate();
        em.remove(em.contains(file) ? file : em.merge(file));
        em.flush();
    }

    @Override
    public List<PublicationFile> files(long publicationId) {
        return em.createNamedQuery("PublicationFile.ofPublication", PublicationFile.class)
                .setParameter("publication", publicationId)
                .getResultList();
    }

    @Override
    public Map<Long, List<PublicationFile>> files(Collection<Long> publicationIds) {
        Map<Long, List<PublicationFile>> grouped = new LinkedHashMap<>();
        if (publicationIds.isEmpty()) {
            return grouped;
        }
        em.createNamedQuery("PublicationFile.ofPublications", PublicationFile.class)
                .setParameter("publications", List.copyOf(publicationIds))
                .getResultList()
                .forEach(f -> grouped.computeIfAbsent(f.getPublicationId(), k -> new java.util.ArrayList<>())
                        .add(f));
        return grouped;
    }

    @Override
    public int lastSectionPosition(long publicationId) {
        Integer max = em.createQuery(
                        "select max(f.position) from PublicationFile f where f.publicationId = :p and f.role = :role",
                        Integer.class)
                .setParameter("p", publicationId)
                .setParameter("role", FileRole.SECTION)
                .getSingleResult();
        return max == null ? 0 : max;
    }

    /**
     * Insert-if-missing, then increment: both statements are atomic per row on PostgreSQL and on H2
     * (PostgreSQL mode), so concurrent downloads are all counted.
     */
    @Override
    public void countDownload(long fileId, String month) {
        em.createNativeQuery("insert into publications_download (file_id, period, downloads) values (?, ?, 0)"
                        + " on conflict do nothing")
                .setParameter(1, fileId)
                .setParameter(2, month)
                .executeUpdate();
        em.createNativeQuery(
                        "update publications_download set downloads = downloads + 1 where file_id = ? and period = ?")
                .setParameter(1, fileId)
                .setParameter(2, month)
                .executeUpdate();
    }

    @Override
    public List<DownloadCount> downloadCounts() {
        @SuppressWarnings("unchecked")
        List<Object[]> rows = em.createNativeQuery(
                        "select file_id, period, downloads from publications_download order by period desc, file_id")
                .getResultList();
        return rows.stream()
                .map(r -> new DownloadCount(((Number) r[0]).longValue(), (String) r[1], ((Number) r[2]).longValue()))
                .toList();
    }
}
