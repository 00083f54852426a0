-- Unsaved editor work, saved in the background so that a closed tab or an expired session loses nothing.
create table core_content_autosave (
    id         bigint primary key,
    username   varchar(80)  not null,
    item_key   varchar(40)  not null,
    title      varchar(300),
    slug       varchar(120),
    summary    varchar(1000),
    body       text,
    saved_at   timestamp with time zone not null,
    version    bigint       not null,
    constraint core_content_autosave_uq unique (username, item_key)
);
