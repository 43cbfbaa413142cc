package io.creditdesk.dataset;

import java.time.LocalDate;
import java.util.Optional;

/** Storage the dataset feature needs: counts and the data's as-of date. */
public interface DatasetRepository {
    DatasetStatus status();

    Optional<LocalDate> asOf();

    void setAsOf(LocalDate asOf);
}
