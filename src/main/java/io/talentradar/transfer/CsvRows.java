package io.talentradar.transfer;

import io.talentradar.common.error.ProblemException;
import io.talentradar.common.paging.CsvExport;
import java.io.IOException;
import java.io.PushbackReader;
import java.io.Reader;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collection;
import java.util.HashSet;
import java.util.Iterator;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVParser;
import org.apache.commons.csv.CSVRecord;

/** Reading the datasets' CSV files (RFC 4180, a header line first) with commons-csv. */
public final class CsvRows {

    private static final CSVFormat READ = CsvExport.FORMAT
            .builder()
            .setHeader()
            .setSkipHeaderRecord(true)
            .setIgnoreEmptyLines(true)
            .get();

    private CsvRows() {}

    /** One data row and the line of the file it starts on (the header is line 1). */
    public record Row(Dataset dataset, long line, CSVRecord record) {

        public String get(String column) {
            return record.get(column);
        }

        /** The cell, or null when it is empty or its column is one the file may leave out and does. */
        public String optional(String column) {
            String value = record.isMapped(column) ? record.get(column) : null;
            return value == null || value.isBlank() ? null : value.trim();
        }

        public List<String> list(String column) {
            String value = record.isMapped(column) ? record.get(column) : null;
            return value == null || value.isBlank()
                    ? List.of()
                    : Arrays.stream(value.split(CsvExport.LIST_SEPARATOR))
                            .map(String::trim)
                            .filter(s -> !s.isEmpty())
                            .toList();
        }
    }

    /**
     * Every row of one file. The header must name exactly the dataset's columns (in any order); a malformed
     * file is a 400 naming it. A row with the wrong number of cells stays in the list, for the importer to
     * reject with its line number.
     */
    public static List<Row> read(Dataset dataset, Reader in) {
        try (CSVParser parser = READ.parse(withoutByteOrderMark(in))) {
            checkHeader(dataset, parser.getHeaderNames());
            List<Row> rows = new ArrayList<>();
            Iterator<CSVRecord> it = parser.iterator();
            while (true) {
                long line = parser.getCurrentLineNumber() + 1; // read before hasNext(), which parses the next row
                if (!it.hasNext()) {
                    return rows;
                }
                rows.add(new Row(dataset, line, it.next()));
            }
        } catch (IOException | UncheckedIOException | IllegalArgumentException | IllegalStateException e) {
            throw ProblemException.invalid(dataset.id(), "is not readable CSV: " + e.getMessage());
        }
    }

    private static void checkHeader(Dataset dataset, List<String> header) {
        Set<String> seen = new HashSet<>(header);
        List<String> missing =
                dataset.required().stream().filter(c -> !seen.contains(c)).toList();
        List<String> unknown =
                header.stream().filter(c -> !dataset.columns().contains(c)).toList();
        if (!missing.isEmpty() || !unknown.isEmpty()) {
            throw ProblemException.invalid(
                    dataset.id(),
                    "the header must name the columns "
                            + String.join(",", dataset.required())
                            + (dataset.required().size() < dataset.columns().size()
                                    ? " (and may name "
                                            + join(dataset.columns().stream()
                                                    .filter(c ->
                                                            !dataset.required().contains(c))
                                                    .toList())
                                            + ")"
                                    : "")
                            + (missing.isEmpty() ? "" : "; missing: " + join(missing))
                            + (unknown.isEmpty() ? "" : "; unknown: " + join(unknown)));
        }
    }

    private static String join(Collection<String> names) {
        return names.stream().collect(Collectors.joining(", "));
    }

    /** Spreadsheets often start a UTF-8 CSV with a byte order mark; it is not part of the first column's name. */
    private static Reader withoutByteOrderMark(Reader in) throws IOException {
        PushbackReader reader = new PushbackReader(in, 1);
        int first = reader.read();
        if (first != -1 && first != '\uFEFF') {
            reader.unread(first);
        }
        return reader;
    }
}
