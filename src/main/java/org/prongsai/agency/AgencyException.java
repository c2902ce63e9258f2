package org.prongsai.agency;

/** A refused change, named by a message key so that the screen can say why in the reader's language. */
public class AgencyException extends RuntimeException {

    private final String field;
    private final String messageKey;

    public AgencyException(String field, String messageKey) {
        super(messageKey);
        this.field = field;
        this.messageKey = messageKey;
    }

    public String field() {
        return field;
    }

    public String messageKey() {
        return messageKey;
    }
}
