package io.creditdesk.offer;

import java.util.List;

import io.creditdesk.money.Money;

/** A term-loan repayment schedule and its totals. */
public record Schedule(RepaymentMethod method, List<Instalment> instalments) {
    public Schedule {
        instalments = List.copyOf(instalments);
        if (instalments.isEmpty()) {
            throw new IllegalArgumentException("a schedule has at least one instalment");
        }
    }

    public Money totalPrincipal() {
        return instalments.stream().map(Instalment::principal).reduce(Money::plus).orElseThrow();
    }

    public Money totalInterest() {
        return instalments.stream().map(Instalment::interest).reduce(Money::plus).orElseThrow();
    }

    public Money totalRepayable() {
        return instalments.stream().map(Instalment::payment).reduce(Money::plus).orElseThrow();
    }

    /** The largest payment (the first for equal principal). */
    public Money maxPayment() {
        return instalments.stream().map(Instalment::payment).reduce(Money::max).orElseThrow();
    }
}
