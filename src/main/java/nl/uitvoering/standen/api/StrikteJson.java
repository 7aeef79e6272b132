package nl.uitvoering.standen.api;

import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.quarkus.jackson.ObjectMapperCustomizer;
import jakarta.inject.Singleton;

/**
 * A body that names a field twice ({"titel": "A", "titel": "B"}) is refused, not read with the last one silently
 * winning: the sender meant one of the two and we cannot know which.
 */
@Singleton
public class StrikteJson implements ObjectMapperCustomizer {

    @Override
    public void customize(ObjectMapper mapper) {
        mapper.enable(JsonParser.Feature.STRICT_DUPLICATE_DETECTION);
    }
}
