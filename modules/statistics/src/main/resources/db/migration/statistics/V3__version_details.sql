-- A saved version also keeps the dataset's descriptive fields (JSON), so a restore puts them back.
alter table statistics_dataset_version add column details text;
