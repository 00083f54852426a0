-- Taxonomy: vocabularies (topics, regions, audiences) of hierarchical terms with English and
-- Spanish labels, the terms each content item carries, and free tags.
create table core_vocabulary (
    id           bigint primary key,
    vocab_key    varchar(40)  not null,
    label_en     varchar(120) not null,
    label_es     varchar(120) not null,
    position     integer      not null,
    version      bigint       not null,
    constraint core_vocabulary_key_uq unique (vocab_key)
);

create table core_term (
    id            bigint primary key,
    vocabulary_id bigint       not null references core_vocabulary (id) on delete cascade,
    parent_id     bigint       references core_term (id),
    term_key      varchar(80)  not null,
    label_en      varchar(120) not null,
    label_es      varchar(120) not null,
    position      integer      not null,
    version       bigint       not null,
    constraint core_term_key_uq unique (vocabulary_id, term_key)
);
create index core_term_parent_idx on core_term (parent_id);

create table core_content_term (
    content_id bigint not null references core_content_item (id) on delete cascade,
    term_id    bigint not null references core_term (id) on delete cascade,
    primary key (content_id, term_id)
);
create index core_content_term_term_idx on core_content_term (term_id);

create table core_content_tag (
    content_id bigint      not null references core_content_item (id) on delete cascade,
    tag        varchar(60) not null,
    primary key (content_id, tag)
);
create index core_content_tag_tag_idx on core_content_tag (tag);
