package io.creditdesk.ui.workspace;

import java.time.LocalDate;
import java.util.List;

import java.time.Clock;
import java.time.LocalDateTime;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;

import io.creditdesk.decision.ApplicationCase;
import io.creditdesk.decision.ApplicationQueueService;
import io.creditdesk.decision.DecisionRow;
import io.creditdesk.seller.SalesProfile;
import io.creditdesk.seller.Seller;
import io.creditdesk.seller.SellerLoan;
import io.creditdesk.seller.SellerNote;
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
    private final Clock clock;
    private final ObservableList<SellerLoan> loans = FXCollections.observableArrayList();
    private final ObservableList<SellerNote> notes = FXCollections.observableArrayList();
    private final StringProperty noteDraft = new SimpleStringProperty("");
    private final ObjectProperty<ApplicationCase> application = new SimpleObjectProperty<>();
    private final ObservableList<ApplicationCase> applications = FXCollections.observableArrayList();
    private final ObservableList<DecisionRow> decisions = FXCollections.observableArrayList();
    private final ObjectProperty<Seller> seller = new SimpleObjectProperty<>();
    private final ObjectProperty<SalesProfile> sales = new SimpleObjectProperty<>();
    private final StringProperty error = new SimpleStringProperty();
    private LocalDate asOf = LocalDate.of(2026, 10, 31);
    private long generation;
    private String author;

    public WorkspaceViewModel(SellerRepository sellers, ApplicationQueueService queue, BackgroundTasks tasks,
                              Clock clock) {
        this.sellers = sellers;
        this.queue = queue;
        this.tasks = tasks;
        this.clock = clock;
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
            List<ApplicationCase> apps = queue.forSeller(sellerId);
            List<DecisionRow> decisions = new ArrayList<>();
            for (ApplicationCase c : apps) {
                decisions.addAll(queue.history(c.id()));
            }
            return new Loaded(s, profile, apps, decisions, sellers.loans(sellerId, asOf), sellers.notes(sellerId));
        }).onSuccess(l -> {
            if (gen == generation) {
                seller.set(l.seller());
                sales.set(l.profile());
                applications.setAll(l.applications());
                decisions.setAll(l.decisions());
                loans.setAll(l.loans());
                notes.setAll(l.notes());
                noteDraft.set("");
            }
        }).onFailure(error::set).start();
    }

    private record Loaded(Seller seller, SalesProfile profile, List<ApplicationCase> applications,
                          List<DecisionRow> decisions, List<SellerLoan> loans, List<SellerNote> notes) {
    }

    /** Whether the draft can be saved as a note: some text, within the length limit, a seller open. */
    public boolean canAddNote() {
        String t = noteDraft.get() == null ? "" : noteDraft.get().strip();
        return seller.get() != null && author != null && !t.isEmpty() && t.length() <= SellerNote.MAX_LENGTH;
    }

    /** Who writes notes: the signed-in user. */
    public void setAuthor(String author) {
        this.author = author;
    }

    /** Saves the draft as a note by the signed-in user on the open seller; the list shows it when stored. */
    public void addNote() {
        if (!canAddNote()) {
            return;
        }
        String sellerId = seller.get().sellerId();
        String text = noteDraft.get().strip();
        LocalDateTime at = LocalDateTime.now(clock).truncatedTo(ChronoUnit.SECONDS);
        tasks.run(p -> sellers.addNote(sellerId, author, at, text)).onSuccess(n -> {
            if (seller.get() != null && seller.get().sellerId().equals(n.sellerId())) {
                notes.add(n);
                noteDraft.set("");
            }
        }).onFailure(error::set).start();
    }

    public ObservableList<SellerLoan> loans() {
        return loans;
    }

    public ObservableList<SellerNote> notes() {
        return notes;
    }

    public StringProperty noteDraft() {
        return noteDraft;
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
