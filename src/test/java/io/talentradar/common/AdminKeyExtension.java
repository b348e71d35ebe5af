package io.talentradar.common;

import io.quarkus.test.junit.callback.QuarkusTestBeforeEachCallback;
import io.quarkus.test.junit.callback.QuarkusTestMethodContext;
import io.restassured.RestAssured;
import io.restassured.filter.Filter;
import io.restassured.filter.FilterContext;
import io.restassured.response.Response;
import io.restassured.specification.FilterableRequestSpecification;
import io.restassured.specification.FilterableResponseSpecification;

/**
 * Tests call the API as the test profile's bootstrap admin, unless a test asks to be a specific client
 * ({@link #as(String)}) or anonymous ({@link #anonymous()}). A request that carries its own key keeps it.
 */
public class AdminKeyExtension implements QuarkusTestBeforeEachCallback {

    public static final String ADMIN_KEY = "test-admin-key";
    private static volatile String currentKey = ADMIN_KEY;

    private static final Filter KEY_FILTER = new Filter() {
        @Override
        public Response filter(
                FilterableRequestSpecification request,
                FilterableResponseSpecification response,
                FilterContext context) {
            String key = currentKey;
            if (key != null
                    && !request.getHeaders().hasHeaderWithName("X-API-Key")
                    && !request.getHeaders().hasHeaderWithName("Authorization")) {
                request.header("X-API-Key", key);
            }
            return context.next(request, response);
        }
    };

    @Override
    public void beforeEach(QuarkusTestMethodContext context) {
        RestAssured.replaceFiltersWith(KEY_FILTER, OpenApiGate.INSTANCE);
        as(ADMIN_KEY);
    }

    public static void as(String key) {
        currentKey = key;
    }

    public static void anonymous() {
        currentKey = null;
    }
}
