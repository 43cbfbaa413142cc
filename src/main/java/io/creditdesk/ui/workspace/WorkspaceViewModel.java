package io.creditdesk.ui.workspace;

import java.time.LocalDate;
import java.util.List;

import java.util.ArrayList;
import java.util.EnumSet;

import io.creditdesk.decision.ApplicationCase;
import io.creditdesk.decision.ApplicationQueueService;
import io.creditdesk.decision.DecisionRow;
import io.creditdesk.loan.ApplicationStatus;
import io.creditdesk.seller.SalesProfile;
import io.creditdesk.seller.Seller;
import io.creditdesk.seller.SellerRepository;
import io.creditdesk.ui.common.BackgroundTasks;

import javafx.beans.property.ObjectProperty;
import javafx.beans.property.SimpleObjectProperty;
import javafx.beans.property.SimpleStringProperty;
import javafx.beans.property.StringProperty;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;

/** The seller workspace: one seller at a time; its data is read and prepared in the background. */
public final class WorkspaceViewModel {
    private final SellerRepository sellers;
    private final ApplicationQueueService queue;
    private final BackgroundTasks tasks;
    private final ObjectProperty<ApplicationCase> application = new SimpleObjectProperty<>();
    private final ObservableList<ApplicationCase> applications = FXCollections.observableArrayList();
    private final ObservableList<DecisionRow> decisions = FXCollections.observableArrayList();
    private final ObjectProperty<Seller> seller = new SimpleObjectProperty<>();
    private final ObjectProperty<SalesProfile> sales = new SimpleObjectProperty<>();
    private final StringProperty error = new SimpleStringProperty();
    private LocalDate asOf = LocalDate.of(2026, 10, 31);
    private long generation;

    public WorkspaceViewModel(SellerRepository sellers, ApplicationQueueService queue, BackgroundTasks tasks) {
        this.sellers = sellers;
        this.queue = queue;
        this.tasks = tasks;
    }

    public void setAsOf(LocalDate asOf) {
        this.asOf = asOf;
    }

    /** Opens a seller on one of its applications (or on none, from the seller browser). */
    public void open(String sellerId, ApplicationCase application) {
        this.application.set(application);
        open(sellerId);
    }

    /** Opens a seller: header and charts update together when its data is ready. */
    public void open(String sellerId) {
        long gen = ++generation;
        LocalDate to = asOf.plusDays(1);
        tasks.run(p -> {
            Seller s = sellers.find(sellerId).orElseThrow(() -> new IllegalArgumentException(
                    "Seller " + sellerId + " is not in the database"));
            SalesProfile profile = SalesProfile.of(sellers.months(sellerId), sellers.days(sellerId, to.minusDays(365), to));
            List<ApplicationCase> apps = queue.list(EnumSet.allOf(ApplicationStatus.class)).stream()
                    .filter(c -> c.application().sellerId().equals(sellerId)).toList();
            List<DecisionRow> decisions = new ArrayList<>();
            for (ApplicationCase c : apps) {
                decisions.addAll(queue.history(c.id()));
            }
            return new Loaded(s, profile, apps, decisions);
        }).onSuccess(l -> {
            if (gen == generation) {
                seller.set(l.seller());
                sales.set(l.profile());
                applications.setAll(l.applications());
                decisions.setAll(l.decisions());
            }
        }).onFailure(error::set).start();
    }

    private record Loaded(Seller seller, SalesProfile profile, List<ApplicationCase> applications,
                          List<DecisionRow> decisions) {
    }

    public ObjectProperty<ApplicationCase> application() {
        return application;
    }

    public ObservableList<ApplicationCase> applications() {
        return applications;
    }

    public ObservableList<DecisionRow> decisions() {
        return decisions;
    }

    public LocalDate asOf() {
        return asOf;
    }

    public ObjectProperty<Seller> seller() {
        return seller;
    }

    public ObjectProperty<SalesProfile> sales() {
        return sales;
    }

    public StringProperty error() {
        return error;
    }
}
