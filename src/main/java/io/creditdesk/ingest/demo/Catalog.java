package io.creditdesk.ingest.demo;

import java.util.List;

/**
 * The fixed vocabularies of the demo marketplace: categories (with typical order value, refund
 * level and seasonal shape), Chinese provinces with their main e-commerce cities (weighted roughly
 * by online-seller density), and syllables for plausible shop names.
 */
final class Catalog {
    private Catalog() {
    }

    /**
     * A category: {@code aovCny} median order value; {@code refundShift} added to the refund log-odds
     * (apparel is refunded far more often than tea); {@code monthFactor} Jan..Dec demand shape.
     */
    record Category(String name, String shopWord, double weight, double aovCny, double refundShift,
                    double[] monthFactor) {
    }

    record Province(String name, double weight, List<String> cities) {
    }

    private static final double[] FLAT = {1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1};

    static final List<Category> CATEGORIES = List.of(
            new Category("Apparel", "Fashion", 18, 225, 0.55,
                    new double[] {1.10, 0.85, 0.95, 1.00, 0.95, 0.95, 0.85, 0.85, 1.00, 1.10, 1.20, 1.20}),
            new Category("Beauty & Personal Care", "Beauty", 10, 180, 0.10, FLAT),
            new Category("Home & Living", "Home", 11, 265, 0.00, FLAT),
            new Category("Consumer Electronics", "Digital", 8, 590, 0.20,
                    new double[] {0.95, 0.85, 0.95, 0.95, 1.00, 1.10, 0.95, 1.00, 1.05, 1.00, 1.10, 1.10}),
            new Category("Food & Snacks", "Foods", 10, 105, -0.45,
                    new double[] {1.35, 0.95, 0.90, 0.90, 0.95, 0.95, 0.90, 0.90, 1.05, 1.00, 1.05, 1.15}),
            new Category("Tea", "Tea House", 3, 295, -0.55,
                    new double[] {1.25, 1.00, 1.05, 1.20, 1.05, 0.90, 0.85, 0.85, 1.00, 0.95, 0.95, 1.00}),
            new Category("Mother & Baby", "Baby", 6, 210, 0.00, FLAT),
            new Category("Sports & Outdoors", "Sports", 6, 320, 0.15,
                    new double[] {0.80, 0.80, 1.00, 1.10, 1.15, 1.15, 1.15, 1.10, 1.00, 0.95, 0.95, 0.85}),
            new Category("Jewelry & Accessories", "Jewelry", 5, 365, 0.35, FLAT),
            new Category("Books & Stationery", "Books", 4, 100, -0.40,
                    new double[] {0.95, 1.15, 1.20, 1.00, 0.95, 0.90, 0.90, 1.25, 1.10, 0.90, 0.90, 0.80}),
            new Category("Toys & Hobbies", "Toys", 5, 170, 0.10,
                    new double[] {1.05, 0.95, 0.90, 0.90, 1.00, 1.15, 1.05, 1.00, 0.90, 0.90, 1.00, 1.20}),
            new Category("Auto Parts", "Auto Parts", 4, 390, 0.05, FLAT),
            new Category("Pet Supplies", "Pets", 4, 155, -0.10, FLAT),
            new Category("Agricultural Produce", "Farm", 6, 125, -0.20,
                    new double[] {1.20, 0.90, 0.90, 0.95, 1.00, 1.05, 1.00, 1.00, 1.10, 1.05, 0.95, 0.95}));

    static final List<Province> PROVINCES = List.of(
            new Province("Zhejiang", 17, List.of("Hangzhou", "Yiwu", "Ningbo", "Wenzhou", "Jinhua", "Huzhou", "Shaoxing")),
            new Province("Guangdong", 19, List.of("Guangzhou", "Shenzhen", "Dongguan", "Foshan", "Shantou", "Zhongshan")),
            new Province("Jiangsu", 10, List.of("Suzhou", "Nanjing", "Wuxi", "Changzhou", "Nantong", "Xuzhou")),
            new Province("Fujian", 7, List.of("Xiamen", "Quanzhou", "Fuzhou", "Putian", "Jinjiang")),
            new Province("Shanghai", 7, List.of("Shanghai")),
            new Province("Beijing", 4, List.of("Beijing")),
            new Province("Shandong", 7, List.of("Jinan", "Qingdao", "Linyi", "Yantai", "Weifang")),
            new Province("Henan", 4, List.of("Zhengzhou", "Luoyang", "Xuchang")),
            new Province("Hebei", 4, List.of("Shijiazhuang", "Baoding", "Langfang", "Cangzhou")),
            new Province("Sichuan", 4, List.of("Chengdu", "Mianyang", "Nanchong")),
            new Province("Hubei", 3, List.of("Wuhan", "Yichang", "Xiangyang")),
            new Province("Hunan", 3, List.of("Changsha", "Zhuzhou", "Hengyang")),
            new Province("Anhui", 3, List.of("Hefei", "Wuhu", "Fuyang")),
            new Province("Jiangxi", 2, List.of("Nanchang", "Ganzhou")),
            new Province("Chongqing", 2, List.of("Chongqing")),
            new Province("Shaanxi", 1.5, List.of("Xi'an", "Xianyang")),
            new Province("Yunnan", 1.5, List.of("Kunming", "Dali", "Pu'er")),
            new Province("Guangxi", 1, List.of("Nanning", "Guilin", "Liuzhou")),
            new Province("Liaoning", 1, List.of("Shenyang", "Dalian")),
            new Province("Tianjin", 1, List.of("Tianjin")));

    /** Pinyin syllables for shop brand names (two of them make a name such as "Jinxiu"). */
    static final List<String> SYLLABLES = List.of(
            "an", "bai", "bao", "chen", "cheng", "chun", "da", "fang", "feng", "fu", "guang", "hai", "he", "heng",
            "hong", "hua", "hui", "jia", "jin", "jing", "kang", "le", "li", "lian", "lin", "long", "mei", "ming",
            "nan", "ning", "qi", "qian", "qing", "rui", "shan", "sheng", "shi", "shun", "tai", "tian", "wei", "xi",
            "xiang", "xin", "xing", "xiu", "ya", "yi", "ying", "yong", "you", "yu", "yuan", "yue", "yun", "zhen",
            "zhi", "zhong");

    static final List<String> SHOP_SUFFIXES = List.of(
            "Store", "Official Store", "Flagship Store", "Shop", "Select", "Factory Store", "Workshop",
            "Boutique", "Trading Co.", "Studio");
}
