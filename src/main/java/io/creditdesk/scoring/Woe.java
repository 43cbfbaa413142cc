package io.creditdesk.scoring;

/**
 * Weight of evidence and information value of one bin: WoE = ln(%good ÷ %bad), where %good is the
 * bin's share of all goods. A bin with no goods or no bads gets 0.5 added to both of its cells
 * (smoothing); an empty bin has WoE 0 (neutral).
 */
public final class Woe {
    private Woe() {
    }

    public static double woe(long goods, long bads, long totalGoods, long totalBads) {
        if (goods + bads == 0 || totalGoods == 0 || totalBads == 0) {
            return 0;
        }
        double g = goods;
        double b = bads;
        if (goods == 0 || bads == 0) {
            g += 0.5;
            b += 0.5;
        }
        return Math.log((g / totalGoods) / (b / totalBads));
    }

    public static double iv(long goods, long bads, long totalGoods, long totalBads) {
        if (goods + bads == 0 || totalGoods == 0 || totalBads == 0) {
            return 0;
        }
        double g = goods;
        double b = bads;
        if (goods == 0 || bads == 0) {
            g += 0.5;
            b += 0.5;
        }
        double pg = g / totalGoods;
        double pb = b / totalBads;
        return (pg - pb) * Math.log(pg / pb);
    }
}
