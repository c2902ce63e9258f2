package org.prongsai;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assumptions.assumeThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import java.util.TreeSet;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;
import org.yaml.snakeyaml.Yaml;

/**
 * The files that install Prongsai (deploy/) name only settings that exist, the jar the build makes, the memory
 * settings the benchmark measured, and the probes that answer.
 */
class PackagingTests {

    private static final Path DEPLOY = Path.of("deploy");

    @Test
    void theComposeFileRunsTheAppOnItsOwnPostgresqlWithDocumentedSettings() throws Exception {
        Map<String, Object> compose = new Yaml().load(Files.readString(DEPLOY.resolve("compose.yaml")));
        @SuppressWarnings("unchecked")
        var services = (Map<String, Map<String, Object>>) compose.get("services");
        assertThat(services).containsKeys("app", "db");
        @SuppressWarnings("unchecked")
        var environment = (Map<String, Object>) services.get("app").get("environment");
        assertThat(environment).containsEntry("PRONGSAI_DATABASE_URL", "jdbc:postgresql://db:5432/prongsai");
        assertThat(undocumented(environment.keySet())).isEmpty();
        assertThat(services.get("app").get("healthcheck").toString()).contains("/actuator/health/readiness");
        // Published on this machine only: the proxy in front of it terminates TLS.
        assertThat(services.get("app").get("ports").toString()).contains("127.0.0.1:8080:8080");
        assertThat(services.get("db").get("image").toString()).isEqualTo("postgres:15");
    }

    @Test
    void theDockerfileCopiesTheJarTheBuildMakesAndRunsUnprivilegedWithTheMeasuredSettings() throws Exception {
        var dockerfile = Files.readString(DEPLOY.resolve("Dockerfile"));
        var pom = Files.readString(Path.of("pom.xml"));
        assertThat(pom).contains("<artifactId>prongsai</artifactId>").contains("<classifier>exec</classifier>");
        assertThat(dockerfile).contains("COPY target/prongsai-*-exec.jar ").contains("USER prongsai");
        assertThat(dockerfile).doesNotContain("USER root");
        var measured = Files.readString(Path.of("bench/start-and-memory.sh"));
        var documented = Pattern.compile("DOCUMENTED=\"([^\"]+)\"").matcher(measured);
        assertThat(documented.find()).isTrue();
        // The same settings, the heap given as a share of the container's memory instead of a fixed size.
        var flags = documented.group(1).replace("-Xmx256m ", "");
        assertThat(dockerfile).contains(flags);
        assertThat(Files.readString(DEPLOY.resolve("prongsai.service"))).contains(documented.group(1));
    }

    @Test
    void theSystemdUnitIsValidAndNamesDocumentedSettings() throws Exception {
        var unit = Files.readString(DEPLOY.resolve("prongsai.service"));
        var names = new TreeSet<String>();
        var setting = Pattern.compile("Environment=\"?(PRONGSAI_[A-Z_]+)=").matcher(unit);
        while (setting.find()) {
            names.add(setting.group(1));
        }
        assertThat(names).contains("PRONGSAI_DATA_DIR");
        assertThat(undocumented(names)).isEmpty();
        assertThat(unit).contains("User=prongsai").contains("TimeoutStopSec=");
        var analyze = Path.of("/usr/bin/systemd-analyze");
        assumeThat(Files.isExecutable(analyze))
                .as("systemd-analyze is installed")
                .isTrue();
        var process = new ProcessBuilder(
                        analyze.toString(),
                        "verify",
                        DEPLOY.resolve("prongsai.service").toString())
                .redirectErrorStream(true)
                .start();
        var output = new String(process.getInputStream().readAllBytes());
        assertThat(process.waitFor()).as(output).isZero();
    }

    /** Settings named that neither the README's table nor Spring Boot (SERVER_ADDRESS …) knows. */
    private static TreeSet<String> undocumented(java.util.Collection<String> names) throws Exception {
        var readme = Files.readString(Path.of("README.md"));
        var unknown = new TreeSet<String>();
        for (var name : names) {
            if (name.startsWith("PRONGSAI_") && !readme.contains("`" + name + "`")) {
                unknown.add(name);
            }
        }
        return unknown;
    }
}
