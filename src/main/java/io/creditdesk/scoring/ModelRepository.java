package io.creditdesk.scoring;

import java.time.LocalDateTime;
import java.util.Optional;

/** Storage of model versions (the model_version table). */
public interface ModelRepository {
    /** A stored model version with its artefact JSON. */
    record StoredModel(int version, String name, LocalDateTime createdAt, boolean active, String artefact) {
    }

    /** Stores a new version (one above the highest), makes it the only active one, returns its number. */
    int saveAndActivate(String name, LocalDateTime createdAt, String artefactJson);

    /** Stores a new version (one above the highest) without activating it, returns its number. */
    int saveInactive(String name, LocalDateTime createdAt, String artefactJson);

    Optional<StoredModel> active();
}
