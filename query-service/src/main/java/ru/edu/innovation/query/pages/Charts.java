package ru.edu.innovation.query.pages;

import org.springframework.web.util.HtmlUtils;

import java.math.BigDecimal;
import java.util.List;
import java.util.Locale;

/**
 * Charts drawn on the server as inline SVG, so a page needs no script to show them and prints as
 * it is seen. Each chart carries a title for screen readers; the numbers it draws are also in a
 * table next to it.
 */
public final class Charts {

    /** One bar: its label and its value. */
    public record Bar(String label, double value) {
    }

    private static final String[] COLOURS = {"#1f5fa8", "#b3261e", "#2e7d32", "#8a5a00"};
    private static final int LABEL_WIDTH = 260;
    private static final int BAR_AREA = 360;
    private static final int ROW = 28;

    private Charts() {
    }

    /** Horizontal bars, one per label, with the value written after each bar. */
    public static String bars(String title, List<Bar> bars) {
        double max = bars.stream().mapToDouble(Bar::value).max().orElse(0);
        int height = ROW * bars.size() + 16;
        int width = LABEL_WIDTH + BAR_AREA + 60;
        StringBuilder svg = open(title, width, height);
        for (int i = 0; i < bars.size(); i++) {
            Bar bar = bars.get(i);
            int y = 8 + i * ROW;
            double length = max <= 0 ? 0 : bar.value() / max * BAR_AREA;
            svg.append(text(LABEL_WIDTH - 8, y + 18, "end", bar.label()));
            svg.append(String.format(Locale.ROOT,
                    "<rect x=\"%d\" y=\"%d\" width=\"%.1f\" height=\"20\" fill=\"%s\"/>",
                    LABEL_WIDTH, y + 3, length, COLOURS[0]));
            svg.append(text((int) (LABEL_WIDTH + length + 6), y + 18, "start", number(bar.value())));
        }
        return svg.append("</svg>").toString();
    }

    /**
     * Grouped vertical bars: for each group (a level of review) one bar per series (waiting,
     * overdue), with a legend.
     */
    public static String groupedBars(String title, List<String> groups, List<String> series, double[][] values) {
        double max = 0;
        for (double[] row : values) {
            for (double value : row) {
                max = Math.max(max, value);
            }
        }
        int plotHeight = 180;
        int groupWidth = 40 * series.size() + 60;
        int width = Math.max(360, 60 + groupWidth * groups.size());
        int height = plotHeight + 90;
        StringBuilder svg = open(title, width, height);
        int baseY = 20 + plotHeight;
        svg.append(line(50, baseY, width - 10, baseY, "#444", false));
        for (int g = 0; g < groups.size(); g++) {
            int x0 = 60 + g * groupWidth;
            for (int s = 0; s < series.size(); s++) {
                double value = values[g][s];
                double barHeight = max <= 0 ? 0 : value / max * (plotHeight - 20);
                int x = x0 + s * 40;
                svg.append(String.format(Locale.ROOT,
                        "<rect x=\"%d\" y=\"%.1f\" width=\"32\" height=\"%.1f\" fill=\"%s\"/>",
                        x, baseY - barHeight, barHeight, COLOURS[s % COLOURS.length]));
                svg.append(text(x + 16, (int) (baseY - barHeight - 4), "middle", number(value)));
            }
            svg.append(text(x0 + 20 * series.size(), baseY + 18, "middle", groups.get(g)));
        }
        legend(svg, series, baseY + 40);
        return svg.append("</svg>").toString();
    }

    /**
     * An indicator over the periods: the value recorded for each period as a bar, the baseline and
     * the target as horizontal lines.
     */
    public static String indicator(String title, List<String> periods, List<BigDecimal> actual, BigDecimal baseline,
                                   BigDecimal target) {
        double max = Math.max(value(target), value(baseline));
        double min = Math.min(0, Math.min(value(target), value(baseline)));
        for (BigDecimal value : actual) {
            max = Math.max(max, value(value));
            min = Math.min(min, value(value));
        }
        if (max == min) {
            max = min + 1;
        }
        int plotHeight = 200;
        int column = 110;
        // Wide enough for the legend's three entries below the bars.
        int width = Math.max(620, 80 + column * Math.max(1, periods.size()) + 20);
        int height = plotHeight + 90;
        double scale = (plotHeight - 10) / (max - min);
        int top = 20;
        double zeroY = top + (max - 0) * scale;
        StringBuilder svg = open(title, width, height);
        svg.append(line(70, (int) Math.round(zeroY), width - 10, (int) Math.round(zeroY), "#444", false));
        for (int i = 0; i < periods.size(); i++) {
            double value = value(actual.get(i));
            double y = top + (max - Math.max(value, 0)) * scale;
            double barHeight = Math.abs(value) * scale;
            int x = 80 + i * column + 20;
            svg.append(String.format(Locale.ROOT,
                    "<rect x=\"%d\" y=\"%.1f\" width=\"60\" height=\"%.1f\" fill=\"%s\"/>",
                    x, y, barHeight, COLOURS[0]));
            svg.append(text(x + 30, (int) (y - 4), "middle", number(value)));
            svg.append(text(x + 30, top + plotHeight + 16, "middle", periods.get(i)));
        }
        if (target != null) {
            int y = (int) Math.round(top + (max - value(target)) * scale);
            svg.append(line(70, y, width - 10, y, COLOURS[2], true));
            svg.append(text(66, y + 4, "end", number(value(target))));
        }
        if (baseline != null) {
            int y = (int) Math.round(top + (max - value(baseline)) * scale);
            svg.append(line(70, y, width - 10, y, COLOURS[3], true));
            svg.append(text(66, y + 4, "end", number(value(baseline))));
        }
        legend(svg, List.of("факт за период", "целевое значение", "базовое значение"), top + plotHeight + 44,
                COLOURS[0], COLOURS[2], COLOURS[3]);
        return svg.append("</svg>").toString();
    }

    private static void legend(StringBuilder svg, List<String> names, int y, String... colours) {
        int x = 60;
        for (int i = 0; i < names.size(); i++) {
            String colour = colours.length > i ? colours[i] : COLOURS[i % COLOURS.length];
            svg.append(String.format(Locale.ROOT, "<rect x=\"%d\" y=\"%d\" width=\"14\" height=\"14\" fill=\"%s\"/>",
                    x, y - 11, colour));
            svg.append(text(x + 20, y, "start", names.get(i)));
            x += 44 + names.get(i).length() * 8;
        }
    }

    private static StringBuilder open(String title, int width, int height) {
        return new StringBuilder(String.format(Locale.ROOT,
                "<svg xmlns=\"http://www.w3.org/2000/svg\" role=\"img\" width=\"%d\" height=\"%d\" "
                        + "viewBox=\"0 0 %d %d\" font-family=\"sans-serif\" font-size=\"13\"><title>%s</title>",
                width, height, width, height, HtmlUtils.htmlEscape(title)));
    }

    private static String text(int x, int y, String anchor, String content) {
        return String.format(Locale.ROOT, "<text x=\"%d\" y=\"%d\" text-anchor=\"%s\" fill=\"#1a1a1a\">%s</text>",
                x, y, anchor, HtmlUtils.htmlEscape(content));
    }

    private static String line(int x1, int y1, int x2, int y2, String colour, boolean dashed) {
        return String.format(Locale.ROOT,
                "<line x1=\"%d\" y1=\"%d\" x2=\"%d\" y2=\"%d\" stroke=\"%s\" stroke-width=\"2\"%s/>",
                x1, y1, x2, y2, colour, dashed ? " stroke-dasharray=\"6 4\"" : "");
    }

    private static double value(BigDecimal value) {
        return value == null ? 0 : value.doubleValue();
    }

    static String number(double value) {
        if (value == Math.rint(value) && Math.abs(value) < 1e15) {
            return Long.toString((long) value);
        }
        return String.format(Locale.ROOT, "%.2f", value).replaceAll("0+$", "").replace('.', ',');
    }
}
