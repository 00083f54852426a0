-- Publications: a content type (rows of core_content_item), their files and monthly download counts.
create table publications_publication (
    id            bigint primary key references core_content_item (id) on delete cascade,
    subtitle      varchar(300),
    kind          varchar(30)  not null,
    publisher     varchar(200),
    issued_on     date,
    issued_year   integer,
    isbn          varchar(20),
    doi           varchar(200),
    report_number varchar(60),
    licence       varchar(200),
    authors       varchar(4000),
    related       varchar(1000),
    full_text     text
);

create index publications_publication_kind_idx on publications_publication (kind);
create index publications_publication_year_idx on publications_publication (issued_year);

create table publications_file (
    id                 bigint primary key,
    publication_id     bigint       not null references core_content_item (id) on delete cascade,
    role               varchar(10)  not null,
    asset_id           bigint       not null references core_asset (id),
    filename           varchar(120) not null,
    size_bytes         bigint       not null,
    title              varchar(300),
    first_page         integer,
    last_page          integer,
    sort_order         integer      not null,
    page_count         integer,
    text_status        varchar(20)  not null,
    text_failure       varchar(500),
    extracted_text     text,
    thumbnail_asset_id bigint references core_asset (id),
    thumbnail_name     varchar(120),
    created_at         timestamp with time zone not null,
    processed_at       timestamp with time zone
);

create index publications_file_publication_idx on publications_file (publication_id);

-- Downloads per file per month: a counter only, nothing about who downloaded.
create table publications_download (
    file_id   bigint     not null references publications_file (id) on delete cascade,
    period    varchar(7) not null,
    downloads bigint     not null,
    constraint publications_download_pk primary key (file_id, period)
);
