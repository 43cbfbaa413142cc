package io.creditdesk.seller;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;

import org.junit.jupiter.api.Test;

class SellerIndexTest {
    static SellerRow row(String id, String name, String gmv, int orders) {
        return new SellerRow(id, name, "toys", "Zhejiang", LocalDate.of(2024, 1, 1), 12, new BigDecimal(gmv), orders);
    }

    final SellerIndex index = new SellerIndex(List.of(
            row("S0003", "Happy Tea House", "500.00", 5),
            row("S0001", "Blue Lantern Toys", "9000.00", 90),
            row("S0002", "Tea & Cakes", "500.00", 7)));

    @Test
    void searchMatchesIdOrNameIgnoringCase() {
        assertThat(index.rows(index.search("tea"))).extracting(SellerRow::sellerId).containsExactly("S0003", "S0002");
        assertThat(index.rows(index.search("s0001"))).extracting(SellerRow::name).containsExactly("Blue Lantern Toys");
        assertThat(index.search("  ")).containsExactly(0, 1, 2);
        assertThat(index.search("nothing like this")).isEmpty();
    }

    @Test
    void sortByNumberKeepsTiesInIndexOrderBothWays() {
        int[] all = index.search("");
        assertThat(index.rows(index.sort(all, SellerIndex.Column.GMV_12M, true))).extracting(SellerRow::sellerId)
                .containsExactly("S0003", "S0002", "S0001");
        assertThat(index.rows(index.sort(all, SellerIndex.Column.GMV_12M, false))).extracting(SellerRow::sellerId)
                .containsExactly("S0001", "S0002", "S0003");
    }

    @Test
    void sortByTextIsCaseInsensitiveAndWorksOnASearchResult() {
        int[] tea = index.search("tea");
        assertThat(index.rows(index.sort(tea, SellerIndex.Column.NAME, true))).extracting(SellerRow::name)
                .containsExactly("Happy Tea House", "Tea & Cakes");
        assertThat(index.rows(index.sort(index.search(""), SellerIndex.Column.ID, true)))
                .extracting(SellerRow::sellerId).containsExactly("S0001", "S0002", "S0003");
    }
}
