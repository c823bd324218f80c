package cn.policyportal.versions;

import static cn.policyportal.RuleFixtures.id;
import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.time.Duration;
import java.util.List;

import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.junit.jupiter.api.io.TempDir;
import org.openqa.selenium.By;
import org.openqa.selenium.Keys;
import org.openqa.selenium.OutputType;
import org.openqa.selenium.TakesScreenshot;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.WebDriverWait;

import cn.policyportal.HeadlessChromium;
import cn.policyportal.RuleFixtures;
import cn.policyportal.SeedPortal;

/**
 * Versions and validity in the Debian chromium: the badge on hits and the one click for 现行有效,
 * the version list of a document page, and its one click to 新旧对照 of 慈善法 2016 → 2023.
 */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class VersionsBrowserEndToEndTest {

    private static final Path SCREENSHOTS = Path.of("target/screenshots");

    @RegisterExtension
    static final SeedPortal SERVER = SeedPortal.withFiles(RuleFixtures.all());

    @TempDir
    static Path dir;

    private ChromeDriver browser;
    private WebDriverWait wait;

    @BeforeAll
    void start() throws IOException {
        browser = HeadlessChromium.start(dir, 1280, 1000);
        wait = new WebDriverWait(browser, Duration.ofSeconds(20));
        Files.createDirectories(SCREENSHOTS);
    }

    @AfterAll
    void stop() {
        if (browser != null) {
            browser.quit();
        }
    }

    private void open(String path) {
        browser.get("http://127.0.0.1:" + SERVER.portal().port() + path);
    }

    private void settled() {
        wait.until(d -> !d.findElement(By.id("status")).getAttribute("class").contains("loading"));
    }

    private void screenshot(String name) throws IOException {
        Path shot = ((TakesScreenshot) browser).getScreenshotAs(OutputType.FILE).toPath();
        Files.copy(shot, SCREENSHOTS.resolve(name + ".png"), StandardCopyOption.REPLACE_EXISTING);
    }

    @Test
    void everyHitHasABadgeAndOneClickKeepsTheRulesInForce() throws IOException {
        open("/");
        browser.findElement(By.id("q")).sendKeys("慈善", Keys.ENTER);
        wait.until(ExpectedConditions.presenceOfElementLocated(By.cssSelector("#results .hit")));
        settled();
        List<WebElement> hits = browser.findElements(By.cssSelector("#results .hit"));
        assertThat(hits).allSatisfy(h -> assertThat(h.findElements(By.cssSelector(".validity"))).hasSize(1));
        assertThat(browser.findElements(By.cssSelector("#results .validity-amended"))).isNotEmpty();

        WebElement inForce = browser.findElements(By.cssSelector("#facets a")).stream()
                .filter(a -> a.getText().startsWith("现行有效")).findFirst().orElseThrow();
        inForce.click();
        wait.until(ExpectedConditions.urlContains("validity="));
        wait.until(d -> d.findElements(By.cssSelector("#results .validity-amended")).isEmpty());
        settled();
        assertThat(browser.findElements(By.cssSelector("#results .validity")))
                .isNotEmpty().allSatisfy(b -> assertThat(b.getText()).startsWith("现行有效"));
        screenshot("search-in-force");
    }

    @Test
    void theVersionListComparesAVersionWithTheOneBeforeInOneClick() throws IOException {
        open("/doc/" + id("慈善法(2023-12-29).txt"));
        WebElement versions = wait.until(ExpectedConditions.presenceOfElementLocated(By.id("versions")));
        List<WebElement> items = versions.findElements(By.tagName("li"));
        assertThat(items).hasSize(2);
        assertThat(items.get(0).getText()).contains("2016年通过", "已修改");
        assertThat(items.get(1).getText()).contains("2023年修正", "现行有效");
        assertThat(items.get(1).getAttribute("class")).contains("current");
        assertThat(browser.findElement(By.cssSelector(".doc-title .validity")).getText()).startsWith("现行有效");
        screenshot("document-versions");

        items.get(1).findElement(By.cssSelector("a.compare-link")).click();
        wait.until(ExpectedConditions.urlContains("/compare?a=" + id("慈善法(2016-03-16).txt")));
        wait.until(ExpectedConditions.presenceOfElementLocated(By.cssSelector("#compare tbody tr")));
        settled();
        assertThat(browser.findElement(By.id("compare-summary")).getText()).contains("新增", "修改", "删除");
        WebElement second = browser.findElements(By.cssSelector("#compare tbody tr")).get(1);
        assertThat(second.getAttribute("class")).isEqualTo("changed");
        assertThat(second.findElement(By.cssSelector("td.old del")).getText()).isEqualTo("其他");
        assertThat(second.findElement(By.cssSelector("td.new ins")).getText()).isEqualTo("非法人");
        assertThat(browser.findElements(By.cssSelector("#compare tr.added"))).isNotEmpty();
        screenshot("compare");

        int all = browser.findElements(By.cssSelector("#compare tbody tr")).size();
        browser.findElement(By.id("changes-only")).click();
        long shown = browser.findElements(By.cssSelector("#compare tbody tr")).stream().filter(WebElement::isDisplayed).count();
        assertThat(shown).isLessThan(all);
    }

    @Test
    void aRepealedRuleSaysWhatRepealedItWithALink() {
        open("/doc/" + id("预备役军官法(2010-08-28).txt"));
        WebElement note = wait.until(ExpectedConditions.presenceOfElementLocated(By.cssSelector(".validity-note")));
        assertThat(note.getText()).contains("已被废止", "预备役人员法");
        assertThat(browser.findElement(By.cssSelector(".doc-title .validity")).getText()).isEqualTo("已废止");
        assertThat(note.findElement(By.tagName("a")).getAttribute("href")).endsWith("/doc/" + id("预备役人员法(2022-12-30).txt"));
    }

    @Test
    void aCompareWithoutTwoVersionsSaysSoInWords() {
        open("/compare?a=" + id("慈善法(2016-03-16).txt"));
        wait.until(d -> d.findElement(By.id("status")).getAttribute("class").contains("error"));
        assertThat(browser.findElement(By.id("status")).getText()).contains("请指明要对照的两个版本");
    }
}
