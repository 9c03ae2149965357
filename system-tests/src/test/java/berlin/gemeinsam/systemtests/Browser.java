package berlin.gemeinsam.systemtests;

import org.openqa.selenium.By;
import org.openqa.selenium.Dimension;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.OutputType;
import org.openqa.selenium.StaleElementReferenceException;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.WebDriverException;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.chrome.ChromeDriverService;
import org.openqa.selenium.chrome.ChromeOptions;
import org.openqa.selenium.support.ui.WebDriverWait;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Properties;

/**
 * Debian's headless chromium driven through Debian's chromedriver, both named by path so that Selenium Manager
 * never looks for (or downloads) a driver or a browser; with axe-core run in each page it is asked to check.
 */
final class Browser implements AutoCloseable {

    static final Path CHROMIUM = Path.of("/usr/bin/chromium");
    static final Path CHROMEDRIVER = Path.of("/usr/bin/chromedriver");
    /** Where Selenium Manager would keep what it downloads: it must not appear. */
    static final Path SELENIUM_CACHE = Path.of(System.getProperty("user.home"), ".cache", "selenium");
    /** The rules of WCAG 2.0 and 2.1, levels A and AA. */
    private static final String WCAG_21_AA = "['wcag2a','wcag2aa','wcag21a','wcag21aa']";
    private static final JsonMapper JSON = JsonMapper.builder().build();

    private final Path profile;
    private final ChromeDriver driver;
    private final String axe;
    private final String axeVersion;

    private Browser(Path profile, ChromeDriver driver) {
        this.profile = profile;
        this.driver = driver;
        this.axeVersion = axeCoreVersion();
        this.axe = axeCoreScript(axeVersion);
    }

    /** Whether this machine has both; where it has not, the browser tests are skipped with this as the reason. */
    static boolean available() {
        return Files.isExecutable(CHROMIUM) && Files.isExecutable(CHROMEDRIVER);
    }

    static String missing() {
        return "browser tests skipped: " + CHROMIUM + " and " + CHROMEDRIVER
                + " are needed (Debian: apt-get install chromium chromium-driver)";
    }

    static Browser start() {
        try {
            Path profile = Files.createTempDirectory("gemeinsam-chromium-");
            ChromeOptions options = new ChromeOptions()
                    .setBinary(CHROMIUM.toFile())
                    .addArguments("--headless", "--no-sandbox", "--disable-gpu", "--disable-background-networking",
                            "--disable-component-update", "--no-first-run", "--disable-sync", "--disable-quic",
                            "--user-data-dir=" + profile, "--window-size=1280,1400", "--lang=de-DE");
            ChromeDriverService service = new ChromeDriverService.Builder()
                    .usingDriverExecutable(CHROMEDRIVER.toFile())
                    .usingAnyFreePort()
                    .build();
            ChromeDriver driver = new ChromeDriver(service, options);
            driver.manage().timeouts().pageLoadTimeout(Duration.ofSeconds(30));
            return new Browser(profile, driver);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    WebDriver driver() {
        return driver;
    }

    void open(String url) {
        driver.get(url);
    }

    String url() {
        return driver.getCurrentUrl();
    }

    WebElement find(By by) {
        return driver.findElement(by);
    }

    List<WebElement> findAll(By by) {
        return driver.findElements(by);
    }

    String text(By by) {
        return driver.findElement(by).getText();
    }

    void type(By field, String text) {
        WebElement element = driver.findElement(field);
        element.clear();
        element.sendKeys(text);
    }

    void click(By by) {
        driver.findElement(by).click();
    }

    /** Clicks a link or a form's button and waits until the page it leads to replaced this one. */
    void clickToLoad(By by) {
        WebElement page = driver.findElement(By.tagName("html"));
        driver.findElement(by).click();
        new WebDriverWait(driver, Duration.ofSeconds(20)).until(loaded -> replaced(page));
    }

    /**
     * Whether the element's page was replaced. Chromium answers a question about an element of a page it just dropped
     * either as stale or, while it swaps the documents, with an error saying the node does not belong to the document.
     */
    private static boolean replaced(WebElement element) {
        try {
            element.isEnabled();
            return false;
        } catch (StaleElementReferenceException gone) {
            return true;
        } catch (WebDriverException maybeGone) {
            if (String.valueOf(maybeGone.getMessage()).contains("does not belong to the document")) {
                return true;
            }
            throw maybeGone;
        }
    }

    /**
     * Runs axe-core's WCAG 2.1 A and AA rules in the current page: its violations (rule, impact, the elements) and
     * how many rules it checked (passed, violated, incomplete or not applicable).
     */
    AxeResult checkAccessibility() {
        JavascriptExecutor script = driver;
        script.executeScript(axe);
        String answer = (String) script.executeAsyncScript("""
                const done = arguments[arguments.length - 1];
                axe.run(document, {runOnly: {type: 'tag', values: %s}}).then(result => done(JSON.stringify({
                    rules: result.passes.length + result.violations.length + result.incomplete.length
                        + result.inapplicable.length,
                    violations: result.violations.map(v => v.id + ' (' + v.impact + '): ' + v.help + ' at '
                        + v.nodes.map(n => n.target.join(' ')).join(', '))
                }))).catch(error => done(JSON.stringify({error: String(error)})));
                """.formatted(WCAG_21_AA));
        JsonNode result = JSON.readTree(answer);
        if (result.has("error")) {
            throw new IllegalStateException("axe-core failed in " + url() + ": " + result.get("error").asString());
        }
        List<String> violations = new ArrayList<>();
        result.get("violations").forEach(violation -> violations.add(violation.asString()));
        return new AxeResult(url(), result.get("rules").asInt(), violations, axeVersion);
    }

    void screenshot(Path file) {
        try {
            Files.createDirectories(file.getParent());
            Files.write(file, driver.getScreenshotAs(OutputType.BYTES));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** The whole page as one picture, however long: the window grows to the page's height for it. */
    void screenshotOfWholePage(Path file) {
        Dimension window = driver.manage().window().getSize();
        Number height = (Number) driver.executeScript("return document.documentElement.scrollHeight;");
        driver.manage().window().setSize(new Dimension(window.getWidth(), height.intValue()));
        try {
            screenshot(file);
        } finally {
            driver.manage().window().setSize(window);
        }
    }

    @Override
    public void close() {
        driver.quit();
        try {
            ServiceProcess.deleteRecursively(profile);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static String axeCoreVersion() {
        Properties properties = new Properties();
        try (InputStream in = resource("META-INF/maven/org.webjars.npm/axe-core/pom.properties")) {
            properties.load(in);
            return properties.getProperty("version");
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static String axeCoreScript(String version) {
        try (InputStream in = resource("META-INF/resources/webjars/axe-core/" + version + "/axe.min.js")) {
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static InputStream resource(String name) {
        InputStream in = Browser.class.getClassLoader().getResourceAsStream(name);
        if (in == null) {
            throw new IllegalStateException(name + " is not on the class path (org.webjars.npm:axe-core)");
        }
        return in;
    }

    /** What axe-core found in one page. */
    record AxeResult(String url, int rulesChecked, List<String> violations, String axeVersion) {
    }
}
