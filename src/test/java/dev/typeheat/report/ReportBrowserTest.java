package dev.typeheat.report;

import dev.typeheat.CliRun;
import dev.typeheat.TestCorpus;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.Dimension;
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
        assertFalse(driver.findElement(By.id("overview")).getAttribute("open") != null, "what was read is not folded");
        List<WebElement> hotspots = driver.findElements(By.cssSelector("#hotspot-table tbody tr"));
        assertTrue(hotspots.size() > 3, "hotspot rows: " + hotspots.size());
        assertFalse(driver.findElements(By.cssSelector("#plan ol.steps li")).isEmpty(), "the plan has no step");
        int before = driver.findElements(By.cssSelector("#tree li")).size();
        assertTrue(before > 0, "tree not rendered");
        WebElement closed = driver.findElements(By.cssSelector("#tree .toggle")).stream()
                .filter(t -> t.getText().equals("▸")).findFirst().orElseThrow();
        closed.click();
        int after = driver.findElements(By.cssSelector("#tree li")).size();
        assertTrue(after > before, "clicking ▸ expanded nothing: " + before + " -> " + after);
        assertFalse(driver.findElements(By.cssSelector("#icicle rect")).isEmpty(), "icicle not drawn");
    }

    @Test
    void thePlanIsInTheFirstScreen() {
        driver.manage().window().setSize(new Dimension(1400, 1000));
        driver.get(report.toUri().toString());
        JavascriptExecutor js = (JavascriptExecutor) driver;
        long height = ((Number) js.executeScript("return window.innerHeight;")).longValue();
        assertTrue(height <= 1000 && height > 600, "viewport " + height);
        WebElement plan = driver.findElement(By.id("plan"));
        WebElement crate = driver.findElement(By.cssSelector("#plan .crate h3"));
        WebElement first = driver.findElement(By.cssSelector("#plan ol.steps li"));
        double bottom = ((Number) js.executeScript("return arguments[0].getBoundingClientRect().bottom;", first)).doubleValue();
        assertTrue(bottom <= height, "the plan's first step ends at " + bottom + " px, below the first screen (" + height + " px)");
        assertTrue(plan.getText().contains("What to box"), plan.getText());
        assertTrue(crate.getText().matches("(?s)\\S+.*\\d+ box(es)?(: .*depth \\d+ -> \\d+, longest chain \\d+ -> \\d+.*"
                + "| for the types of [\\d,]+ findings?.*)"), "the crate and its effect: " + crate.getText());
        assertTrue(driver.findElement(By.id("read-line")).getText().matches("Read \\d+ files? \\(.*"),
                driver.findElement(By.id("read-line")).getText());
        driver.manage().window().setSize(new Dimension(1400, 1800));
    }

    @Test
    void unplacedItemsEmptyColumnsAndTheScatterExplainThemselves() {
        assertTrue(!driver.findElements(By.cssSelector("#plan li.unplaced .badge")).isEmpty()
                        || !driver.findElements(By.cssSelector("#hotspot-table .badge")).isEmpty(),
                "no item without a source place is marked");
        for (WebElement badge : driver.findElements(By.cssSelector(".badge"))) {
            assertEquals("no source place", badge.getText());
        }
        List<WebElement> ticks = driver.findElements(By.cssSelector("#scatter text"));
        assertTrue(ticks.stream().anyMatch(t -> t.getText().endsWith(" ms") || t.getText().endsWith(" s")), "no time axis values");
        assertTrue(ticks.stream().anyMatch(t -> t.getText().contains("tree nodes")), "no size axis title");
        assertTrue(driver.findElement(By.id("correlation")).getText().contains("Spearman"), "correlation not explained");
        assertTrue(driver.findElement(By.id("correlation")).getText().matches("(?s).*(take longer|says little|took less).*"));
    }

    /** docs/report.png: one real program (the chains crate's release build and errors), the first screen at 1400x1000. */
    @Test
    void screenshotOfOneProgram() throws Exception {
        Path page = Path.of("target/report-chains.html").toAbsolutePath();
        Path chains = TestCorpus.project("generated/chains");
        CliRun.Result r = CliRun.run("report", "-o", page.toString(), chains.resolve("self-profile").toString(),
                chains.resolve("chains-release.ll.gz").toString(), chains.resolve("long-types/error-broken").toString(),
                chains.resolve("error-broken-verbose.txt").toString());
        assertEquals(0, r.code(), r.err());
        driver.manage().window().setSize(new Dimension(1400, 1000));
        driver.get(page.toUri().toString());
        assertFalse(driver.findElements(By.cssSelector("#plan ol.steps li")).isEmpty(), "the chains crate has nothing to box");
        File shot = ((TakesScreenshot) driver).getScreenshotAs(OutputType.FILE);
        Files.copy(shot.toPath(), Path.of("target/report-screenshot.png"), java.nio.file.StandardCopyOption.REPLACE_EXISTING);
        driver.manage().window().setSize(new Dimension(1400, 1800));
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
