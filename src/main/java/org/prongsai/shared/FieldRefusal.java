package org.prongsai.shared;

/**
 * A refused change, named by a message key so that the screen can say why in the reader's language, and by the
 * form field it concerns (or null for the whole form). Each module names its own kind.
 */
public class FieldRefusal extends RuntimeException {

    private final String field;
    private final String messageKey;

    public FieldRefusal(String field, String messageKey) {
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
