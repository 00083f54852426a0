package org.beaconportal.newsletter.application;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import java.time.Clock;
import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.time.temporal.TemporalAdjusters;
import java.util.Map;
import org.beaconportal.core.application.ContentService;
import org.beaconportal.core.application.Editor;
import org.beaconportal.core.domain.ContentItem;
import org.beaconportal.core.domain.Slug;
import org.beaconportal.core.domain.WorkflowAction;
import org.beaconportal.newsletter.domain.Event;
import org.beaconportal.newsletter.domain.NewsItem;

/**
 * Demo content on a portal's first start: one news story (with its source) and the next monthly
 * coalition meeting, each in English and Spanish, published.
 */
@ApplicationScoped
public class NewsletterDemoContent {

    @Inject
    ContentService content;

    @Inject
    Clock clock;

    @Transactional
    public void load() {
        OffsetDateTime now = OffsetDateTime.now(clock);
        NewsItem news = news(
                "global-estimates-of-forced-labour",
                "en",
                "27.6 million people in forced labour worldwide",
                "The latest global estimates count 27.6 million people in forced labour on any given day in 2021.",
                """
                The most recent global estimates, published in 2022 by the International Labour Organization, \
                Walk Free and the International Organization for Migration, count **27.6 million people** in \
                forced labour on an average day in 2021. Women and girls are 11.8 million of them.

                The coalition uses these figures in its trainings. The full data, with regional figures, is on \
                the portal's statistics pages.

                *Source: ILO, Walk Free and IOM (2022), Global Estimates of Modern Slavery: Forced Labour and \
                Forced Marriage.*
                """,
                now);
        NewsItem noticia = news(
                "estimaciones-mundiales-trabajo-forzoso",
                "es",
                "27,6 millones de personas en trabajo forzoso en el mundo",
                "Las estimaciones mundiales más recientes cuentan 27,6 millones de personas en trabajo forzoso en 2021.",
                """
                Las estimaciones mundiales más recientes, publicadas en 2022 por la Organización Internacional \
                del Trabajo, Walk Free y la Organización Internacional para las Migraciones, cuentan \
                **27,6 millones de personas** en trabajo forzoso en un día cualquiera de 2021. De ellas, \
                11,8 millones son mujeres y niñas.

                La coalición usa estas cifras en sus capacitaciones. Los datos completos, con cifras por región, \
                están en las páginas de estadísticas del portal.

                *Fuente: OIT, Walk Free y OIM (2022), Estimaciones mundiales sobre la esclavitud moderna: \
                trabajo forzoso y matrimonio forzoso.*
                """,
                now);
        noticia.linkTranslation(news);

        LocalDate meetingDay = LocalDate.now(clock.withZone(ZoneId.of(Event.DEFAULT_ZONE)))
                .plusMonths(1)
                .with(TemporalAdjusters.firstInMonth(DayOfWeek.TUESDAY));
        Map<String, String> fields = Map.of(
                "kind",
                "meeting",
                "start",
                meetingDay
                        .atTime(10, 0)
                        .format(DateTimeFormatter.ISO_LOCAL_DATE_TIME)
                        .substring(0, 16),
                "end",
                meetingDay
                        .atTime(11, 30)
                        .format(DateTimeFormatter.ISO_LOCAL_DATE_TIME)
                        .substring(0, 16),
                "timeZone",
                Event.DEFAULT_ZONE,
                "onlineUrl",
                "https://meet.example.org/coalition",
                "accessibilityContact",
                "accessibility@coalition.example.org");
        Event meeting = event(
                "monthly-coalition-meeting",
                "en",
                "Monthly coalition meeting",
                "Members share news, plan trainings and welcome new partners. Open to anyone working against trafficking in Colorado.",
                "Agenda: member updates, upcoming trainings, newsletter items for next month. Live captions are provided.",
                fields,
                now);
        Event reunion = event(
                "reunion-mensual-de-la-coalicion",
                "es",
                "Reunión mensual de la coalición",
                "Los miembros comparten noticias, planifican capacitaciones y reciben a nuevas organizaciones.",
                "Orden del día: novedades de los miembros, próximas capacitaciones, temas del boletín del mes próximo. "
                        + "Hay subtítulos en directo.",
                fields,
                now);
        reunion.linkTranslation(meeting);
        for (ContentItem item : new ContentItem[] {news, noticia, meeting, reunion}) {
            content.create(Editor.SYSTEM, item, "Demo content");
            content.transition(Editor.SYSTEM, item.getId(), WorkflowAction.PUBLISH, null);
        }
    }

    private static NewsItem news(
            String slug, String language, String title, String summary, String body, OffsetDateTime now) {
        NewsItem item = new NewsItem(Slug.of(slug), language, title, "system", now);
        item.edit(title, summary, body, "system", now);
        return item;
    }

    private static Event event(
            String slug,
            String language,
            String title,
            String summary,
            String body,
            Map<String, String> fields,
            OffsetDateTime now) {
        Event item = new Event(Slug.of(slug), language, title, "system", now);
        item.edit(title, summary, body, "system", now);
        item.editFields(fields, "system", now);
        return item;
    }
}
