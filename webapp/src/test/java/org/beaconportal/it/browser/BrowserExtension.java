package org.beaconportal.it.browser;

import java.lang.reflect.Field;
import java.lang.reflect.Modifier;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.extension.AfterAllCallback;
import org.junit.jupiter.api.extension.BeforeAllCallback;
import org.junit.jupiter.api.extension.BeforeEachCallback;
import org.junit.jupiter.api.extension.ExtensionContext;
import org.junit.jupiter.api.extension.TestInstancePostProcessor;

/**
 * Gives a browser-suite class one headless Chromium for all its tests and closes it afterwards.
 *
 * <p>The browser goes into the test's non-static field of type {@link Browser}. Before each test
 * its cookies are forgotten and it shows an empty page, so tests do not depend on each other. When
 * Chromium or chromedriver is not installed the whole class is skipped (not failed) with a loud
 * banner on standard error.
 *
 * <p>Register it after the Arquillian extension, so the deployment exists before the browser does
 * and a skipped class still undeploys cleanly:
 *
 * <pre>{@code
 * @ExtendWith(ArquillianExtension.class)
 * @ExtendWith(BrowserExtension.class)
 * @RunAsClient
 * class SomeIT {
 *     Browser browser;
 * }
 * }</pre>
 */
public class BrowserExtension
        implements BeforeAllCallback, AfterAllCallback, TestInstancePostProcessor, BeforeEachCallback {

    private static final ExtensionContext.Namespace NAMESPACE =
            ExtensionContext.Namespace.create(BrowserExtension.class);
    private static final String BROWSER = "browser";

    @Override
    public void beforeAll(ExtensionContext context) {
        if (!Browser.isInstalled()) {
            String message = "BROWSER SUITE SKIPPED: Chromium not installed (need " + Browser.CHROMIUM + " and "
                    + Browser.CHROMEDRIVER + "); "
                    + context.getRequiredTestClass().getSimpleName() + " did not run.";
            String rule = "!".repeat(message.length());
            System.err.println();
            System.err.println(rule);
            System.err.println(message);
            System.err.println(rule);
            System.err.println();
            Assumptions.assumeTrue(false, message);
        }
        context.getStore(NAMESPACE).put(BROWSER, Browser.launch());
    }

    @Override
    public void afterAll(ExtensionContext context) {
        Browser browser = context.getStore(NAMESPACE).remove(BROWSER, Browser.class);
        if (browser != null) {
            browser.close();
        }
    }

    @Override
    public void postProcessTestInstance(Object testInstance, ExtensionContext context) throws IllegalAccessException {
        Browser browser = context.getStore(NAMESPACE).get(BROWSER, Browser.class);
        for (Class<?> type = testInstance.getClass(); type != Object.class; type = type.getSuperclass()) {
            for (Field field : type.getDeclaredFields()) {
                if (field.getType() == Browser.class && !Modifier.isStatic(field.getModifiers())) {
                    field.setAccessible(true);
                    field.set(testInstance, browser);
                }
            }
        }
    }

    @Override
    public void beforeEach(ExtensionContext context) {
        Browser browser = context.getStore(NAMESPACE).get(BROWSER, Browser.class);
        browser.blank();
        browser.forgetCookies();
    }
}
