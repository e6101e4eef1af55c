package ee.lim.examples.cli;

/** The languages of the report and the explanations. */
enum Language {
    /** Estonian. */
    et,
    /** English. */
    en
}
