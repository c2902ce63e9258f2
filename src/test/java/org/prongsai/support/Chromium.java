package org.prongsai.support;

import java.io.File;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import org.openqa.selenium.Dimension;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.chrome.ChromeDriverService;
import org.openqa.selenium.chrome.ChromeOptions;

/** Debian's headless Chromium and ChromeDriver, with a fresh profile and no background traffic. */
public final class Chromium {

    private Chromium() {}

    /** Keeps what the browser shows as {@code target/test-artifacts/<name>.png}. */
    public static void screenshot(ChromeDriver driver, String name) {
        try {
            Files.copy(
                    driver.getScreenshotAs(org.openqa.selenium.OutputType.FILE).toPath(),
                    Artifacts.dir().resolve(name + ".png"),
                    java.nio.file.StandardCopyOption.REPLACE_EXISTING);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    public static ChromeDriver start() {
        try {
            var options = new ChromeOptions();
            options.setBinary("/usr/bin/chromium");
            options.addArguments(
                    "--headless",
                    "--no-sandbox",
                    "--disable-gpu",
                    "--disable-dev-shm-usage",
                    "--disable-background-networking",
                    "--disable-component-update",
                    "--disable-sync",
                    "--no-first-run",
                    // Under target/test-data, where the next run removes it (a profile is about 4 MB).
                    "--user-data-dir="
                            + Files.createTempDirectory(
                                    Files.createDirectories(Path.of("target", "test-data"))
                                            .toAbsolutePath(),
                                    "chromium-"));
            var service = new ChromeDriverService.Builder()
                    .usingDriverExecutable(new File("/usr/bin/chromedriver"))
                    .build();
            var driver = new ChromeDriver(service, options);
            driver.manage().window().setSize(new Dimension(1280, 900));
            return driver;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
