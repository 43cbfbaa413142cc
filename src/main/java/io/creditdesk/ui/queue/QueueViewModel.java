package io.creditdesk.ui.queue;

import java.time.Clock;
import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;

import io.creditdesk.decision.ApplicationCase;
import io.creditdesk.decision.ApplicationQueueService;
import io.creditdesk.decision.DecisionRow;
import io.creditdesk.decision.Principal;
import io.creditdesk.decision.Role;
import io.creditdesk.loan.Application;
import io.creditdesk.loan.ApplicationStatus;
import io.creditdesk.seller.SellerRepository;
import io.creditdesk.ui.common.BackgroundTasks;

import javafx.beans.property.ObjectProperty;
import javafx.beans.property.SimpleObjectProperty;
import javafx.beans.property.SimpleStringProperty;
import javafx.beans.property.StringProperty;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;

/**
 * The application queue of the signed-in user: filters (mine / unassigned / referred to me / all),
 * take and release, and the order in which "next application" walks through it.
 */
public final class QueueViewModel {
    private final ApplicationQueueService queue;
    private final SellerRepository sellers;
    private final BackgroundTasks tasks;
    private final Clock clock;
    private final Principal user;
    private final ObservableList<QueueRow> rows = FXCollections.observableArrayList();
    private final ObjectProperty<QueueFilter> filter = new SimpleObjectProperty<>(QueueFilter.ALL);
    private final ObjectProperty<QueueRow> selected = new SimpleObjectProperty<>();
    private final StringProperty message = new SimpleStringProperty("");
    private LocalDate asOf;
    private Runnable afterRefresh = () -> { };

    public QueueViewModel(ApplicationQueueService queue, SellerRepository sellers, BackgroundTasks tasks, Clock clock,
                          Principal user) {
        this.queue = queue;
        this.sellers = sellers;
        this.tasks = tasks;
        this.clock = clock;
        this.user = user;
        filter.addListener((obs, old, f) -> refresh());
    }

    /** The SLA age is counted to the data's as-of date when the data is older than today (demo data). */
    public void setAsOf(LocalDate asOf) {
        this.asOf = asOf;
    }

    public void refresh() {
        QueueFilter f = filter.get();
        tasks.run(p -> load(f)).onSuccess(list -> {
            Long keep = selected.get() == null ? null : selected.get().id();
            rows.setAll(list);
            if (keep != null) {
                list.stream().filter(r -> r.id() == keep).findFirst().ifPresent(selected::set);
            }
            afterRefresh.run();
        }).onFailure(message::set).start();
    }

    List<QueueRow> load(QueueFilter f) {
        LocalDate today = LocalDate.now(clock);
        LocalDate reference = asOf != null && asOf.isBefore(today) ? asOf : today;
        List<QueueRow> out = new ArrayList<>();
        for (ApplicationCase c : queue.list(ApplicationQueueService.OPEN)) {
            Application a = c.application();
            String referredBy = a.status() == ApplicationStatus.REFERRED ? referrer(a.applicationId()) : null;
            if (!matches(f, a, referredBy)) {
                continue;
            }
            String name = sellers.find(a.sellerId()).map(s -> s.name()).orElse(a.sellerId());
            long age = Math.max(0, ChronoUnit.DAYS.between(a.submittedAt().toLocalDate(), reference));
            out.add(new QueueRow(a, name, age, referredBy, c.recommendedDecision()));
        }
        return out;
    }

    private String referrer(long applicationId) {
        List<DecisionRow> history = queue.history(applicationId);
        for (int i = history.size() - 1; i >= 0; i--) {
            if ("REFER".equalsIgnoreCase(history.get(i).outcome())) {
                return history.get(i).decidedBy();
            }
        }
        return null;
    }

    private boolean matches(QueueFilter f, Application a, String referredBy) {
        return switch (f) {
            case ALL -> true;
            case MINE -> Objects.equals(a.assignee(), user.username());
            case UNASSIGNED -> a.assignee() == null && a.status() != ApplicationStatus.REFERRED;
            case REFERRED_TO_ME -> a.status() == ApplicationStatus.REFERRED && user.role().rank() > Role.UNDERWRITER.rank()
                    && !user.username().equals(referredBy);
        };
    }

    public void take() {
        QueueRow r = selected.get();
        if (r != null) {
            tasks.run(p -> queue.take(user, r.id())).onSuccess(c -> refresh()).onFailure(message::set).start();
        }
    }

    public void release() {
        QueueRow r = selected.get();
        if (r != null) {
            tasks.run(p -> {
                queue.release(user, r.id());
                return r;
            }).onSuccess(c -> refresh()).onFailure(message::set).start();
        }
    }

    /** The row after {@code current} in the shown order (wrapping to the first), or null when empty. */
    public QueueRow next(long current, int step) {
        if (rows.isEmpty()) {
            return null;
        }
        int i = 0;
        for (; i < rows.size(); i++) {
            if (rows.get(i).id() == current) {
                break;
            }
        }
        if (i == rows.size()) {
            return rows.get(0);
        }
        return rows.get(Math.floorMod(i + step, rows.size()));
    }

    public void setAfterRefresh(Runnable r) {
        afterRefresh = r;
    }

    public Principal user() {
        return user;
    }

    public ObservableList<QueueRow> rows() {
        return rows;
    }

    public ObjectProperty<QueueFilter> filter() {
        return filter;
    }

    public ObjectProperty<QueueRow> selected() {
        return selected;
    }

    public StringProperty message() {
        return message;
    }
}
