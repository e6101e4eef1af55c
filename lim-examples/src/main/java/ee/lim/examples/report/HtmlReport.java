package ee.lim.examples.report;

import ee.lim.core.evaluation.CalibrationBin;
import ee.lim.core.evaluation.EvaluationReport;
import ee.lim.core.evaluation.GroupRow;
import ee.lim.core.evaluation.GroupTable;
import ee.lim.spi.risk.RiskBand;
import java.text.MessageFormat;
import java.text.NumberFormat;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.MissingResourceException;
import java.util.ResourceBundle;
import java.util.stream.Collectors;

/**
 * Renders a {@link RunReport} as one self-contained HTML page for a school or county coordinator:
 * inline CSS and SVG, no script, no font or image from the network.
 *
 * <p>Every text comes from the resource bundle {@code ee.lim.examples.report.messages} in the
 * report's language ({@code et} or {@code en}). The page has one {@code <section>} per topic, with
 * the ids {@code summary}, {@code distribution}, {@code attention}, {@code referrals}, {@code
 * unserved}, {@code coverage}, {@code model} and {@code provenance}.
 *
 * <p>Stateless and thread-safe.
 */
public final class HtmlReport {
    /** Rows shown per table on the page; the CSV files have all of them. */
    static final int MAX_ROWS = 200;

    private static final String CSS =
            "body{font-family:system-ui,-apple-system,'Segoe UI',Roboto,sans-serif;margin:0;"
                    + "color:#1d2433;background:#f6f7f9;line-height:1.45}"
                    + "header{background:#0b4f6c;color:#fff;padding:1.2rem 2rem}"
                    + "header h1{margin:0 0 .3rem;font-size:1.6rem}"
                    + "main{max-width:1100px;margin:0 auto;padding:1rem 2rem 3rem}"
                    + "section{background:#fff;border-radius:8px;padding:1rem 1.4rem;"
                    + "margin:1rem 0;box-shadow:0 1px 3px rgba(0,0,0,.08)}"
                    + "h2{font-size:1.25rem;margin:.2rem 0 .6rem;color:#0b4f6c}"
                    + "h3{font-size:1.05rem;margin:1rem 0 .4rem}"
                    + ".disclaimer{background:#fff6e0;border-left:4px solid #e0a800;padding:.6rem 1rem}"
                    + ".cards{display:flex;flex-wrap:wrap;gap:.8rem}"
                    + ".card{flex:1 1 140px;border:1px solid #dde2ea;border-radius:6px;padding:.6rem}"
                    + ".card .value{font-size:1.6rem;font-weight:600}"
                    + ".charts{display:flex;flex-wrap:wrap;gap:1rem}"
                    + ".charts figure{flex:1 1 380px;margin:0}"
                    + "figcaption{font-weight:600;margin-bottom:.3rem}"
                    + "svg{width:100%;height:auto;max-width:520px}"
                    + "svg .axis{stroke:#556;stroke-width:1}"
                    + "svg .diagonal{stroke:#aab;stroke-dasharray:4 3}"
                    + "svg .curve{fill:none;stroke:#0b4f6c;stroke-width:2}"
                    + "svg .point{fill:#0b4f6c;fill-opacity:.7}"
                    + "svg .label{font-size:11px;fill:#334}"
                    + "svg .band-HIGH,.badge-HIGH{fill:#c0392b;background:#c0392b}"
                    + "svg .band-WATCH,.badge-WATCH{fill:#e0a800;background:#e0a800}"
                    + "svg .band-NONE,.badge-NONE{fill:#6c9a8b;background:#6c9a8b}"
                    + "svg .hist{fill:#0b4f6c}"
                    + "svg .covered{fill:#2e8b57}svg .gap{fill:#c0392b}"
                    + ".badge{color:#fff;border-radius:4px;padding:0 .4rem;white-space:nowrap}"
                    + "table{border-collapse:collapse;width:100%;font-size:.92rem}"
                    + "th,td{border-bottom:1px solid #e3e7ee;padding:.3rem .5rem;text-align:left;"
                    + "vertical-align:top}"
                    + "th{background:#eef2f7}td.num{text-align:right}"
                    + "ul.reasons{margin:0;padding-left:1.1rem}"
                    + "code{font-size:.85rem;white-space:nowrap}"
                    + ".note{color:#445;font-size:.92rem}";

    private HtmlReport() {}

    /**
     * Renders the page.
     *
     * @param report the report; never {@code null}
     * @return the HTML document
     * @throws NullPointerException if {@code report} is {@code null}
     * @throws MissingResourceException if a text is missing from the bundle, which is a build error
     */
    public static String render(RunReport report) {
        Locale locale = Locale.forLanguageTag(report.language());
        return new Page(report, ResourceBundle.getBundle(bundleName(), locale), locale).render();
    }

    static String bundleName() {
        return "ee.lim.examples.report.messages";
    }

    /** One rendering, holding the page being written. */
    private static final class Page {
        private final RunReport report;
        private final ResourceBundle texts;
        private final Locale locale;
        private final StringBuilder html = new StringBuilder(64 * 1024);

        Page(RunReport report, ResourceBundle texts, Locale locale) {
            this.report = report;
            this.texts = texts;
            this.locale = locale;
        }

        String render() {
            html.append("<!DOCTYPE html>\n<html lang=\"")
                    .append(Html.escape(report.language()))
                    .append("\"><head><meta charset=\"utf-8\">")
                    .append(
                            "<meta name=\"viewport\" content=\"width=device-width,initial-scale=1\">")
                    .append("<title>")
                    .append(t("page.title"))
                    .append("</title><style>")
                    .append(CSS)
                    .append("</style></head><body><header><h1>")
                    .append(t("page.title"))
                    .append("</h1><div>")
                    .append(t("page.subtitle", report.provenance().asOf()))
                    .append("</div></header><main>");
            html.append("<p class=\"disclaimer\">").append(t("page.disclaimer")).append("</p>");
            summary();
            distribution();
            attention();
            referrals();
            unserved();
            coverage();
            model();
            provenance();
            html.append("</main></body></html>\n");
            return html.toString();
        }

        private void summary() {
            Summary s = report.summary();
            open("summary", "summary.heading");
            html.append("<div class=\"cards\">");
            card("summary.students", s.students());
            card("summary.high", s.high());
            card("summary.watch", s.watch());
            card("summary.none", s.none());
            card("summary.needs", s.needs());
            card("summary.referrals", s.referrals());
            card("summary.unserved", s.unserved());
            card("summary.rejected", s.rejectedRecords());
            html.append("</div>");
            for (String note : report.notes()) {
                String css = note.startsWith("demo") ? "disclaimer" : "note";
                html.append("<p class=\"")
                        .append(css)
                        .append("\">")
                        .append(t("note." + note))
                        .append("</p>");
            }
            close();
        }

        private void card(String key, long value) {
            html.append("<div class=\"card\"><div class=\"value\">")
                    .append(value)
                    .append("</div><div>")
                    .append(t(key))
                    .append("</div></div>");
        }

        private void distribution() {
            open("distribution", "distribution.heading");
            html.append("<div class=\"charts\"><figure><figcaption>")
                    .append(t("distribution.bands"))
                    .append("</figcaption>");
            Summary s = report.summary();
            List<Svg.Bar> bars =
                    List.of(
                            new Svg.Bar(raw("band.HIGH"), s.high(), "band-HIGH"),
                            new Svg.Bar(raw("band.WATCH"), s.watch(), "band-WATCH"),
                            new Svg.Bar(raw("band.NONE"), s.none(), "band-NONE"));
            html.append(
                            Svg.bars(
                                    raw("distribution.bands"),
                                    bars,
                                    raw("distribution.axis.students")))
                    .append("</figure>");
            List<Double> probabilities =
                    report.students().stream()
                            .map(StudentRow::probability)
                            .filter(p -> p != null)
                            .collect(Collectors.toList());
            if (!probabilities.isEmpty()) {
                int[] counts = new int[10];
                for (double p : probabilities) {
                    counts[Math.min(9, (int) Math.floor(p * 10))]++;
                }
                List<Svg.Bar> histogram = new ArrayList<>();
                for (int i = 0; i < counts.length; i++) {
                    histogram.add(new Svg.Bar(i * 10 + "%", counts[i], "hist"));
                }
                html.append("<figure><figcaption>")
                        .append(t("distribution.histogram"))
                        .append("</figcaption>")
                        .append(
                                Svg.bars(
                                        raw("distribution.histogram"),
                                        histogram,
                                        raw("distribution.axis.students")))
                        .append("</figure>");
            }
            html.append("</div>");
            close();
        }

        private void attention() {
            open("attention", "attention.heading");
            html.append("<p>").append(t("attention.intro")).append("</p>");
            List<StudentRow> flagged =
                    report.students().stream()
                            .filter(row -> row.band() != RiskBand.NONE)
                            .collect(Collectors.toList());
            if (flagged.isEmpty()) {
                html.append("<p>").append(t("attention.empty")).append("</p>");
                close();
                return;
            }
            html.append("<table><thead><tr>");
            headers(
                    "column.student",
                    "column.band",
                    "column.probability",
                    "column.reasons",
                    "column.needs");
            html.append("</tr></thead><tbody>");
            for (StudentRow row : flagged.subList(0, Math.min(MAX_ROWS, flagged.size()))) {
                html.append("<tr><td><code>").append(Html.escape(row.key())).append("</code></td>");
                html.append("<td><span class=\"badge badge-")
                        .append(row.band())
                        .append("\">")
                        .append(t("band." + row.band()))
                        .append("</span></td>");
                html.append("<td class=\"num\">")
                        .append(row.probability() == null ? "" : percent(row.probability()))
                        .append("</td><td><ul class=\"reasons\">");
                for (ReasonRow reason : row.reasons()) {
                    html.append("<li>").append(Html.escape(reason.text())).append("</li>");
                }
                html.append("</ul></td><td>")
                        .append(
                                row.needs().stream()
                                        .map(this::needName)
                                        .collect(Collectors.joining(", ")))
                        .append("</td></tr>");
            }
            html.append("</tbody></table>");
            if (flagged.size() > MAX_ROWS) {
                html.append("<p class=\"note\">")
                        .append(t("attention.more", MAX_ROWS, flagged.size()))
                        .append("</p>");
            }
            close();
        }

        private void referrals() {
            open("referrals", "referrals.heading");
            html.append("<p>").append(t("referrals.intro")).append("</p>");
            List<ReferralRow> rows = report.referrals();
            if (rows.isEmpty()) {
                html.append("<p>").append(t("referrals.empty")).append("</p>");
                close();
                return;
            }
            html.append("<table><thead><tr>");
            headers(
                    "column.student",
                    "column.need",
                    "column.service",
                    "column.provider",
                    "column.municipality",
                    "column.reason",
                    "column.nextBest");
            html.append("</tr></thead><tbody>");
            for (ReferralRow row : rows.subList(0, Math.min(MAX_ROWS, rows.size()))) {
                html.append("<tr><td><code>")
                        .append(Html.escape(row.student()))
                        .append("</code></td><td>")
                        .append(needName(row.need()))
                        .append("</td><td>")
                        .append(Html.escape(row.serviceName()))
                        .append("</td><td>")
                        .append(Html.escape(row.provider()))
                        .append("</td><td>")
                        .append(municipalityName(row.municipality()))
                        .append("</td><td>")
                        .append(Html.escape(row.reason()))
                        .append("</td><td>")
                        .append(Html.escape(row.nextBest()))
                        .append("</td></tr>");
            }
            html.append("</tbody></table>");
            if (rows.size() > MAX_ROWS) {
                html.append("<p class=\"note\">")
                        .append(t("referrals.more", MAX_ROWS, rows.size()))
                        .append("</p>");
            }
            close();
        }

        private void unserved() {
            open("unserved", "unserved.heading");
            html.append("<p>").append(t("unserved.intro")).append("</p>");
            List<UnservedRow> rows = report.unserved();
            if (rows.isEmpty()) {
                html.append("<p>").append(t("unserved.empty")).append("</p>");
                close();
                return;
            }
            html.append("<table><thead><tr>");
            headers(
                    "column.student",
                    "column.need",
                    "column.municipality",
                    "column.unservedReason");
            html.append("</tr></thead><tbody>");
            for (UnservedRow row : rows.subList(0, Math.min(MAX_ROWS, rows.size()))) {
                html.append("<tr><td><code>")
                        .append(Html.escape(row.student()))
                        .append("</code></td><td>")
                        .append(needName(row.need()))
                        .append("</td><td>")
                        .append(municipalityName(row.municipality()))
                        .append("</td><td>")
                        .append(Html.escape(row.reason()))
                        .append("</td></tr>");
            }
            html.append("</tbody></table>");
            close();
        }

        private void coverage() {
            open("coverage", "coverage.heading");
            html.append("<p>").append(t("coverage.intro")).append("</p>");
            if (report.coverage().isEmpty()) {
                html.append("<p>").append(t("coverage.empty")).append("</p>");
                close();
                return;
            }
            Map<String, int[]> byNeed = new LinkedHashMap<>();
            for (CoverageRow row : report.coverage()) {
                int[] sums = byNeed.computeIfAbsent(row.need(), n -> new int[2]);
                sums[0] += row.covered();
                sums[1] += row.gap();
            }

            List<Svg.StackedBar> bars = new ArrayList<>();
            byNeed.forEach(
                    (need, sums) ->
                            bars.add(new Svg.StackedBar(rawNeedName(need), sums[0], sums[1])));
            html.append("<figure><figcaption>")
                    .append(t("coverage.chart"))
                    .append("</figcaption>")
                    .append(
                            Svg.stackedBars(
                                    raw("coverage.chart"),
                                    bars,
                                    raw("coverage.legend.covered"),
                                    raw("coverage.legend.gap")))
                    .append("</figure>");

            html.append("<h3>").append(t("coverage.byMunicipality")).append("</h3>");
            html.append("<table><thead><tr>");
            headers(
                    "column.need",
                    "column.municipality",
                    "column.withNeed",
                    "column.covered",
                    "column.gap");
            html.append("</tr></thead><tbody>");
            for (CoverageRow row : report.coverage()) {
                html.append("<tr><td>")
                        .append(needName(row.need()))
                        .append("</td><td>")
                        .append(municipalityName(row.municipality()))
                        .append("</td><td class=\"num\">")
                        .append(row.withNeed())
                        .append("</td><td class=\"num\">")
                        .append(row.covered())
                        .append("</td><td class=\"num\">")
                        .append(row.gap())
                        .append("</td></tr>");
            }
            html.append("</tbody></table>");
            close();
        }

        private void model() {
            open("model", "model.heading");
            ModelQuality model = report.model();
            if (model == null) {
                html.append("<p>").append(t("model.none")).append("</p>");
                close();
                return;
            }
            EvaluationReport evaluation = model.evaluation();
            html.append("<p>")
                    .append(t("model.intro", validation(model.validation())))
                    .append("</p>");
            html.append("<table class=\"metrics\"><thead><tr>");
            headers("column.metric", "column.value");
            html.append("</tr></thead><tbody>");
            String auc = optionalDecimal(evaluation.auc());
            if (evaluation.aucInterval() != null) {
                auc +=
                        " ("
                                + decimal(evaluation.aucInterval().lower())
                                + " – "
                                + decimal(evaluation.aucInterval().upper())
                                + ")";
            }
            metric("model.auc", auc);
            metric("model.prAuc", optionalDecimal(evaluation.prAuc()));
            metric("model.brier", decimal(evaluation.brier()));
            metric("model.count", String.valueOf(evaluation.size()));
            metric(
                    "model.positivesShare",
                    percent(
                            evaluation.size() == 0
                                    ? 0
                                    : (double) evaluation.positives() / evaluation.size()));
            html.append("</tbody></table>");

            html.append("<div class=\"charts\"><figure id=\"roc\"><figcaption>")
                    .append(t("model.roc"))
                    .append("</figcaption>")
                    .append(
                            Svg.curve(
                                    raw("model.roc"),
                                    model.roc(),
                                    List.of(),
                                    true,
                                    raw("model.roc.x"),
                                    raw("model.roc.y")))
                    .append("</figure>");

            List<CurvePoint> calibration = new ArrayList<>();
            List<Double> sizes = new ArrayList<>();
            int largest =
                    evaluation.calibration().stream()
                            .mapToInt(CalibrationBin::count)
                            .max()
                            .orElse(1);
            for (CalibrationBin bin : evaluation.calibration()) {
                if (bin.count() == 0 || bin.meanPredicted() == null || bin.observedRate() == null) {
                    continue;
                }
                calibration.add(new CurvePoint(bin.meanPredicted(), bin.observedRate()));
                sizes.add(2.5 + 6.0 * Math.sqrt((double) bin.count() / Math.max(1, largest)));
            }
            html.append("<figure id=\"calibration\"><figcaption>")
                    .append(t("model.calibration"))
                    .append("</figcaption>")
                    .append(
                            Svg.curve(
                                    raw("model.calibration"),
                                    calibration,
                                    sizes,
                                    false,
                                    raw("model.calibration.x"),
                                    raw("model.calibration.y")))
                    .append("</figure></div>");

            groups(evaluation.groups(), evaluation.flagRate());
            close();
        }

        private void groups(List<GroupTable> tables, double flagRate) {
            if (tables.isEmpty()) {
                return;
            }
            html.append("<h3>").append(t("model.groups")).append("</h3>");
            html.append("<p class=\"note\">").append(t("model.groups.intro")).append("</p>");
            html.append("<p class=\"note\" id=\"flagged-meaning\">")
                    .append(
                            t(
                                    "model.groups.flagged",
                                    percentText(flagRate),
                                    decimal(tables.get(0).threshold())))
                    .append("</p>");
            html.append("<table><thead><tr>");
            headers(
                    "column.group",
                    "column.count",
                    "column.positives",
                    "column.flaggedRate",
                    "column.tpr",
                    "column.fpr",
                    "column.precision");
            html.append("</tr></thead><tbody>");
            for (GroupTable table : tables) {
                for (GroupRow row : table.rows()) {
                    html.append("<tr><td>")
                            .append(Html.escape(table.attribute() + " = " + row.group()))
                            .append("</td>");
                    if (row.suppressed()) {
                        html.append("<td colspan=\"6\">")
                                .append(t("model.groups.suppressed", table.minimumSize()))
                                .append("</td></tr>");
                        continue;
                    }
                    html.append("<td class=\"num\">")
                            .append(row.size())
                            .append("</td><td class=\"num\">")
                            .append(row.positives())
                            .append("</td><td class=\"num\">")
                            .append(optionalPercent(row.flagRate()))
                            .append("</td><td class=\"num\">")
                            .append(optionalPercent(row.truePositiveRate()))
                            .append("</td><td class=\"num\">")
                            .append(optionalPercent(row.falsePositiveRate()))
                            .append("</td><td class=\"num\">")
                            .append(optionalPercent(row.precision()))
                            .append("</td></tr>");
                }
            }
            html.append("</tbody></table>");
        }

        /** Returns the validation in the report language: {@code "5-fold cross-validation"}. */
        private String validation(String text) {
            java.util.regex.Matcher kfold =
                    java.util.regex.Pattern.compile("(\\d+)-fold cross-validation").matcher(text);
            return kfold.matches() ? raw("validation.kfold").replace("{0}", kfold.group(1)) : text;
        }

        private String optionalDecimal(Double value) {
            return value == null ? t("model.groups.undefined") : decimal(value);
        }

        private String optionalPercent(Double value) {
            return value == null ? t("model.groups.undefined") : percent(value);
        }

        private void metric(String key, String value) {
            html.append("<tr><td>")
                    .append(t(key))
                    .append("</td><td class=\"num\">")
                    .append(value)
                    .append("</td></tr>");
        }

        private void provenance() {
            Provenance p = report.provenance();
            open("provenance", "provenance.heading");
            html.append("<table><tbody>");
            row("provenance.asOf", Html.escape(p.asOf().toString()));
            row("provenance.source", Html.escape(p.source()));
            row("provenance.input", "<code>" + Html.escape(p.input()) + "</code>");
            row("provenance.sha", "<code>" + Html.escape(p.inputSha256()) + "</code>");
            row("provenance.seed", String.valueOf(p.seed()));
            row(
                    "provenance.plugins",
                    Html.escape(
                            p.plugins().stream()
                                    .map(ref -> ref.role() + " " + ref.id() + "@" + ref.version())
                                    .collect(Collectors.joining(", "))));
            row(
                    "provenance.configuration",
                    Html.escape(
                            new java.util.TreeMap<>(p.configuration())
                                    .entrySet().stream()
                                            .map(e -> e.getKey() + "=" + e.getValue())
                                            .collect(Collectors.joining(", "))));
            html.append("</tbody></table>");

            html.append("<h3>").append(t("provenance.problems")).append("</h3>");
            if (report.importProblems().isEmpty()) {
                html.append("<p>").append(t("provenance.noProblems")).append("</p>");
            } else {
                html.append("<ul>");
                for (ProblemRow problem :
                        report.importProblems()
                                .subList(0, Math.min(MAX_ROWS, report.importProblems().size()))) {
                    html.append("<li><code>")
                            .append(Html.escape(problem.file() + ":" + problem.line()))
                            .append("</code> ")
                            .append(Html.escape(problem.severity() + ": " + problem.reason()))
                            .append("</li>");
                }
                html.append("</ul>");
            }

            html.append("<p class=\"note\">")
                    .append(
                            t(
                                    "page.generated",
                                    p.generatedAt().toString(),
                                    p.toolVersion(),
                                    p.source()))
                    .append("</p>");
            close();
        }

        private void row(String key, String valueHtml) {
            html.append("<tr><th scope=\"row\">")
                    .append(t(key))
                    .append("</th><td>")
                    .append(valueHtml)
                    .append("</td></tr>");
        }

        private void open(String id, String headingKey) {
            html.append("<section id=\"")
                    .append(id)
                    .append("\"><h2>")
                    .append(t(headingKey))
                    .append("</h2>");
        }

        private void close() {
            html.append("</section>");
        }

        private void headers(String... keys) {
            for (String key : keys) {
                html.append("<th scope=\"col\">").append(t(key)).append("</th>");
            }
        }

        private String needName(String id) {
            return Html.escape(rawNeedName(id));
        }

        private String rawNeedName(String id) {
            return texts.containsKey("need." + id) ? texts.getString("need." + id) : id;
        }

        private String municipalityName(String municipality) {
            return municipality.isEmpty()
                    ? t("coverage.noMunicipality")
                    : Html.escape(municipality);
        }

        private String decimal(double value) {
            NumberFormat format = NumberFormat.getNumberInstance(locale);
            format.setMinimumFractionDigits(3);
            format.setMaximumFractionDigits(3);
            return format.format(value);
        }

        private String percent(double value) {
            return Html.escape(percentText(value));
        }

        private String percentText(double value) {
            NumberFormat format = NumberFormat.getPercentInstance(locale);
            format.setMaximumFractionDigits(1);
            return format.format(value);
        }

        private String raw(String key) {
            return texts.getString(key);
        }

        private String t(String key, Object... arguments) {
            String pattern = texts.getString(key);
            String text =
                    arguments.length == 0
                            ? pattern
                            : new MessageFormat(pattern.replace("'", "''"), locale)
                                    .format(stringify(arguments));
            return Html.escape(text);
        }

        private static Object[] stringify(Object[] arguments) {
            Object[] strings = new Object[arguments.length];
            for (int i = 0; i < arguments.length; i++) {
                strings[i] = String.valueOf(arguments[i]);
            }
            return strings;
        }
    }
}
