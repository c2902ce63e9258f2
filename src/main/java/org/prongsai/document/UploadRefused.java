package org.prongsai.document;

/** An upload that was not stored, with the message key that says why. */
public class UploadRefused extends RuntimeException {

    private final String messageKey;
    private final Object[] arguments;

    UploadRefused(String messageKey, Object... arguments) {
        super(messageKey);
        this.messageKey = messageKey;
        this.arguments = arguments;
    }

    public String messageKey() {
        return messageKey;
    }

    public Object[] arguments() {
        return arguments.clone();
    }
}
