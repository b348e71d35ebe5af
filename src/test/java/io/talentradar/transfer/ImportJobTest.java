package io.talentradar.transfer;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.startsWith;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.path.json.JsonPath;
import io.restassured.response.Response;
import io.talentradar.common.Fixtures;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.List;
import org.junit.jupiter.api.Test;

@QuarkusTest
class ImportJobTest {

    private static final String CSV = "text/csv";
    private static final String LAB_HEADER = "slug,name,type,country,foundedYear,parentSlug,website\n";
    private static final String RESEARCHER_HEADER = "slug,name,seniority,expertise,notableWork\n";

    @Inject
    EntityManager em;

    @Test
    void aJobImportsInTheBackgroundAndReportsProgressThenItsReport() {
        String lab = Fixtures.slug("job-lab");
        String child = Fixtures.slug("job-lab");
        String person = Fixtures.slug("job-person");
        Response accepted = given().multiPart(
                        "labs",
                        "labs.csv",
                        (LAB_HEADER + child + ",Child,STARTUP,,," + lab + ",\n" + lab + ",Parent,STARTUP,US,2020,,\n")
                                .getBytes(StandardCharsets.UTF_8),
                        CSV)
                .multiPart(
                        "researchers",
                        "researchers.csv",
                        (RESEARCHER_HEADER + person + ",Person,LEAD,alignment,\n").getBytes(StandardCharsets.UTF_8),
                        CSV)
                .post("/api/v1/imports");
        accepted.then()
                .statusCode(202)
                .header("Location", startsWith("http"))
                .body("totalRows", equalTo(3))
                .body("partial", equalTo(false));
        String location = accepted.header("Location");
        long id = accepted.jsonPath().getLong("id");
        assertTrue(location.endsWith("/api/v1/imports/jobs/" + id), location);

        JsonPath done = waitUntilEnded(location);
        assertEquals("SUCCEEDED", done.getString("state"), done.prettify());
        assertEquals(3, done.getInt("rowsRead"));
        assertEquals(3, done.getInt("rowsWritten"));
        assertEquals(0, done.getInt("rowsRejected"));
        assertEquals(3, done.getInt("report.created"));
        given().get("/api/v1/labs/" + child).then().statusCode(200).body("parentSlug", equalTo(lab));
        given().get("/api/v1/researchers/" + person).then().statusCode(200);
        // one audit entry for the whole import, naming the key that asked; each row is in the changes feed
        given().get("/api/v1/audit?resourceType=import&resourceId=job-" + id)
                .then()
                .statusCode(200)
                .body("totalItems", equalTo(1))
                .body("items[0].actor", equalTo("bootstrap-admin"))
                .body("items[0].actorKey", equalTo("bootstrap"));
        given().get("/api/v1/audit?resourceType=lab&resourceId=" + lab).then().body("totalItems", equalTo(0));
        given().get("/api/v1/changes?types=lab&limit=1000").then().body("items.slug", hasItem(child));
    }

    @Test
    void aJobWithARejectedRowWritesNothingAndReportsTheLine() {
        String good = Fixtures.slug("job-lab");
        String before = Fixtures.writesSoFar();
        Response accepted = given().contentType(CSV)
                .body(LAB_HEADER + good + ",Good,STARTUP,,,,\nbad slug,Bad,STARTUP,,,,\n")
                .post("/api/v1/imports/labs");
        accepted.then().statusCode(202);
        JsonPath done = waitUntilEnded(accepted.header("Location"));
        assertEquals("REJECTED", done.getString("state"));
        assertEquals(1, done.getInt("rowsRejected"));
        assertEquals(0, done.getInt("rowsWritten"));
        assertEquals(3, done.getInt("report.rejections[0].line"));
        assertEquals("/problems/import-rejected", done.getString("report.type"));
        given().get("/api/v1/labs/" + good).then().statusCode(404);
        assertEquals(before, Fixtures.writesSoFar());
    }

    @Test
    void filesThatAreNotTheDatasetsCsvAreRefusedAtOnceAndNoJobIsMade() {
        long jobs = jobCount();
        given().contentType(CSV)
                .body("slug,name,kind\nx,y,z\n")
                .post("/api/v1/imports/labs")
                .then()
                .statusCode(400)
                .body("errors[0].field", equalTo("labs"));
        given().contentType(CSV)
                .body(LAB_HEADER)
                .post("/api/v1/imports/planets")
                .then()
                .statusCode(400)
                .body("errors[0].field", equalTo("dataset"));
        given().multiPart("nothing", "x.csv", new byte[] {1}, CSV)
                .post("/api/v1/imports")
                .then()
                .statusCode(400);
        assertEquals(jobs, jobCount());
        given().get("/api/v1/imports/jobs/999999999").then().statusCode(404);
        given().get("/api/v1/imports/jobs/abc").then().statusCode(400);
    }

    /** An instance that dies mid-import leaves its job RUNNING; once the lease runs out, a worker runs it again. */
    @Test
    void aJobWhoseWorkerDiedIsRunAgain() {
        String lab = Fixtures.slug("job-lab");
        long id = QuarkusTransaction.requiringNew().call(() -> {
            ImportJob job = new ImportJob();
            job.state = ImportJobs.State.RUNNING;
            job.actor = "bootstrap-admin";
            job.totalRows = 1;
            job.attempt = 1;
            job.leaseUntil = Instant.now().minusSeconds(1);
            job.createdAt = Instant.now();
            job.startedAt = Instant.now();
            job.persistAndFlush();
            em.createNativeQuery("insert into import_job_file (job_id, dataset, content) values (?1, 'labs', ?2)")
                    .setParameter(1, job.id)
                    .setParameter(2, LAB_HEADER + lab + ",Orphan,STARTUP,,,,\n")
                    .executeUpdate();
            return job.id;
        });
        JsonPath done = waitUntilEnded("/api/v1/imports/jobs/" + id);
        assertEquals("SUCCEEDED", done.getString("state"), done.prettify());
        given().get("/api/v1/labs/" + lab).then().statusCode(200);
        long files = QuarkusTransaction.requiringNew()
                .call(() -> ((Number) em.createNativeQuery("select count(*) from import_job_file where job_id = ?1")
                                .setParameter(1, id)
                                .getSingleResult())
                        .longValue());
        assertEquals(0, files, "an ended job's files are removed");
    }

    private long jobCount() {
        return QuarkusTransaction.requiringNew()
                .call(() -> ((Number) em.createNativeQuery("select count(*) from import_job")
                                .getSingleResult())
                        .longValue());
    }

    private static JsonPath waitUntilEnded(String location) {
        long deadline = System.currentTimeMillis() + 60_000;
        while (true) {
            JsonPath job =
                    given().get(location).then().statusCode(200).extract().jsonPath();
            if (!List.of("QUEUED", "RUNNING").contains(job.getString("state"))) {
                return job;
            }
            if (System.currentTimeMillis() > deadline) {
                throw new AssertionError("the job did not end: " + job.prettify());
            }
            try {
                Thread.sleep(100);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                throw new AssertionError(e);
            }
        }
    }
}
