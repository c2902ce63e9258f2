/**
 * People and access: staff accounts and roles, sign-in with Argon2id passwords, lock-out, TOTP two-factor,
 * API tokens and the security of every request. Sends no events; every change goes to the audit trail.
 */
package org.prongsai.account;
