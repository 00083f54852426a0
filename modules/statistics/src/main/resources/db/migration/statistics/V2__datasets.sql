-- Datasets with their provenance, observations, charts and saved versions.
create table statistics_dataset (
    id                    bigint primary key,
    slug                  varchar(120)  not null,
    title                 varchar(300)  not null,
    title_es              varchar(300)  not null,
    description           varchar(4000),
    description_es        varchar(4000),
    source_organisation   varchar(300)  not null,
    citation              varchar(1000) not null,
    source_url            varchar(1000),
    licence               varchar(300),
    reference_period      varchar(100),
    methodology           varchar(4000),
    methodology_es        varchar(4000),
    example_data          boolean       not null,
    suppression_threshold numeric(19, 4),
    updated_at            timestamp with time zone not null,
    updated_by            varchar(80)   not null,
    version               bigint        not null,
    constraint statistics_dataset_slug_uk unique (slug)
);

create table statistics_observation (
    id             bigint primary key,
    dataset_id     bigint       not null references statistics_dataset (id) on delete cascade,
    position       integer      not null,
    series         varchar(200) not null,
    dimension      varchar(200) not null,
    category       varchar(300) not null,
    observed_value numeric(19, 4) not null,
    decimals       integer      not null,
    unit           varchar(100) not null,
    note           varchar(20)
);
create index statistics_observation_dataset_ix on statistics_observation (dataset_id, position);

create table statistics_chart (
    id         bigint primary key,
    dataset_id bigint       not null references statistics_dataset (id) on delete cascade,
    chart_key  varchar(80)  not null,
    chart_type varchar(20)  not null,
    title      varchar(300) not null,
    title_es   varchar(300) not null,
    summary    varchar(2000) not null,
    summary_es varchar(2000) not null,
    series     varchar(200) not null,
    dimension  varchar(200) not null,
    position   integer      not null,
    constraint statistics_chart_key_uk unique (chart_key)
);

create table statistics_dataset_version (
    id                bigint primary key,
    dataset_id        bigint       not null references statistics_dataset (id) on delete cascade,
    number            integer      not null,
    created_at        timestamp with time zone not null,
    created_by        varchar(80)  not null,
    note              varchar(300) not null,
    observation_count integer      not null,
    snapshot          text         not null,
    constraint statistics_dataset_version_uk unique (dataset_id, number)
);
