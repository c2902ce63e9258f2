-- TOTP secrets are stored encrypted (Tink AEAD, "tink:" + base64), which is longer than a clear secret; the
-- time step of the last code accepted is kept, so that a code is never accepted twice.
alter table account_user
    alter column totp_secret type text,
    add column totp_last_step bigint;
