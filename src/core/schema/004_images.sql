-- SPDX-License-Identifier: GPL-3.0-or-later
-- VMAN state, schema version 4: the image library, and what VMs and templates boot from.

CREATE TABLE images (
    id            TEXT    NOT NULL PRIMARY KEY,  -- UUID; the file is <storage>/images/<id>.<format>
    name          TEXT    NOT NULL UNIQUE,
    format        TEXT    NOT NULL,              -- qcow2, raw or iso
    size          INTEGER NOT NULL DEFAULT 0,    -- bytes on disk
    virtual_size  INTEGER NOT NULL DEFAULT 0,    -- bytes
    sha256        TEXT    NOT NULL DEFAULT '',
    source_path   TEXT    NOT NULL DEFAULT '',
    source_url    TEXT    NOT NULL DEFAULT '',
    expected_checksum TEXT NOT NULL DEFAULT '',  -- "sha256:HEX" or "sha512:HEX" a download must match
    checksum_url  TEXT    NOT NULL DEFAULT '',   -- the published sums file it is read from
    state         TEXT    NOT NULL,              -- downloading, ready or error
    state_detail  TEXT    NOT NULL DEFAULT '',
    bytes_total   INTEGER NOT NULL DEFAULT 0,
    external_path TEXT    NOT NULL DEFAULT '',   -- referenced in place (never copied) when set
    created_at    TEXT    NOT NULL
);

-- An image a VM boots or installs from cannot be deleted under it.
ALTER TABLE vms ADD COLUMN image_id TEXT REFERENCES images (id) ON DELETE RESTRICT;
ALTER TABLE vms ADD COLUMN disk_size_gib INTEGER NOT NULL DEFAULT 0;
ALTER TABLE vms ADD COLUMN cdrom_image_id TEXT REFERENCES images (id) ON DELETE RESTRICT;
ALTER TABLE vms ADD COLUMN boot_order TEXT NOT NULL DEFAULT '';  -- e.g. "cdrom,disk"; '' = default
ALTER TABLE vms ADD COLUMN firmware TEXT NOT NULL DEFAULT 'bios';

ALTER TABLE templates ADD COLUMN image_id TEXT REFERENCES images (id) ON DELETE RESTRICT;
ALTER TABLE templates ADD COLUMN disk_size_gib INTEGER NOT NULL DEFAULT 0;
ALTER TABLE templates ADD COLUMN firmware TEXT NOT NULL DEFAULT '';
