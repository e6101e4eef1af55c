package ee.lim.examples.report;

import java.util.List;
import java.util.Locale;

/**
 * Inline SVG charts for the HTML report: bars, stacked bars and curves in the unit square. Every
 * chart is a self-contained {@code <svg>} element with a {@code <title>} for screen readers and no
 * external reference.
 *
 * <p>Stateless and thread-safe. Labels are escaped here; callers pass plain text.
 */
final class Svg {
    private static final int WIDTH = 420;
    private static final int HEIGHT = 260;
    private static final int LEFT = 48;
    private static final int BOTTOM = 40;
    private static final int TOP = 12;
    private static final int RIGHT = 12;

    private Svg() {}

    /** A labelled bar with a CSS class that sets its colour. */
    record Bar(String label, double value, String cssClass) {}

    /** A bar split into a covered and an uncovered part. */
    record StackedBar(String label, int covered, int gap) {}

    static String bars(String title, List<Bar> bars, String yLabel) {
        double max = bars.stream().mapToDouble(Bar::value).max().orElse(0);
        double top = niceCeiling(max);
        StringBuilder svg = open(title);
        axes(svg, "", yLabel, top, false);
        int plotWidth = WIDTH - LEFT - RIGHT;
        double slot = bars.isEmpty() ? plotWidth : (double) plotWidth / bars.size();
        for (int i = 0; i < bars.size(); i++) {
            Bar bar = bars.get(i);
            double h = top == 0 ? 0 : (HEIGHT - TOP - BOTTOM) * bar.value() / top;
            double x = LEFT + i * slot + slot * 0.15;
            double w = slot * 0.7;
            double y = HEIGHT - BOTTOM - h;
            svg.append("<rect class=\"")
                    .append(bar.cssClass())
                    .append("\" x=\"")
                    .append(n(x))
                    .append("\" y=\"")
                    .append(n(y))
                    .append("\" width=\"")
                    .append(n(w))
                    .append("\" height=\"")
                    .append(n(h))
                    .append("\"><title>")
                    .append(Html.escape(bar.label() + ": " + formatCount(bar.value())))
                    .append("</title></rect>");
            text(svg, x + w / 2, y - 3, "middle", formatCount(bar.value()));
            text(svg, x + w / 2, HEIGHT - BOTTOM + 14, "middle", bar.label());
        }
        return svg.append("</svg>").toString();
    }

    static String stackedBars(
            String title, List<StackedBar> bars, String coveredLabel, String gapLabel) {
        int rowHeight = 22;
        int labelWidth = 170;
        int height = TOP + bars.size() * rowHeight + 30;
        int max = bars.stream().mapToInt(b -> b.covered() + b.gap()).max().orElse(0);
        double plotWidth = WIDTH - labelWidth - RIGHT - 70;
        StringBuilder svg = new StringBuilder();
        svg.append("<svg xmlns=\"http://www.w3.org/2000/svg\" role=\"img\" viewBox=\"0 0 ")
                .append(WIDTH)
                .append(' ')
                .append(height)
                .append("\"><title>")
                .append(Html.escape(title))
                .append("</title>");
        for (int i = 0; i < bars.size(); i++) {
            StackedBar bar = bars.get(i);
            double y = TOP + i * rowHeight;
            double coveredWidth = max == 0 ? 0 : plotWidth * bar.covered() / max;
            double gapWidth = max == 0 ? 0 : plotWidth * bar.gap() / max;
            text(svg, labelWidth - 6, y + 14, "end", bar.label());
            rect(svg, "covered", labelWidth, y + 3, coveredWidth, rowHeight - 6);
            rect(svg, "gap", labelWidth + coveredWidth, y + 3, gapWidth, rowHeight - 6);
            text(
                    svg,
                    labelWidth + coveredWidth + gapWidth + 4,
                    y + 14,
                    "start",
                    bar.covered() + " / " + (bar.covered() + bar.gap()));
        }
        double legendY = TOP + bars.size() * rowHeight + 12;
        rect(svg, "covered", labelWidth, legendY - 9, 10, 10);
        text(svg, labelWidth + 14, legendY, "start", coveredLabel);
        rect(svg, "gap", labelWidth + 110, legendY - 9, 10, 10);
        text(svg, labelWidth + 124, legendY, "start", gapLabel);
        return svg.append("</svg>").toString();
    }

    static String curve(
            String title,
            List<CurvePoint> points,
            List<Double> pointSizes,
            boolean drawLine,
            String xLabel,
            String yLabel) {
        StringBuilder svg = open(title);
        axes(svg, xLabel, yLabel, 1, true);
        svg.append("<line class=\"diagonal\" x1=\"")
                .append(n(px(0)))
                .append("\" y1=\"")
                .append(n(py(0)))
                .append("\" x2=\"")
                .append(n(px(1)))
                .append("\" y2=\"")
                .append(n(py(1)))
                .append("\"/>");
        if (drawLine && !points.isEmpty()) {
            svg.append("<polyline class=\"curve\" points=\"");
            for (CurvePoint p : points) {
                svg.append(n(px(p.x()))).append(',').append(n(py(p.y()))).append(' ');
            }
            svg.append("\"/>");
        }
        if (!drawLine) {
            for (int i = 0; i < points.size(); i++) {
                CurvePoint p = points.get(i);
                double r = pointSizes.isEmpty() ? 3 : pointSizes.get(i);
                svg.append("<circle class=\"point\" cx=\"")
                        .append(n(px(p.x())))
                        .append("\" cy=\"")
                        .append(n(py(p.y())))
                        .append("\" r=\"")
                        .append(n(r))
                        .append("\"/>");
            }
        }
        return svg.append("</svg>").toString();
    }

    private static StringBuilder open(String title) {
        StringBuilder svg = new StringBuilder();
        svg.append("<svg xmlns=\"http://www.w3.org/2000/svg\" role=\"img\" viewBox=\"0 0 ")
                .append(WIDTH)
                .append(' ')
                .append(HEIGHT)
                .append("\"><title>")
                .append(Html.escape(title))
                .append("</title>");
        return svg;
    }

    private static void axes(
            StringBuilder svg, String xLabel, String yLabel, double top, boolean unitX) {
        int x0 = LEFT;
        int y0 = HEIGHT - BOTTOM;
        svg.append("<line class=\"axis\" x1=\"")
                .append(x0)
                .append("\" y1=\"")
                .append(TOP)
                .append("\" x2=\"")
                .append(x0)
                .append("\" y2=\"")
                .append(y0)
                .append("\"/>");
        svg.append("<line class=\"axis\" x1=\"")
                .append(x0)
                .append("\" y1=\"")
                .append(y0)
                .append("\" x2=\"")
                .append(WIDTH - RIGHT)
                .append("\" y2=\"")
                .append(y0)
                .append("\"/>");
        for (int i = 0; i <= 4; i++) {
            double value = top * i / 4;
            double y = y0 - (double) (y0 - TOP) * i / 4;
            text(svg, x0 - 4, y + 4, "end", unitX ? fraction(value) : formatCount(value));
            if (unitX) {
                text(svg, px(i / 4.0), y0 + 14, "middle", fraction(i / 4.0));
            }
        }
        if (!xLabel.isEmpty()) {
            text(svg, LEFT + (WIDTH - LEFT - RIGHT) / 2.0, HEIGHT - 6, "middle", xLabel);
        }
        if (!yLabel.isEmpty()) {
            svg.append("<text class=\"label\" text-anchor=\"middle\" transform=\"translate(12,")
                    .append(n((TOP + y0) / 2.0))
                    .append(") rotate(-90)\">")
                    .append(Html.escape(yLabel))
                    .append("</text>");
        }
    }

    private static void rect(
            StringBuilder svg, String css, double x, double y, double w, double h) {
        svg.append("<rect class=\"")
                .append(css)
                .append("\" x=\"")
                .append(n(x))
                .append("\" y=\"")
                .append(n(y))
                .append("\" width=\"")
                .append(n(w))
                .append("\" height=\"")
                .append(n(h))
                .append("\"/>");
    }

    private static void text(StringBuilder svg, double x, double y, String anchor, String text) {
        svg.append("<text class=\"label\" x=\"")
                .append(n(x))
                .append("\" y=\"")
                .append(n(y))
                .append("\" text-anchor=\"")
                .append(anchor)
                .append("\">")
                .append(Html.escape(text))
                .append("</text>");
    }

    private static double px(double x) {
        return LEFT + x * (WIDTH - LEFT - RIGHT);
    }

    private static double py(double y) {
        return HEIGHT - BOTTOM - y * (HEIGHT - TOP - BOTTOM);
    }

    /** Returns a top for a four-tick axis whose ticks are whole multiples of 1, 2 or 5. */
    private static double niceCeiling(double max) {
        double rawStep = Math.max(1, max / 4);
        double magnitude = Math.pow(10, Math.floor(Math.log10(rawStep)));
        for (double m : new double[] {1, 2, 5, 10}) {
            if (m * magnitude >= rawStep) {
                return 4 * m * magnitude;
            }
        }
        return 40 * magnitude;
    }

    private static String formatCount(double value) {
        return String.valueOf(Math.round(value));
    }

    private static String fraction(double value) {
        return String.format(Locale.ROOT, "%.2f", value);
    }

    private static String n(double value) {
        return String.format(Locale.ROOT, "%.1f", value);
    }
}
