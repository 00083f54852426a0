package org.beaconportal.it.compliance;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.net.http.HttpResponse;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.beaconportal.it.support.PortalClient;

/**
 * Submits one form of a Faces page over HTTP as a browser would: that form's hidden fields (its
 * view state included), the page's CSP nonce (which PrimeFaces' script would add), the given
 * inputs and the pressed button, to the form's own action. Inputs
 * and the button are named by their ids inside the form ({@code confirm-name} for
 * {@code delete:confirm-name}).
 */
final class FacesForm {

    /** The page's CSP nonce, which PrimeFaces' script adds to every post and the server checks. */
    private static final Pattern NONCE = Pattern.compile("\\bnonce=\"([^\"]+)\"");

    private FacesForm() {}

    /** Opens the page and submits the form on it. */
    static HttpResponse<String> submit(
            PortalClient client, String pagePath, String formId, Map<String, String> inputs, String buttonId) {
        HttpResponse<String> page = client.get(pagePath);
        assertEquals(200, page.statusCode(), pagePath);
        return submitFrom(client, page.body(), formId, inputs, buttonId);
    }

    /** Submits the form found in the given page (for instance the page a previous submit returned). */
    static HttpResponse<String> submitFrom(
            PortalClient client, String html, String formId, Map<String, String> inputs, String buttonId) {
        Matcher form = Pattern.compile(
                        "<form\\b[^>]*\\bid=\"" + Pattern.quote(formId) + "\"[^>]*>(.*?)</form>", Pattern.DOTALL)
                .matcher(html);
        assertTrue(form.find(), "form " + formId + " on the page");
        Matcher action = Pattern.compile("\\baction=\"([^\"]+)\"").matcher(form.group());
        assertTrue(action.find(), "form " + formId + " has an action");
        Map<String, String> fields = PortalClient.hiddenFields(form.group(1));
        Matcher nonce = NONCE.matcher(html);
        if (nonce.find()) {
            fields.put("primefaces.nonce", nonce.group(1));
        }
        inputs.forEach((id, value) -> fields.put(formId + ":" + id, value));
        fields.put(formId + ":" + buttonId, buttonId);
        return client.postForm(action.group(1).replace("&amp;", "&"), fields, client.origin());
    }
}
