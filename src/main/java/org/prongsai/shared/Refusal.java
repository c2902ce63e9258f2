package org.prongsai.shared;

import java.util.Arrays;
import java.util.Objects;
import org.springframework.context.MessageSourceResolvable;

/**
 * A refused change, the one exception every module throws when it says no: named by a message key (with its
 * arguments) so that a screen says why in the reader's language, and by the form field it concerns, or null for
 * the whole form. A controller puts it beside the field, the API answers it as a problem; nothing else need be
 * known of where it came from. Refusals that list many problems at once (a plan, a scoring request) keep their
 * own list type.
 */
public class Refusal extends RuntimeException implements MessageSourceResolvable {

    private final String field;
    private final String key;
    private final Object[] arguments;

    public Refusal(String field, String key, Object... arguments) {
        super(key);
        this.field = field;
        this.key = Objects.requireNonNull(key);
        // new Refusal(field, key, null) passes a null array: no arguments.
        this.arguments = arguments == null
                ? new Object[0]
                : Arrays.stream(arguments).filter(Objects::nonNull).toArray();
    }

    /** The form field it concerns, or null for the whole form. */
    public String field() {
        return field;
    }

    public String key() {
        return key;
    }

    public Object[] arguments() {
        return arguments.clone();
    }

    /** The first argument as text, or "" when there is none: most messages take one. */
    public String argument() {
        return arguments.length == 0 ? "" : String.valueOf(arguments[0]);
    }

    @Override
    public String[] getCodes() {
        return new String[] {key};
    }

    @Override
    public Object[] getArguments() {
        return arguments();
    }

    @Override
    public String getDefaultMessage() {
        return key;
    }
}
