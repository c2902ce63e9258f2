package org.prongsai.agency;

import org.prongsai.shared.FieldRefusal;

/** A change to an agency, its units or people that was refused, and why. */
public class AgencyException extends FieldRefusal {

    public AgencyException(String field, String messageKey) {
        super(field, messageKey);
    }
}
