package org.sitrep.serve;

import java.nio.ByteBuffer;
import java.nio.charset.StandardCharsets;
import org.eclipse.jetty.http.HttpFields;
import org.eclipse.jetty.http.HttpHeader;
import org.eclipse.jetty.server.handler.ErrorHandler;
import org.sitrep.report.JsonDossierWriter;

/**
 * Requests Jetty refuses before any route sees them (a malformed URI such as {@code /documents/%ZZ}, a header too
 * long): answered with the API's JSON error rather than Jetty's HTML page.
 */
final class MalformedRequests extends ErrorHandler {

    @Override
    public ByteBuffer badMessageError(int status, String reason, HttpFields.Mutable fields) {
        fields.put(HttpHeader.CONTENT_TYPE, "application/json");
        String message = "malformed request" + (reason == null || reason.isBlank() ? "" : ": " + reason);
        try {
            return ByteBuffer.wrap(JsonDossierWriter.JSON.writer().without(
                    com.fasterxml.jackson.databind.SerializationFeature.INDENT_OUTPUT)
                    .writeValueAsBytes(new ApiError(status, message)));
        } catch (com.fasterxml.jackson.core.JsonProcessingException e) {
            return ByteBuffer.wrap(("{\"status\":" + status + "}").getBytes(StandardCharsets.UTF_8));
        }
    }
}
