-- Which node of a cluster runs each background job (outbox, scheduled publishing, newsletter
-- sending, reminders). A node holds a job while it renews the lease; when it stops renewing
-- (it died), another node takes the job once the lease expired. Runtime state: never backed up.
create table core_job_lease (
    job        varchar(80)  primary key,
    holder     varchar(160) not null,
    expires_at timestamp with time zone not null
);

-- Logins that outlive a node: the login cookie's token (only its SHA-256 is kept) names the account,
-- so any node of a cluster, or a node that restarted, recognises the login without asking for the
-- password again. Expires after 30 idle minutes like the session. Runtime state: never backed up.
create table core_login_token (
    token_hash   varchar(64) primary key,
    username     varchar(80) not null,
    created_at   timestamp with time zone not null,
    last_used_at timestamp with time zone not null
);
create index core_login_token_used on core_login_token (last_used_at);
