-- Newsletter module: news and events (content types), subscribers with consent, issues and their
-- per-recipient deliveries, and the signing secret of the module's links.

create table newsletter_news (
    id bigint primary key references core_content_item (id) on delete cascade
);

create table newsletter_event (
    id                    bigint primary key references core_content_item (id) on delete cascade,
    kind                  varchar(20)  not null,
    starts_at             timestamp with time zone,
    ends_at               timestamp with time zone,
    time_zone             varchar(60)  not null,
    location              varchar(300),
    online_url            varchar(500),
    registration_url      varchar(500),
    accessibility_contact varchar(300)
);
create index newsletter_event_starts_idx on newsletter_event (starts_at);

create table newsletter_subscriber (
    id                   bigint primary key,
    email                varchar(254) not null unique,
    name                 varchar(120),
    language             varchar(2)   not null,
    interests            varchar(200) not null,
    status               varchar(20)  not null,
    created_at           timestamp with time zone not null,
    confirmed_at         timestamp with time zone,
    unsubscribed_at      timestamp with time zone,
    consent_at           timestamp with time zone not null,
    consent_source       varchar(60)  not null,
    consent_text_version varchar(20)  not null,
    consent_ip           varchar(45),
    soft_bounces         integer      not null default 0,
    bounce_reason        varchar(300),
    version              bigint       not null default 0
);
create index newsletter_subscriber_status_idx on newsletter_subscriber (status);

create table newsletter_issue (
    id                  bigint primary key,
    title_en            varchar(200) not null,
    title_es            varchar(200) not null,
    intro_en            varchar(4000),
    intro_es            varchar(4000),
    status              varchar(20)  not null,
    messages_per_second integer      not null default 0,
    scheduled_at        timestamp with time zone,
    started_at          timestamp with time zone,
    sent_at             timestamp with time zone,
    created_by          varchar(80)  not null,
    created_at          timestamp with time zone not null,
    version             bigint       not null default 0
);
create index newsletter_issue_status_idx on newsletter_issue (status);

create table newsletter_issue_item (
    issue_id  bigint       not null references newsletter_issue (id) on delete cascade,
    item_order integer     not null,
    language  varchar(2)   not null,
    item_type varchar(40)  not null,
    title     varchar(300) not null,
    summary   varchar(1000),
    path      varchar(500) not null,
    primary key (issue_id, item_order)
);

create table newsletter_delivery (
    id              bigint primary key,
    issue_id        bigint       not null references newsletter_issue (id) on delete cascade,
    subscriber_id   bigint,
    email           varchar(254),
    language        varchar(2)   not null,
    state           varchar(20)  not null,
    attempts        integer      not null default 0,
    next_attempt_at timestamp with time zone,
    last_error      varchar(300),
    claimed_at      timestamp with time zone,
    sent_at         timestamp with time zone,
    version         bigint       not null default 0,
    constraint newsletter_delivery_once unique (issue_id, subscriber_id)
);
create index newsletter_delivery_state_idx on newsletter_delivery (issue_id, state);

create table newsletter_secret (
    name  varchar(40)  primary key,
    secret_value varchar(200) not null
);
