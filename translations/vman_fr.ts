<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="fr_FR">
<context>
    <name>vman::MainWindow</name>
    <message>
        <source>VMAN</source>
        <translation>VMAN</translation>
    </message>
    <message>
        <source>API: %1 (operator: %2)</source>
        <translation>API : %1 (opérateur : %2)</translation>
    </message>
    <message>
        <source>%1 VMs (%2 running), %3 disks, %4 templates</source>
        <translation>%1 VM (%2 en marche), %3 disques, %4 modèles</translation>
    </message>
</context>
</TS>
