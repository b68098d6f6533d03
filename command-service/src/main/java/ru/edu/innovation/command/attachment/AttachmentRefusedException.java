package ru.edu.innovation.command.attachment;

/** A file that can't be attached as sent: too large, of a kind not taken, or badly named. */
public class AttachmentRefusedException extends RuntimeException {

    private final String code;
    private final boolean tooLarge;

    AttachmentRefusedException(String code, String message, boolean tooLarge) {
        super(message);
        this.code = code;
        this.tooLarge = tooLarge;
    }

    static AttachmentRefusedException tooLarge(String message) {
        return new AttachmentRefusedException("ATTACHMENT_TOO_LARGE", message, true);
    }

    static AttachmentRefusedException invalid(String code, String message) {
        return new AttachmentRefusedException(code, message, false);
    }

    public String code() {
        return code;
    }

    /** Answered with 413: the body was larger than taken. */
    public boolean tooLarge() {
        return tooLarge;
    }
}
