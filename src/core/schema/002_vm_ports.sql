-- SPDX-License-Identifier: GPL-3.0-or-later
-- VMAN state, schema version 2: port forwards of VMs (QEMU user-mode networking).
-- A host port (per protocol) belongs to at most one VM.

CREATE TABLE vm_ports (
    vm_id        TEXT    NOT NULL REFERENCES vms (id) ON DELETE CASCADE,
    protocol     TEXT    NOT NULL,            -- tcp or udp
    host_address TEXT    NOT NULL,
    host_port    INTEGER NOT NULL,
    guest_port   INTEGER NOT NULL,
    position     INTEGER NOT NULL,            -- order as given by the user
    PRIMARY KEY (protocol, host_port)
);

CREATE INDEX vm_ports_by_vm ON vm_ports (vm_id);
