package cn.policyportal.web;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.time.Duration;
import java.util.List;

import com.fasterxml.jackson.databind.JsonNode;

import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.MethodOrderer;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestMethodOrder;
import org.junit.jupiter.api.TestInstance;
import org.junit.jupiter.api.io.TempDir;
import org.openqa.selenium.By;
import org.openqa.selenium.OutputType;
import org.openqa.selenium.TakesScreenshot;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.WebDriverWait;

import cn.policyportal.HeadlessChromium;
import cn.policyportal.Seeds;
import cn.policyportal.TestPortal;

/**
 * A whole round of the supervision workflow in the browser, as each role does it: the office opens
 * a round, two departments report (one with a PDF), the office returns one and accepts the other,
 * the department resubmits and is accepted; the statistics, the 通报 and the audit log show it;
 * a reporter and a leader are refused the administration page. Screenshots go to target/screenshots.
 */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
@TestMethodOrder(MethodOrderer.OrderAnnotation.class)
class WorkflowBrowserTest {

    private static final Path SCREENSHOTS = Path.of("target/screenshots");
    private static final Path PDF = Path.of("src/test/resources/libreoffice/分工方案（页眉页码）.pdf").toAbsolutePath();
    private static final String PASSWORD = WorkflowEndToEndTest.PASSWORD;

    @TempDir
    static Path dir;

    private TestPortal portal;
    private ChromeDriver browser;
    private WebDriverWait wait;

    @BeforeAll
    void start() throws Exception {
        Seeds.copyAll(dir.resolve("corpus"));
        portal = new TestPortal(dir.resolve("corpus"), dir.resolve("index"));
        AccountSession.addUser(portal, "duchaban", PASSWORD, "admin");
        AccountSession.addUser(portal, "renshi", PASSWORD, "reporter", "人事局");
        AccountSession.addUser(portal, "xuebu", PASSWORD, "reporter", "学部工作局");
        AccountSession.addUser(portal, "lingdao", PASSWORD, "viewer");
        AccountSession.addUser(portal, "guihua", PASSWORD, "reporter", "发展规划局");
        browser = HeadlessChromium.start(dir, 1280, 1100);
        // The pages re-render their lists after every action: an element found a moment ago may be replaced.
        wait = new WebDriverWait(browser, Duration.ofSeconds(20));
        wait.ignoring(org.openqa.selenium.StaleElementReferenceException.class);
        Files.createDirectories(SCREENSHOTS);
    }

    @AfterAll
    void stop() throws IOException {
        if (browser != null) {
            browser.quit();
        }
        portal.close();
    }

    private void open(String path) {
        browser.get("http://127.0.0.1:" + portal.port() + path);
    }

    private void screenshot(String name) throws IOException {
        Path shot = ((TakesScreenshot) browser).getScreenshotAs(OutputType.FILE).toPath();
        Files.copy(shot, SCREENSHOTS.resolve(name + ".png"), StandardCopyOption.REPLACE_EXISTING);
    }

    private void login(String user) {
        open("/login?next=/workflow");
        browser.findElement(By.id("username")).sendKeys(user);
        browser.findElement(By.id("password")).sendKeys(PASSWORD);
        browser.findElement(By.id("login")).click();
        wait.until(ExpectedConditions.textToBePresentInElementLocated(By.id("whoami"), user));
    }

    private void logout() {
        browser.findElement(By.id("logout")).click();
        wait.until(ExpectedConditions.presenceOfElementLocated(By.id("login-link")));
    }

    /** The first measure the department may report on (those it only assists come without a form). */
    private WebElement firstReportForm() {
        wait.until(d -> !d.findElements(By.cssSelector(".my-measure form.report-form")).isEmpty());
        return browser.findElements(By.cssSelector(".my-measure form.report-form")).get(0);
    }

    private void report(String state, String progress, Path file) {
        WebElement form = firstReportForm();
        WebElement text = form.findElement(By.name("progress"));
        text.clear();
        text.sendKeys(progress);
        new org.openqa.selenium.support.ui.Select(form.findElement(By.name("state"))).selectByValue(state);
        if (file != null) {
            form.findElement(By.name("files")).sendKeys(file.toString());
        }
        form.findElement(By.className("submit-report")).click();
        wait.until(d -> d.findElements(By.cssSelector(".my-measure .report-status")).stream()
                .anyMatch(e -> e.getText().contains("待审核")));
    }

    private WebElement reportRow(String dept) {
        wait.until(d -> d.findElements(By.cssSelector("#reports tbody tr")).stream().anyMatch(r -> r.getText().contains(dept)));
        return browser.findElements(By.cssSelector("#reports tbody tr")).stream().filter(r -> r.getText().contains(dept))
                .findFirst().orElseThrow();
    }

    @Test
    @Order(1)
    void eachRoleDoesItsPartOfAWholeRound() throws Exception {
        login("duchaban");
        browser.findElement(By.name("name")).sendKeys("2026年12月进展报送");
        ((org.openqa.selenium.JavascriptExecutor) browser).executeScript(
                "document.querySelector('#round-form [name=due]').value = '2026-12-31'");
        browser.findElement(By.id("open-round-button")).click();
        wait.until(ExpectedConditions.textToBePresentInElementLocated(By.id("round"), "2026年12月进展报送"));
        logout();

        login("renshi");
        report("completed", "人才评价办法已印发执行。", PDF);
        screenshot("workflow-report");
        assertThat(browser.findElements(By.cssSelector("#reports button.accept"))).as("a reporter cannot review").isEmpty();
        open("/admin");
        assertThat(wait.until(ExpectedConditions.presenceOfElementLocated(By.id("forbidden"))).getText()).isEqualTo("无权访问");
        open("/workflow");
        logout();

        login("xuebu");
        report("behind", "修订稿仍在征求意见。", null);
        logout();

        login("duchaban");
        wait.until(d -> {
            WebElement returned = reportRow("学部工作局");
            returned.findElement(By.className("reason")).sendKeys("请说明滞后原因和下一步安排");
            returned.findElement(By.className("return")).click();
            return true;
        });
        wait.until(d -> reportRow("学部工作局").getText().contains("已退回"));
        wait.until(d -> {
            reportRow("人事局").findElement(By.className("accept")).click();
            return true;
        });
        wait.until(d -> reportRow("人事局").getText().contains("已通过"));
        assertThat(reportRow("人事局").findElement(By.linkText("分工方案（页眉页码）.pdf"))).isNotNull();
        screenshot("workflow-review");
        logout();

        login("xuebu");
        wait.until(ExpectedConditions.textToBePresentInElementLocated(By.className("returned"), "请说明滞后原因"));
        report("on_track", "已补充说明：预计明年一季度完成。", null);
        logout();

        login("duchaban");
        wait.until(d -> {
            reportRow("学部工作局").findElement(By.className("accept")).click();
            return true;
        });
        wait.until(d -> reportRow("学部工作局").getText().contains("已通过"));

        JsonNode stats = portal.getJson("/api/stats/measures?by=status", 200);
        int completed = 0;
        for (JsonNode b : stats.get("buckets")) {
            completed += b.get("key").asText().equals("completed") ? b.get("count").asInt() : 0;
        }
        assertThat(completed).isEqualTo(1);
        open("/stats");
        wait.until(d -> d.findElements(By.cssSelector("#scorecard-table tbody tr[data-dept='人事局']")).size() == 1);
        assertThat(browser.findElement(By.cssSelector("#scorecard-table tbody tr[data-dept='人事局']")).getText())
                .contains("12.5%");
        wait.until(d -> !d.findElements(By.cssSelector("#reconciliation-table tbody tr")).isEmpty());
        assertThat(browser.findElement(By.cssSelector("#reconciliation-table tbody")).getText())
                .as("the CAS report's 247 measures are another plan than the ledger's 46").contains("247").contains("不是同一范围");
        ((org.openqa.selenium.JavascriptExecutor) browser).executeScript(
                "document.getElementById('scorecards').scrollIntoView()");
        screenshot("stats-scorecards");
        open("/api/reports/progress-document?format=html&round=1");
        assertThat(browser.findElement(By.id("summary")).getText()).contains("在46项举措中，已完成" + completed + "项")
                .contains("已报送2项，审核通过2项");
        assertThat(browser.findElement(By.id("evidence")).getText()).contains("分工方案（页眉页码）.pdf");

        open("/admin");
        wait.until(d -> d.findElements(By.cssSelector("#audit-log tbody tr")).size() > 5);
        List<String> actions = browser.findElements(By.cssSelector("#audit-log tbody tr")).stream()
                .map(r -> r.getText()).toList();
        for (String step : List.of("round.open", "report.submit", "review.return", "review.accept", "measure.status", "login")) {
            assertThat(actions).as(step).anyMatch(a -> a.contains(step));
        }
        assertThat(actions.stream().filter(a -> a.contains("xuebu") && a.contains("report.submit"))).hasSize(2);
        ((org.openqa.selenium.JavascriptExecutor) browser).executeScript("document.getElementById('audit').scrollIntoView()");
        screenshot("admin-audit");
        logout();

        login("lingdao");
        wait.until(d -> reportRow("学部工作局").getText().contains("已通过"));
        assertThat(browser.findElements(By.cssSelector("#reports button.accept"))).isEmpty();
        open("/admin");
        assertThat(wait.until(ExpectedConditions.presenceOfElementLocated(By.id("forbidden"))).getText()).isEqualTo("无权访问");
    }

    /**
     * After the whole round: the office opens a round from the measures page's filter, an assisting
     * department writes its note, the office reads it beside the lead report, and finds reports
     * through the search page's 进展 scope, which an anonymous reader is refused.
     */
    @Test
    @Order(2)
    void aRoundFromTheMeasuresFilterAnAssistingNoteAndTheProgressSearch() throws Exception {
        String planning = TestPortal.encode("发展规划局");
        int inScope = portal.getJson("/api/measures?lead_dept=" + planning, 200).get("total").asInt();
        String assisted = portal.getJson("/api/measures?lead_dept=" + planning + "&assist_dept=" + TestPortal.encode("人事局"), 200)
                .get("measures").get(0).get("id").asText();
        login("duchaban");
        open("/measures?lead_dept=" + planning);
        wait.until(ExpectedConditions.visibilityOfElementLocated(By.id("round-from-filter"))).click();
        wait.until(d -> d.findElement(By.cssSelector("#round-form select[name=doc]")).getAttribute("value").equals("filter"));
        assertThat(new org.openqa.selenium.support.ui.Select(browser.findElement(By.cssSelector("#round-form select[name=doc]")))
                .getFirstSelectedOption().getText()).isEqualTo("当前筛选（举措页所选条件，共" + inScope + "项）");
        browser.findElement(By.name("name")).sendKeys("规划局举措专项督办");
        ((org.openqa.selenium.JavascriptExecutor) browser).executeScript(
                "document.querySelector('#round-form [name=due]').value = '2026-12-31'");
        browser.findElement(By.id("open-round-button")).click();
        wait.until(ExpectedConditions.textToBePresentInElementLocated(By.id("round-scope"),
                "范围：牵头部门为发展规划局的举措，共" + inScope + "项"));
        long round = portal.getJson("/api/rounds", 200).get("rounds").get(0).get("id").asLong();
        logout();

        login("renshi");
        WebElement note = wait.until(ExpectedConditions.presenceOfElementLocated(
                By.cssSelector("#my-assists .my-measure[data-id='" + assisted + "'] textarea[name=text]")));
        assertThat(browser.findElement(By.id("my-measures")).getText()).contains("本轮没有需要本部门报送的举措");
        assertThat(browser.findElements(By.cssSelector(".my-measure[data-id='" + assisted + "'] form.report-form")))
                .as("an assisting department does not report").isEmpty();
        note.sendKeys("已配合提供人才队伍数据。");
        browser.findElement(By.cssSelector("#my-assists .my-measure[data-id='" + assisted + "'] .save-note")).click();
        wait.until(ExpectedConditions.textToBePresentInElementLocated(By.id("status"), "协办意见已保存"));
        assertThat(browser.findElement(By.cssSelector("#my-assists .my-measure[data-id='" + assisted + "'] textarea"))
                .getAttribute("value")).isEqualTo("已配合提供人才队伍数据。");
        screenshot("workflow-assist-note");
        logout();

        HttpResponse<String> lead = AccountSession.login(portal, "guihua", PASSWORD).report(assisted,
                java.util.Map.of("round", String.valueOf(round), "state", "on_track", "progress", "分工方案已印发执行。"), List.of());
        assertThat(lead.statusCode()).as(lead.body()).isEqualTo(201);

        login("duchaban");
        wait.until(d -> reportRow("发展规划局").getText().contains("协办意见（人事局）：已配合提供人才队伍数据。"));
        open("/?q=" + TestPortal.encode("印发"));
        wait.until(ExpectedConditions.elementToBeClickable(By.cssSelector("#scopes a[data-scope=progress]"))).click();
        wait.until(d -> d.findElements(By.cssSelector("#results .report-hit")).size() >= 2);
        assertThat(browser.findElement(By.id("status")).getText()).contains("份进展报送");
        List<WebElement> hits = browser.findElements(By.cssSelector("#results .report-hit"));
        WebElement planningHit = hits.stream().filter(h -> h.getText().contains("发展规划局")).findFirst().orElseThrow();
        assertThat(planningHit.getText()).contains("规划局举措专项督办").contains("待审核").contains("按计划推进");
        assertThat(planningHit.findElement(By.cssSelector(".progress mark")).getText()).isEqualTo("印发");
        assertThat(hits).anyMatch(h -> h.getText().contains("分工方案（页眉页码）.pdf") && h.getText().contains("已通过"));
        screenshot("search-progress");
        planningHit.findElement(By.className("workflow-link")).click();
        wait.until(d -> reportRow("发展规划局").getText().contains("分工方案已印发执行"));
        assertThat(browser.findElement(By.cssSelector("#report-filter [name=q]")).getAttribute("value")).isEqualTo("印发");
        logout();

        open("/?q=" + TestPortal.encode("印发"));
        wait.until(d -> !d.findElements(By.cssSelector("#scopes a[data-scope=documents]")).isEmpty());
        assertThat(browser.findElements(By.cssSelector("#scopes a[data-scope=progress]"))).as("anonymous").isEmpty();
        open("/?scope=progress&q=" + TestPortal.encode("印发"));
        wait.until(ExpectedConditions.textToBePresentInElementLocated(By.id("status"), "请先登录"));
        assertThat(browser.findElements(By.cssSelector("#results .report-hit"))).isEmpty();
    }
}
