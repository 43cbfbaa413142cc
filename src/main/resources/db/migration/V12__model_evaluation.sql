-- Version 12: the model workbench (issue 7): each version's validation (cross-validated AUC/KS, ROC and
-- KS curves, calibration by grade) as JSON beside its artefact; versions may be stored inactive.
CREATE TABLE model_evaluation (
    model_version INT  PRIMARY KEY,
    evaluation    CLOB NOT NULL
);
