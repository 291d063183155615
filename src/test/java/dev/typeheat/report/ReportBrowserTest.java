package dev.typeheat.report;

import dev.typeheat.CliRun;
import dev.typeheat.TestCorpus;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.OutputType;
import org.openqa.selenium.TakesScreenshot;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.chrome.ChromeDriverService;
import org.openqa.selenium.chrome.ChromeOptions;

import java.io.File;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * The HTML report in a real browser (Debian's headless Chromium): tables and tree render, clicking a
 * tree node expands it, and hostile type text shows as text and runs nothing. Skipped with a message
 * where Chromium and ChromeDriver are not installed (.ci/run installs them), failed under CI=true.
 */
class ReportBrowserTest {
    private static final Path CHROMIUM = Path.of("/usr/bin/chromium");
    private static final Path CHROMEDRIVER = Path.of("/usr/bin/chromedriver");
    private static WebDriver driver;
    private static Path report;

    /** Each test checks for the browser itself: a skip in {@code @BeforeAll} would hide the tests from the counts. */
    @BeforeEach
    void open() throws Exception {
        TestCorpus.require(Files.isExecutable(CHROMIUM) && Files.isExecutable(CHROMEDRIVER),
                "no Chromium/ChromeDriver at /usr/bin for the browser test (apt-get install chromium chromium-driver)");
        if (driver == null) {
            generateAndOpen();
        }
        driver.get(report.toUri().toString());
    }

    private static void generateAndOpen() throws Exception {
        Path shared = TestCorpus.sharedLocation();
        List<String> args = new java.util.ArrayList<>(List.of("report", "-o", "target/report-test.html",
                TestCorpus.project("types/long-types").toString(),
                TestCorpus.project("types/obligations/warp-obligation-truncated.txt").toString(),
                TestCorpus.project("profile/iter_app-0025333.mm_profdata.gz").toString(),
                Path.of("src/test/resources/hostile").toString()));
        if (Files.isDirectory(shared)) {
            args.add(shared.resolve("warp-app/long-types").toString());
            args.add(shared.resolve("warp-app/error-broken.txt").toString());
            args.add(shared.resolve("tower-app/tower_app-release.ll.gz").toString());
        }
        CliRun.Result r = CliRun.run(args.toArray(new String[0]));
        assertEquals(0, r.code(), r.err());
        report = Path.of("target/report-test.html").toAbsolutePath();
        assertTrue(Files.size(report) < 10_000_000, "report too big: " + Files.size(report));

        System.setProperty("webdriver.chrome.driver", CHROMEDRIVER.toString());
        ChromeOptions options = new ChromeOptions();
        options.setBinary(CHROMIUM.toFile());
        options.addArguments("--headless=new", "--no-sandbox", "--disable-gpu", "--disable-quic", "--no-first-run",
                "--disable-background-networking", "--disable-component-update", "--disable-sync",
                "--window-size=1400,1800", "--user-data-dir=" + Files.createTempDirectory("typeheat-chromium"));
        driver = new ChromeDriver(new ChromeDriverService.Builder().usingDriverExecutable(CHROMEDRIVER.toFile()).build(),
                options);
    }

    @AfterAll
    static void close() {
        if (driver != null) {
            driver.quit();
        }
    }

    @Test
    void tablesAndTreeRenderAndATreeNodeExpands() throws Exception {
        assertFalse(driver.findElements(By.cssSelector("#inputs tbody tr")).isEmpty(), "inputs table empty");
        List<WebElement> hotspots = driver.findElements(By.cssSelector("#hotspot-table tbody tr"));
        assertTrue(hotspots.size() > 3, "hotspot rows: " + hotspots.size());
        assertFalse(driver.findElements(By.cssSelector("#suggestion-list li")).isEmpty());
        int before = driver.findElements(By.cssSelector("#tree li")).size();
        assertTrue(before > 0, "tree not rendered");
        WebElement closed = driver.findElements(By.cssSelector("#tree .toggle")).stream()
                .filter(t -> t.getText().equals("▸")).findFirst().orElseThrow();
        closed.click();
        int after = driver.findElements(By.cssSelector("#tree li")).size();
        assertTrue(after > before, "clicking ▸ expanded nothing: " + before + " -> " + after);
        assertFalse(driver.findElements(By.cssSelector("#icicle rect")).isEmpty(), "icicle not drawn");
        // sorting by nodes puts the largest type first
        driver.findElement(By.cssSelector("#hotspot-table th[data-key=nodes]")).click();
        File shot = ((TakesScreenshot) driver).getScreenshotAs(OutputType.FILE);
        Files.copy(shot.toPath(), Path.of("target/report-screenshot.png"), java.nio.file.StandardCopyOption.REPLACE_EXISTING);
    }

    @Test
    void hostileTypeTextShowsAsTextAndRunsNothing() {
        JavascriptExecutor js = (JavascriptExecutor) driver;
        assertNull(js.executeScript("return window.__pwned === undefined ? null : window.__pwned;"), "injected script ran");
        assertTrue(driver.findElements(By.cssSelector("img")).isEmpty(), "an <img> from input text became markup");
        WebElement filter = driver.findElement(By.id("filter"));
        filter.clear();
        filter.sendKeys("script");
        String table = driver.findElement(By.id("hotspot-table")).getText();
        assertTrue(table.contains("</script><script>window.__pwned=1</script>"), "hostile text not shown as text: " + table);
        assertNull(js.executeScript("return window.__pwned === undefined ? null : window.__pwned;"));
    }

    /** The page finishes loading; its timing is printed (headless Chromium does not always record a paint). */
    @Test
    void pageFinishesLoading() {
        JavascriptExecutor js = (JavascriptExecutor) driver;
        Object loaded = js.executeScript("const n = performance.getEntriesByType('navigation')[0];"
                + " return n ? n.loadEventEnd : null;");
        assertNotNull(loaded, "no navigation timing");
        assertTrue(((Number) loaded).doubleValue() > 0, "load event never ended");
        Object paint = js.executeScript(
                "const p = performance.getEntriesByType('paint'); return p.length ? p[0].startTime : null;");
        Object dom = js.executeScript("return performance.getEntriesByType('navigation')[0].domContentLoadedEventEnd;");
        System.out.println("report first paint: " + (paint != null ? paint + " ms" : "not recorded")
                + ", DOMContentLoaded " + dom + " ms, load " + loaded + " ms (" + report + ")");
    }
}
