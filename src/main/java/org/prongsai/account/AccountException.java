package org.prongsai.account;

import org.prongsai.shared.FieldRefusal;

/** A change to an account that was refused, and why. */
public class AccountException extends FieldRefusal {

    public AccountException(String field, String messageKey) {
        super(field, messageKey);
    }
}
