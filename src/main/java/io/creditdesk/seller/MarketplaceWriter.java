package io.creditdesk.seller;

import java.time.LocalDate;
import java.util.Collection;

import io.creditdesk.loan.Application;
import io.creditdesk.loan.Loan;
import io.creditdesk.loan.Repayment;

/**
 * Bulk writes of marketplace data inside one transaction (see {@link MarketplaceStore#write}).
 * Every method upserts by natural key, so writing the same rows twice changes nothing. Rows are
 * batched; nothing is visible to others until the transaction commits.
 */
public interface MarketplaceWriter extends OrderLineSink {
    void seller(Seller seller);

    void month(SellerMonth month);

    void day(SellerDay day);

    void loan(Loan loan);

    void repayment(Repayment repayment);

    void application(Application application);

    /** Recomputes seller_month and seller_day of these sellers from their order lines. */
    void refreshAggregates(Collection<String> sellerIds);

    /**
     * Writes the durable accept mark of {@code stage} in this transaction: once it commits, the
     * staged order lines are the import's and are completed even after a crash. Fails (and so rolls
     * the transaction back) when order_line received rows or another import is being completed.
     */
    void acceptStage(OrderLineStage stage, LocalDate lastDay);

    /** Sends pending batches to the database (still inside the transaction). */
    @Override
    void flush();
}
