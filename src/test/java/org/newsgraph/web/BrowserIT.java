package org.newsgraph.web;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.newsgraph.cli.KgCommand;
import org.newsgraph.serve.SparqlServer;
import org.newsgraph.store.TdbStore;
import org.openqa.selenium.By;
import org.openqa.selenium.OutputType;
import org.openqa.selenium.TakesScreenshot;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.chrome.ChromeDriverService;
import org.openqa.selenium.chrome.ChromeOptions;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.WebDriverWait;
import picocli.CommandLine;

/**
 * The site in a real browser: Debian's Chromium, headless, driven by Selenium through Debian's
 * chromedriver, against the seeds' graph served on a free port of 127.0.0.1. Screenshots go to
 * target/screenshots/.
 */
class BrowserIT {
    static final Path CHROMIUM = Path.of("/usr/bin/chromium");
    static final Path CHROMEDRIVER = Path.of("/usr/bin/chromedriver");
    static final Path SHOTS = Path.of("target", "screenshots");

    @TempDir
    static Path tmp;
    static TdbStore store;
    static SparqlServer server;
    static WebDriver browser;

    @BeforeAll
    static void start() throws Exception {
        assumeTrue(Files.isExecutable(CHROMIUM) && Files.isExecutable(CHROMEDRIVER),
                "Chromium and chromedriver are not installed (apt-get install chromium chromium-driver; .ci/run does it)");
        Path s = tmp.resolve("store");
        CommandLine cl = KgCommand.commandLine();
        cl.setOut(new PrintWriter(new StringWriter()));
        assertEquals(0, cl.execute("build", "seeds", "--store", s.toString()));
        store = TdbStore.open(s);
        server = SparqlServer.start(store.datasetGraph(), SparqlServer.Config.readOnly("127.0.0.1", 0));
        ChromeOptions o = new ChromeOptions();
        o.setBinary(CHROMIUM.toFile());
        o.addArguments("--headless=new", "--no-sandbox", "--disable-gpu", "--disable-quic", "--no-first-run",
                "--disable-background-networking", "--disable-component-update", "--disable-sync", "--window-size=1280,1600",
                "--user-data-dir=" + Files.createTempDirectory("chromium"));
        ChromeDriverService svc = new ChromeDriverService.Builder().usingDriverExecutable(CHROMEDRIVER.toFile()).usingAnyFreePort().build();
        browser = new ChromeDriver(svc, o);
        Files.createDirectories(SHOTS);
    }

    @AfterAll
    static void stop() {
        if (browser != null) browser.quit();
        if (server != null) server.close();
        if (store != null) store.close();
    }

    private static void shot(String name) throws Exception {
        Files.write(SHOTS.resolve(name), ((TakesScreenshot) browser).getScreenshotAs(OutputType.BYTES));
    }

    @Test
    void findWhoSaidWhatAboutTheTreatyWithoutWritingSparql() throws Exception {
        browser.get(server.homeUrl());
        assertTrue(browser.findElement(By.tagName("h1")).getText().contains("Who said what"));
        assertTrue(browser.findElement(By.className("counts")).getText().contains("articles"));
        shot("01-home.png");

        WebElement box = browser.findElement(By.name("q"));
        box.sendKeys("Ishiba");
        box.submit();
        new WebDriverWait(browser, Duration.ofSeconds(10)).until(ExpectedConditions.presenceOfElementLocated(By.id("results")));
        shot("02-search.png");
        browser.findElement(By.linkText("Shigeru Ishiba")).click();

        new WebDriverWait(browser, Duration.ofSeconds(10)).until(ExpectedConditions.presenceOfElementLocated(By.id("statements")));
        assertEquals("Shigeru Ishiba", browser.findElement(By.tagName("h1")).getText());
        WebElement wd = browser.findElement(By.id("wikidata"));
        assertEquals("Q1335527", wd.getText());
        assertTrue(wd.getAttribute("href").endsWith("/entity/Q1335527"));
        String statements = browser.findElement(By.id("statements")).getText();
        assertTrue(statements.contains("Our relationship is not"), statements);
        assertTrue(browser.findElements(By.cssSelector("svg[aria-label^='neighbourhood']")).size() == 1);
        assertTrue(browser.findElements(By.cssSelector("svg[aria-label='timeline of statements']")).size() == 1);
        shot("03-entity-ishiba.png");

        // the treaty: who said what in articles about it
        browser.get(server.baseUrl() + "/search?q=treaty");
        browser.findElement(By.cssSelector("#results a")).click();
        new WebDriverWait(browser, Duration.ofSeconds(10)).until(ExpectedConditions.presenceOfElementLocated(By.id("statements")));
        String said = browser.findElement(By.id("statements")).getText();
        assertTrue(said.contains("Donald Trump") && said.contains("Yoshimasa Hayashi"), said);
        shot("04-entity-treaty.png");
    }

    @Test
    void exampleQueryRunsInTheEditorAndShowsATable() throws Exception {
        browser.get(server.baseUrl() + "/query");
        WebDriverWait wait = new WebDriverWait(browser, Duration.ofSeconds(20));
        wait.until(ExpectedConditions.presenceOfElementLocated(By.cssSelector(".CodeMirror")));
        browser.findElement(By.cssSelector("button.example[data-name='quotes']")).click();
        wait.until(d -> d.findElements(By.cssSelector(".yasr table tbody tr")).size() > 5);
        List<WebElement> rows = browser.findElements(By.cssSelector(".yasr table tbody tr"));
        String text = browser.findElement(By.cssSelector(".yasr table")).getText();
        assertTrue(rows.size() >= 20, "rows: " + rows.size());
        assertTrue(text.contains("Shigeru Ishiba") && text.contains("headline"), text.substring(0, Math.min(400, text.length())));
        shot("05-query-quotes.png");
    }
}
