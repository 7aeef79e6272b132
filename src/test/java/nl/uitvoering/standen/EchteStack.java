package nl.uitvoering.standen;

import io.quarkus.test.common.WithTestResource;
import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;
import nl.uitvoering.standen.infrastructuur.EchteInfrastructuur;

/**
 * Runs a Quarkus test against the real PostgreSQL and Kafka of this test run (started once for all tests), with
 * real signed tokens on its requests.
 */
@Target(ElementType.TYPE)
@Retention(RetentionPolicy.RUNTIME)
@WithTestResource(value = EchteInfrastructuur.class)
public @interface EchteStack {
}
