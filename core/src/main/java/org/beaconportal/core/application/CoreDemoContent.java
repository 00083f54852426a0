package org.beaconportal.core.application;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import java.time.Clock;
import java.time.OffsetDateTime;
import java.util.EnumSet;
import org.beaconportal.core.domain.ContentFilter;
import org.beaconportal.core.domain.ContentRepository;
import org.beaconportal.core.domain.ContentRevision;
import org.beaconportal.core.domain.Page;
import org.beaconportal.core.domain.Slug;
import org.beaconportal.core.domain.WorkflowAction;
import org.beaconportal.core.spi.PortalRole;

/** Core's demo pages (about the coalition, privacy), in English and Spanish, on a portal's first start. */
@ApplicationScoped
public class CoreDemoContent {

    @Inject
    ContentRepository content;

    @Inject
    Clock clock;

    @Transactional
    public void loadIfEmpty() {
        if (content.count(new ContentFilter(Page.TYPE, null, null, null)) > 0) {
            return;
        }
        OffsetDateTime now = OffsetDateTime.now(clock);
        Page about = page(
                "about",
                "en",
                "About the coalition",
                "Who we are and how we work together.",
                """
                The coalition brings together service providers, law enforcement, advocates, researchers and \
                survivors across Colorado to end human trafficking.

                ## What we do

                - We train professionals to recognise the signs of labour and sex trafficking.
                - We connect survivors with services: shelter, legal help, health care and more.
                - We publish research and keep the public informed through this portal and a monthly newsletter.

                ## Working together

                Members meet every month. Anyone working against trafficking in Colorado is welcome to join.
                """,
                now);
        Page acerca = page(
                "acerca",
                "es",
                "Acerca de la coalición",
                "Quiénes somos y cómo trabajamos juntos.",
                """
                La coalición reúne a proveedores de servicios, fuerzas del orden, defensores, investigadores y \
                sobrevivientes de todo Colorado para acabar con la trata de personas.

                ## Lo que hacemos

                - Capacitamos a profesionales para reconocer las señales de la trata laboral y sexual.
                - Conectamos a sobrevivientes con servicios: refugio, ayuda legal, atención médica y más.
                - Publicamos investigaciones e informamos al público con este portal y un boletín mensual.

                ## Trabajar juntos

                Los miembros se reúnen cada mes. Toda persona que trabaje contra la trata en Colorado puede unirse.
                """,
                now);
        acerca.linkTranslation(about);
        Page privacy = page(
                "privacy",
                "en",
                "Privacy and safety",
                "What this portal records about you: as little as possible.",
                """
                Reading this portal leaves no trace on our side: no cookie, no session, no tracker and nothing \
                loaded from other sites. We do not log which pages you read or what you search for.

                The **Quick exit** button at the top of every page (or pressing Esc twice) leaves at once for a \
                neutral site. It cannot erase your browser history: use a private window or a device that \
                others do not check.

                If you subscribe to the newsletter, we keep your address only to send it, and you can export \
                or delete your data at any time.
                """,
                now);
        Page privacidad = page(
                "privacidad",
                "es",
                "Privacidad y seguridad",
                "Lo que este portal registra sobre usted: lo mínimo posible.",
                """
                Leer este portal no deja rastro de nuestro lado: ni cookies, ni sesión, ni rastreadores, ni \
                nada cargado desde otros sitios. No registramos qué páginas lee ni qué busca.

                El botón **Salida rápida** en la parte superior de cada página (o pulsar Esc dos veces) sale de \
                inmediato hacia un sitio neutral. No puede borrar el historial de su navegador: use una ventana \
                privada o un dispositivo que otras personas no revisen.

                Si se suscribe al boletín, guardamos su dirección solo para enviárselo, y puede exportar o \
                borrar sus datos en cualquier momento.
                """,
                now);
        privacidad.linkTranslation(privacy);
        for (Page page : new Page[] {about, acerca, privacy, privacidad}) {
            content.save(page);
        }
        content.flush();
        for (Page page : new Page[] {about, acerca, privacy, privacidad}) {
            content.addRevision(new ContentRevision(
                    page.getId(), 1, now, AuditTrail.SYSTEM, "Demo content", ContentSnapshots.toJson(page.snapshot())));
        }
    }

    private static Page page(
            String slug, String language, String title, String summary, String body, OffsetDateTime now) {
        Page page = new Page(Slug.of(slug), language, title, AuditTrail.SYSTEM, now);
        page.edit(title, summary, body, AuditTrail.SYSTEM, now);
        page.apply(WorkflowAction.PUBLISH, EnumSet.of(PortalRole.ADMIN), AuditTrail.SYSTEM, now, null);
        return page;
    }
}
