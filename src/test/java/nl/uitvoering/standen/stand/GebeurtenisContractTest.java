package nl.uitvoering.standen.stand;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.dataformat.yaml.YAMLFactory;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.Set;
import java.util.TreeSet;
import org.junit.jupiter.api.Test;

/** The event type and its published contract (asyncapi/asyncapi.yaml) name the same fields. */
class GebeurtenisContractTest {

    private static final JsonNode SCHEMAS = leesSchemas();

    @Test
    void elkVeldVanDeGebeurtenisStaatInHetContractEnAndersom() {
        assertThat(velden(StandGebeurtenisData.class)).isEqualTo(eigenschappen("standGebeurtenisData"));
        assertThat(velden(StandGebeurtenisData.Inhoud.class)).isEqualTo(eigenschappen("inhoud"));
        assertThat(velden(StandGebeurtenisData.Knelpunt.class)).isEqualTo(eigenschappen("knelpunt"));
        assertThat(velden(StandGebeurtenisData.Cijfers.class)).isEqualTo(eigenschappen("cijfers"));
    }

    @Test
    void hetContractNoemtDeSchemaversieDieDeDienstSchrijft() {
        assertThat(SCHEMAS.at("/standGebeurtenisData/properties/schemaVersie/const").asInt())
                .isEqualTo(StandGebeurtenisData.SCHEMA_VERSIE);
        assertThat(SCHEMAS.at("/cloudEventHeaders/properties/ce_type/enum").toString())
                .contains(StandGebeurtenis.INGEDIEND, StandGebeurtenis.INGETROKKEN);
    }

    private static Set<String> velden(Class<? extends Record> type) {
        return new TreeSet<>(Arrays.stream(type.getRecordComponents()).map(c -> c.getName()).toList());
    }

    private static Set<String> eigenschappen(String schema) {
        Set<String> namen = new TreeSet<>();
        SCHEMAS.path(schema).path("properties").fieldNames().forEachRemaining(namen::add);
        return namen;
    }

    private static JsonNode leesSchemas() {
        try {
            return new ObjectMapper(new YAMLFactory()).readTree(Path.of("asyncapi", "asyncapi.yaml").toFile())
                    .at("/components/schemas");
        } catch (java.io.IOException e) {
            throw new IllegalStateException(e);
        }
    }
}
