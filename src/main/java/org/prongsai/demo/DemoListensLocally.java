package org.prongsai.demo;

import java.util.Map;
import org.springframework.boot.EnvironmentPostProcessor;
import org.springframework.boot.SpringApplication;
import org.springframework.core.env.ConfigurableEnvironment;
import org.springframework.core.env.MapPropertySource;

/**
 * The demo's passwords and second factors are printed and in the source: a demo answers this machine only
 * (127.0.0.1) unless an address is given ({@code SERVER_ADDRESS=0.0.0.0} opens it to the network).
 * A deployment with its own database is not a demo, and listens where it is told.
 */
class DemoListensLocally implements EnvironmentPostProcessor {

    @Override
    public void postProcessEnvironment(ConfigurableEnvironment environment, SpringApplication application) {
        if (environment.containsProperty("server.address") || !demo(environment)) {
            return;
        }
        environment
                .getPropertySources()
                .addLast(new MapPropertySource("prongsai-demo-address", Map.of("server.address", "127.0.0.1")));
    }

    /** As DemoData decides: on when said so, else on with the embedded database only. */
    static boolean demo(ConfigurableEnvironment environment) {
        var demo = environment.getProperty("prongsai.demo", "");
        if (!demo.isBlank()) {
            return Boolean.parseBoolean(demo);
        }
        return environment.getProperty("prongsai.database.url", "").isBlank();
    }
}
