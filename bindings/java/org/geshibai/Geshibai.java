package org.geshibai;

import java.math.BigDecimal;

/**
 * The library's vocabularies and version. Start with {@link Policy}:
 * <pre>
 * try (Policy policy = new Policy();
 *      Decision d = policy.evaluateFile("application.xml", null)) {
 *     System.out.println(d.tier() + " " + d.granted());
 * }
 * </pre>
 */
public final class Geshibai {
    private Geshibai() {
    }

    /** The libgeshibai version at run time. */
    public static String version() {
        return GeshibaiNative.gsb_version();
    }

    /** Look an industry name up (docs/rules.md §1: NFKC, 繁→简, codes case-insensitive). */
    public static IndustryMatch lookupIndustry(String name) {
        int i = GeshibaiNative.gsbx_industry_lookup(name);
        String norm = GeshibaiNative.gsbx_industry_normalise(name);
        return new IndustryMatch(i < 0 ? null : GeshibaiNative.gsb_industry_name(i), norm);
    }

    /** Decode and check a unified social credit code (an invalid code is not an exception). */
    public static UsccInfo validateUscc(String code) {
        if (code == null)
            throw new NullPointerException("code");
        gsb_uscc u = GeshibaiNative.gsbx_uscc_decode(code);
        try {
            return new UsccInfo(u.getValid() != 0, u.getCode(), u.getAuthority(), u.getCategory(),
                                u.getDivision(), u.getOrganisation(), u.getCheck(),
                                u.getExpected_check(), u.getProblem());
        } finally {
            u.delete();
        }
    }

    /** An amount in yuan in Chinese financial capitals (壹万贰仟叁佰肆拾伍元陆角柒分). */
    public static String amountInWords(BigDecimal yuan) {
        long fen = GeshibaiNative.gsbx_fen_parse(yuan.setScale(2).toPlainString());
        return GeshibaiNative.gsbx_fen_to_words(fen);
    }

    /**
     * The language of reasons when none is given, by the library's one rule
     * (the command's too): the first of LC_ALL, LC_MESSAGES and LANG that is
     * set and not empty decides ("zh..." gives "zh", anything else "en"); none
     * set: "en".
     *
     * @return "zh" or "en"
     */
    public static String defaultLang() {
        return GeshibaiNative.gsb_lang_default() == gsb_lang.GSB_LANG_ZH ? "zh" : "en";
    }

    static int lang(String lang) {
        if (lang == null)
            lang = defaultLang();
        if (lang.equals("zh"))
            return gsb_lang.GSB_LANG_ZH;
        if (lang.equals("en"))
            return gsb_lang.GSB_LANG_EN;
        throw new IllegalArgumentException("unknown language " + lang + " (want zh or en)");
    }
}
