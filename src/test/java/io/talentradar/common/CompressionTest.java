package io.talentradar.common;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.quarkus.test.junit.QuarkusTest;
import java.io.ByteArrayInputStream;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.util.zip.GZIPInputStream;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.junit.jupiter.api.Test;

/** Answers are compressed when the client asks, and only then; the content is the same. */
@QuarkusTest
class CompressionTest {

    @ConfigProperty(name = "quarkus.http.test-port")
    int port;

    private HttpResponse<byte[]> get(String path, String accept, String encoding) throws Exception {
        HttpRequest.Builder request = HttpRequest.newBuilder(URI.create("http://localhost:" + port + path))
                .header("Accept", accept);
        if (encoding != null) {
            request.header("Accept-Encoding", encoding);
        }
        return HttpClient.newHttpClient().send(request.build(), HttpResponse.BodyHandlers.ofByteArray());
    }

    @Test
    void jsonAndCsvAreGzippedWhenAskedAndOnlyThen() throws Exception {
        for (String[] call : new String[][] {
            {"/api/v1/indices?asOf=2025-06-30", "application/json"}, {"/api/v1/departures", "text/csv"}
        }) {
            HttpResponse<byte[]> plain = get(call[0], call[1], null);
            HttpResponse<byte[]> gzipped = get(call[0], call[1], "gzip");
            assertEquals(200, plain.statusCode());
            assertNull(plain.headers().firstValue("Content-Encoding").orElse(null));
            assertEquals(
                    "gzip", gzipped.headers().firstValue("Content-Encoding").orElse(null), call[0]);
            byte[] unzipped = new GZIPInputStream(new ByteArrayInputStream(gzipped.body())).readAllBytes();
            assertArrayEquals(plain.body(), unzipped, "the same content");
            assertTrue(
                    gzipped.body().length * 3 < plain.body().length,
                    call[0] + ": " + gzipped.body().length + " of " + plain.body().length + " bytes");
        }
    }
}
