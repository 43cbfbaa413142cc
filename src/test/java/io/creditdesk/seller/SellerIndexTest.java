package io.creditdesk.seller;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;

import org.junit.jupiter.api.Test;

class SellerIndexTest {
    static SellerRow row(String id, String name, String gmv, int orders) {
        return SellerRow.basic(id, name, "toys", "Zhejiang", LocalDate.of(2024, 1, 1), 12, new BigDecimal(gmv), orders);
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

    static SellerRow scored(String id, String category, String region, Integer score, String grade, boolean open) {
        return new SellerRow(id, id, category, region, LocalDate.of(2024, 1, 1), 12, BigDecimal.TEN, 1,
                score, grade, null, 0, null, open);
    }

    final SellerIndex graded = new SellerIndex(List.of(
            scored("S1", "toys", "Zhejiang", 702, "A", false),
            scored("S2", "tea", "Zhejiang", 655, "B", true),
            scored("S3", "toys", "Guangdong", 590, "D", true),
            scored("S4", "toys", "Zhejiang", null, null, false)));

    @Test
    void filtersCombineGradeCategoryRegionScoreRangeAndOpenApplication() {
        assertThat(ids(new SellerFilter("", java.util.Set.of("A", "D"), null, null, null, null, false)))
                .containsExactly("S1", "S3");
        assertThat(ids(new SellerFilter("", java.util.Set.of(), "toys", "Zhejiang", null, null, false)))
                .containsExactly("S1", "S4");
        assertThat(ids(new SellerFilter("", java.util.Set.of(), null, null, 600, 700, false))).containsExactly("S2");
        assertThat(ids(new SellerFilter("", java.util.Set.of(), null, null, null, null, true)))
                .containsExactly("S2", "S3");
        assertThat(ids(new SellerFilter("s3", java.util.Set.of(), "toys", null, 590, 590, true))).containsExactly("S3");
        assertThat(ids(SellerFilter.ALL)).containsExactly("S1", "S2", "S3", "S4");
    }

    @Test
    void scoreSortPutsUnscoredSellersFirstAscendingAndGradeSortPutsThemLast() {
        int[] all = graded.search("");
        assertThat(graded.rows(graded.sort(all, SellerIndex.Column.SCORE, true))).extracting(SellerRow::sellerId)
                .containsExactly("S4", "S3", "S2", "S1");
        assertThat(graded.rows(graded.sort(all, SellerIndex.Column.GRADE, true))).extracting(SellerRow::sellerId)
                .containsExactly("S1", "S2", "S3", "S4");
        assertThat(graded.values(SellerRow::category)).containsExactly("tea", "toys");
    }

    private List<String> ids(SellerFilter f) {
        return graded.rows(graded.search(f)).stream().map(SellerRow::sellerId).toList();
    }
}
