package io.talentradar.common.web;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.quarkus.security.identity.SecurityIdentity;
import io.talentradar.common.auth.ApiKeys;
import io.talentradar.common.error.ProblemException;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.transaction.Transactional;
import jakarta.ws.rs.core.EntityTag;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import java.time.Instant;
import java.util.List;
import java.util.function.Supplier;
import java.util.regex.Pattern;

/**
 * {@code Idempotency-Key} on creating POSTs. The first answer is stored in the same transaction as the
 * write, so there is never a write without its record: a retry with the same key and body gets the first
 * answer back (header {@code Idempotent-Replayed: true}) without a second write; the same key with another
 * body gets 422. Two first attempts racing with one key: one commits, the other is rolled back whole and
 * answered 409, and its retry gets the stored answer. Records are kept for 24 hours, per API key.
 */
@ApplicationScoped
public class IdempotentPost {

    public static final String HEADER = "Idempotency-Key";
    private static final Pattern KEY = Pattern.compile("^[\\x21-\\x7e]{1,200}$");

    private static final java.time.Duration KEPT = java.time.Duration.ofHours(24);

    private final EntityManager em;
    private final ObjectMapper json;
    private final SecurityIdentity identity;

    IdempotentPost(EntityManager em, ObjectMapper json, SecurityIdentity identity) {
        this.em = em;
        this.json = json;
        this.identity = identity;
    }

    @Transactional
    public Response run(String key, String path, Object body, Supplier<Response> write) {
        if (key == null) {
            return write.get();
        }
        if (!KEY.matcher(key).matches()) {
            throw ProblemException.invalid(HEADER, "must be 1 to 200 visible ASCII characters");
        }
        String principal = ApiKeys.keyId(identity);
        String hash = ApiKeys.hash(path + "\n" + write(body));
        List<?> stored = em.createNativeQuery("select request_hash, status, location, etag, body from"
                        + " idempotency_record where principal = ?1 and idem_key = ?2 and created_at >= ?3")
                .setParameter(1, principal)
                .setParameter(2, key)
                .setParameter(3, Instant.now().minus(KEPT))
                .getResultList();
        if (!stored.isEmpty()) {
            Object[] row = (Object[]) stored.get(0);
            if (!hash.equals(row[0])) {
                throw new ProblemException(
                        422,
                        "/problems/idempotency-key-reused",
                        "Idempotency key reused",
                        "This Idempotency-Key was used with another request; use a new key for a new request.",
                        null);
            }
            Response.ResponseBuilder replay = Response.status(((Number) row[1]).intValue())
                    .type(MediaType.APPLICATION_JSON)
                    .entity(row[4])
                    .header("Idempotent-Replayed", "true");
            if (row[2] != null) {
                replay.header(HttpHeaders.LOCATION, row[2]);
            }
            if (row[3] != null) {
                replay.tag(new EntityTag((String) row[3]));
            }
            return replay.build();
        }
        Response answer = write.get();
        // an expired record under this key is replaced; the others expire as keyed writes come
        em.createNativeQuery(
                        "delete from idempotency_record where created_at < ?1 or (principal = ?2 and idem_key = ?3)")
                .setParameter(1, Instant.now().minus(KEPT))
                .setParameter(2, principal)
                .setParameter(3, key)
                .executeUpdate();
        em.createNativeQuery("insert into idempotency_record (principal, idem_key, request_hash, status, location,"
                        + " etag, body, created_at) values (?1, ?2, ?3, ?4, ?5, ?6, ?7, ?8)")
                .setParameter(1, principal)
                .setParameter(2, key)
                .setParameter(3, hash)
                .setParameter(4, answer.getStatus())
                .setParameter(
                        5,
                        answer.getLocation() == null
                                ? null
                                : answer.getLocation().toString())
                .setParameter(
                        6,
                        answer.getEntityTag() == null
                                ? null
                                : answer.getEntityTag().getValue())
                .setParameter(7, write(answer.getEntity()))
                .setParameter(8, Instant.now())
                .executeUpdate();
        return answer;
    }

    private String write(Object value) {
        try {
            return json.writeValueAsString(value);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException(e);
        }
    }
}
