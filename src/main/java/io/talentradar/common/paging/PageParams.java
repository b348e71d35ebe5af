package io.talentradar.common.paging;

import jakarta.ws.rs.QueryParam;
import java.util.Map;
import org.eclipse.microprofile.openapi.annotations.enums.SchemaType;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;

/** The paging query parameters every list takes, read as strings so bad values get a 400 naming them. */
public class PageParams {

    @Parameter(
            description = "0-based page",
            example = "0",
            schema = @Schema(type = SchemaType.INTEGER, format = "int32"))
    @QueryParam("page")
    String page;

    @Parameter(
            description = "Page size, 1 to 200 (default 20)",
            example = "20",
            schema = @Schema(type = SchemaType.INTEGER, format = "int32"))
    @QueryParam("size")
    String size;

    @Parameter(description = "Sort fields, comma-separated; prefix '-' for descending", example = "-date")
    @QueryParam("sort")
    String sort;

    public PageRequest toRequest(Map<String, String> sortable, String defaultSort) {
        return PageRequest.of(page, size, sort, sortable, defaultSort);
    }
}
