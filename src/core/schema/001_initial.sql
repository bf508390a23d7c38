-- SPDX-License-Identifier: GPL-3.0-or-later
-- VMAN state, schema version 1.
-- Applied in one transaction by StateStore; the version is kept in PRAGMA user_version.
-- Value rules (name pattern, ranges) live in the core service, not here: the database only
-- guards identity and references.

CREATE TABLE templates (
    name        TEXT    NOT NULL PRIMARY KEY,
    cpu_count   INTEGER NOT NULL,
    ram_amount  INTEGER NOT NULL,          -- GiB
    created_at  TEXT    NOT NULL           -- ISO 8601 UTC
);

CREATE TABLE vms (
    id            TEXT    NOT NULL PRIMARY KEY,   -- UUID
    name          TEXT    NOT NULL UNIQUE,
    template_name TEXT    NOT NULL REFERENCES templates (name) ON DELETE RESTRICT,
    cpu_count     INTEGER NOT NULL,               -- copied from the template at creation
    ram_amount    INTEGER NOT NULL,               -- GiB, copied from the template at creation
    state         TEXT    NOT NULL,
    state_detail  TEXT    NOT NULL DEFAULT '',
    created_at    TEXT    NOT NULL,
    updated_at    TEXT    NOT NULL
);

CREATE TABLE disks (
    id          TEXT    NOT NULL PRIMARY KEY,     -- UUID
    name        TEXT    NOT NULL UNIQUE,
    size_gib    INTEGER NOT NULL,
    created_at  TEXT    NOT NULL,
    updated_at  TEXT    NOT NULL
);

-- A disk is attached to at most one VM. Deleting a VM detaches its disks; an attached disk
-- cannot be deleted.
CREATE TABLE disk_attachments (
    disk_id     TEXT    NOT NULL PRIMARY KEY REFERENCES disks (id) ON DELETE RESTRICT,
    vm_id       TEXT    NOT NULL REFERENCES vms (id) ON DELETE CASCADE,
    attached_at TEXT    NOT NULL
);

CREATE INDEX disk_attachments_by_vm ON disk_attachments (vm_id);
