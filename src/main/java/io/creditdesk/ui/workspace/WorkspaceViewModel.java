package io.creditdesk.ui.workspace;

import java.time.LocalDate;
import java.util.List;

import io.creditdesk.seller.SalesProfile;
import io.creditdesk.seller.Seller;
import io.creditdesk.seller.SellerRepository;
import io.creditdesk.ui.common.BackgroundTasks;

import javafx.beans.property.ObjectProperty;
import javafx.beans.property.SimpleObjectProperty;
import javafx.beans.property.SimpleStringProperty;
import javafx.beans.property.StringProperty;

/** The seller workspace: one seller at a time; its data is read and prepared in the background. */
public final class WorkspaceViewModel {
    private final SellerRepository sellers;
    private final BackgroundTasks tasks;
    private final ObjectProperty<Seller> seller = new SimpleObjectProperty<>();
    private final ObjectProperty<SalesProfile> sales = new SimpleObjectProperty<>();
    private final StringProperty error = new SimpleStringProperty();
    private LocalDate asOf = LocalDate.of(2026, 10, 31);
    private long generation;

    public WorkspaceViewModel(SellerRepository sellers, BackgroundTasks tasks) {
        this.sellers = sellers;
        this.tasks = tasks;
    }

    public void setAsOf(LocalDate asOf) {
        this.asOf = asOf;
    }

    /** Opens a seller: header and charts update together when its data is ready. */
    public void open(String sellerId) {
        long gen = ++generation;
        LocalDate to = asOf.plusDays(1);
        tasks.run(p -> {
            Seller s = sellers.find(sellerId).orElseThrow(() -> new IllegalArgumentException(
                    "Seller " + sellerId + " is not in the database"));
            SalesProfile profile = SalesProfile.of(sellers.months(sellerId), sellers.days(sellerId, to.minusDays(365), to));
            return new Loaded(s, profile);
        }).onSuccess(l -> {
            if (gen == generation) {
                seller.set(l.seller());
                sales.set(l.profile());
            }
        }).onFailure(error::set).start();
    }

    private record Loaded(Seller seller, SalesProfile profile) {
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
