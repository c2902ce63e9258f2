-- API tokens carry what they may do (read: GET on /api/**; write: also change through the API) and when they
-- stop working. Tokens made before this keep working for 90 days from their creation, read only.
alter table account_api_token
    add column scopes     varchar(10)[] not null default '{READ}',
    add column expires_at timestamptz;
update account_api_token set expires_at = created_at + interval '90 days';
alter table account_api_token alter column expires_at set not null;
