package io.creditdesk.ui.portfolio;

import io.creditdesk.ui.common.Messages;

import javafx.geometry.Pos;
import javafx.scene.chart.Chart;
import javafx.scene.control.Button;
import javafx.scene.control.ContextMenu;
import javafx.scene.control.Label;
import javafx.scene.control.MenuItem;
import javafx.scene.control.Tooltip;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.Region;
import javafx.scene.layout.VBox;

import org.kordamp.ikonli.feather.Feather;
import org.kordamp.ikonli.javafx.FontIcon;

/**
 * A chart with its title and two small buttons (and the same two entries in its context menu):
 * save the chart as PNG, save its data as CSV. Ids: {@code #NAME} for the chart,
 * {@code #NAME-png} and {@code #NAME-csv} for the buttons.
 */
final class ChartCard extends VBox {
    private final Chart chart;

    ChartCard(String id, String title, Chart chart, Messages msg, Runnable onPng, Runnable onCsv) {
        this.chart = chart;
        getStyleClass().add("chart-card");
        chart.setId(id);
        chart.setAnimated(false);
        chart.setPrefHeight(300);
        chart.setMinHeight(260);
        Label heading = new Label(title);
        heading.getStyleClass().add("chart-card-title");
        Button png = new Button(msg.get("portfolio.export.png"), new FontIcon(Feather.IMAGE));
        png.setId(id + "-png");
        png.setTooltip(new Tooltip(msg.get("portfolio.export.png.tip")));
        png.getStyleClass().addAll("small", "flat");
        png.setOnAction(e -> onPng.run());
        Button csv = new Button(msg.get("portfolio.export.csv"), new FontIcon(Feather.FILE_TEXT));
        csv.setId(id + "-csv");
        csv.setTooltip(new Tooltip(msg.get("portfolio.export.csv.tip")));
        csv.getStyleClass().addAll("small", "flat");
        csv.setOnAction(e -> onCsv.run());
        Region gap = new Region();
        HBox.setHgrow(gap, Priority.ALWAYS);
        HBox head = new HBox(6, heading, gap, png, csv);
        head.setAlignment(Pos.CENTER_LEFT);
        MenuItem pngItem = new MenuItem(msg.get("portfolio.export.png.tip"));
        pngItem.setOnAction(e -> onPng.run());
        MenuItem csvItem = new MenuItem(msg.get("portfolio.export.csv.tip"));
        csvItem.setOnAction(e -> onCsv.run());
        ContextMenu menu = new ContextMenu(pngItem, csvItem);
        chart.setOnContextMenuRequested(e -> menu.show(chart, e.getScreenX(), e.getScreenY()));
        VBox.setVgrow(chart, Priority.ALWAYS);
        getChildren().addAll(head, chart);
    }

    Chart chart() {
        return chart;
    }
}
