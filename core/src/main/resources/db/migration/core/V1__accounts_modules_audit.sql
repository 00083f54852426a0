-- Core schema: one id sequence shared by all entities, accounts, module states, audit trail.
create sequence beacon_id_seq start with 1000 increment by 50;

create table core_account (
    id            bigint primary key,
    username      varchar(80)  not null unique,
    display_name  varchar(120) not null,
    email         varchar(254),
    password_hash varchar(512) not null,
    enabled       boolean      not null,
    created_at    timestamp with time zone not null,
    last_login_at timestamp with time zone,
    version       bigint       not null
);

create table core_account_role (
    account_id bigint      not null references core_account (id) on delete cascade,
    role       varchar(20) not null,
    primary key (account_id, role)
);

create table core_module_state (
    module_id  varchar(40) primary key,
    enabled    boolean     not null,
    seeded     boolean     not null,
    changed_at timestamp with time zone not null,
    changed_by varchar(80),
    version    bigint      not null
);

create table core_audit_event (
    id          bigint primary key,
    occurred_at timestamp with time zone not null,
    actor       varchar(80)  not null,
    action      varchar(60)  not null,
    target_type varchar(60),
    target_id   varchar(120),
    detail      varchar(1000)
);
create index core_audit_event_occurred_idx on core_audit_event (occurred_at desc);
