package org.prongsai.account;

/** What an API token may do on {@code /api/**}; it never works anywhere else. */
public enum TokenScope {
    /** Read: GET and HEAD. */
    READ,
    /** Also change data through the API (POST, PUT, PATCH, DELETE). */
    WRITE
}
