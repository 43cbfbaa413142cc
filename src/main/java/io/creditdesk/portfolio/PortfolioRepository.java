package io.creditdesk.portfolio;

import java.time.LocalDate;
import java.util.List;
import java.util.Optional;

/** What the portfolio dashboard reads: every loan, application and decision, in one pass each. */
public interface PortfolioRepository {
    /** The data's as-of date. */
    Optional<LocalDate> asOf();

    List<LoanRecord> loans();

    List<ApplicationRecord> applications();

    List<DecisionRecord> decisions();
}
