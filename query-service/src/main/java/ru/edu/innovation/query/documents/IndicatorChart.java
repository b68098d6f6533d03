package ru.edu.innovation.query.documents;

import org.springframework.web.util.HtmlUtils;
import ru.edu.innovation.query.documents.ReportDocument.IndicatorRow;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.List;
import java.util.stream.Stream;

/**
 * Target against actual for each indicator, drawn on the server: an inline SVG for the HTML page,
 * and the same bars as widths in percent for the PDF, whose renderer draws boxes but no SVG
 * without a library of its own (Batik) that would triple the jar. Each indicator is scaled to its
 * own largest value, since indicators have different units.
 */
public final class IndicatorChart {

    private static final int WIDTH = 680;
    private static final int LABEL = 230;
    private static final int BAR = 14;
    private static final int ROW = 3 * BAR + 34;

    /**
     * One indicator's bars in percent of its largest value, with the values as printed; {@code actual}
     * empty when none was recorded.
     */
    public record Bars(String name, BigDecimal baseline, BigDecimal target, BigDecimal actual,
                       String baselineValue, String targetValue, String actualValue) {
    }

    private IndicatorChart() {
    }

    public static List<Bars> bars(List<IndicatorRow> indicators) {
        return indicators.stream().map(row -> {
            BigDecimal max = scale(row);
            return new Bars(row.name(), row.baseline() == null ? null : percent(row.baseline(), max),
                    row.target() == null ? null : percent(row.target(), max),
                    row.actual() == null ? null : percent(row.actual(), max), printed(row.baseline(), row.unit()),
                    printed(row.target(), row.unit()), printed(row.actual(), row.unit()));
        }).toList();
    }

    public static String svg(List<IndicatorRow> indicators) {
        int height = indicators.size() * ROW + 30;
        StringBuilder svg = new StringBuilder()
                .append("<svg xmlns=\"http://www.w3.org/2000/svg\" role=\"img\" width=\"").append(WIDTH)
                .append("\" height=\"").append(height).append("\" viewBox=\"0 0 ").append(WIDTH).append(' ')
                .append(height).append("\" font-family=\"DejaVu Sans, sans-serif\" font-size=\"11\">")
                .append("<title>Показатели: базовое, целевое и достигнутое значения</title>");
        legend(svg);
        int y = 30;
        for (IndicatorRow row : indicators) {
            BigDecimal max = scale(row);
            svg.append("<text x=\"0\" y=\"").append(y + 12).append("\">").append(escape(shorten(row.name())))
                    .append("</text>");
            bar(svg, y, row.baseline(), max, "#9e9e9e", row.unit());
            bar(svg, y + BAR + 2, row.target(), max, "#1f5fa8", row.unit());
            bar(svg, y + 2 * (BAR + 2), row.actual(), max, "#2e7d32", row.unit());
            y += ROW;
        }
        return svg.append("</svg>").toString();
    }

    private static void legend(StringBuilder svg) {
        String[][] items = {{"#9e9e9e", "базовое"}, {"#1f5fa8", "целевое"}, {"#2e7d32", "достигнутое"}};
        int x = LABEL;
        for (String[] item : items) {
            svg.append("<rect x=\"").append(x).append("\" y=\"4\" width=\"12\" height=\"12\" fill=\"").append(item[0])
                    .append("\"/><text x=\"").append(x + 16).append("\" y=\"14\">").append(item[1]).append("</text>");
            x += 110;
        }
    }

    private static void bar(StringBuilder svg, int y, BigDecimal value, BigDecimal max, String colour, String unit) {
        int room = WIDTH - LABEL - 90;
        if (value == null) {
            svg.append("<text x=\"").append(LABEL).append("\" y=\"").append(y + 11).append("\">нет данных</text>");
            return;
        }
        int length = percent(value, max).multiply(BigDecimal.valueOf(room))
                .divide(BigDecimal.valueOf(100), 0, RoundingMode.HALF_UP).intValue();
        svg.append("<rect x=\"").append(LABEL).append("\" y=\"").append(y).append("\" width=\"").append(Math.max(length, 1))
                .append("\" height=\"").append(BAR).append("\" fill=\"").append(colour).append("\"/>")
                .append("<text x=\"").append(LABEL + Math.max(length, 1) + 4).append("\" y=\"").append(y + 11)
                .append("\">").append(escape(printed(value, unit))).append("</text>");
    }

    private static String printed(BigDecimal value, String unit) {
        return value == null ? ReportDocument.NOTHING : unit == null ? value.toPlainString() : value.toPlainString() + " " + unit;
    }

    private static BigDecimal scale(IndicatorRow row) {
        return Stream.of(row.baseline(), row.target(), row.actual())
                .filter(value -> value != null)
                .map(BigDecimal::abs)
                .max(BigDecimal::compareTo)
                .filter(max -> max.signum() > 0)
                .orElse(BigDecimal.ONE);
    }

    private static BigDecimal percent(BigDecimal value, BigDecimal max) {
        BigDecimal share = value.abs().multiply(BigDecimal.valueOf(100)).divide(max, 1, RoundingMode.HALF_UP);
        return share.min(BigDecimal.valueOf(100));
    }

    private static String shorten(String name) {
        return name.length() <= 38 ? name : name.substring(0, 37) + "…";
    }

    private static String escape(String text) {
        return HtmlUtils.htmlEscape(text, "UTF-8");
    }
}
