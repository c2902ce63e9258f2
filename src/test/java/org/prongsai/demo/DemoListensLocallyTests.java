package org.prongsai.demo;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Map;
import org.junit.jupiter.api.Test;
import org.springframework.boot.SpringApplication;
import org.springframework.core.env.MapPropertySource;
import org.springframework.core.env.StandardEnvironment;

/** A demo, whose passwords are public, answers this machine only unless an address is given. */
class DemoListensLocallyTests {

    private static String address(Map<String, Object> settings) {
        var environment = new StandardEnvironment();
        environment.getPropertySources().addFirst(new MapPropertySource("test", settings));
        new DemoListensLocally().postProcessEnvironment(environment, new SpringApplication());
        return environment.getProperty("server.address");
    }

    @Test
    void aDemoListensOnLoopbackOnly() {
        assertThat(address(Map.of())).isEqualTo("127.0.0.1");
        assertThat(address(Map.of("prongsai.demo", "true", "prongsai.database.url", "jdbc:postgresql://db/p")))
                .isEqualTo("127.0.0.1");
    }

    @Test
    void aGivenAddressOrARealDeploymentIsLeftAlone() {
        assertThat(address(Map.of("server.address", "0.0.0.0"))).isEqualTo("0.0.0.0");
        assertThat(address(Map.of("prongsai.database.url", "jdbc:postgresql://db/p")))
                .isNull();
        assertThat(address(Map.of("prongsai.demo", "false"))).isNull();
    }
}
