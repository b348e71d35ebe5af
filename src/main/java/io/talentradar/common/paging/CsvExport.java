package io.talentradar.common.paging;

import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.StreamingOutput;
import java.io.BufferedWriter;
import java.io.OutputStreamWriter;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.function.Function;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVPrinter;

/**
 * A list as CSV, for {@code Accept: text/csv}: every row the filters select (no paging), in the list's
 * sort order, in the columns of the CSV import, so an export imports again unchanged. Rows are read in
 * batches and streamed, so an export of any size holds one batch in memory.
 */
public final class CsvExport {

    public static final String MEDIA_TYPE = "text/csv";
    /** Lists (expertise, notable work, sources) are one cell, items separated by ';'. */
    public static final String LIST_SEPARATOR = ";";
    /** RFC 4180: CRLF line ends, a value quoted only when it must be. */
    public static final CSVFormat FORMAT = CSVFormat.RFC4180;

    private static final int BATCH = 1000;

    private CsvExport() {}

    /** True when the client prefers CSV to JSON (the first acceptable type that either matches). */
    public static boolean wanted(HttpHeaders headers) {
        for (MediaType type : headers.getAcceptableMediaTypes()) {
            if ("text".equals(type.getType()) && "csv".equals(type.getSubtype())) {
                return true;
            }
            if (type.isCompatible(MediaType.APPLICATION_JSON_TYPE)) {
                return false;
            }
        }
        return false;
    }

    /** How a list's items read as CSV: the file name, the columns, one item's cells. */
    public record View<T>(String name, List<String> columns, Function<T, List<?>> row) {}

    public static <T> Response of(View<T> view, PageRequest request, Function<PageRequest, PageResponse<T>> pages) {
        StreamingOutput body = out -> {
            BufferedWriter writer = new BufferedWriter(new OutputStreamWriter(out, StandardCharsets.UTF_8));
            CSVPrinter printer = new CSVPrinter(
                    writer,
                    FORMAT.builder()
                            .setHeader(view.columns().toArray(String[]::new))
                            .get());
            for (int page = 0; ; page++) {
                PageResponse<T> batch = pages.apply(new PageRequest(page, BATCH, request.sort()));
                for (T item : batch.items()) {
                    printer.printRecord(view.row().apply(item));
                }
                if (page + 1 >= batch.totalPages()) {
                    break;
                }
            }
            printer.flush();
        };
        return Response.ok(body, MEDIA_TYPE + "; charset=utf-8")
                .header("Content-Disposition", "attachment; filename=\"" + view.name() + ".csv\"")
                .build();
    }

    public static String list(List<String> items) {
        return String.join(LIST_SEPARATOR, items);
    }
}
