package io.creditdesk.ingest.demo;

import java.util.List;

import io.creditdesk.loan.Application;
import io.creditdesk.loan.Loan;
import io.creditdesk.loan.Repayment;
import io.creditdesk.seller.OrderLine;
import io.creditdesk.seller.Seller;
import io.creditdesk.seller.SellerDay;
import io.creditdesk.seller.SellerMonth;

/**
 * Everything generated for one seller, ready to write. {@code orderLines} and {@code days} are
 * empty for a seller outside the detail sample of a very large run; {@code orders} and
 * {@code gmvCents} always count every generated order.
 */
record SimulatedSeller(
        Seller seller,
        boolean detailed,
        long orders,
        long gmvCents,
        List<OrderLine> orderLines,
        List<SellerMonth> months,
        List<SellerDay> days,
        List<Application> applications,
        List<Loan> loans,
        List<Repayment> repayments) {

    int rows() {
        return 1 + orderLines.size() + months.size() + days.size() + applications.size() + loans.size()
                + repayments.size();
    }
}
