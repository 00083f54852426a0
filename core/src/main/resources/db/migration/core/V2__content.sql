-- Core content model: every module's content type extends core_content_item (JOINED inheritance).
create table core_content_item (
    id              bigint primary key,
    content_type    varchar(40)  not null,
    module_id       varchar(40)  not null,
    slug            varchar(120) not null,
    language        varchar(2)   not null,
    translation_key varchar(36)  not null,
    title           varchar(300) not null,
    summary         varchar(1000),
    body            text,
    status          varchar(20)  not null,
    publish_at      timestamp with time zone,
    unpublish_at    timestamp with time zone,
    published_at    timestamp with time zone,
    review_comment  varchar(2000),
    author          varchar(80)  not null,
    created_at      timestamp with time zone not null,
    updated_at      timestamp with time zone not null,
    updated_by      varchar(80)  not null,
    version         bigint       not null,
    constraint core_content_item_slug_uq unique (content_type, language, slug)
);
create index core_content_item_status_idx on core_content_item (status, publish_at);
create index core_content_item_translation_idx on core_content_item (translation_key);

create table core_page (
    id bigint primary key references core_content_item (id) on delete cascade
);

create table core_content_revision (
    id         bigint primary key,
    item_id    bigint       not null references core_content_item (id) on delete cascade,
    number     integer      not null,
    created_at timestamp with time zone not null,
    author     varchar(80)  not null,
    note       varchar(500),
    snapshot   text         not null,
    constraint core_content_revision_uq unique (item_id, number)
);

create table core_slug_redirect (
    content_type varchar(40)  not null,
    language     varchar(2)   not null,
    old_slug     varchar(120) not null,
    item_id      bigint       not null references core_content_item (id) on delete cascade,
    primary key (content_type, language, old_slug)
);

create table core_outbox (
    id           bigint primary key,
    topic        varchar(40)  not null,
    payload      varchar(500) not null,
    created_at   timestamp with time zone not null,
    processed_at timestamp with time zone,
    attempts     integer      not null default 0,
    last_error   varchar(1000)
);
create index core_outbox_pending_idx on core_outbox (processed_at, id);

-- How far time-driven work (scheduled publishing) has got, per job.
create table core_job_watermark (
    job_name varchar(60) primary key,
    last_run timestamp with time zone not null
);
