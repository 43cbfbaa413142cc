package io.creditdesk.scoring;

import java.time.LocalDate;
import java.util.List;
import java.util.Optional;

/** The lender's loan history, as model training needs it. */
public interface LoanOutcomeRepository {
    /** Every loan, with the date of its application (the submission date, else the disbursement date). */
    List<LoanOutcome> loanOutcomes();

    /** The as-of date of the data, if recorded. */
    Optional<LocalDate> dataAsOf();
}
