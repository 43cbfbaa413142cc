package io.creditdesk.store;

import java.time.LocalDate;
import java.util.List;
import java.util.Optional;

import io.creditdesk.seller.Seller;
import io.creditdesk.seller.SellerDay;
import io.creditdesk.seller.SellerMonth;
import io.creditdesk.seller.SellerRepository;
import io.creditdesk.seller.SellerRow;

import org.jdbi.v3.sqlobject.config.RegisterConstructorMapper;
import org.jdbi.v3.sqlobject.customizer.Bind;
import org.jdbi.v3.sqlobject.statement.SqlQuery;

/** Jdbi SqlObject implementation of {@link SellerRepository}. */
@RegisterConstructorMapper(Seller.class)
@RegisterConstructorMapper(SellerMonth.class)
@RegisterConstructorMapper(SellerDay.class)
public interface SellerDao extends SellerRepository {

    @Override
    default List<SellerRow> browserRows(LocalDate asOf) {
        LocalDate to = asOf.withDayOfMonth(1).plusMonths(1);
        return browserRowsBetween(to.minusMonths(12), to, asOf);
    }

    @SqlQuery("""
            SELECT s.seller_id, s.name, s.category, s.region, s.joined_on,
                   CASE WHEN s.joined_on IS NULL THEN 0
                        ELSE GREATEST(0, DATEDIFF('MONTH', s.joined_on, :asOf)) END AS tenure_months,
                   COALESCE(m.gmv, 0) AS gmv12m, COALESCE(m.orders, 0) AS orders12m
            FROM seller s
            LEFT JOIN (SELECT seller_id, SUM(gmv) AS gmv, SUM(orders) AS orders
                       FROM seller_month WHERE month_start >= :from AND month_start < :to
                       GROUP BY seller_id) m ON m.seller_id = s.seller_id
            ORDER BY s.seller_id""")
    @RegisterConstructorMapper(SellerRow.class)
    List<SellerRow> browserRowsBetween(@Bind("from") LocalDate from, @Bind("to") LocalDate to,
                                       @Bind("asOf") LocalDate asOf);

    @Override
    @SqlQuery("SELECT seller_id, name, category, region, city, joined_on, currency, source FROM seller WHERE seller_id = :id")
    Optional<Seller> find(@Bind("id") String sellerId);

    @Override
    @SqlQuery("SELECT * FROM seller_month WHERE seller_id = :id ORDER BY month_start")
    List<SellerMonth> months(@Bind("id") String sellerId);

    @Override
    @SqlQuery("SELECT seller_id, sales_day, orders, gmv FROM seller_day WHERE seller_id = :id AND sales_day >= :from AND sales_day < :to ORDER BY sales_day")
    List<SellerDay> days(@Bind("id") String sellerId, @Bind("from") LocalDate fromInclusive,
                         @Bind("to") LocalDate toExclusive);
}
