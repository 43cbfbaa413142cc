package io.creditdesk.ui.workspace;

import java.math.BigDecimal;
import java.time.LocalDate;

import io.creditdesk.offer.Offer;
import io.creditdesk.offer.OfferAdjustment;
import io.creditdesk.offer.OfferService;
import io.creditdesk.offer.Product;
import io.creditdesk.ui.common.BackgroundTasks;

import javafx.beans.property.ObjectProperty;
import javafx.beans.property.SimpleObjectProperty;
import javafx.beans.property.SimpleStringProperty;
import javafx.beans.property.StringProperty;

/**
 * The Offer tab's state: the product and the underwriter's adjustments (null = as recommended). Any
 * change recomputes the offer, schedule and simulation in the background; a result that arrives
 * after a newer request is dropped.
 */
public final class OfferViewModel {
    public static final int PATHS = 1_000;
    public static final long SEED = 42L;
    private final OfferService offers;
    private final BackgroundTasks tasks;
    private final ObjectProperty<Product> product = new SimpleObjectProperty<>(Product.TERM);
    private final ObjectProperty<BigDecimal> amount = new SimpleObjectProperty<>();
    private final ObjectProperty<Integer> term = new SimpleObjectProperty<>();
    private final ObjectProperty<BigDecimal> price = new SimpleObjectProperty<>();
    private final ObjectProperty<BigDecimal> withhold = new SimpleObjectProperty<>();
    private final ObjectProperty<Offer> offer = new SimpleObjectProperty<>();
    private final StringProperty error = new SimpleStringProperty("");
    private String sellerId;
    private LocalDate asOf;
    private long generation;
    private boolean loading;

    public OfferViewModel(OfferService offers, BackgroundTasks tasks) {
        this.offers = offers;
        this.tasks = tasks;
        product.addListener((o, a, b) -> {
            if (!loading) {
                resetAdjustments();
            }
        });
        amount.addListener((o, a, b) -> recompute());
        term.addListener((o, a, b) -> recompute());
        price.addListener((o, a, b) -> recompute());
        withhold.addListener((o, a, b) -> recompute());
    }

    /** Shows the recommended offer of a seller for {@code product}. */
    public void open(String sellerId, LocalDate asOf, Product requested) {
        open(sellerId, asOf, requested, null, null);
    }

    /**
     * Shows the offer for an application: it starts from the application's recommendation (the
     * amount the queue shows, at the requested term), which the decision compares against.
     */
    public void open(String sellerId, LocalDate asOf, Product requested, BigDecimal startAmount, Integer startTerm) {
        this.sellerId = sellerId;
        this.asOf = asOf;
        loading = true;
        product.set(requested == null ? Product.TERM : requested);
        amount.set(startAmount);
        term.set(requested == Product.TERM ? startTerm : null);
        price.set(null);
        withhold.set(null);
        loading = false;
        recompute();
    }

    private void resetAdjustments() {
        loading = true;
        amount.set(null);
        term.set(null);
        price.set(null);
        withhold.set(null);
        loading = false;
        recompute();
    }

    public OfferAdjustment adjustment() {
        return new OfferAdjustment(amount.get(), term.get(), price.get(), withhold.get(), null);
    }

    void recompute() {
        if (loading || sellerId == null) {
            return;
        }
        long gen = ++generation;
        String id = sellerId;
        LocalDate date = asOf;
        Product p = product.get();
        OfferAdjustment adj = adjustment();
        tasks.run(x -> offers.offer(id, date, p, adj, PATHS, SEED).orElseThrow(() -> new IllegalArgumentException(
                "Seller " + id + " has no sales data"))).onSuccess(o -> {
                    if (gen == generation) {
                        error.set("");
                        offer.set(o);
                    }
                }).onFailure(m -> {
                    if (gen == generation) {
                        error.set(m);
                    }
                }).start();
    }

    public ObjectProperty<Product> product() {
        return product;
    }

    public ObjectProperty<BigDecimal> amount() {
        return amount;
    }

    public ObjectProperty<Integer> term() {
        return term;
    }

    public ObjectProperty<BigDecimal> price() {
        return price;
    }

    public ObjectProperty<BigDecimal> withhold() {
        return withhold;
    }

    public ObjectProperty<Offer> offer() {
        return offer;
    }

    public StringProperty error() {
        return error;
    }
}
