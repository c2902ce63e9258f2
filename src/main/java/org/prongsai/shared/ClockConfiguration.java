package org.prongsai.shared;

import java.time.Clock;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/**
 * The application's one clock, on Bangkok's time: "today" is the agency's day wherever the server runs, and a
 * test that needs another day (the last day of a fiscal year, a quarter's end) replaces this bean.
 */
@Configuration(proxyBeanMethods = false)
class ClockConfiguration {

    @Bean
    Clock clock() {
        return Clock.system(ThaiFormat.BANGKOK);
    }
}
