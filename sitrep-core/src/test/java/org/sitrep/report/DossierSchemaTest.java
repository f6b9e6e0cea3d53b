package org.sitrep.report;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.networknt.schema.JsonSchema;
import com.networknt.schema.JsonSchemaFactory;
import com.networknt.schema.SpecVersion;
import com.networknt.schema.ValidationMessage;
import java.io.StringWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.sitrep.testing.Samples;

/** The documented JSON shape (docs/dossier.schema.json) is the shape sitrep writes. */
class DossierSchemaTest {

    @Test
    void theSamplesDossierValidatesAgainstTheDocumentedSchema() throws Exception {
        JsonNode schemaJson = JsonDossierWriter.JSON.readTree(Files.readString(Path.of("..", "docs", "dossier.schema.json")));
        JsonSchema schema = JsonSchemaFactory.getInstance(SpecVersion.VersionFlag.V202012).getSchema(schemaJson);
        for (var dossier : java.util.List.of(Samples.undated(), Samples.dated())) {
            StringWriter json = new StringWriter();
            new JsonDossierWriter().write(dossier, json);

            Set<ValidationMessage> problems = schema.validate(JsonDossierWriter.JSON.readTree(json.toString()));

            assertThat(problems).isEmpty();
        }
    }

    @Test
    void theSchemaRejectsADossierWithoutSpans() throws Exception {
        JsonNode schemaJson = JsonDossierWriter.JSON.readTree(Files.readString(Path.of("..", "docs", "dossier.schema.json")));
        JsonSchema schema = JsonSchemaFactory.getInstance(SpecVersion.VersionFlag.V202012).getSchema(schemaJson);
        StringWriter json = new StringWriter();
        new JsonDossierWriter().write(Samples.undated(), json);
        var tree = (com.fasterxml.jackson.databind.node.ObjectNode) JsonDossierWriter.JSON.readTree(json.toString());
        var firstTime = (com.fasterxml.jackson.databind.node.ObjectNode) tree.get("documents").get(0).get("times").get(0);
        firstTime.remove("span");

        assertThat(schema.validate(tree)).isNotEmpty();
    }
}
