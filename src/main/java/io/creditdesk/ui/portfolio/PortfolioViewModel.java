package io.creditdesk.ui.portfolio;

import java.awt.image.BufferedImage;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;

import javax.imageio.ImageIO;

import io.creditdesk.portfolio.PortfolioBook;
import io.creditdesk.portfolio.PortfolioFilter;
import io.creditdesk.portfolio.PortfolioReport;
import io.creditdesk.portfolio.PortfolioService;
import io.creditdesk.ui.common.BackgroundTasks;

import javafx.beans.property.BooleanProperty;
import javafx.beans.property.IntegerProperty;
import javafx.beans.property.LongProperty;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.ReadOnlyObjectProperty;
import javafx.beans.property.ReadOnlyObjectWrapper;
import javafx.beans.property.SimpleBooleanProperty;
import javafx.beans.property.SimpleIntegerProperty;
import javafx.beans.property.SimpleLongProperty;
import javafx.beans.property.SimpleObjectProperty;
import javafx.beans.property.SimpleStringProperty;
import javafx.beans.property.StringProperty;

/**
 * State of the portfolio dashboard: the book is read once in the background (and again on
 * {@link #reload()}); every filter change recomputes the report from it off the FX thread, dropping
 * results a newer filter has overtaken. Exports are written to {@link #exportDirectory()}.
 */
public final class PortfolioViewModel {
    private final PortfolioService service;
    private final BackgroundTasks tasks;
    private final ObjectProperty<PortfolioFilter> filter = new SimpleObjectProperty<>(PortfolioFilter.all());
    private final ReadOnlyObjectWrapper<PortfolioReport> report = new ReadOnlyObjectWrapper<>();
    private final ReadOnlyObjectWrapper<PortfolioBook.Choices> choices = new ReadOnlyObjectWrapper<>();
    private final BooleanProperty loading = new SimpleBooleanProperty();
    private final StringProperty error = new SimpleStringProperty();
    private final ObjectProperty<Path> exportDirectory = new SimpleObjectProperty<>();
    private final ReadOnlyObjectWrapper<Path> lastExport = new ReadOnlyObjectWrapper<>();
    private final LongProperty refreshMillis = new SimpleLongProperty(-1);
    private final IntegerProperty refreshes = new SimpleIntegerProperty();

    private PortfolioBook book;
    private boolean loadStarted;
    private long generation;
    private long requestedAt;

    public PortfolioViewModel(PortfolioService service, BackgroundTasks tasks, Path exportDirectory) {
        this.service = service;
        this.tasks = tasks;
        this.exportDirectory.set(exportDirectory);
        filter.addListener((obs, old, f) -> refresh());
    }

    /** Reads the book the first time the screen is shown; later calls do nothing. */
    public void loadOnce() {
        if (!loadStarted) {
            reload();
        }
    }

    /** Reads the book again (after new decisions or an import) and refreshes. */
    public void reload() {
        loadStarted = true;
        loading.set(true);
        error.set(null);
        tasks.run(p -> service.load())
                .onSuccess(b -> {
                    book = b;
                    choices.set(b.choices());
                    refresh();
                })
                .onFailure(m -> {
                    loading.set(false);
                    error.set(m);
                })
                .start();
    }

    private void refresh() {
        if (book == null) {
            return;
        }
        long gen = ++generation;
        requestedAt = System.nanoTime();
        PortfolioBook b = book;
        PortfolioFilter f = filter.get();
        loading.set(true);
        tasks.run(p -> service.report(b, f))
                .onSuccess(r -> {
                    if (gen == generation) {
                        report.set(r);
                        loading.set(false);
                    }
                })
                .onFailure(m -> {
                    loading.set(false);
                    error.set(m);
                })
                .start();
    }

    /** The view calls this once the charts show the current report: time from the filter change. */
    public void shown() {
        refreshMillis.set((System.nanoTime() - requestedAt) / 1_000_000);
        refreshes.set(refreshes.get() + 1);
    }

    /** Writes {@code csv} to {@code portfolio-NAME-DATE.csv} in the export directory. */
    public void exportCsv(String name, String csv) {
        export(name, "csv", file -> Files.writeString(file, csv, StandardCharsets.UTF_8));
    }

    /** Writes {@code image} to {@code portfolio-NAME-DATE.png} in the export directory. */
    public void exportPng(String name, BufferedImage image) {
        export(name, "png", file -> {
            if (!ImageIO.write(image, "png", file.toFile())) {
                throw new IOException("no PNG writer");
            }
        });
    }

    private interface Writer {
        void write(Path file) throws IOException;
    }

    private void export(String name, String ext, Writer writer) {
        Path dir = exportDirectory.get();
        PortfolioReport r = report.get();
        String date = r == null || r.reportDate() == null ? "" : "-" + r.reportDate();
        tasks.run(p -> {
            try {
                Files.createDirectories(dir);
                Path file = dir.resolve("portfolio-" + name + date + "." + ext);
                for (int n = 2; Files.exists(file); n++) {
                    file = dir.resolve("portfolio-" + name + date + "-" + n + "." + ext);
                }
                Path part = dir.resolve(file.getFileName() + ".part");
                writer.write(part);
                Files.move(part, file, StandardCopyOption.ATOMIC_MOVE);
                return file;
            } catch (IOException e) {
                throw new UncheckedIOException("Cannot write to " + dir + ": " + e.getMessage(), e);
            }
        }).onSuccess(lastExport::set).onFailure(error::set).start();
    }

    public ObjectProperty<PortfolioFilter> filter() {
        return filter;
    }

    public ReadOnlyObjectProperty<PortfolioReport> report() {
        return report.getReadOnlyProperty();
    }

    public ReadOnlyObjectProperty<PortfolioBook.Choices> choices() {
        return choices.getReadOnlyProperty();
    }

    public BooleanProperty loading() {
        return loading;
    }

    public StringProperty error() {
        return error;
    }

    public ObjectProperty<Path> exportDirectory() {
        return exportDirectory;
    }

    public ReadOnlyObjectProperty<Path> lastExport() {
        return lastExport.getReadOnlyProperty();
    }

    /** Milliseconds from the last filter change (or load) until the charts showed its report. */
    public LongProperty refreshMillis() {
        return refreshMillis;
    }

    /** How many reports the charts have shown. */
    public IntegerProperty refreshes() {
        return refreshes;
    }
}
