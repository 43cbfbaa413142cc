package io.creditdesk.ui.models;

import java.io.IOException;
import java.io.Reader;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Set;

import io.creditdesk.decision.Principal;
import io.creditdesk.decision.Role;
import io.creditdesk.scoring.Bin;
import io.creditdesk.scoring.CharacteristicModel;
import io.creditdesk.scoring.CsvFormatException;
import io.creditdesk.scoring.CsvTable;
import io.creditdesk.scoring.FitSettings;
import io.creditdesk.scoring.LabelledData;
import io.creditdesk.scoring.ModelEvaluation;
import io.creditdesk.scoring.ModelWorkbench;
import io.creditdesk.scoring.ScorecardModel;
import io.creditdesk.ui.common.BackgroundTasks;

import javafx.beans.binding.Bindings;
import javafx.beans.binding.BooleanBinding;
import javafx.beans.property.BooleanProperty;
import javafx.beans.property.DoubleProperty;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.SimpleBooleanProperty;
import javafx.beans.property.SimpleDoubleProperty;
import javafx.beans.property.SimpleObjectProperty;
import javafx.beans.property.SimpleStringProperty;
import javafx.beans.property.StringProperty;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;

/**
 * The model workbench's state: the versions, the selected version with its model, evaluation and drift,
 * the selected characteristic's bins, a comparison of two versions, and the fit in progress. All work
 * runs through {@link BackgroundTasks}; activation is offered to credit managers and enforced by the service.
 */
public final class ModelsViewModel {
    /** A message key (the view translates errors that are keys); other errors are the service's sentences. */
    public static final String MISSING_CSV_FIELDS = "models.error.csv";
    private final ModelWorkbench workbench;
    private final BackgroundTasks tasks;
    private final Principal user;

    private final ObservableList<ModelWorkbench.VersionRow> versions = FXCollections.observableArrayList();
    private final ObjectProperty<ModelWorkbench.VersionRow> selected = new SimpleObjectProperty<>();
    private final ObjectProperty<ScorecardModel> model = new SimpleObjectProperty<>();
    private final ObjectProperty<ModelEvaluation> evaluation = new SimpleObjectProperty<>();
    private final StringProperty evaluationNote = new SimpleStringProperty("");
    private final ObservableList<CharacteristicModel> characteristics = FXCollections.observableArrayList();
    private final ObjectProperty<CharacteristicModel> characteristic = new SimpleObjectProperty<>();
    private final ObservableList<Bin> bins = FXCollections.observableArrayList();
    private final ObjectProperty<ModelWorkbench.Stability> stability = new SimpleObjectProperty<>();
    private final StringProperty stabilityNote = new SimpleStringProperty("");
    private final ObjectProperty<ModelWorkbench.Comparison> comparison = new SimpleObjectProperty<>();

    private final BooleanProperty busy = new SimpleBooleanProperty();
    private final DoubleProperty progress = new SimpleDoubleProperty();
    private final StringProperty step = new SimpleStringProperty("");
    private final StringProperty error = new SimpleStringProperty("");
    private final StringProperty status = new SimpleStringProperty("");
    private final StringProperty csvPath = new SimpleStringProperty("");
    private final StringProperty csvTarget = new SimpleStringProperty("");
    private final StringProperty csvBad = new SimpleStringProperty("");
    private final BooleanBinding canActivate;
    private BackgroundTasks.Job<?> fitJob;
    private long generation;
    private Runnable afterLoad = () -> { };

    public ModelsViewModel(ModelWorkbench workbench, BackgroundTasks tasks, Principal user) {
        this.workbench = workbench;
        this.tasks = tasks;
        this.user = user;
        canActivate = Bindings.createBooleanBinding(() -> isManager() && selected.get() != null
                && !selected.get().active() && !busy.get(), selected, busy);
        characteristic.addListener((o, a, c) -> bins.setAll(c == null ? List.of() : c.bins()));
    }

    public boolean isManager() {
        return user.role() == Role.CREDIT_MANAGER;
    }

    /** Reloads the version list; keeps the selection (or selects the active version, else the newest). */
    public void refresh() {
        Integer keep = selected.get() == null ? null : selected.get().version();
        refresh(keep);
    }

    private void refresh(Integer keep) {
        tasks.run(p -> workbench.versions()).onSuccess(rows -> {
            versions.setAll(rows);
            ModelWorkbench.VersionRow pick = null;
            for (ModelWorkbench.VersionRow r : rows) {
                if (keep != null && r.version() == keep) {
                    pick = r;
                }
            }
            if (pick == null) {
                pick = rows.stream().filter(ModelWorkbench.VersionRow::active).findFirst()
                        .orElse(rows.isEmpty() ? null : rows.get(0));
            }
            select(pick);
        }).onFailure(error::set).start();
    }

    /** Opens a version: its model and evaluation (evaluated on the loan history if it has none yet), then its drift. */
    public void select(ModelWorkbench.VersionRow row) {
        long gen = ++generation;
        selected.set(row);
        if (row == null) {
            model.set(null);
            evaluation.set(null);
            characteristics.clear();
            characteristic.set(null);
            stability.set(null);
            afterLoad.run();
            return;
        }
        int v = row.version();
        tasks.run(p -> new Loaded(workbench.model(v), workbench.evaluation(v).orElse(null))).onSuccess(l -> {
            if (gen != generation) {
                return;
            }
            model.set(l.model());
            characteristics.setAll(l.model().characteristics());
            characteristic.set(characteristics.isEmpty() ? null : characteristics.get(0));
            evaluation.set(l.evaluation());
            evaluationNote.set("");
            if (l.evaluation() == null) {
                evaluateOnLoanHistory(gen, v);
            }
            loadStability(gen, v);
            afterLoad.run();
        }).onFailure(error::set).start();
    }

    private record Loaded(ScorecardModel model, ModelEvaluation evaluation) {
    }

    private void evaluateOnLoanHistory(long gen, int v) {
        tasks.run(p -> workbench.evaluateOnLoanHistory(v, p)).onSuccess(e -> {
            if (gen == generation) {
                evaluation.set(e);
                refreshRowsOnly();
            }
        }).onFailure(m -> {
            if (gen == generation) {
                evaluationNote.set(m);
            }
        }).start();
    }

    private void loadStability(long gen, int v) {
        stability.set(null);
        stabilityNote.set("");
        tasks.run(p -> workbench.stability(v, p)).onSuccess(s -> {
            if (gen == generation) {
                stability.set(s);
            }
        }).onFailure(m -> {
            if (gen == generation) {
                stabilityNote.set(m);
            }
        }).start();
    }

    private void refreshRowsOnly() {
        tasks.run(p -> workbench.versions()).onSuccess(rows -> {
            ModelWorkbench.VersionRow sel = selected.get();
            versions.setAll(rows);
            if (sel != null) {
                rows.stream().filter(r -> r.version() == sel.version()).findFirst().ifPresent(selected::set);
            }
        }).start();
    }

    public void selectCharacteristic(CharacteristicModel c) {
        characteristic.set(c);
    }

    /** Fits a new, inactive version on the loan history. */
    public void fitOnLoanHistory() {
        startFit(p -> workbench.fitOnLoanHistory(FitSettings.defaults(), p));
    }

    /** Fits a new, inactive version on the CSV file, target column and bad value in the form. */
    public void fitOnCsv() {
        String file = csvPath.get() == null ? "" : csvPath.get().trim();
        String target = csvTarget.get() == null ? "" : csvTarget.get().trim();
        String bad = csvBad.get() == null ? "" : csvBad.get().trim();
        if (file.isEmpty() || target.isEmpty() || bad.isEmpty()) {
            error.set(MISSING_CSV_FIELDS);
            return;
        }
        Path path = Path.of(file);
        startFit(p -> {
            p.update("Reading " + path.getFileName(), -1);
            LabelledData d = readCsv(path, target, bad);
            return workbench.fitOnData(d, path.getFileName() + " (" + target + " = " + bad + ")", target, bad,
                    FitSettings.defaults(), p);
        });
    }

    private void startFit(java.util.function.Function<io.creditdesk.common.Progress, ModelWorkbench.FitResult> work) {
        error.set("");
        status.set("");
        busy.set(true);
        progress.set(-1);
        step.set("");
        fitJob = tasks.run(work).onProgress((s, f) -> {
            step.set(s);
            progress.set(f);
        }).onSuccess(r -> {
            busy.set(false);
            progress.set(1);
            step.set("");
            status.set("fitted:" + r.version());
            refresh(r.version());
        }).onFailure(m -> {
            busy.set(false);
            progress.set(0);
            step.set("");
            error.set(m);
        }).onCancelled(() -> {
            busy.set(false);
            progress.set(0);
            step.set("");
            status.set("cancelled");
        }).start();
    }

    public void cancelFit() {
        if (fitJob != null) {
            fitJob.cancel();
        }
    }

    /** Activates the selected version (the service refuses anyone but a credit manager). */
    public void activate() {
        ModelWorkbench.VersionRow row = selected.get();
        if (row == null) {
            return;
        }
        error.set("");
        tasks.run(p -> workbench.activate(user, row.version())).onSuccess(a -> {
            status.set("activated:" + a.version() + ":" + a.journalSeq());
            refresh(a.version());
        }).onFailure(error::set).start();
    }

    public void compare(ModelWorkbench.VersionRow a, ModelWorkbench.VersionRow b) {
        if (a == null || b == null) {
            comparison.set(null);
            return;
        }
        tasks.run(p -> workbench.compare(a.version(), b.version())).onSuccess(comparison::set).onFailure(error::set).start();
    }

    /** Reads a labelled CSV as {@code model fit --data} does (UTF-8, header row, types inferred). */
    public static LabelledData readCsv(Path file, String target, String bad) {
        if (!Files.isRegularFile(file)) {
            throw new IllegalArgumentException("file not found: " + file);
        }
        var decoder = StandardCharsets.UTF_8.newDecoder().onMalformedInput(CodingErrorAction.REPORT)
                .onUnmappableCharacter(CodingErrorAction.REPORT);
        try (Reader r = new java.io.InputStreamReader(Files.newInputStream(file), decoder)) {
            return CsvTable.read(r, file.toString(), new CsvTable.Options(target, bad, Set.of(), Set.of(), Set.of()));
        } catch (CsvFormatException e) {
            throw new IllegalArgumentException(e.getMessage(), e);
        } catch (java.io.UncheckedIOException e) {
            if (e.getCause() instanceof CharacterCodingException) {
                throw new IllegalArgumentException(file + ": the file is not UTF-8 text", e);
            }
            throw new IllegalArgumentException(file + ": cannot read: " + e.getMessage(), e);
        } catch (IOException e) {
            throw new IllegalArgumentException(file + ": cannot read: " + e.getMessage(), e);
        }
    }

    /** Runs after every version is opened (tests and the view). */
    public void setAfterLoad(Runnable r) {
        afterLoad = r == null ? () -> { } : r;
    }

    public ObservableList<ModelWorkbench.VersionRow> versions() {
        return versions;
    }

    public ObjectProperty<ModelWorkbench.VersionRow> selected() {
        return selected;
    }

    public ObjectProperty<ScorecardModel> model() {
        return model;
    }

    public ObjectProperty<ModelEvaluation> evaluation() {
        return evaluation;
    }

    public StringProperty evaluationNote() {
        return evaluationNote;
    }

    public ObservableList<CharacteristicModel> characteristics() {
        return characteristics;
    }

    public ObjectProperty<CharacteristicModel> characteristic() {
        return characteristic;
    }

    public ObservableList<Bin> bins() {
        return bins;
    }

    public ObjectProperty<ModelWorkbench.Stability> stability() {
        return stability;
    }

    public StringProperty stabilityNote() {
        return stabilityNote;
    }

    public ObjectProperty<ModelWorkbench.Comparison> comparison() {
        return comparison;
    }

    public BooleanProperty busy() {
        return busy;
    }

    public DoubleProperty progress() {
        return progress;
    }

    public StringProperty step() {
        return step;
    }

    public StringProperty error() {
        return error;
    }

    public StringProperty status() {
        return status;
    }

    public StringProperty csvPath() {
        return csvPath;
    }

    public StringProperty csvTarget() {
        return csvTarget;
    }

    public StringProperty csvBad() {
        return csvBad;
    }

    public BooleanBinding canActivate() {
        return canActivate;
    }
}
