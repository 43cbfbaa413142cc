package io.creditdesk.seller;

import java.util.Set;

/** What an import needs to know about the database before it writes: existing keys and the buyer salt. */
public interface MarketplaceKeys {
    /** Every seller id in the database. */
    Set<String> sellerIds();

    /** Every loan id in the database. */
    Set<String> loanIds();

    /** This database's secret salt for hashing buyer identifiers (created by a migration). */
    String buyerSalt();
}
