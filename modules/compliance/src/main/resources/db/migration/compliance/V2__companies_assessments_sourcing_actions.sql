-- Companies and their users, verification and invitation tokens.
create table compliance_company (
    id          bigint primary key,
    name        varchar(200) not null,
    sector      varchar(120) not null,
    size_band   varchar(20)  not null,
    country     varchar(120) not null,
    created_at  timestamp with time zone not null,
    version     bigint not null default 0
);

create table compliance_member (
    id          bigint primary key,
    company_id  bigint not null references compliance_company(id),
    username    varchar(80) not null unique,
    email       varchar(254) not null,
    owner       boolean not null,
    joined_at   timestamp with time zone not null
);
create index compliance_member_company on compliance_member(company_id);

create table compliance_token (
    id          bigint primary key,
    token_hash  varchar(64) not null unique,
    purpose     varchar(20) not null,
    company_id  bigint not null references compliance_company(id),
    email       varchar(254) not null,
    username    varchar(80),
    expires_at  timestamp with time zone not null,
    used_at     timestamp with time zone
);

-- Guidance for the eight steps, per language; staff edit it.
create table compliance_guidance (
    id          bigint primary key,
    step_no     integer not null,
    lang        varchar(2) not null,
    title       varchar(200) not null,
    summary     varchar(1000) not null,
    objectives  text not null,
    key_terms   text not null,
    topics      text not null,
    resources   text not null,
    version     bigint not null default 0,
    constraint compliance_guidance_step_lang unique (step_no, lang)
);

-- Versioned questionnaires: an assessment keeps the version it was started with.
create table compliance_qversion (
    id            bigint primary key,
    number        integer not null unique,
    status        varchar(20) not null,
    created_at    timestamp with time zone not null,
    published_at  timestamp with time zone
);

create table compliance_question (
    id           bigint primary key,
    version_id   bigint not null references compliance_qversion(id),
    step_no      integer not null,
    position     integer not null,
    weight       integer not null,
    text_en      varchar(1000) not null,
    text_es      varchar(1000) not null,
    help_en      varchar(2000),
    help_es      varchar(2000),
    evidence_en  varchar(1000),
    evidence_es  varchar(1000)
);
create index compliance_question_version on compliance_question(version_id);

create table compliance_option (
    id           bigint primary key,
    question_id  bigint not null references compliance_question(id),
    position     integer not null,
    level        integer not null,
    label_en     varchar(300) not null,
    label_es     varchar(300) not null
);

create table compliance_assessment (
    id             bigint primary key,
    company_id     bigint not null references compliance_company(id),
    version_id     bigint not null references compliance_qversion(id),
    status         varchar(20) not null,
    started_at     timestamp with time zone not null,
    submitted_at   timestamp with time zone,
    overall_score  integer,
    version        bigint not null default 0
);
create index compliance_assessment_company on compliance_assessment(company_id);

create table compliance_step_score (
    assessment_id  bigint not null references compliance_assessment(id),
    step_no        integer not null,
    score          integer not null,
    primary key (assessment_id, step_no)
);

create table compliance_answer (
    id             bigint primary key,
    assessment_id  bigint not null references compliance_assessment(id),
    question_id    bigint not null references compliance_question(id),
    option_id      bigint references compliance_option(id),
    note           varchar(4000),
    constraint compliance_answer_once unique (assessment_id, question_id)
);

-- Evidence files: random ids, stored per company, never shared between companies.
create table compliance_evidence (
    id             varchar(36) primary key,
    company_id     bigint not null references compliance_company(id),
    assessment_id  bigint not null references compliance_assessment(id),
    question_id    bigint not null references compliance_question(id),
    filename       varchar(255) not null,
    content_type   varchar(120) not null,
    size_bytes     bigint not null,
    uploaded_at    timestamp with time zone not null,
    uploaded_by    varchar(80) not null
);
create index compliance_evidence_assessment on compliance_evidence(assessment_id);

-- DOL's List of Goods, one edition per year.
create table compliance_goods_edition (
    id            bigint primary key,
    edition_year  integer not null unique,
    imported_at   timestamp with time zone not null,
    row_count     integer not null
);

create table compliance_listed_good (
    id                  bigint primary key,
    edition_id          bigint not null references compliance_goods_edition(id),
    good                varchar(200) not null,
    sector              varchar(120) not null,
    country             varchar(120) not null,
    region              varchar(120) not null,
    child_labor         boolean not null,
    forced_labor        boolean not null,
    forced_child_labor  boolean not null
);
create index compliance_listed_good_edition on compliance_listed_good(edition_id);

create table compliance_sourcing_line (
    id           bigint primary key,
    company_id   bigint not null references compliance_company(id),
    good         varchar(200) not null,
    country      varchar(120) not null,
    tier         integer not null,
    volume_band  varchar(20) not null,
    created_at   timestamp with time zone not null
);
create index compliance_sourcing_company on compliance_sourcing_line(company_id);

create table compliance_action (
    id                bigint primary key,
    company_id        bigint not null references compliance_company(id),
    title             varchar(300) not null,
    step_no           integer not null,
    owner_name        varchar(120) not null,
    due_date          date not null,
    status            varchar(20) not null,
    notes             varchar(4000),
    created_at        timestamp with time zone not null,
    last_reminded_on  date,
    version           bigint not null default 0
);
create index compliance_action_company on compliance_action(company_id);
