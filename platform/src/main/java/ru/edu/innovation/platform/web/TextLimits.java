package ru.edu.innovation.platform.web;

/**
 * What a text a user sends may hold: a bounded length and no control characters, unpaired surrogates
 * or non-characters (PostgreSQL refuses a NUL in text; the others break downstream readers).
 */
public final class TextLimits {

    private TextLimits() {
    }

    /** Why {@code text} can't be taken, in Russian, or {@code null} if it can. */
    public static String refusal(String text, int maxLength, boolean lineBreaksAllowed) {
        if (text.length() > maxLength) {
            return "не больше " + maxLength + " символов (передано " + text.length() + ")";
        }
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            boolean lineBreak = c == '\n' || c == '\r' || c == '\t';
            if ((c < 0x20 && !(lineBreaksAllowed && lineBreak)) || (c >= 0x7F && c <= 0x9F)) {
                return String.format("недопустимый управляющий символ U+%04X в позиции %d", (int) c, i + 1);
            }
            if (Character.isHighSurrogate(c) && i + 1 < text.length() && Character.isLowSurrogate(text.charAt(i + 1))) {
                i++;
            } else if (Character.isSurrogate(c) || c == '\uFFFE' || c == '\uFFFF') {
                return String.format("недопустимый символ U+%04X в позиции %d", (int) c, i + 1);
            }
        }
        return null;
    }
}
