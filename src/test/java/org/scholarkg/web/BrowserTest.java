package org.scholarkg.web;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.OutputType;
import org.openqa.selenium.TakesScreenshot;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.chrome.ChromeDriverService;
import org.openqa.selenium.chrome.ChromeOptions;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.WebDriverWait;
import org.scholarkg.ExternalTool;
import org.scholarkg.SeedGraph;
import org.scholarkg.store.GraphLoader;
import org.scholarkg.store.Tdb2Store;

/**
 * The site in a real browser (Debian's headless Chromium through its chromedriver): from the home page,
 * search a member, follow to the person, to a paper, to the group; run an example query in the query UI.
 * Screenshots of each page go to {@code target/screenshots/}.
 */
class BrowserTest {

    private static final String CHROMIUM = "/usr/bin/chromium";
    private static final String CHROMEDRIVER = "/usr/bin/chromedriver";
    private static final Path SHOTS = Path.of("target", "screenshots");

    private static Tdb2Store store;
    private static KgServer server;
    private static ChromeDriver browser;

    @BeforeAll
    static void start() throws Exception {
        ExternalTool.require(CHROMIUM, "chromium");
        ExternalTool.require(CHROMEDRIVER, "chromium-driver");
        store = new Tdb2Store(Files.createTempDirectory("browser-tdb2"));
        new GraphLoader(SeedGraph.IRIS).load(SeedGraph.records(), store, g -> { });
        server = KgServer.builder(store.datasetGraph()).port(0).build().start();
        ChromeOptions options = new ChromeOptions().setBinary(CHROMIUM).addArguments("--headless=new", "--no-sandbox",
                "--disable-gpu", "--disable-quic", "--no-first-run", "--disable-background-networking",
                "--disable-component-update", "--disable-sync", "--window-size=1200,1500",
                "--user-data-dir=" + Files.createTempDirectory("chromium-profile"));
        ChromeDriverService service = new ChromeDriverService.Builder()
                .usingDriverExecutable(Path.of(CHROMEDRIVER).toFile()).usingAnyFreePort().build();
        browser = new ChromeDriver(service, options);
        Files.createDirectories(SHOTS);
    }

    @AfterAll
    static void stop() {
        if (browser != null) {
            browser.quit();
        }
        if (server != null) {
            server.stop();
            store.close();
        }
    }

    private static void shoot(String name) throws Exception {
        Files.write(SHOTS.resolve(name + ".png"), ((TakesScreenshot) browser).getScreenshotAs(OutputType.BYTES));
    }

    private static String url(String path) {
        return "http://localhost:" + server.port() + path;
    }

    @Test
    void fromSearchToPersonToPaperToGroup() throws Exception {
        browser.get(url("/"));
        shoot("home");
        assertThat(browser.findElement(By.id("counts")).getText()).contains("9 papers");
        WebElement search = browser.findElement(By.name("q"));
        search.sendKeys("Jegelka");
        search.submit();
        shoot("search");
        browser.findElement(By.linkText("Stefanie Jegelka")).click();
        assertThat(browser.getCurrentUrl()).endsWith("/doc/person/stefanie-jegelka.html");
        assertThat(browser.findElement(By.id("title")).getText()).isEqualTo("Stefanie Jegelka");
        assertThat(browser.findElements(By.cssSelector("#papers li"))).hasSize(9);
        shoot("person");

        browser.findElement(By.linkText("A Canonicalization Perspective on Invariant and Equivariant Learning")).click();
        assertThat(browser.getCurrentUrl()).endsWith("/doc/paper/ma-2024-canonicalization-perspective.html");
        List<String> authors = browser.findElements(By.cssSelector("ol.authors li")).stream().map(WebElement::getText)
                .toList();
        assertThat(authors).containsExactly("G. Ma", "Y. Wang", "D. Lim", "S. Jegelka (Stefanie Jegelka)", "Y. Wang");
        assertThat(browser.findElement(By.id("abstract")).getText()).startsWith("In many applications, we desire neural networks");
        shoot("paper");

        browser.findElement(By.linkText("Research Group Stefanie Jegelka")).click();
        assertThat(browser.getCurrentUrl()).endsWith("/doc/group/jegelka.html");
        assertThat(browser.findElements(By.cssSelector("#members li"))).hasSize(4);
        assertThat(browser.findElements(By.cssSelector("#publications li"))).hasSize(9);
        shoot("group");
    }

    @Test
    void anExampleQueryRunsInTheQueryUi() throws Exception {
        browser.get(url("/query"));
        WebDriverWait wait = new WebDriverWait(browser, Duration.ofSeconds(30));
        wait.until(ExpectedConditions.presenceOfElementLocated(By.cssSelector(".yasqe")));
        List<WebElement> tabs = browser.findElements(By.cssSelector(".tabsList .tab"));
        // A tab's text ends with its close button.
        assertThat(tabs).extracting(t -> t.getText().split("\n")[0].strip()).contains("papers of a person", "group members");
        browser.findElement(By.cssSelector(".yasqe_queryButton")).click();
        wait.until(ExpectedConditions.numberOfElementsToBeMoreThan(By.cssSelector(".yasr table tbody tr"), 0));
        assertThat(browser.findElements(By.cssSelector(".yasr table tbody tr"))).hasSize(9);
        shoot("query");
    }
}
