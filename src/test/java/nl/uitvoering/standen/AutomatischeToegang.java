package nl.uitvoering.standen;

import io.restassured.RestAssured;
import io.restassured.filter.Filter;
import io.restassured.filter.FilterContext;
import io.restassured.response.Response;
import io.restassured.specification.FilterableRequestSpecification;
import io.restassured.specification.FilterableResponseSpecification;
import java.net.URI;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import nl.uitvoering.standen.infrastructuur.EchteInfrastructuur;
import io.quarkus.test.junit.callback.QuarkusTestBeforeEachCallback;
import io.quarkus.test.junit.callback.QuarkusTestMethodContext;

/**
 * Gives every REST Assured request that names no token of its own a real signed token that may do it: the
 * indiener of the organisation for writes to a Stand, otherwise a member with the stuurgroep, lezer and beheer
 * roles. Tests of behaviour stay readable; the security tests set their tokens themselves, or send
 * {@value #ANONIEM} to send none.
 */
public class AutomatischeToegang implements QuarkusTestBeforeEachCallback, Filter {

    public static final String ANONIEM = "X-Test-Anoniem";
    private static final Pattern STAND = Pattern.compile("/api/v1/edities/\\d+/standen/([^/]+)");

    /** Registered in META-INF/services, so that it runs in the class loader of the Quarkus tests. */
    @Override
    public void beforeEach(QuarkusTestMethodContext context) {
        RestAssured.replaceFiltersWith(this);
    }

    @Override
    public Response filter(FilterableRequestSpecification verzoek, FilterableResponseSpecification antwoord,
                           FilterContext context) {
        if (verzoek.getHeaders().hasHeaderWithName(ANONIEM)) {
            verzoek.removeHeader(ANONIEM);
        } else if (!verzoek.getHeaders().hasHeaderWithName("Authorization")) {
            verzoek.header("Authorization", "Bearer " + tokenVoor(verzoek.getMethod(),
                    URI.create(verzoek.getURI()).getPath()));
        }
        return context.next(verzoek, antwoord);
    }

    private static String tokenVoor(String methode, String pad) {
        Matcher stand = STAND.matcher(pad);
        if (stand.matches() && !"GET".equals(methode)) {
            return EchteInfrastructuur.tokens().indiener(stand.group(1));
        }
        return EchteInfrastructuur.tokens().met("testbeheerder", "stuurgroep", "lezer", "beheer");
    }
}
