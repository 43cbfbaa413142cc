package io.creditdesk;

import java.nio.file.Path;
import java.time.Clock;
import java.time.LocalDate;

import io.creditdesk.dataset.DatasetRepository;
import io.creditdesk.offer.OfferService;
import io.creditdesk.seller.MarketplaceStore;
import io.creditdesk.seller.SellerRepository;
import io.creditdesk.common.PhaseTimer;
import io.creditdesk.common.Progress;
import io.creditdesk.ingest.demo.DemoMarketplace;
import io.creditdesk.ingest.demo.DemoSettings;
import io.creditdesk.ingest.demo.DemoSummary;
import io.creditdesk.offer.ApplicationRecommendations;
import io.creditdesk.store.Database;
import io.creditdesk.store.RecommendationJdbcStore;
import io.creditdesk.store.DatasetStore;
import io.creditdesk.store.MarketplaceJdbcStore;
import io.creditdesk.store.OfferDao;
import io.creditdesk.store.SellerDao;
import io.creditdesk.features.FeatureService;
import io.creditdesk.scoring.FitSettings;
import io.creditdesk.scoring.SellerScoring;
import io.creditdesk.scoring.ModelWorkbench;
import io.creditdesk.store.ModelWorkbenchJdbcStore;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import io.creditdesk.store.FeatureJdbcStore;
import io.creditdesk.store.ScoringJdbcStore;
import io.creditdesk.offer.OfferConfig;
import io.creditdesk.portfolio.PortfolioService;
import io.creditdesk.portfolio.PortfolioSettings;
import io.creditdesk.store.PortfolioJdbcStore;
import io.creditdesk.ingest.imports.ImportService;
import io.creditdesk.store.MarketplaceKeysJdbcStore;

/**
 * The composition root: opens the database and builds every repository and service once, by
 * constructor. Commands and the workstation take what they need from here; nothing is static.
 */
public final class AppContext implements AutoCloseable {
    private static final Logger LOG = LoggerFactory.getLogger(AppContext.class);
    private final Database database;
    private final Clock clock;
    private final DatasetRepository datasets;
    private final SellerRepository sellers;
    private final MarketplaceStore marketplace;
    private final DecisionModule decisions;
    private final OfferService offers;
    private final FeatureService features;
    private final SellerScoring scoring;
    private final ModelWorkbench models;
    private final PortfolioService portfolio;
    private final ImportService imports;

    public AppContext(Database database, Clock clock) {
        this.database = database;
        this.clock = clock;
        this.datasets = new DatasetStore(database);
        this.sellers = database.dao(SellerDao.class);
        this.marketplace = new MarketplaceJdbcStore(database);
        this.decisions = new DecisionModule(database, clock);
        this.offers = OfferService.withDefaults(sellers, database.dao(OfferDao.class));
        this.features = new FeatureService(new FeatureJdbcStore(database));
        ScoringJdbcStore scoringStore = new ScoringJdbcStore(database);
        this.scoring = new SellerScoring(features, scoringStore, scoringStore, scoringStore);
        ModelWorkbenchJdbcStore workbenchStore = new ModelWorkbenchJdbcStore(database, decisions.store());
        this.models = new ModelWorkbench(scoring, features, workbenchStore, workbenchStore, clock);
        this.portfolio = new PortfolioService(new PortfolioJdbcStore(database),
                PortfolioSettings.of(OfferConfig.defaults().lgd()));
        this.imports = new ImportService(marketplace, new MarketplaceKeysJdbcStore(database), datasets);
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

    /**
     * The demo marketplace as both the {@code demo} command and the workstation's first start build
     * it: sellers, orders, aggregates, loan history and queue; the demo users; a recommendation on
     * every open application.
     */
    public DemoSummary buildDemo(DemoSettings settings, Progress progress) {
        PhaseTimer phases = new PhaseTimer();
        // the demo users, training and scoring read no order lines: they run while the last ones are committed
        DemoSummary summary = new DemoMarketplace(marketplace, datasets).generate(settings, progress, () -> {
            phases.end("generate and write all but the last order lines");
            decisions.users().ensureDemoUsers();
            phases.end("demo users");
            progress.update("Training the scorecard on the loan history", -1);
            try {
                // features from all the data: as of the day after it, the date `score --all`, the workspace
                // and the offers use (as of the data's own last day, its whole last month was left out)
                LocalDate firstDayAfterData = settings.asOf().plusDays(1);
                scoring.train(FitSettings.defaults(), firstDayAfterData.atStartOfDay());
                phases.end("training");
                progress.update("Scoring every seller", -1);
                scoring.scoreAll(firstDayAfterData, progress);
                phases.end("scoring");
            } catch (IllegalStateException | IllegalArgumentException e) {
                LOG.warn("The demo marketplace is too small to train a scorecard; sellers stay unscored", e);
            }
        });
        phases.end("waiting for the order lines");
        progress.update("Recommending offers for the queue", -1);
        new ApplicationRecommendations(offers, new RecommendationJdbcStore(database)).recommendAll(settings.asOf());
        phases.end("recommending");
        LOG.info("Demo build phases (wall / process CPU): {}", phases);
        return summary;
    }

    /** Users, the queue, decisions and the journal. */
    public DecisionModule decisions() {
        return decisions;
    }

    public OfferService offers() {
        return offers;
    }

    public FeatureService features() {
        return features;
    }

    public SellerScoring scoring() {
        return scoring;
    }

    /** The model workbench: versions, fitting, validation, drift, activation. */
    public ModelWorkbench models() {
        return models;
    }

    /** The managers' dashboard figures (tiles, charts, {@code portfolio} command). */
    public PortfolioService portfolio() {
        return portfolio;
    }

    /** Imports of canonical CSV files and Olist exports. */
    public ImportService imports() {
        return imports;
    }

    @Override
    public void close() {
        database.close();
    }
}
