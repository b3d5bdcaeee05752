package com.yumroad.platform.web;

import io.micronaut.runtime.server.EmbeddedServer;
import org.openqa.selenium.By;
import org.openqa.selenium.Dimension;
import org.openqa.selenium.ElementClickInterceptedException;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.StaleElementReferenceException;
import org.openqa.selenium.WebDriverException;
import org.openqa.selenium.OutputType;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.chrome.ChromeDriverService;
import org.openqa.selenium.chrome.ChromeOptions;
import org.openqa.selenium.support.ui.FluentWait;
import org.openqa.selenium.support.ui.WebDriverWait;

import java.io.File;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.Paths;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;
import java.util.function.Supplier;
import java.util.stream.Stream;

/**
 * Debian's Chromium, headless, driven through Debian's chromedriver (paths given, so Selenium Manager never
 * downloads anything), against the application on its random port. One per test class.
 * <p>
 * Every page it lands on ({@link #go}, {@link #follow}) is checked with axe-core (the copy Deque's
 * {@code com.deque.html.axe-core:selenium} jar carries, from Maven Central): a WCAG 2.x A/AA violation or a failed
 * best practice (heading order, landmarks) fails the test, naming the rule and the elements.
 */
final class Chromium implements AutoCloseable {

    static final Dimension DESKTOP = new Dimension(1366, 900);
    static final Dimension PHONE = new Dimension(390, 844);
    private static final String BROWSER = "/usr/bin/chromium";
    private static final String DRIVER = "/usr/bin/chromedriver";
    private static final Duration WAIT = Duration.ofSeconds(10);
    private static final Path SCREENSHOTS = Paths.get("target", "screenshots");
    private static final String AXE = axeScript();
    /** Runs axe on the whole document and hands back one line per violation: rule, impact, help, elements. */
    private static final String RUN_AXE = """
            var done = arguments[arguments.length - 1];
            axe.run(document, {resultTypes: ['violations']}).then(function (result) {
              done(result.violations.map(function (v) {
                return v.id + ' (' + v.impact + '): ' + v.help + ' at ' + v.nodes.map(function (n) {
                  return n.target.join(' ') + (n.failureSummary ? ' [' + n.failureSummary.replace(/\\s+/g, ' ') + ']' : '');
                }).join('; ');
              }));
            }, function (error) { done(['axe could not run: ' + error]); });""";

    /** What the page loaded, or names as a resource to load, from anywhere but its own site. */
    private static final String FROM_ELSEWHERE = """
            var here = location.origin;
            var loaded = performance.getEntriesByType('resource').map(function (e) { return e.name; });
            var named = Array.prototype.map.call(document.querySelectorAll('script[src], img[src], img[srcset], '
                + 'source[src], source[srcset], iframe[src], video[src], audio[src], object[data], embed[src], '
                + 'link[href]:not([rel~=canonical]):not([rel~=alternate])'), function (e) {
              return e.getAttribute('src') || e.getAttribute('href') || e.getAttribute('data')
                  || (e.getAttribute('srcset') || '').split(/[\\s,]+/)[0];
            }).map(function (u) { return new URL(u, location.href).href; });
            return loaded.concat(named).filter(function (u) {
              return !u.startsWith(here + '/') && !u.startsWith('data:') && !u.startsWith('blob:');
            });""";

    private final ChromeDriver driver;
    private final Path profile;
    private final String base;
    private boolean localOnly;

    private Chromium(ChromeDriver driver, Path profile, String base) {
        this.driver = driver;
        this.profile = profile;
        this.base = base;
    }

    static Chromium open(EmbeddedServer server) {
        return open(server, "localhost");
    }

    /**
     * The application under another host name than localhost (and any other names given), all mapped to this
     * machine by Chromium's {@code --host-resolver-rules}: what a browser sees on a real domain over plain http.
     */
    static Chromium open(EmbeddedServer server, String host, String... otherHosts) {
        StringBuilder rules = new StringBuilder();
        for (String name : concat(host, otherHosts)) {
            if (!name.equals("localhost")) {
                rules.append(rules.isEmpty() ? "" : ", ").append("MAP ").append(name).append(" 127.0.0.1");
            }
        }
        return start(server, host, rules.isEmpty() ? new String[0] : new String[]{"--host-resolver-rules=" + rules});
    }

    private static String[] concat(String first, String[] rest) {
        String[] all = new String[rest.length + 1];
        all[0] = first;
        System.arraycopy(rest, 0, all, 1, rest.length);
        return all;
    }

    private static Chromium start(EmbeddedServer server, String host, String[] extraArguments) {
        if (!new File(BROWSER).canExecute() || !new File(DRIVER).canExecute()) {
            throw new IllegalStateException("Browser tests need Debian's chromium and chromium-driver packages: "
                    + "apt-get install -y chromium chromium-driver");
        }
        System.setProperty("webdriver.chrome.driver", DRIVER);
        try {
            Path profile = Files.createTempDirectory("yumroad-chromium");
            ChromeOptions options = new ChromeOptions().setBinary(BROWSER).addArguments("--headless=new",
                    "--no-sandbox", "--disable-gpu", "--disable-dev-shm-usage", "--disable-background-networking",
                    "--disable-component-update", "--no-first-run", "--disable-sync", "--hide-scrollbars",
                    "--window-size=" + DESKTOP.width + "," + DESKTOP.height, "--user-data-dir=" + profile);
            options.addArguments(extraArguments);
            ChromeDriverService service = new ChromeDriverService.Builder()
                    .usingDriverExecutable(new File(DRIVER)).usingAnyFreePort().build();
            ChromeDriver driver = new ChromeDriver(service, options);
            driver.manage().timeouts().implicitlyWait(Duration.ofSeconds(2));
            driver.manage().timeouts().scriptTimeout(Duration.ofSeconds(30));
            return new Chromium(driver, profile, "http://" + host + ":" + server.getPort());
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    ChromeDriver driver() {
        return driver;
    }

    /** From now on every page it lands on must also load nothing from another site: no CDN, no font service. */
    Chromium checkingEveryPageLoadsOnlyFromItsOwnSite() {
        localOnly = true;
        return this;
    }

    @SuppressWarnings("unchecked")
    void assertLoadsOnlyFromItsOwnSite() {
        List<String> elsewhere = (List<String>) driver.executeScript(FROM_ELSEWHERE);
        if (!elsewhere.isEmpty()) {
            throw new AssertionError(driver.getCurrentUrl() + " loads from another site: " + elsewhere);
        }
    }

    void go(String path) {
        driver.get(base + path);
        awaitLoaded();
        checkPage();
    }

    /**
     * Opens a page without checking it yet: for a page that renders itself after it loaded (the API reference),
     * which the caller checks once it has, with {@link #assertAccessible} given as long as it takes.
     */
    void load(String path) {
        driver.get(base + path);
        awaitLoaded();
    }

    /** axe-core on a page as large as the API reference can take longer than a script may run by default. */
    void allowScriptsToRun(Duration time) {
        driver.manage().timeouts().scriptTimeout(time);
    }

    String path() {
        return driver.getCurrentUrl().substring(base.length());
    }

    WebElement find(String css) {
        return driver.findElement(By.cssSelector(css));
    }

    void type(String css, String text) {
        onCurrentDocument(() -> {
            WebElement field = find(css);
            field.clear();
            field.sendKeys(text);
            return null;
        });
    }

    /** Clicks what leads to another page and waits until that page has replaced this one and finished loading. */
    void follow(String css) {
        WebElement page = find("html");
        WebElement target = find(css);
        try {
            target.click();
        } catch (ElementClickInterceptedException e) {
            // headless Chromium's viewport can end above a control low on a long page: click it as a script would
            driver.executeScript("arguments[0].click()", target);
        }
        new WebDriverWait(driver, WAIT).until(d -> replaced(page));
        awaitLoaded();
        checkPage();
    }

    private void checkPage() {
        assertAccessible();
        if (localOnly) {
            assertLoadsOnlyFromItsOwnSite();
        }
    }

    /** axe-core's verdict on the page as it is now: nothing to report, or an AssertionError listing what it found. */
    @SuppressWarnings("unchecked")
    void assertAccessible() {
        if (!"object".equals(driver.executeScript("return typeof window.axe"))) {
            driver.executeScript(AXE);
        }
        List<String> violations = (List<String>) driver.executeAsyncScript(RUN_AXE);
        if (!violations.isEmpty()) {
            throw new AssertionError("axe-core found " + violations.size() + " accessibility violation(s) on "
                    + driver.getCurrentUrl() + ":\n  " + String.join("\n  ", violations));
        }
    }

    /** The element that has the keyboard focus now. */
    WebElement focused() {
        return driver.switchTo().activeElement();
    }

    private static String axeScript() {
        try (InputStream in = Chromium.class.getClassLoader().getResourceAsStream("axe.min.js")) {
            if (in == null) {
                throw new IllegalStateException("axe.min.js is missing: the test classpath needs "
                        + "com.deque.html.axe-core:selenium (platform/app's pom)");
            }
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** Chromium reports an element of a replaced document as stale, or as a node not belonging to the document. */
    private static boolean replaced(WebElement element) {
        try {
            element.isEnabled();
            return false;
        } catch (StaleElementReferenceException e) {
            return true;
        } catch (WebDriverException e) {
            if (isOfAnotherDocument(e)) {
                return true;
            }
            throw e;
        }
    }

    private static boolean isOfAnotherDocument(WebDriverException e) {
        return String.valueOf(e.getMessage()).contains("does not belong to the document");
    }

    String text(String css) {
        return onCurrentDocument(() -> find(css).getText());
    }

    private void awaitLoaded() {
        new WebDriverWait(driver, WAIT).until(d -> "complete".equals(
                ((JavascriptExecutor) d).executeScript("return document.readyState")));
    }

    /**
     * Runs an action on the page's elements again if the document changed under it (a navigation that was still
     * settling): Chromium then reports a stale element or a node that "does not belong to the document".
     */
    private <T> T onCurrentDocument(Supplier<T> action) {
        return new FluentWait<>(driver).withTimeout(WAIT).pollingEvery(Duration.ofMillis(100))
                .ignoring(StaleElementReferenceException.class)
                .until(d -> {
                    try {
                        return Optional.ofNullable(action.get()); // FluentWait takes null for "not yet"
                    } catch (WebDriverException e) {
                        if (isOfAnotherDocument(e)) {
                            throw new StaleElementReferenceException(e.getMessage(), e);
                        }
                        throw e;
                    }
                }).orElse(null);
    }

    String attribute(String css, String name) {
        return onCurrentDocument(() -> find(css).getAttribute(name));
    }

    String body() {
        return text("body");
    }

    /** The page as it is now, at desktop and at phone width: target/screenshots/{name}-desktop.png, -phone.png. */
    void screenshot(String name) {
        try {
            Files.createDirectories(SCREENSHOTS);
            for (var size : new Object[][]{{"desktop", DESKTOP}, {"phone", PHONE}}) {
                driver.manage().window().setSize((Dimension) size[1]);
                byte[] png = driver.getScreenshotAs(OutputType.BYTES);
                Files.write(SCREENSHOTS.resolve(name + "-" + size[0] + ".png"), png);
            }
            driver.manage().window().setSize(DESKTOP);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    @Override
    public void close() {
        driver.quit();
        try (Stream<Path> files = Files.walk(profile)) {
            files.sorted(Comparator.reverseOrder()).forEach(p -> p.toFile().delete());
        } catch (IOException ignored) {
            // a temporary profile left behind is harmless
        }
    }
}
