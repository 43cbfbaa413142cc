package io.creditdesk;

import java.nio.file.Path;
import java.time.Clock;

import io.creditdesk.dataset.DatasetRepository;
import io.creditdesk.seller.MarketplaceStore;
import io.creditdesk.seller.SellerRepository;
import io.creditdesk.store.Database;
import io.creditdesk.store.DatasetStore;
import io.creditdesk.store.MarketplaceJdbcStore;
import io.creditdesk.store.SellerDao;
import io.creditdesk.features.FeatureService;
import io.creditdesk.scoring.SellerScoring;
import io.creditdesk.store.FeatureJdbcStore;
import io.creditdesk.store.ScoringJdbcStore;

/**
 * The composition root: opens the database and builds every repository and service once, by
 * constructor. Commands and the workstation take what they need from here; nothing is static.
 */
public final class AppContext implements AutoCloseable {
    private final Database database;
    private final Clock clock;
    private final DatasetRepository datasets;
    private final SellerRepository sellers;
    private final MarketplaceStore marketplace;
    private final FeatureService features;
    private final SellerScoring scoring;

    public AppContext(Database database, Clock clock) {
        this.database = database;
        this.clock = clock;
        this.datasets = new DatasetStore(database);
        this.sellers = database.dao(SellerDao.class);
        this.marketplace = new MarketplaceJdbcStore(database);
        this.features = new FeatureService(new FeatureJdbcStore(database));
        ScoringJdbcStore scoringStore = new ScoringJdbcStore(database);
        this.scoring = new SellerScoring(features, scoringStore, scoringStore, scoringStore);
    }

    public static AppContext open(Path dbFile) {
        return new AppContext(Database.open(dbFile), Clock.systemDefaultZone());
    }

    public Database database() {
        return database;
    }

    public Clock clock() {
        return clock;
    }

    public DatasetRepository datasets() {
        return datasets;
    }

    public SellerRepository sellers() {
        return sellers;
    }

    public MarketplaceStore marketplace() {
        return marketplace;
    }

    public FeatureService features() {
        return features;
    }

    public SellerScoring scoring() {
        return scoring;
    }

    @Override
    public void close() {
        database.close();
    }
}
