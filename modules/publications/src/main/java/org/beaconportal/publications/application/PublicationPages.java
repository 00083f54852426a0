package org.beaconportal.publications.application;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import java.time.Clock;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.beaconportal.core.application.ContentService;
import org.beaconportal.publications.domain.FileRole;
import org.beaconportal.publications.domain.Publication;
import org.beaconportal.publications.domain.PublicationFile;
import org.beaconportal.publications.domain.PublicationRepository;

/**
 * What a publication's public page shows: the publication (published ones only), its files and
 * its related publications.
 */
@ApplicationScoped
public class PublicationPages {

    /** A publication with its files. */
    public record Detail(
            Publication publication,
            PublicationFile main,
            List<PublicationFile> sections,
            PublicationFile cover,
            String thumbnailPath,
            List<Publication> related) {

        public Publication getPublication() {
            return publication;
        }

        public PublicationFile getMain() {
            return main;
        }

        public List<PublicationFile> getSections() {
            return sections;
        }

        public PublicationFile getCover() {
            return cover;
        }

        public String getThumbnailPath() {
            return thumbnailPath;
        }

        public List<Publication> getRelated() {
            return related;
        }
    }

    @Inject
    ContentService content;

    @Inject
    PublicationRepository repository;

    @Inject
    Clock clock;

    @Transactional
    public Optional<Detail> published(String language, String slug) {
        return content.findPublic(Publication.class, language, slug).map(this::detail);
    }

    /** Where an old slug now lives. */
    @Transactional
    public Optional<Publication> renamed(String language, String slug) {
        return content.findRenamed(Publication.class, Publication.TYPE, language, slug);
    }

    private Detail detail(Publication p) {
        List<PublicationFile> files = repository.files(p.getId());
        PublicationFile main = files.stream()
                .filter(f -> f.getRole() == FileRole.MAIN)
                .findFirst()
                .orElse(null);
        PublicationFile cover = files.stream()
                .filter(f -> f.getRole() == FileRole.COVER)
                .findFirst()
                .orElse(null);
        List<PublicationFile> sections =
                files.stream().filter(f -> f.getRole() == FileRole.SECTION).toList();
        OffsetDateTime now = OffsetDateTime.now(clock);
        List<Publication> related = new ArrayList<>();
        for (String slug : p.getRelatedSlugs()) {
            repository
                    .findBySlug(p.getLanguage(), slug)
                    .filter(r -> r.isVisibleAt(now) && !r.getId().equals(p.getId()))
                    .ifPresent(related::add);
        }
        return new Detail(p, main, sections, cover, PublicationCatalog.thumbnail(files), related);
    }
}
