-- Uploaded files: metadata here, bytes in the content-addressed blob store (blobs/ab/cd/<sha256>).
create table core_asset (
    id           bigint primary key,
    sha256       char(64)     not null,
    filename     varchar(120) not null,
    content_type varchar(100) not null,
    size_bytes   bigint       not null,
    width        integer,
    height       integer,
    alt_text     varchar(500),
    created_at   timestamp with time zone not null,
    created_by   varchar(80)  not null,
    version      bigint       not null
);
create index core_asset_created_idx on core_asset (created_at desc, id desc);
create index core_asset_sha256_idx on core_asset (sha256);

-- Smaller renditions of images (thumb, medium), also in the blob store.
create table core_asset_variant (
    id           bigint primary key,
    asset_id     bigint       not null references core_asset (id) on delete cascade,
    name         varchar(20)  not null,
    sha256       char(64)     not null,
    content_type varchar(100) not null,
    width        integer      not null,
    height       integer      not null,
    size_bytes   bigint       not null,
    constraint core_asset_variant_uq unique (asset_id, name)
);
