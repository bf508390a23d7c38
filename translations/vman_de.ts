<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="de_DE">
<context>
    <name>vman::MainWindow</name>
    <message>
        <source>VMAN</source>
        <translation>VMAN</translation>
    </message>
    <message>
        <source>API: %1 (operator: %2)</source>
        <translation>API: %1 (Operator: %2)</translation>
    </message>
    <message>
        <source>%1 VMs (%2 running), %3 disks, %4 templates</source>
        <translation>%1 VMs (%2 laufen), %3 Festplatten, %4 Vorlagen</translation>
    </message>
</context>
</TS>
