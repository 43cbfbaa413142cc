package io.creditdesk.scoring;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.json.JsonReadFeature;
import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.json.JsonMapper;

/** Reads and writes a {@link ModelEvaluation} as JSON (stored beside the model version). */
public final class WorkbenchJson {
    private static final ObjectMapper MAPPER = JsonMapper.builder()
            .enable(JsonReadFeature.ALLOW_NON_NUMERIC_NUMBERS)
            .disable(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES).build();

    private WorkbenchJson() {
    }

    public static String write(ModelEvaluation e) {
        try {
            return MAPPER.writeValueAsString(e);
        } catch (JsonProcessingException ex) {
            throw new IllegalStateException("cannot write the evaluation as JSON", ex);
        }
    }

    public static ModelEvaluation readEvaluation(String json) {
        try {
            return MAPPER.readValue(json, ModelEvaluation.class);
        } catch (JsonProcessingException ex) {
            throw new IllegalArgumentException("not a model evaluation: " + ex.getOriginalMessage(), ex);
        }
    }
}
