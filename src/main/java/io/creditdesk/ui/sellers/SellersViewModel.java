package io.creditdesk.ui.sellers;

import java.time.LocalDate;
import java.util.List;

import io.creditdesk.seller.SellerFilter;
import io.creditdesk.seller.SellerIndex;
import io.creditdesk.seller.SellerMonth;
import io.creditdesk.seller.SellerRepository;
import io.creditdesk.seller.SellerRow;
import io.creditdesk.ui.common.BackgroundTasks;

import javafx.beans.property.BooleanProperty;
import javafx.beans.property.IntegerProperty;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.SimpleBooleanProperty;
import javafx.beans.property.SimpleIntegerProperty;
import javafx.beans.property.SimpleObjectProperty;
import javafx.beans.property.SimpleStringProperty;
import javafx.beans.property.StringProperty;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;
import javafx.collections.ObservableSet;
import javafx.collections.SetChangeListener;

/**
 * State of the seller browser: every seller held in a {@link SellerIndex}; search and sort run in
 * the background and replace the visible rows in one step; stale results (an older query that
 * finishes late) are dropped.
 */
public final class SellersViewModel {
    private final SellerRepository sellers;
    private final BackgroundTasks tasks;

    private final ObservableList<SellerRow> rows = FXCollections.observableArrayList();
    private final StringProperty query = new SimpleStringProperty("");
    private final IntegerProperty total = new SimpleIntegerProperty();
    private final BooleanProperty loading = new SimpleBooleanProperty();
    private final StringProperty error = new SimpleStringProperty();
    private final ObjectProperty<SellerRow> selected = new SimpleObjectProperty<>();
    private final ObservableList<SellerMonth> selectedMonths = FXCollections.observableArrayList();
    private final ObservableSet<String> grades = FXCollections.observableSet();
    private final ObjectProperty<String> category = new SimpleObjectProperty<>();
    private final ObjectProperty<String> region = new SimpleObjectProperty<>();
    private final ObjectProperty<Integer> minScore = new SimpleObjectProperty<>();
    private final ObjectProperty<Integer> maxScore = new SimpleObjectProperty<>();
    private final BooleanProperty openApplicationOnly = new SimpleBooleanProperty();
    private final ObservableList<String> categories = FXCollections.observableArrayList();
    private final ObservableList<String> regions = FXCollections.observableArrayList();
    private final IntegerProperty lowestScore = new SimpleIntegerProperty();
    private final IntegerProperty highestScore = new SimpleIntegerProperty();

    private SellerIndex index = new SellerIndex(List.of());
    private SellerIndex.Column sortColumn = SellerIndex.Column.GMV_12M;
    private boolean ascending;
    private long generation;
    private long selectionGeneration;

    public SellersViewModel(SellerRepository sellers, BackgroundTasks tasks) {
        this.sellers = sellers;
        this.tasks = tasks;
        query.addListener((obs, old, q) -> refresh());
        grades.addListener((SetChangeListener<String>) c -> refresh());
        category.addListener((obs, old, v) -> refresh());
        region.addListener((obs, old, v) -> refresh());
        minScore.addListener((obs, old, v) -> refresh());
        maxScore.addListener((obs, old, v) -> refresh());
        openApplicationOnly.addListener((obs, old, v) -> refresh());
        selected.addListener((obs, old, row) -> loadDetail(row));
    }

    /** Reads every seller (12-month figures as of {@code asOf}) and shows them. */
    public void load(LocalDate asOf) {
        loading.set(true);
        tasks.run(p -> new SellerIndex(sellers.browserRows(asOf)))
                .onSuccess(idx -> {
                    index = idx;
                    total.set(idx.size());
                    categories.setAll(idx.values(SellerRow::category));
                    regions.setAll(idx.values(SellerRow::region));
                    int[] range = scoreRange(idx);
                    lowestScore.set(range[0]);
                    highestScore.set(range[1]);
                    refresh();
                })
                .onFailure(msg -> {
                    loading.set(false);
                    error.set(msg);
                })
                .start();
    }

    public void sortBy(SellerIndex.Column column, boolean asc) {
        if (column == sortColumn && asc == ascending) {
            return;
        }
        sortColumn = column;
        ascending = asc;
        refresh();
    }

    /** The filter the controls describe now. */
    public SellerFilter filter() {
        return new SellerFilter(query.get(), grades, category.get(), region.get(), minScore.get(), maxScore.get(),
                openApplicationOnly.get());
    }

    /** Clears every filter but the search text. */
    public void clearFilters() {
        grades.clear();
        category.set(null);
        region.set(null);
        minScore.set(null);
        maxScore.set(null);
        openApplicationOnly.set(false);
    }

    private static int[] scoreRange(SellerIndex idx) {
        int lo = Integer.MAX_VALUE;
        int hi = Integer.MIN_VALUE;
        for (int i = 0; i < idx.size(); i++) {
            Integer s = idx.row(i).score();
            if (s != null) {
                lo = Math.min(lo, s);
                hi = Math.max(hi, s);
            }
        }
        return lo > hi ? new int[] {0, 0} : new int[] {lo, hi};
    }

    private void refresh() {
        long gen = ++generation;
        SellerIndex idx = index;
        SellerFilter f = filter();
        SellerIndex.Column col = sortColumn;
        boolean asc = ascending;
        tasks.run(p -> idx.rows(idx.sort(idx.search(f), col, asc)))
                .onSuccess(list -> {
                    if (gen == generation) {
                        rows.setAll(list);
                        loading.set(false);
                    }
                })
                .onFailure(error::set)
                .start();
    }

    private void loadDetail(SellerRow row) {
        long gen = ++selectionGeneration;
        if (row == null) {
            selectedMonths.clear();
            return;
        }
        tasks.run(p -> sellers.months(row.sellerId()))
                .onSuccess(months -> {
                    if (gen == selectionGeneration) {
                        selectedMonths.setAll(months);
                    }
                })
                .onFailure(error::set)
                .start();
    }

    public ObservableList<SellerRow> rows() {
        return rows;
    }

    public StringProperty query() {
        return query;
    }

    public IntegerProperty total() {
        return total;
    }

    public BooleanProperty loading() {
        return loading;
    }

    public StringProperty error() {
        return error;
    }

    public ObjectProperty<SellerRow> selected() {
        return selected;
    }

    public ObservableList<SellerMonth> selectedMonths() {
        return selectedMonths;
    }

    public ObservableSet<String> grades() {
        return grades;
    }

    public ObjectProperty<String> category() {
        return category;
    }

    public ObjectProperty<String> region() {
        return region;
    }

    public ObjectProperty<Integer> minScore() {
        return minScore;
    }

    public ObjectProperty<Integer> maxScore() {
        return maxScore;
    }

    public BooleanProperty openApplicationOnly() {
        return openApplicationOnly;
    }

    public ObservableList<String> categories() {
        return categories;
    }

    public ObservableList<String> regions() {
        return regions;
    }

    /** Lowest and highest score among the sellers (both 0 when none is scored). */
    public IntegerProperty lowestScore() {
        return lowestScore;
    }

    public IntegerProperty highestScore() {
        return highestScore;
    }

    public SellerIndex.Column sortColumn() {
        return sortColumn;
    }

    public boolean ascending() {
        return ascending;
    }
}
