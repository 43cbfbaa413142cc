package io.creditdesk.ui.data;

import java.io.File;
import java.io.IOException;
import java.math.BigDecimal;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

import io.creditdesk.ingest.imports.ImportOptions;
import io.creditdesk.ingest.imports.ImportPreview;
import io.creditdesk.ingest.imports.ImportReport;
import io.creditdesk.ingest.imports.ImportService;
import io.creditdesk.ingest.imports.RejectedRow;
import io.creditdesk.ingest.imports.RejectsFile;
import io.creditdesk.ui.common.BackgroundTasks;

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
 * State of the Data screen: the chosen paths, their preview (detected format and first rows), the
 * running import (progress, cancel) and its report (summary, rejects, unattributed orders).
 * Everything slow runs through {@link BackgroundTasks}; a cancelled import rolls back.
 */
public final class DataViewModel {
    /** What the screen shows after an import job ends; the view turns it into words. */
    public enum Outcome { NONE, IMPORTED, DRY_RUN, REFUSED, CANCELLED, FAILED }

    private final ImportService imports;
    private final BackgroundTasks tasks;
    private final StringProperty paths = new SimpleStringProperty("");
    private final StringProperty maxRejectShare = new SimpleStringProperty(
            ImportOptions.DEFAULT_MAX_REJECT_SHARE.toPlainString());
    private final BooleanProperty dryRun = new SimpleBooleanProperty();
    private final ObjectProperty<ImportPreview> preview = new SimpleObjectProperty<>();
    private final BooleanProperty running = new SimpleBooleanProperty();
    /** The running import passed its accept mark: it is being completed and can no longer be cancelled. */
    private final BooleanProperty completing = new SimpleBooleanProperty();
    private final DoubleProperty progress = new SimpleDoubleProperty();
    private final StringProperty step = new SimpleStringProperty("");
    private final StringProperty error = new SimpleStringProperty("");
    private final ObjectProperty<ImportReport> report = new SimpleObjectProperty<>();
    private final ObjectProperty<Outcome> outcome = new SimpleObjectProperty<>(Outcome.NONE);
    private final ObservableList<RejectedRow> rejects = FXCollections.observableArrayList();
    private final ObservableList<String> unattributed = FXCollections.observableArrayList();
    private BackgroundTasks.Job<ImportReport> job;
    private Runnable onImported = () -> { };

    public DataViewModel(ImportService imports, BackgroundTasks tasks) {
        this.imports = imports;
        this.tasks = tasks;
    }

    /** Called on the UI thread after an import has changed the database. */
    public void setOnImported(Runnable r) {
        onImported = r;
    }

    /** Sets the chosen files or folder (the path field shows them, separated by the path separator). */
    public void choose(List<File> files) {
        List<String> names = new ArrayList<>();
        for (File f : files) {
            names.add(f.getAbsolutePath());
        }
        paths.set(String.join(File.pathSeparator, names));
        preview();
    }

    List<Path> pathList() {
        List<Path> list = new ArrayList<>();
        for (String p : paths.get().split(java.util.regex.Pattern.quote(File.pathSeparator))) {
            if (!p.isBlank()) {
                list.add(Path.of(p.strip()));
            }
        }
        return list;
    }

    /** Detects the format of the chosen paths and reads the first rows. */
    public void preview() {
        List<Path> list = pathList();
        error.set("");
        preview.set(null);
        tasks.run(p -> imports.preview(list))
                .onSuccess(preview::set)
                .onFailure(error::set)
                .start();
    }

    /** Runs the import of the previewed source. */
    public void runImport() {
        ImportPreview pv = preview.get();
        if (pv == null || running.get()) {
            return;
        }
        ImportOptions options;
        try {
            options = new ImportOptions(new BigDecimal(maxRejectShare.get().strip()), null, dryRun.get());
        } catch (IllegalArgumentException e) {
            error.set(e.getMessage());
            return;
        }
        error.set("");
        report.set(null);
        rejects.clear();
        unattributed.clear();
        outcome.set(Outcome.NONE);
        running.set(true);
        completing.set(false);
        progress.set(0);
        job = tasks.run(p -> imports.run(pv.source(), options, p))
                .onProgress((s, f) -> {
                    step.set(s);
                    if (s.startsWith(ImportService.ACCEPTED)) {
                        completing.set(true);
                    }
                    progress.set(f < 0 ? -1 : f);
                })
                .onSuccess(r -> {
                    running.set(false);
                    report.set(r);
                    rejects.setAll(r.rejects());
                    unattributed.setAll(r.unattributedOrders());
                    outcome.set(r.refused() ? Outcome.REFUSED : r.dryRun() ? Outcome.DRY_RUN : Outcome.IMPORTED);
                    if (r.committed()) {
                        onImported.run();
                    }
                })
                .onCancelled(() -> {
                    running.set(false);
                    progress.set(0);
                    outcome.set(Outcome.CANCELLED);
                })
                .onFailure(m -> {
                    running.set(false);
                    progress.set(0);
                    error.set(m);
                    outcome.set(Outcome.FAILED);
                })
                .start();
    }

    /** Asks the running import to stop; it rolls back and the database stays as it was. */
    public void cancel() {
        if (job != null) {
            job.cancel();
        }
    }

    /** Writes the rejects shown (all of them, up to the report's limit) to {@code file}. */
    public void exportRejects(Path file) {
        List<RejectedRow> rows = List.copyOf(rejects);
        tasks.run(p -> {
            try {
                RejectsFile.write(file, rows);
                return file;
            } catch (IOException e) {
                throw new IllegalStateException("Cannot write " + file + ": " + e.getMessage(), e);
            }
        }).onFailure(error::set).start();
    }

    public StringProperty paths() {
        return paths;
    }

    public StringProperty maxRejectShare() {
        return maxRejectShare;
    }

    public BooleanProperty dryRun() {
        return dryRun;
    }

    public ObjectProperty<ImportPreview> previewProperty() {
        return preview;
    }

    /** True once the running import was accepted: cancel no longer applies (ADR 0012). */
    public BooleanProperty completing() {
        return completing;
    }

    public BooleanProperty running() {
        return running;
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

    public ObjectProperty<ImportReport> report() {
        return report;
    }

    public ObjectProperty<Outcome> outcome() {
        return outcome;
    }

    public ObservableList<RejectedRow> rejects() {
        return rejects;
    }

    public ObservableList<String> unattributed() {
        return unattributed;
    }
}
