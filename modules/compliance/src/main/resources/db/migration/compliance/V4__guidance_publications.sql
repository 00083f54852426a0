-- Publications (content items of the publications module) that staff pick as resources of a
-- guidance step. Only the content id is kept: the guidance page reads title, year and address
-- through core's content API and leaves out what is not published or whose module is disabled.
create table compliance_guidance_publication (
    guidance_id bigint not null references compliance_guidance(id),
    position    integer not null,
    content_id  bigint not null,
    primary key (guidance_id, position)
);
