package cn.policyportal;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;

import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.chrome.ChromeDriverService;
import org.openqa.selenium.chrome.ChromeOptions;

/**
 * Debian's Chromium and ChromeDriver (installed by bin/setup-test-env), headless, for the browser
 * tests. The machine's network is closed: without the background-networking flags Chromium keeps
 * trying, and failing, to reach its services.
 */
public final class HeadlessChromium {

    private HeadlessChromium() {
    }

    /** A browser window {@code width} by {@code height}, with a fresh profile under {@code dir}. */
    public static ChromeDriver start(Path dir, int width, int height) throws IOException {
        ChromeOptions options = new ChromeOptions();
        options.setBinary("/usr/bin/chromium");
        options.addArguments("--headless=new", "--no-sandbox", "--disable-gpu", "--disable-quic", "--no-first-run",
                "--disable-background-networking", "--disable-component-update", "--disable-sync",
                "--disable-dev-shm-usage", "--lang=zh-CN", "--window-size=" + width + "," + height,
                "--user-data-dir=" + Files.createTempDirectory(dir, "chromium"));
        ChromeDriverService service = new ChromeDriverService.Builder()
                .usingDriverExecutable(Path.of("/usr/bin/chromedriver").toFile()).build();
        return new ChromeDriver(service, options);
    }
}
