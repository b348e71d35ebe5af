package io.talentradar.common.paging;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.github.benmanes.caffeine.cache.Cache;
import com.github.benmanes.caffeine.cache.Caffeine;
import io.talentradar.common.persistence.SetReads;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.Link;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.UriInfo;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.function.Function;
import java.util.function.Supplier;
import javax.sql.DataSource;
import org.eclipse.microprofile.config.inject.ConfigProperty;

/**
 * Read answers (the data lists: labs, researchers, departures and the lists under them; the ranking), kept with
 * the data version they were read at, so a request asked again before any write is answered with the same bytes
 * without reading or computing it again. Every write bumps the data version in its own transaction (through the
 * audit trail, as the scoring snapshot relies on), so one read of it per request tells whether a kept answer is
 * still exact, on every instance sharing the database. An answer is kept only when the version read before and
 * after making it is the same: no write committed in between, so it is the data at that version. The key is the
 * request's URI (with its host, which the {@code Link} headers name) and the day (UTC), since some defaults are
 * today (a roster's date, the ranking's as-of). CSV exports are not kept. {@code talentradar.answers.cache-bytes}
 * bounds the bytes kept (0: none).
 */
@ApplicationScoped
public class CachedAnswers {

    private static final MediaType JSON = MediaType.APPLICATION_JSON_TYPE.withCharset("UTF-8");

    private final DataSource dataSource;
    private final ObjectMapper json;
    private final Cache<Key, Answer> answers; // null: nothing kept

    CachedAnswers(
            DataSource dataSource,
            ObjectMapper json,
            @ConfigProperty(name = "talentradar.answers.cache-bytes", defaultValue = "33554432") long maxBytes) {
        this.dataSource = dataSource;
        this.json = json;
        // the least used go first when the bytes kept reach the bound
        this.answers = maxBytes <= 0
                ? null
                : Caffeine.newBuilder()
                        .maximumWeight(maxBytes)
                        .weigher((Key key, Answer answer) -> answer.body().length + key.size())
                        .build();
    }

    /** The request's whole URI (scheme and host too: the Link headers name them) and the day. */
    private record Key(String uri, LocalDate day) {
        int size() {
            return uri.length();
        }
    }

    private record Answer(long version, byte[] body, Link[] links) {}

    /**
     * A list answer in the format the client asks for: the page as JSON with its {@code Link} headers (kept as
     * above), or with {@code Accept: text/csv} every selected row as CSV (see {@link CsvExport}).
     */
    public <T> Response page(
            HttpHeaders headers,
            UriInfo uri,
            PageRequest page,
            Function<PageRequest, PageResponse<T>> pages,
            CsvExport.View<T> csv) {
        if (CsvExport.wanted(headers)) {
            return CsvExport.of(csv, page, pages);
        }
        return json(uri, () -> {
            PageResponse<T> read = pages.apply(page);
            return new Made(read, Paged.links(uri, read.page(), read.size(), read.totalPages()));
        });
    }

    /** What an answer is made of: its body (written as JSON) and its {@code Link} headers. */
    public record Made(Object body, Link[] links) {}

    /** A JSON answer kept as above; {@code make} runs when no kept one is current. */
    public Response json(UriInfo uri, Supplier<Made> make) {
        long version = SetReads.dataVersion(dataSource);
        Key key = new Key(uri.getRequestUri().toString(), LocalDate.now(ZoneOffset.UTC));
        Answer answer = answers == null ? null : answers.getIfPresent(key);
        if (answer == null || answer.version() != version) {
            Made made = make.get();
            answer = new Answer(version, bytes(made.body()), made.links());
            if (answers != null && SetReads.dataVersion(dataSource) == version) {
                answers.put(key, answer);
            }
        }
        return Response.ok(answer.body(), JSON).links(answer.links()).build();
    }

    private byte[] bytes(Object body) {
        try {
            return json.writeValueAsBytes(body);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("Cannot write an answer as JSON", e);
        }
    }
}
