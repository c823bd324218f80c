package cn.policyportal.web;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.net.URLDecoder;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.time.Duration;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import com.fasterxml.jackson.databind.JsonNode;

import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.junit.jupiter.api.io.TempDir;
import org.openqa.selenium.By;
import org.openqa.selenium.Dimension;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.Keys;
import org.openqa.selenium.OutputType;
import org.openqa.selenium.TakesScreenshot;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.interactions.Actions;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.WebDriverWait;

import cn.policyportal.HeadlessChromium;
import cn.policyportal.FixtureFiles;
import cn.policyportal.Seeds;
import cn.policyportal.TestPortal;

/**
 * The pages in the Debian chromium, driven by the Debian chromedriver, against the real server:
 * what a person sees and clicks. Screenshots of every page go to {@code target/screenshots}.
 */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class BrowserEndToEndTest {

    private static final Path SCREENSHOTS = Path.of("target/screenshots");
    private static final String AS_OF = "2024-01-01";

    @TempDir
    static Path dir;

    private TestPortal portal;
    private ChromeDriver browser;
    private WebDriverWait wait;

    @BeforeAll
    void start() throws IOException {
        Seeds.copyAll(dir.resolve("corpus"));
        portal = new TestPortal(dir.resolve("corpus"), dir.resolve("index"));
        browser = HeadlessChromium.start(dir, 1280, 1000);
        wait = new WebDriverWait(browser, Duration.ofSeconds(20));
        Files.createDirectories(SCREENSHOTS);
    }

    @AfterAll
    void stop() throws IOException {
        if (browser != null) {
            browser.quit();
        }
        portal.close();
    }

    @BeforeEach
    void desktopSize() {
        browser.manage().window().setSize(new Dimension(1280, 1000));
    }

    private String url(String path) {
        return "http://127.0.0.1:" + portal.port() + path;
    }

    private Object js(String script, Object... args) {
        return ((JavascriptExecutor) browser).executeScript(script, args);
    }

    private void screenshot(String name) throws IOException {
        Path shot = ((TakesScreenshot) browser).getScreenshotAs(OutputType.FILE).toPath();
        Files.copy(shot, SCREENSHOTS.resolve(name + ".png"), StandardCopyOption.REPLACE_EXISTING);
    }

    private void open(String path) {
        browser.get(url(path));
    }

    /** Waits until the page's status line is no longer "loading". */
    private void settled() {
        wait.until(d -> !d.findElement(By.id("status")).getAttribute("class").contains("loading"));
    }

    @Test
    void aSearchShowsHighlightedResultsAndLeadsToTheArticle() throws IOException {
        open("/");
        WebElement box = browser.findElement(By.id("q"));
        box.sendKeys("问题线索", Keys.ENTER);
        wait.until(ExpectedConditions.presenceOfElementLocated(By.cssSelector("#results .hit")));
        settled();
        WebElement first = browser.findElements(By.cssSelector("#results .hit")).get(0);
        assertThat(first.findElements(By.cssSelector(".snippet mark"))).isNotEmpty()
                .allSatisfy(mark -> assertThat(mark.getText()).isEqualTo("问题线索"));
        assertThat(first.findElement(By.cssSelector(".unit-label")).getText()).contains("第十六条");
        assertThat(browser.getCurrentUrl()).contains("q=");
        screenshot("search");

        first.findElement(By.cssSelector("a.hit-title")).click();
        wait.until(ExpectedConditions.urlContains("/a/16"));
        WebElement article = wait.until(ExpectedConditions.presenceOfElementLocated(By.cssSelector("#a16.current")));
        Number top = (Number) js("return arguments[0].getBoundingClientRect().top;", article);
        Number height = (Number) js("return window.innerHeight;");
        assertThat(top.doubleValue()).as("the article is scrolled into view").isBetween(-1.0, height.doubleValue() / 2);
        assertThat(article.findElements(By.tagName("mark"))).isNotEmpty();
        assertThat(browser.findElements(By.cssSelector("#toc a[href='#a16']"))).hasSize(1);
        screenshot("document-article");
    }

    @Test
    void theClauseBoxJumpsToAnArticle() {
        open("/doc/" + TestPortal.idOf(Seeds.INSPECTION_RULES));
        wait.until(ExpectedConditions.presenceOfElementLocated(By.id("a31")));
        browser.findElement(By.id("clause")).sendKeys("第三十条", Keys.ENTER);
        wait.until(ExpectedConditions.presenceOfElementLocated(By.cssSelector("#a30.current")));
        assertThat(browser.getCurrentUrl()).endsWith("/a/30");
        browser.findElement(By.id("clause")).clear();
        browser.findElement(By.id("clause")).sendKeys("99", Keys.ENTER);
        wait.until(d -> !d.findElement(By.id("clause-status")).getText().isEmpty());
        assertThat(browser.findElement(By.id("clause-status")).getText()).contains("没有第99条");
    }

    @Test
    void facetsSortAndPagingLiveInTheAddressAndTheBackButtonWorks() {
        open("/?q=" + TestPortal.encode("巡视"));
        settled();
        String before = browser.findElement(By.id("status")).getText().replaceAll("，用时.*", "");
        browser.findElement(By.xpath("//div[@class='facet']//a[starts-with(normalize-space(.),'办法')]")).click();
        wait.until(ExpectedConditions.urlContains("type="));
        settled();
        assertThat(browser.findElements(By.cssSelector("#results .hit"))).hasSize(2);
        browser.navigate().back();
        wait.until(d -> !d.getCurrentUrl().contains("type="));
        settled();
        assertThat(browser.findElement(By.id("status")).getText()).startsWith(before);
        assertThat(browser.findElements(By.cssSelector("#results .hit"))).hasSize(4);
    }

    @Test
    void aQueryThatFindsNothingOffersWhatWould() {
        open("/?q=" + TestPortal.encode("巡视整改 独角兽"));
        settled();
        WebElement suggestion = wait.until(ExpectedConditions.presenceOfElementLocated(By.cssSelector("#did-you-mean a")));
        assertThat(suggestion.getText()).isEqualTo("巡视整改");
        suggestion.click();
        wait.until(ExpectedConditions.presenceOfElementLocated(By.cssSelector("#results .hit")));
        assertThat(URLDecoder.decode(browser.getCurrentUrl(), StandardCharsets.UTF_8)).contains("q=巡视整改");
    }

    @Test
    void theDashboardDrawsTheApiNumbersAndABarOpensTheFilteredList() throws Exception {
        open("/stats?as_of=" + AS_OF);
        wait.until(d -> js("return window.portalCharts && window.portalCharts.progress ? 1 : 0").equals(1L));
        screenshot("stats");
        JsonNode dimensions = portal.getJson("/api/stats/dimensions", 200).get("dimensions");
        List<String> charts = new ArrayList<>();
        List<String> periods = new ArrayList<>();
        dimensions.forEach(d -> {
            if (d.get("chart").asText().equals("TIMELINE")) {
                periods.add(d.get("key").asText());
            } else {
                charts.add(d.get("key").asText());
            }
        });
        charts.add("timeline");
        assertThat(browser.findElements(By.cssSelector("figure[data-dimension]")))
                .as("every chart but the reports' comes from /api/stats/dimensions")
                .extracting(f -> f.getAttribute("data-chart")).containsExactlyInAnyOrderElementsOf(charts);
        assertThat(browser.findElements(By.cssSelector("#period option"))).extracting(o -> o.getAttribute("value"))
                .containsExactlyElementsOf(periods);
        assertThat(browser.findElements(By.cssSelector(".charts figure"))).hasSize(charts.size() + 1);
        for (String by : List.of("lead_dept", "leader", "assist_dept", "status")) {
            JsonNode api = portal.getJson("/api/stats/measures?by=" + by + "&then=status&as_of=" + AS_OF, 200);
            @SuppressWarnings("unchecked")
            List<Object> labels = (List<Object>) js("return window.portalCharts[arguments[0]].data.labels;", by);
            @SuppressWarnings("unchecked")
            List<Number> totals = (List<Number>) js("""
                    const c = window.portalCharts[arguments[0]];
                    return c.data.labels.map((l, i) => c.data.datasets.reduce((s, d) => s + d.data[i], 0));""", by);
            assertThat(labels).as(by).hasSize(api.get("buckets").size());
            for (int i = 0; i < labels.size(); i++) {
                assertThat(totals.get(i).intValue()).as(by + " " + labels.get(i)).isEqualTo(api.get("buckets").get(i).get("count").asInt());
            }
            Number painted = (Number) js("""
                    const canvas = document.getElementById('chart-' + arguments[0]);
                    const pixels = canvas.getContext('2d').getImageData(0, 0, canvas.width, canvas.height).data;
                    let n = 0;
                    for (let i = 3; i < pixels.length; i += 4) { if (pixels[i] > 0) n++; }
                    return n;""", by);
            assertThat(painted.intValue()).as("pixels drawn on " + by).isGreaterThan(1000);
        }
        assertThat(browser.findElements(By.cssSelector("figure[data-chart='lead_dept'] table.fallback tr"))).hasSizeGreaterThan(5);

        @SuppressWarnings("unchecked")
        Map<String, Object> bar = (Map<String, Object>) js("""
                const c = window.portalCharts.lead_dept;
                const i = c.data.labels.indexOf('人事局');
                const d = c.data.datasets.findIndex(ds => ds.data[i] > 0);
                const p = c.getDatasetMeta(d).data[i].getCenterPoint();
                const r = c.canvas.getBoundingClientRect();
                return {x: p.x - r.width / 2, y: p.y - r.height / 2, status: c.data.datasets[d].code};""");
        WebElement canvas = browser.findElement(By.id("chart-lead_dept"));
        js("arguments[0].scrollIntoView({block: 'center'});", canvas);
        new Actions(browser).moveToElement(canvas, ((Number) bar.get("x")).intValue(), ((Number) bar.get("y")).intValue())
                .click().perform();
        wait.until(ExpectedConditions.urlContains("/measures"));
        wait.until(ExpectedConditions.presenceOfElementLocated(By.cssSelector("#measures tbody tr")));
        settled();
        String address = URLDecoder.decode(browser.getCurrentUrl(), StandardCharsets.UTF_8);
        assertThat(address).contains("lead_dept=人事局", "status=" + bar.get("status"));
        int expected = portal.getJson("/api/measures?lead_dept=" + TestPortal.encode("人事局") + "&status=" + bar.get("status")
                + "&as_of=" + AS_OF, 200).get("total").asInt();
        assertThat(browser.findElements(By.cssSelector("#measures tbody tr"))).hasSize(expected);
    }

    @Test
    void theMeasuresTableExportsExactlyWhatItShows() throws Exception {
        open("/measures?lead_dept=" + TestPortal.encode("人事局") + "&as_of=" + AS_OF);
        wait.until(ExpectedConditions.presenceOfElementLocated(By.cssSelector("#measures tbody tr")));
        settled();
        screenshot("measures");
        List<String> shown = browser.findElements(By.cssSelector("#measures tbody tr")).stream()
                .map(tr -> tr.getAttribute("data-id")).toList();
        assertThat(shown).hasSize(8);
        assertThat(browser.findElements(By.cssSelector("#measures tbody .badge"))).isNotEmpty();
        String csvHref = browser.findElement(By.id("export-csv")).getAttribute("href");
        String csv = new String(portal.getBytes(csvHref.substring(csvHref.indexOf("/api/"))).body(), StandardCharsets.UTF_8);
        List<String> exported = new ArrayList<>();
        for (String record : csv.substring(1).split("\r\n")) {
            exported.add(record.substring(1, record.indexOf('"', 1)));
        }
        assertThat(exported.subList(1, exported.size())).isEqualTo(shown);
        browser.findElement(By.cssSelector("#measures th[data-sort='due']")).click();
        List<String> dues = browser.findElements(By.cssSelector("#measures tbody tr td:nth-child(6)")).stream()
                .map(WebElement::getText).toList();
        assertThat(dues).isSorted();
    }

    @Test
    void aStatusIsRecordedFromTheTableWithTheToken() {
        open("/measures?leader=" + TestPortal.encode("张亚平"));
        wait.until(ExpectedConditions.presenceOfElementLocated(By.cssSelector("#measures tbody tr")));
        // Another test may have left a token in this tab's session, which opens the panel by itself.
        if (browser.findElement(By.id("admin")).getAttribute("open") == null) {
            browser.findElement(By.cssSelector("#admin summary")).click();
        }
        browser.findElement(By.id("token")).clear();
        browser.findElement(By.id("token")).sendKeys(TestPortal.ADMIN_TOKEN);
        WebElement row = wait.until(ExpectedConditions.presenceOfElementLocated(By.cssSelector("#measures tbody tr button.record")));
        String id = row.findElement(By.xpath("./ancestor::tr")).getAttribute("data-id");
        row.click();
        WebElement dialog = wait.until(ExpectedConditions.visibilityOfElementLocated(By.id("record")));
        dialog.findElement(By.name("note")).sendKeys("已在院务会通报");
        dialog.findElement(By.cssSelector("button[type='submit']")).click();
        // The table is drawn anew when the list reloads: wait by locator, never on an element found before.
        wait.until(ExpectedConditions.textToBe(By.cssSelector("tr[data-id='" + id + "'] .badge"), "已完成"));
        assertThat(browser.findElement(By.cssSelector("tr[data-id='" + id + "'] .muted[title]")).getAttribute("title"))
                .isEqualTo("已在院务会通报");
        assertThat(browser.findElement(By.cssSelector("tr[data-id='" + id + "'] .muted[title]")).getText())
                .isEqualTo(LocalDate.now() + " 登记");
    }

    @Test
    void aFileUploadedOnTheAdminPageIsSearchableAndCanBeRemovedAgain() throws IOException {
        Path file = FixtureFiles.docx(dir.resolve("上传测试 通知.docx"),
                List.of("关于开展实验室安全检查的通知", "各单位要在十一月底前完成危化品台账核查。"), List.of());
        open("/admin");
        wait.until(ExpectedConditions.presenceOfElementLocated(By.cssSelector("#documents tbody tr")));
        browser.findElement(By.id("token")).clear();
        browser.findElement(By.id("token")).sendKeys(TestPortal.ADMIN_TOKEN);
        browser.findElement(By.id("file")).sendKeys(file.toAbsolutePath().toString());
        browser.findElement(By.id("upload")).click();
        wait.until(ExpectedConditions.textToBePresentInElementLocated(By.id("status"), "已上传"));
        assertThat(browser.findElement(By.id("status")).getText()).contains("上传/上传测试 通知.docx");

        open("/?q=" + TestPortal.encode("危化品台账"));
        WebElement hit = wait.until(ExpectedConditions.presenceOfElementLocated(By.cssSelector("#results .hit")));
        assertThat(hit.getText()).contains("实验室安全检查");

        open("/admin");
        WebElement remove = wait.until(ExpectedConditions.presenceOfElementLocated(
                By.xpath("//tr[td[text()='上传/上传测试 通知.docx']]//button[contains(@class,'remove')]")));
        remove.click();
        wait.until(ExpectedConditions.alertIsPresent()).accept();
        wait.until(ExpectedConditions.textToBePresentInElementLocated(By.id("status"), "已删除"));
        assertThat(browser.findElements(By.xpath("//tr[td[text()='上传/上传测试 通知.docx']]"))).isEmpty();
    }

    @Test
    void aWrongTokenOnTheAdminPageIsRefusedInWords() throws IOException {
        Path file = FixtureFiles.docx(dir.resolve("口令测试.docx"), List.of("口令测试"), List.of());
        open("/admin");
        browser.findElement(By.id("token")).clear();
        browser.findElement(By.id("token")).sendKeys("wrong-token");
        browser.findElement(By.id("file")).sendKeys(file.toAbsolutePath().toString());
        browser.findElement(By.id("upload")).click();
        wait.until(d -> d.findElement(By.id("status")).getAttribute("class").contains("error"));
        assertThat(browser.findElement(By.id("status")).getText()).contains("管理口令缺失或不正确");
    }

    @Test
    void errorsAreShownAsMessagesOnThePage() {
        open("/doc/000000000000");
        wait.until(d -> d.findElement(By.id("status")).getAttribute("class").contains("error"));
        assertThat(browser.findElement(By.id("status")).getText()).contains("没有编号为");
        open("/measures?due_from=2022-13-45");
        wait.until(d -> d.findElement(By.id("status")).getAttribute("class").contains("error"));
        assertThat(browser.findElement(By.id("status")).getText()).contains("due_from");
    }

    @Test
    void everyPageFitsAPhoneScreen() throws IOException {
        browser.manage().window().setSize(new Dimension(390, 844));
        for (String page : List.of("/?q=" + TestPortal.encode("巡视"), "/doc/" + TestPortal.idOf(Seeds.SUPERVISION_RULES),
                "/measures?as_of=" + AS_OF, "/stats?as_of=" + AS_OF, "/admin")) {
            open(page);
            wait.until(d -> !d.findElement(By.id("status")).getAttribute("class").contains("loading"));
            Number overflow = (Number) js("return document.documentElement.scrollWidth - document.documentElement.clientWidth;");
            assertThat(overflow.intValue()).as(page + " scrolls sideways").isLessThanOrEqualTo(1);
        }
        screenshot("stats-phone");
    }

    @Test
    void noPageRequestsAnythingButThePortal() {
        String origin = url("/");
        for (String page : List.of("/?q=" + TestPortal.encode("巡视"), "/doc/" + TestPortal.idOf(Seeds.INSPECTION_RULES) + "/a/16",
                "/measures", "/stats", "/admin")) {
            open(page);
            wait.until(d -> !d.findElement(By.id("status")).getAttribute("class").contains("loading"));
            @SuppressWarnings("unchecked")
            List<String> requests = (List<String>) js("return performance.getEntriesByType('resource').map(e => e.name);");
            assertThat(requests).as(page).isNotEmpty()
                    .allSatisfy(r -> assertThat(r).startsWith(origin.substring(0, origin.length() - 1)));
        }
    }

    @Test
    void firstContentfulPaintOfTheSearchPage() {
        open("/");
        open("/");
        // Headless Chromium may record the paint entry a frame after the load event that get() waits for.
        Number paint = wait.until(d -> (Number) js("""
                const e = performance.getEntriesByName('first-contentful-paint')[0];
                return e ? e.startTime : null;"""));
        System.out.printf("first contentful paint of / (warm server): %.0f ms%n", paint.doubleValue());
        assertThat(paint.doubleValue()).isGreaterThan(0);
    }
}
