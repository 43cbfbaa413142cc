package io.creditdesk.scoring;

/**
 * The pattern the bad rate must follow across the ordered numeric bins. {@code AUTO} tries all four
 * and keeps the one with the most information value; {@code NONE} is used for categorical bins.
 */
public enum Shape {
    AUTO, ASCENDING, DESCENDING, PEAK, VALLEY, NONE
}
