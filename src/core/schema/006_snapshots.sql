-- SPDX-License-Identifier: GPL-3.0-or-later
-- VMAN state, schema version 6: snapshots of VMs. The snapshots themselves live inside the VM's
-- qcow2 images (internal snapshots); this keeps what VMAN knows about each.

CREATE TABLE vm_snapshots (
    vm_id         TEXT    NOT NULL REFERENCES vms (id) ON DELETE CASCADE,
    name          TEXT    NOT NULL,
    description   TEXT    NOT NULL DEFAULT '',
    created_at    TEXT    NOT NULL,
    vm_state      INTEGER NOT NULL,  -- 1: holds the running VM's memory and devices
    disks         TEXT    NOT NULL,  -- the images it covers: "root" and data disk ids, space-separated
    size          INTEGER NOT NULL,  -- bytes of saved memory state
    cpu_count     INTEGER NOT NULL,  -- the VM's size settings when it was taken
    ram_amount    INTEGER NOT NULL,
    disk_size_gib INTEGER NOT NULL,
    PRIMARY KEY (vm_id, name)
);
