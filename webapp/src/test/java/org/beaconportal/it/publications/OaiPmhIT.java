package org.beaconportal.it.publications;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import jakarta.inject.Inject;
import java.io.StringReader;
import java.net.URL;
import java.net.URLEncoder;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.HashSet;
import java.util.Map;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import javax.xml.XMLConstants;
import javax.xml.transform.stream.StreamSource;
import javax.xml.validation.Schema;
import javax.xml.validation.SchemaFactory;
import org.beaconportal.core.application.ContentService;
import org.beaconportal.it.support.PortalClient;
import org.beaconportal.it.support.PortalDeployment;
import org.beaconportal.it.support.TestDatabase;
import org.beaconportal.publications.application.OaiPmh;
import org.beaconportal.publications.domain.Publication;
import org.beaconportal.publications.domain.PublicationKind;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.arquillian.test.api.ArquillianResource;
import org.jboss.shrinkwrap.api.spec.WebArchive;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.xml.sax.SAXException;

/**
 * The OAI-PMH endpoint: every verb and the protocol's errors, each response validated against the
 * OAI-PMH 2.0 schema (with {@code oai_dc} and simple Dublin Core), shipped under
 * {@code src/test/resources/publications} because tests run without network; and a full harvest
 * through resumption tokens.
 */
@ExtendWith(ArquillianExtension.class)
class OaiPmhIT {

    private static final Pattern TOKEN = Pattern.compile("<resumptionToken[^>]*>([^<]*)</resumptionToken>");
    private static final Pattern IDENTIFIER = Pattern.compile("<identifier>([^<]+)</identifier>");

    @Deployment
    static WebArchive deployment() {
        return PortalDeployment.portal()
                .addClass(PublicationsIT.class)
                .addAsResource("publications/OAI-PMH.xsd")
                .addAsResource("publications/oai_dc.xsd")
                .addAsResource("publications/simpledc20021212.xsd")
                .addAsResource("publications/xml.xsd");
    }

    @Inject
    ContentService content;

    @Inject
    TestDatabase database;

    @ArquillianResource
    URL base;

    @Test
    void everyVerbAnswersWithValidXml() throws Exception {
        Publication p = PublicationsIT.publish(
                content, "Harvested brief " + System.nanoTime() % 100000, PublicationKind.BRIEF, "en");
        String id = "oai:beacon:publication:" + p.getId();

        String identify = valid("verb=Identify");
        assertTrue(identify.contains("<protocolVersion>2.0</protocolVersion>"));
        assertTrue(identify.contains("<granularity>YYYY-MM-DDThh:mm:ssZ</granularity>"));
        assertTrue(valid("verb=ListMetadataFormats").contains("<metadataPrefix>oai_dc</metadataPrefix>"));
        assertTrue(valid("verb=ListMetadataFormats&identifier=" + enc(id)).contains("oai_dc"));
        assertTrue(valid("verb=ListSets").contains("<setSpec>kind:research-report</setSpec>"));
        String record = valid("verb=GetRecord&metadataPrefix=oai_dc&identifier=" + enc(id));
        assertTrue(record.contains("<dc:title xml:lang=\"en\">" + p.getTitle() + "</dc:title>"), record);
        assertTrue(record.contains("<dc:creator>Tester, Ida</dc:creator>"), record);
        assertTrue(record.contains("<setSpec>kind:brief</setSpec>"));
        String briefs = valid("verb=ListIdentifiers&metadataPrefix=oai_dc&set=kind:brief");
        assertTrue(briefs.contains(id), briefs);
        assertTrue(valid("verb=ListRecords&metadataPrefix=oai_dc&from=2000-01-01&until=2999-12-31")
                .contains("<oai_dc:dc"));
    }

    @Test
    void badRequestsGetTheProtocolsErrorCodes() throws Exception {
        assertError("verb=Frobnicate", "badVerb");
        assertError("", "badVerb");
        assertError("verb=Identify&verb=ListSets", "badVerb");
        assertError("verb=ListRecords", "badArgument");
        assertError("verb=ListRecords&metadataPrefix=oai_dc&colour=blue", "badArgument");
        assertError("verb=ListRecords&metadataPrefix=oai_dc&from=yesterday", "badArgument");
        assertError("verb=ListRecords&metadataPrefix=oai_dc&from=2020-01-01&until=2020-01-01T00:00:00Z", "badArgument");
        assertError("verb=GetRecord&identifier=oai:beacon:publication:1", "badArgument");
        assertError("verb=ListRecords&metadataPrefix=marc21", "cannotDisseminateFormat");
        assertError(
                "verb=GetRecord&metadataPrefix=oai_dc&identifier=oai:beacon:publication:999999999", "idDoesNotExist");
        assertError("verb=GetRecord&metadataPrefix=oai_dc&identifier=nonsense", "idDoesNotExist");
        assertError("verb=ListMetadataFormats&identifier=oai:beacon:publication:999999999", "idDoesNotExist");
        assertError("verb=ListIdentifiers&metadataPrefix=oai_dc&set=kind:novel", "noRecordsMatch");
        assertError("verb=ListIdentifiers&metadataPrefix=oai_dc&until=1999-01-01", "noRecordsMatch");
        assertError("verb=ListIdentifiers&resumptionToken=bm90LWEtdG9rZW4", "badResumptionToken");
    }

    @Test
    void aLongListIsHarvestedCompletelyThroughResumptionTokens() throws Exception {
        long published = database.count(
                "select count(p) from Publication p where p.status = org.beaconportal.core.domain.ContentStatus.PUBLISHED",
                Map.of());
        for (long i = published; i <= OaiPmh.PAGE_SIZE; i++) {
            PublicationsIT.publish(
                    content,
                    "Bulk report " + i + " " + System.nanoTime() % 100000,
                    PublicationKind.RESEARCH_REPORT,
                    "en");
        }
        long total = database.count(
                "select count(p) from Publication p where p.status = org.beaconportal.core.domain.ContentStatus.PUBLISHED",
                Map.of());
        assertTrue(total > OaiPmh.PAGE_SIZE);

        Set<String> seen = new HashSet<>();
        String response = valid("verb=ListIdentifiers&metadataPrefix=oai_dc");
        int pages = 1;
        while (true) {
            Matcher ids = IDENTIFIER.matcher(response);
            while (ids.find()) {
                assertTrue(seen.add(ids.group(1)), "no identifier twice: " + ids.group(1));
            }
            Matcher token = TOKEN.matcher(response);
            assertTrue(token.find(), "a list longer than a page carries a resumption token");
            assertTrue(response.contains("completeListSize=\"" + total + "\""), response);
            if (token.group(1).isEmpty()) {
                break;
            }
            response = valid("verb=ListIdentifiers&resumptionToken=" + enc(token.group(1)));
            pages++;
        }
        assertEquals(total, seen.size());
        assertEquals((total + OaiPmh.PAGE_SIZE - 1) / OaiPmh.PAGE_SIZE, pages);
        assertFalse(valid("verb=ListRecords&metadataPrefix=oai_dc").isEmpty());
    }

    @Test
    void theSchemaRejectsWhatTheProtocolForbids() throws Exception {
        String echoedBadVerb = "<OAI-PMH xmlns=\"http://www.openarchives.org/OAI/2.0/\">"
                + "<responseDate>2026-01-01T00:00:00Z</responseDate>"
                + "<request verb=\"Frobnicate\">http://localhost/oai</request>"
                + "<error code=\"badVerb\">Unknown verb.</error></OAI-PMH>";

        assertThrows(SAXException.class, () -> schema().newValidator()
                .validate(new StreamSource(new StringReader(echoedBadVerb))));
    }

    private void assertError(String query, String code) throws Exception {
        String xml = valid(query);
        assertTrue(xml.contains("<error code=\"" + code + "\">"), query + " → " + xml);
    }

    /** The response to {@code /oai?query}, after checking that it is valid OAI-PMH 2.0. */
    private String valid(String query) throws Exception {
        HttpResponse<String> response = new PortalClient(base).get("/oai" + (query.isEmpty() ? "" : "?" + query));
        assertEquals(200, response.statusCode());
        assertTrue(response.headers().firstValue("Content-Type").orElseThrow().startsWith("text/xml"));
        schema().newValidator().validate(new StreamSource(new StringReader(response.body())));
        return response.body();
    }

    private static Schema schema() throws Exception {
        SchemaFactory factory = SchemaFactory.newInstance(XMLConstants.W3C_XML_SCHEMA_NS_URI);
        factory.setProperty(XMLConstants.ACCESS_EXTERNAL_DTD, "");
        factory.setProperty(XMLConstants.ACCESS_EXTERNAL_SCHEMA, "all");
        URL oai = OaiPmhIT.class.getResource("/publications/OAI-PMH.xsd");
        URL dc = OaiPmhIT.class.getResource("/publications/oai_dc.xsd");
        return factory.newSchema(new StreamSource[] {
            new StreamSource(dc.openStream(), dc.toExternalForm()),
            new StreamSource(oai.openStream(), oai.toExternalForm())
        });
    }

    private static String enc(String value) {
        return URLEncoder.encode(value, StandardCharsets.UTF_8);
    }
}
