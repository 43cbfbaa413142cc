package io.creditdesk.ingest.imports;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

/**
 * The files of an Olist folder: the 2017 subset's short names ({@code orders.csv}, …) or the full
 * public data set's ({@code olist_orders_dataset.csv}, …). Orders, order items and sellers are
 * required; customers, products, the category translation and reviews are used when present.
 */
public record OlistFiles(Path dir, Path orders, Path items, Path sellers, Path customers, Path products,
        Path translation, Path reviews) {

    /** Finds the files in {@code dir}; a missing required file is an {@link ImportFileException}. */
    public static OlistFiles in(Path dir) {
        if (!Files.isDirectory(dir)) {
            throw new ImportFileException(dir + " is not a folder; an Olist import reads a folder of CSV files.");
        }
        Path orders = find(dir, "orders.csv", "olist_orders_dataset.csv");
        Path items = find(dir, "order_items.csv", "olist_order_items_dataset.csv");
        Path sellers = find(dir, "sellers.csv", "olist_sellers_dataset.csv");
        List<String> missing = new ArrayList<>();
        if (orders == null) {
            missing.add("orders.csv (or olist_orders_dataset.csv)");
        }
        if (items == null) {
            missing.add("order_items.csv (or olist_order_items_dataset.csv)");
        }
        if (sellers == null) {
            missing.add("sellers.csv (or olist_sellers_dataset.csv)");
        }
        if (!missing.isEmpty()) {
            throw new ImportFileException("The folder " + dir + " is not an Olist export: it has no "
                    + String.join(", no ", missing) + ".");
        }
        return new OlistFiles(dir, orders, items, sellers, find(dir, "customers.csv", "olist_customers_dataset.csv"),
                find(dir, "products.csv", "olist_products_dataset.csv"),
                find(dir, "product_category_name_translation.csv", "product_category_name_translation.csv"),
                find(dir, "order_reviews.csv", "olist_order_reviews_dataset.csv"));
    }

    /** True when {@code dir} holds an Olist orders and order-items file. */
    public static boolean looksLikeOlist(Path dir) {
        return Files.isDirectory(dir) && find(dir, "order_items.csv", "olist_order_items_dataset.csv") != null
                && find(dir, "orders.csv", "olist_orders_dataset.csv") != null;
    }

    private static Path find(Path dir, String shortName, String fullName) {
        for (String n : new String[] {shortName, fullName}) {
            Path p = dir.resolve(n);
            if (Files.exists(p)) {
                return p;
            }
        }
        return null;
    }

    /** Every file present, in reading order. */
    public List<Path> all() {
        List<Path> all = new ArrayList<>();
        for (Path p : new Path[] {translation, products, customers, reviews, orders, sellers, items}) {
            if (p != null) {
                all.add(p);
            }
        }
        return all;
    }
}
