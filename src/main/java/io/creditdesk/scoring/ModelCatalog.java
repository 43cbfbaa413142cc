package io.creditdesk.scoring;

import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.List;
import java.util.Optional;

/** The model versions as the workbench sees them: all of them, their evaluations, and the applicants to monitor. */
public interface ModelCatalog {
    /** Every stored version, newest first. */
    List<ModelRepository.StoredModel> versions();

    Optional<ModelRepository.StoredModel> version(int version);

    /** Stores a new version (one above the highest) without activating it; returns its number. */
    int saveInactive(String name, LocalDateTime createdAt, String artefactJson, String evaluationJson);

    Optional<String> evaluation(int version);

    void saveEvaluation(int version, String evaluationJson);

    /** An application to monitor: the seller and the day it was submitted. */
    record Applicant(String sellerId, LocalDate submittedOn) {
    }

    /** Applications submitted on or after {@code from} and before {@code toExclusive}. */
    List<Applicant> applicants(LocalDate from, LocalDate toExclusive);
}
