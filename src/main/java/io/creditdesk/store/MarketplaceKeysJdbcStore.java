package io.creditdesk.store;

import java.util.HashSet;
import java.util.Set;

import io.creditdesk.seller.MarketplaceKeys;

/** Reads existing keys and the buyer salt for an import. */
public final class MarketplaceKeysJdbcStore implements MarketplaceKeys {
    static final String BUYER_SALT = "buyer_salt";
    private final Database db;

    public MarketplaceKeysJdbcStore(Database db) {
        this.db = db;
    }

    @Override
    public Set<String> sellerIds() {
        return ids("SELECT seller_id FROM seller");
    }

    @Override
    public Set<String> loanIds() {
        return ids("SELECT loan_id FROM loan");
    }

    private Set<String> ids(String sql) {
        return db.jdbi().withHandle(h -> {
            Set<String> ids = new HashSet<>();
            h.createQuery(sql).setFetchSize(10_000).mapTo(String.class).forEach(ids::add);
            return ids;
        });
    }

    @Override
    public String buyerSalt() {
        return db.jdbi().withHandle(h -> h.createQuery("SELECT secret_value FROM app_secret WHERE secret_key = :k")
                .bind("k", BUYER_SALT).mapTo(String.class).findOne()
                .orElseThrow(() -> new StoreException("The database has no buyer salt (migration V10 missing).", null)));
    }
}
