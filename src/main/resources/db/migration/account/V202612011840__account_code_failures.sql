-- Wrong TOTP codes are counted apart from wrong passwords: a few lock the account (whoever sends them has the
-- password), while wrong passwords lock it only after many, since anyone can send them.
alter table account_user add column totp_failures int not null default 0;
