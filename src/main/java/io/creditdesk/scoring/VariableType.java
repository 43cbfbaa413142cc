package io.creditdesk.scoring;

/** How a characteristic is binned: numeric ranges or categorical levels. */
public enum VariableType {
    NUMERIC, CATEGORICAL
}
