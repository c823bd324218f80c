package cn.policyportal.web;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.time.Duration;

import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
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
import cn.policyportal.TestPortal;

/**
 * A question of issue 19 typed into the search page, in the Debian chromium: the page says it was
 * answered as a question, marks the words searched, and the article that answers it leads to its
 * document, where 相关条文 lists articles of other laws.
 */
@Tag("slow")
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class QuestionPageBrowserTest {

    @TempDir
    static Path dir;

    private TestPortal portal;
    private ChromeDriver browser;
    private WebDriverWait wait;

    @BeforeAll
    void start() throws Exception {
        portal = TestPortal.withVectors(dir);
        browser = HeadlessChromium.start(dir, 1280, 1000);
        wait = new WebDriverWait(browser, Duration.ofSeconds(20));
    }

    @AfterAll
    void stop() throws IOException {
        if (browser != null) {
            browser.quit();
        }
        portal.close();
    }

    @Test
    void aQuestionTypedIntoTheBoxFindsTheArticleAndItsRelatedArticles() throws IOException {
        browser.get("http://127.0.0.1:" + portal.port() + "/");
        browser.findElement(By.id("q")).sendKeys("劳动争议仲裁的时效是多久", Keys.ENTER);
        wait.until(ExpectedConditions.presenceOfElementLocated(By.cssSelector("#results .hit")));
        WebElement mode = wait.until(ExpectedConditions.visibilityOfElementLocated(By.id("mode")));
        assertThat(mode.getText()).contains("按问题匹配，显示最相关的条文");
        assertThat(mode.findElements(By.tagName("mark"))).extracting(WebElement::getText).contains("时效");
        WebElement first = browser.findElements(By.cssSelector("#results .hit")).get(0);
        assertThat(first.getText()).contains("劳动争议调解仲裁法").contains("第二十七条");
        Files.createDirectories(Path.of("target/screenshots"));
        Files.copy(((TakesScreenshot) browser).getScreenshotAs(OutputType.FILE).toPath(),
                Path.of("target/screenshots/question.png"), StandardCopyOption.REPLACE_EXISTING);

        first.findElement(By.cssSelector("a")).click();
        WebElement related = wait.until(ExpectedConditions.elementToBeClickable(By.cssSelector("#a27 .related-toggle")));
        related.click();
        WebElement box = wait.until(ExpectedConditions.presenceOfElementLocated(By.cssSelector("#a27 .related li a")));
        assertThat(box.getText()).startsWith("《").doesNotContain("劳动争议调解仲裁法");
    }
}
