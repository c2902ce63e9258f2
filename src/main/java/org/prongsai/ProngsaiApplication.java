package org.prongsai;

import java.io.File;
import java.util.Map;
import org.springframework.boot.SpringApplication;
import org.springframework.boot.autoconfigure.SpringBootApplication;
import org.springframework.boot.context.properties.ConfigurationPropertiesScan;
import org.springframework.boot.system.ApplicationHome;
import org.springframework.scheduling.annotation.EnableScheduling;

@SpringBootApplication
@ConfigurationPropertiesScan
@EnableScheduling
public class ProngsaiApplication {

    public static void main(String[] args) {
        var application = new SpringApplication(ProngsaiApplication.class);
        application.setDefaultProperties(besideTheJar(new ApplicationHome(ProngsaiApplication.class).getSource()));
        application.run(args);
    }

    /**
     * Run from a jar, an {@code application.yml} beside the jar is read wherever it is started from (Spring Boot
     * alone looks in the current folder, so a service started from elsewhere silently ignored it). Anything set
     * in the environment or on the command line still wins.
     */
    static Map<String, Object> besideTheJar(File source) {
        if (source == null || !source.isFile()) {
            return Map.of();
        }
        return Map.of(
                "spring.config.additional-location",
                "optional:file:" + source.getAbsoluteFile().getParent() + File.separator);
    }
}
