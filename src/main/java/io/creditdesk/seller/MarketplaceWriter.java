package io.creditdesk.seller;

import java.util.Collection;

import io.creditdesk.loan.Application;
import io.creditdesk.loan.Loan;
import io.creditdesk.loan.Repayment;

/**
 * Bulk writes of marketplace data inside one transaction (see {@link MarketplaceStore#write}).
 * Every method upserts by natural key, so writing the same rows twice changes nothing. Rows are
 * batched; nothing is visible to others until the transaction commits.
 */
public interface MarketplaceWriter {
    void seller(Seller seller);

    void orderLine(OrderLine line);

    void month(SellerMonth month);

    void day(SellerDay day);

    void loan(Loan loan);

    void repayment(Repayment repayment);

    void application(Application application);

    /** Recomputes seller_month and seller_day of these sellers from their order lines. */
    void refreshAggregates(Collection<String> sellerIds);

    /** Sends pending batches to the database (still inside the transaction). */
    void flush();
}
