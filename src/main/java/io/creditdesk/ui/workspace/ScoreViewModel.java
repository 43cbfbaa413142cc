package io.creditdesk.ui.workspace;

import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.Map;

import io.creditdesk.scoring.SellerScoring;
import io.creditdesk.ui.common.BackgroundTasks;

import javafx.beans.property.ObjectProperty;
import javafx.beans.property.SimpleObjectProperty;
import javafx.beans.property.SimpleStringProperty;
import javafx.beans.property.StringProperty;

/**
 * The Score tab: the seller's score, breakdown, reasons and path to the next grade, and a what-if
 * that re-scores a changed copy of the features (the seller's data is never changed).
 */
public final class ScoreViewModel {
    private final SellerScoring scoring;
    private final BackgroundTasks tasks;
    private final ObjectProperty<SellerScoring.SellerResult> actual = new SimpleObjectProperty<>();
    private final ObjectProperty<SellerScoring.SellerResult> whatIf = new SimpleObjectProperty<>();
    private final StringProperty error = new SimpleStringProperty("");
    private final Map<String, Double> changed = new LinkedHashMap<>();
    private LocalDate asOf;
    private long generation;

    public ScoreViewModel(SellerScoring scoring, BackgroundTasks tasks) {
        this.scoring = scoring;
        this.tasks = tasks;
    }

    public void open(String sellerId, LocalDate asOf) {
        this.asOf = asOf;
        long gen = ++generation;
        changed.clear();
        tasks.run(p -> scoring.explainSeller(sellerId, asOf)).onSuccess(r -> {
            if (gen == generation) {
                error.set("");
                actual.set(r);
                whatIf.set(r);
            }
        }).onFailure(m -> {
            if (gen == generation) {
                actual.set(null);
                whatIf.set(null);
                error.set(m);
            }
        }).start();
    }

    /** Sets one feature of the what-if copy and re-scores it. */
    public void change(String feature, Double value) {
        SellerScoring.SellerResult base = actual.get();
        if (base == null) {
            return;
        }
        changed.put(feature, value);
        Map<String, Double> features = new LinkedHashMap<>(base.features());
        features.putAll(changed);
        long gen = ++generation;
        tasks.run(p -> scoring.explainFeatures(features, asOf)).onSuccess(r -> {
            if (gen == generation) {
                whatIf.set(r);
            }
        }).onFailure(error::set).start();
    }

    /** Back to the seller's own figures. */
    public void reset() {
        changed.clear();
        whatIf.set(actual.get());
    }

    public ObjectProperty<SellerScoring.SellerResult> actual() {
        return actual;
    }

    public ObjectProperty<SellerScoring.SellerResult> whatIf() {
        return whatIf;
    }

    public StringProperty error() {
        return error;
    }
}
