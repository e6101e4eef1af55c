/**
 * Estonian rules and words for LIM: the jurisdiction profile {@code ee}, the statutory EHIS absence
 * rule pack {@code ee-ehis-20}, the weekly early-warning pack {@code ee-weekly}, the isikukood
 * validator and keyed pseudonymiser {@code ee-isikukood}, and Estonian and English texts.
 *
 * <p>It exports its own API (profile settings, specialist roles, texts, the isikukood validator and
 * the unknown-reason report) so that a school's or municipality's software can use them directly.
 */
module ee.lim.plugin.estonia {
    requires transitive ee.lim.spi;
    requires static org.apiguardian.api;

    exports ee.lim.plugin.estonia;
    exports ee.lim.plugin.estonia.isikukood;
    exports ee.lim.plugin.estonia.rules;

    provides ee.lim.spi.JurisdictionProfile with
            ee.lim.plugin.estonia.EstonianProfile;
    provides ee.lim.spi.IndicatorRulePack with
            ee.lim.plugin.estonia.rules.EhisAbsenceRulePack,
            ee.lim.plugin.estonia.rules.WeeklyEarlyWarningPack;
    provides ee.lim.spi.Pseudonymiser with
            ee.lim.plugin.estonia.isikukood.IsikukoodPseudonymiser;
}
