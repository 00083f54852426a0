package org.beaconportal.it.browser;

import java.io.File;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URL;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Comparator;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Stream;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.Keys;
import org.openqa.selenium.StaleElementReferenceException;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.chrome.ChromeDriverService;
import org.openqa.selenium.chrome.ChromeOptions;
import org.openqa.selenium.support.ui.WebDriverWait;

/**
 * One headless Chromium driven by Selenium, with the few operations the browser suite needs.
 *
 * <p>The driver is always the system's Chromium and chromedriver ({@link #CHROMIUM}, {@link
 * #CHROMEDRIVER}): Selenium Manager never runs, as the build machine has no internet. Each browser
 * gets a fresh temporary profile, removed on {@link #close()}.
 *
 * <pre>{@code
 * try (Browser browser = Browser.launch()) {
 *     browser.open(base, "/");
 *     browser.await(d -> d.getTitle().contains("Beacon"));
 * }
 * }</pre>
 */
public final class Browser implements AutoCloseable {

    public static final Path CHROMIUM = Path.of(System.getProperty("beacon.chromium", "/usr/bin/chromium"));
    public static final Path CHROMEDRIVER = Path.of(System.getProperty("beacon.chromedriver", "/usr/bin/chromedriver"));

    /** How long explicit waits wait for a condition before failing. */
    public static final Duration WAIT = Duration.ofSeconds(15);

    private final ChromeDriver driver;
    private final Path profile;

    private Browser(ChromeDriver driver, Path profile) {
        this.driver = driver;
        this.profile = profile;
    }

    /** True when both Chromium and chromedriver are installed. */
    public static boolean isInstalled() {
        return Files.isExecutable(CHROMIUM) && Files.isExecutable(CHROMEDRIVER);
    }

    /** Starts a new headless Chromium with an empty profile: no cookies, no history. */
    public static Browser launch() {
        Path profile;
        try {
            profile = Files.createTempDirectory("beacon-chromium-");
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        ChromeDriverService service = new ChromeDriverService.Builder()
                .usingDriverExecutable(CHROMEDRIVER.toFile())
                .usingAnyFreePort()
                .build();
        ChromeOptions options = new ChromeOptions();
        options.setBinary(CHROMIUM.toFile());
        options.addArguments(
                "--headless=new",
                "--no-sandbox",
                "--disable-gpu",
                "--disable-dev-shm-usage",
                "--disable-background-networking",
                "--disable-component-update",
                "--disable-sync",
                "--no-first-run",
                "--window-size=1280,1000",
                "--user-data-dir=" + profile.toAbsolutePath());
        try {
            return new Browser(new ChromeDriver(service, options), profile);
        } catch (RuntimeException e) {
            deleteQuietly(profile);
            throw e;
        }
    }

    public WebDriver driver() {
        return driver;
    }

    /** Loads a portal path ({@code "/es/"}, {@code "/login"}) and waits for the document to be ready. */
    public void open(URL base, String path) {
        driver.get(url(base, path));
        awaitDocumentReady();
    }

    /** The absolute address of a portal path. */
    public static String url(URL base, String path) {
        String root = base.toString();
        if (root.endsWith("/")) {
            root = root.substring(0, root.length() - 1);
        }
        return root + path;
    }

    /**
     * Waits until the condition returns a value other than null or false and returns it; elements
     * that are missing or replaced meanwhile (a Faces Ajax update) count as "not yet".
     */
    public <T> T await(Function<WebDriver, T> condition) {
        return new WebDriverWait(driver, WAIT)
                .ignoring(StaleElementReferenceException.class)
                .until(condition);
    }

    public void awaitDocumentReady() {
        await(d -> "complete".equals(script("return document.readyState")));
    }

    public String currentUrl() {
        return driver.getCurrentUrl();
    }

    /** The element that has the keyboard focus ({@code body} when none has). */
    public WebElement focused() {
        return driver.switchTo().activeElement();
    }

    /** Sends keys to the focused element, as a keyboard user typing would. */
    public void press(CharSequence... keys) {
        focused().sendKeys(keys);
    }

    /** Presses Tab once and returns the element that has the focus afterwards. */
    public WebElement tab() {
        press(Keys.TAB);
        return focused();
    }

    /** True when the element's box lies entirely within the visible part of the page. */
    public boolean isInViewport(WebElement element) {
        return (Boolean) script(
                "var r = arguments[0].getBoundingClientRect();"
                        + "return r.width > 0 && r.height > 0 && r.top >= 0 && r.left >= 0"
                        + " && r.bottom <= window.innerHeight && r.right <= window.innerWidth;",
                element);
    }

    public Object script(String script, Object... arguments) {
        return ((JavascriptExecutor) driver).executeScript(script, arguments);
    }

    /** The number of entries in this tab's session history ({@code window.history.length}). */
    public long historyLength() {
        return ((Number) script("return window.history.length")).longValue();
    }

    /** Forgets every cookie of every site, so the next page is seen as by a new visitor. */
    public void forgetCookies() {
        driver.executeCdpCommand("Network.clearBrowserCookies", Map.of());
    }

    /** Leaves whatever page is shown for an empty one, so a test starts from nothing. */
    public void blank() {
        driver.get("about:blank");
    }

    @Override
    public void close() {
        try {
            driver.quit();
        } finally {
            deleteQuietly(profile);
        }
    }

    private static void deleteQuietly(Path directory) {
        try (Stream<Path> paths = Files.walk(directory)) {
            paths.sorted(Comparator.reverseOrder()).map(Path::toFile).forEach(File::delete);
        } catch (IOException | UncheckedIOException e) {
            // A profile left in the temporary directory is harmless.
        }
    }
}
