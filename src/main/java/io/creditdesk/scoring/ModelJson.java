package io.creditdesk.scoring;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;

/** Reads and writes model artefacts as JSON (pretty-printed, stable field order). */
public final class ModelJson {
    private static final ObjectMapper MAPPER = new ObjectMapper()
            .enable(SerializationFeature.INDENT_OUTPUT)
            .enable(SerializationFeature.ORDER_MAP_ENTRIES_BY_KEYS)
            .disable(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES);

    private ModelJson() {
    }

    public static String write(ScorecardModel model) {
        try {
            return MAPPER.writeValueAsString(model);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("cannot write the model as JSON", e);
        }
    }

    /** Parses an artefact; a clear {@link IllegalArgumentException} if it is not one this version reads. */
    public static ScorecardModel read(String json) {
        ScorecardModel m;
        try {
            m = MAPPER.readValue(json, ScorecardModel.class);
        } catch (JsonProcessingException e) {
            throw new IllegalArgumentException("not a Creditdesk model artefact: " + e.getOriginalMessage(), e);
        }
        if (m == null || m.characteristics() == null || m.scaling() == null) {
            throw new IllegalArgumentException("not a Creditdesk model artefact: characteristics or scaling missing");
        }
        if (m.formatVersion() > ScorecardModel.FORMAT_VERSION) {
            throw new IllegalArgumentException("the model artefact has format version " + m.formatVersion()
                    + "; this Creditdesk reads up to " + ScorecardModel.FORMAT_VERSION);
        }
        return m;
    }
}
