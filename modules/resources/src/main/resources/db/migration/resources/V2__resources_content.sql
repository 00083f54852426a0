-- Content types of the resources module (JOINED subtypes of core_content_item) and the
-- review queue of listing suggestions.
create table resources_topic (
    id          bigint primary key references core_content_item (id) on delete cascade,
    section_key varchar(40) not null,
    sort_order  integer     not null default 0
);
create index resources_topic_section_idx on resources_topic (section_key, sort_order);

create table resources_law (
    id                bigint primary key references core_content_item (id) on delete cascade,
    jurisdiction      varchar(20)  not null,
    kind              varchar(20)  not null,
    citation          varchar(120) not null,
    year_enacted      integer,
    session_name      varchar(200),
    law_status        varchar(300),
    official_url      varchar(500),
    related_citations varchar(1000)
);
create index resources_law_filter_idx on resources_law (jurisdiction, kind, year_enacted);
create index resources_law_citation_idx on resources_law (citation);

create table resources_organization (
    id             bigint primary key references core_content_item (id) on delete cascade,
    services       varchar(400)  not null,
    populations    varchar(500),
    languages      varchar(200)  not null,
    counties       varchar(1000) not null,
    phone          varchar(40),
    email          varchar(200),
    website        varchar(500),
    address        varchar(300),
    hours          varchar(300),
    accessibility  varchar(500),
    last_verified  date,
    demo_listing   boolean       not null default false
);

create table resources_hotline (
    id             bigint primary key references core_content_item (id) on delete cascade,
    call_number    varchar(40),
    text_number    varchar(40),
    tty_number     varchar(40),
    hours          varchar(200),
    languages_text varchar(200),
    website        varchar(500),
    sort_order     integer not null default 0
);

create table resources_suggestion (
    id                bigint primary key,
    kind              varchar(20)   not null,
    organization_name varchar(300)  not null,
    listing_slug      varchar(120),
    fields_text       varchar(4000) not null,
    message           varchar(2000),
    status            varchar(20)   not null,
    created_at        timestamp with time zone not null,
    decided_at        timestamp with time zone,
    decided_by        varchar(80)
);
create index resources_suggestion_status_idx on resources_suggestion (status, created_at);
