package ru.edu.innovation.bench;

/**
 * One measured figure with the baseline measured next to it in the same run ({@code baseline} may
 * be absent), and the target it is judged against.
 */
public record Figure(String group, String what, double value, String unit, String baselineName, Double baseline,
                     String target, Boolean met, String note) {

    public static Figure of(String group, String what, double value, String unit) {
        return new Figure(group, what, value, unit, null, null, null, null, null);
    }

    public Figure against(String name, double baselineValue) {
        return new Figure(group, what, value, unit, name, baselineValue, target, met, note);
    }

    public Figure target(String description, boolean isMet) {
        return new Figure(group, what, value, unit, baselineName, baseline, description, isMet, note);
    }

    public Figure note(String text) {
        return new Figure(group, what, value, unit, baselineName, baseline, target, met, text);
    }

    public Double ratio() {
        return baseline == null || baseline == 0 ? null : value / baseline;
    }
}
