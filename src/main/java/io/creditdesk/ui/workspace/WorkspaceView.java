package io.creditdesk.ui.workspace;

import io.creditdesk.ui.common.Formats;
import io.creditdesk.ui.common.Messages;

import javafx.scene.control.Tab;
import javafx.scene.control.TabPane;
import javafx.scene.layout.BorderPane;

/**
 * The seller workspace: a header and tabs (Sales, Score, Offer, History). One pane, reused for every
 * seller: underwriters work one application at a time, and refilling built charts is several times
 * faster than building a new pane per seller.
 */
public final class WorkspaceView extends BorderPane {
    private final Messages msg;
    private final WorkspaceHeader header;
    private final SalesTab sales;
    private final TabPane tabs = new TabPane();
    private final DecisionBar decisionBar;
    private final HistoryTab history;

    public WorkspaceView(WorkspaceViewModel vm, ScoreViewModel scoreVm, OfferViewModel offerVm, DecisionViewModel decisionVm,
                         Messages msg,
                         Formats fmt) {
        this.msg = msg;
        this.decisionBar = new DecisionBar(decisionVm, msg, offerVm::adjustment);
        this.history = new HistoryTab(vm, msg, fmt);
        setId("workspaceView");
        sales = new SalesTab(msg, fmt);
        header = new WorkspaceHeader(msg, fmt);
        setTop(header);
        tabs.setId("workspaceTabs");
        tabs.setTabClosingPolicy(TabPane.TabClosingPolicy.UNAVAILABLE);
        tabs.getTabs().add(tab("tabSales", "workspace.tab.sales", sales));
        tabs.getTabs().add(tab("tabScore", "workspace.tab.score", new ScoreTab(scoreVm, msg)));
        tabs.getTabs().add(tab("tabOffer", "workspace.tab.offer", new OfferTab(offerVm, msg, fmt)));
        javafx.scene.control.ScrollPane historyScroll = new javafx.scene.control.ScrollPane(history);
        historyScroll.setFitToWidth(true);
        historyScroll.setFitToHeight(true);
        tabs.getTabs().add(tab("tabHistory", "workspace.tab.history", historyScroll));
        setCenter(tabs);
        setBottom(decisionBar);
        vm.seller().addListener((obs, old, s) -> header.showSeller(s, vm.asOf()));
        vm.sales().addListener((obs, old, p) -> {
            header.showSales(p);
            if (p != null) {
                sales.show(p);
            }
        });
        scoreVm.actual().addListener((obs, old, r) -> header.showScore(r));
        offerVm.offer().addListener((obs, old, o) -> header.showPolicy(o));
    }

    public DecisionBar decisionBar() {
        return decisionBar;
    }

    /** Selects tab {@code index} (0 Sales, 1 Score, 2 Offer, 3 History). */
    public void selectTab(int index) {
        if (index >= 0 && index < tabs.getTabs().size()) {
            tabs.getSelectionModel().select(index);
        }
    }

    private Tab tab(String id, String key, javafx.scene.Node content) {
        Tab t = new Tab(msg.get(key), content);
        t.setId(id);
        return t;
    }
}
