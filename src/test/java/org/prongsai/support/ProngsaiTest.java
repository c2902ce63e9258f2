package org.prongsai.support;

import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.test.context.ContextConfiguration;

/**
 * The whole application on a real embedded PostgreSQL in a fresh data folder, with the demo agency, served on
 * a random port. Test classes with this annotation share one application.
 */
@Target(ElementType.TYPE)
@Retention(RetentionPolicy.RUNTIME)
@SpringBootTest(
        webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT,
        properties = {
            "prongsai.demo=true",
            // The published logins the tests sign in with (a real demo makes its own: DemoSecretsTests).
            "prongsai.demo.fixed-secrets=true",
            // The demo agency without its ITA cycle: tests make their own plans and results (DemoCycleTests has it).
            "prongsai.demo.cycle=false",
            // A throwaway database: no fsync (DurabilityTests checks the durable default).
            "prongsai.database.embedded-durable=false",
            "server.shutdown=immediate",
            // A connection held longer than this is reported in the log with where it was taken.
            "prongsai.database.leak-detection-threshold=10s",
            // Every test signs in and posts from one address; FloodLimitTests tests the limit itself.
            "prongsai.flood.enabled=false"
        })
@ContextConfiguration(initializers = FreshDataDirectory.class)
public @interface ProngsaiTest {}
