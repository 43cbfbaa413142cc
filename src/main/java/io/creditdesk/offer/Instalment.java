package io.creditdesk.offer;

import java.time.LocalDate;

import io.creditdesk.money.Money;

/** One line of a repayment schedule: payment = principal + interest; balance after the payment. */
public record Instalment(int number, LocalDate dueOn, Money payment, Money principal, Money interest, Money balanceAfter) {
}
