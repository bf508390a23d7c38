<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="de_DE">
<context>
    <name>QObject</name>
    <message>
        <location filename="../src/ui/MainWindow.cpp" line="60"/>
        <source>Search…</source>
        <translation>Suchen…</translation>
    </message>
</context>
<context>
    <name>vman::AttachDialog</name>
    <message>
        <location filename="../src/ui/ResourceDialogs.cpp" line="154"/>
        <source>Attach disk &apos;%1&apos;</source>
        <translation>Festplatte „%1“ anhängen</translation>
    </message>
    <message>
        <location filename="../src/ui/ResourceDialogs.cpp" line="159"/>
        <source>%1 (%2)</source>
        <translation>%1 (%2)</translation>
    </message>
    <message>
        <location filename="../src/ui/ResourceDialogs.cpp" line="160"/>
        <source>&amp;Virtual machine:</source>
        <translation>&amp;Virtuelle Maschine:</translation>
    </message>
    <message>
        <location filename="../src/ui/ResourceDialogs.cpp" line="173"/>
        <source>There is no virtual machine to attach it to</source>
        <translation>Es gibt keine virtuelle Maschine, an die sie angehängt werden kann</translation>
    </message>
</context>
<context>
    <name>vman::ConsoleWindow</name>
    <message>
        <location filename="../src/ui/ConsoleWindow.cpp" line="68"/>
        <source>%1 — console</source>
        <translation>%1 — Konsole</translation>
    </message>
    <message>
        <location filename="../src/ui/ConsoleWindow.cpp" line="108"/>
        <source>%1 is %2</source>
        <translation>%1 ist %2</translation>
    </message>
    <message>
        <location filename="../src/ui/ConsoleWindow.cpp" line="108"/>
        <source>The virtual machine is gone</source>
        <translation>Die virtuelle Maschine existiert nicht mehr</translation>
    </message>
    <message>
        <location filename="../src/ui/ConsoleWindow.cpp" line="110"/>
        <source>No screen</source>
        <translation>Kein Bildschirm</translation>
    </message>
    <message>
        <location filename="../src/ui/ConsoleWindow.cpp" line="121"/>
        <source>%1 is running — type into the serial console below</source>
        <translation>%1 läuft — tippen Sie unten in die serielle Konsole</translation>
    </message>
    <message>
        <location filename="../src/ui/ConsoleWindow.cpp" line="122"/>
        <source>%1 is running — serial console not connected</source>
        <translation>%1 läuft — serielle Konsole nicht verbunden</translation>
    </message>
</context>
<context>
    <name>vman::DiskDialog</name>
    <message>
        <location filename="../src/ui/ResourceDialogs.cpp" line="120"/>
        <source>New disk</source>
        <translation>Neue Festplatte</translation>
    </message>
    <message>
        <location filename="../src/ui/ResourceDialogs.cpp" line="126"/>
        <source> GiB</source>
        <translation> GiB</translation>
    </message>
    <message>
        <location filename="../src/ui/ResourceDialogs.cpp" line="129"/>
        <source>optional: a name is generated</source>
        <translation>optional: ein Name wird erzeugt</translation>
    </message>
    <message>
        <location filename="../src/ui/ResourceDialogs.cpp" line="130"/>
        <source>&amp;Size:</source>
        <translation>&amp;Größe:</translation>
    </message>
    <message>
        <location filename="../src/ui/ResourceDialogs.cpp" line="131"/>
        <source>&amp;Name:</source>
        <translation>&amp;Name:</translation>
    </message>
</context>
<context>
    <name>vman::DiskTableModel</name>
    <message>
        <location filename="../src/ui/DiskTableModel.cpp" line="44"/>
        <source>%1 GiB</source>
        <translation>%1 GiB</translation>
    </message>
    <message>
        <location filename="../src/ui/DiskTableModel.cpp" line="45"/>
        <source>ok</source>
        <translation>ok</translation>
    </message>
    <message>
        <location filename="../src/ui/DiskTableModel.cpp" line="45"/>
        <source>error</source>
        <translation>Fehler</translation>
    </message>
    <message>
        <location filename="../src/ui/DiskTableModel.cpp" line="79"/>
        <source>Name</source>
        <translation>Name</translation>
    </message>
    <message>
        <location filename="../src/ui/DiskTableModel.cpp" line="80"/>
        <source>Size</source>
        <translation>Größe</translation>
    </message>
    <message>
        <location filename="../src/ui/DiskTableModel.cpp" line="81"/>
        <source>State</source>
        <translation>Zustand</translation>
    </message>
    <message>
        <location filename="../src/ui/DiskTableModel.cpp" line="82"/>
        <source>Attached to</source>
        <translation>Angehängt an</translation>
    </message>
    <message>
        <location filename="../src/ui/DiskTableModel.cpp" line="83"/>
        <source>Created</source>
        <translation>Erstellt</translation>
    </message>
</context>
<context>
    <name>vman::FormDialog</name>
    <message>
        <location filename="../src/ui/FormDialog.cpp" line="34"/>
        <source>%1: %2</source>
        <translation>%1: %2</translation>
    </message>
</context>
<context>
    <name>vman::LogDock</name>
    <message>
        <location filename="../src/ui/LogDock.cpp" line="14"/>
        <source>Log</source>
        <translation>Protokoll</translation>
    </message>
    <message>
        <location filename="../src/ui/LogDock.cpp" line="22"/>
        <source>Debug and above</source>
        <translation>Debug und höher</translation>
    </message>
    <message>
        <location filename="../src/ui/LogDock.cpp" line="23"/>
        <source>Info and above</source>
        <translation>Info und höher</translation>
    </message>
    <message>
        <location filename="../src/ui/LogDock.cpp" line="24"/>
        <source>Warnings and errors</source>
        <translation>Warnungen und Fehler</translation>
    </message>
    <message>
        <location filename="../src/ui/LogDock.cpp" line="25"/>
        <source>Errors only</source>
        <translation>Nur Fehler</translation>
    </message>
    <message>
        <location filename="../src/ui/LogDock.cpp" line="29"/>
        <source>Search the log…</source>
        <translation>Protokoll durchsuchen…</translation>
    </message>
</context>
<context>
    <name>vman::MainWindow</name>
    <message>
        <location filename="../src/ui/MainWindow.cpp" line="71"/>
        <source>VMAN</source>
        <translation>VMAN</translation>
    </message>
    <message>
        <location filename="../src/ui/MainWindow.cpp" line="95"/>
        <source>&amp;Machines</source>
        <translation>&amp;Maschinen</translation>
    </message>
    <message>
        <location filename="../src/ui/MainWindow.cpp" line="96"/>
        <source>&amp;Disks</source>
        <translation>&amp;Festplatten</translation>
    </message>
    <message>
        <location filename="../src/ui/MainWindow.cpp" line="97"/>
        <source>&amp;Templates</source>
        <translation>&amp;Vorlagen</translation>
    </message>
    <message>
        <location filename="../src/ui/MainWindow.cpp" line="106"/>
        <source>&amp;Log</source>
        <translation>&amp;Protokoll</translation>
    </message>
    <message>
        <location filename="../src/ui/MainWindow.cpp" line="155"/>
        <source>&amp;New VM…</source>
        <translation>&amp;Neue VM…</translation>
    </message>
    <message>
        <location filename="../src/ui/MainWindow.cpp" line="155"/>
        <source>Create a virtual machine from a template</source>
        <translation>Eine virtuelle Maschine aus einer Vorlage erstellen</translation>
    </message>
    <message>
        <location filename="../src/ui/MainWindow.cpp" line="156"/>
        <source>&amp;Start</source>
        <translation>&amp;Starten</translation>
    </message>
    <message>
        <location filename="../src/ui/MainWindow.cpp" line="156"/>
        <source>Start the selected virtual machines</source>
        <translation>Die ausgewählten virtuellen Maschinen starten</translation>
    </message>
    <message>
        <location filename="../src/ui/MainWindow.cpp" line="157"/>
        <source>S&amp;top</source>
        <translation>S&amp;toppen</translation>
    </message>
    <message>
        <location filename="../src/ui/MainWindow.cpp" line="157"/>
        <source>Shut the selected virtual machines down (ACPI power button)</source>
        <translation>Die ausgewählten virtuellen Maschinen herunterfahren (ACPI-Ein/Aus-Taste)</translation>
    </message>
    <message>
        <location filename="../src/ui/MainWindow.cpp" line="158"/>
        <source>&amp;Force stop</source>
        <translation>Sofort &amp;ausschalten</translation>
    </message>
    <message>
        <location filename="../src/ui/MainWindow.cpp" line="158"/>
        <source>Stop the selected virtual machines at once</source>
        <translation>Die ausgewählten virtuellen Maschinen sofort ausschalten</translation>
    </message>
    <message>
        <location filename="../src/ui/MainWindow.cpp" line="159"/>
        <source>&amp;Restart</source>
        <translation>Neu sta&amp;rten</translation>
    </message>
    <message>
        <location filename="../src/ui/MainWindow.cpp" line="159"/>
        <source>Restart the selected virtual machines</source>
        <translation>Die ausgewählten virtuellen Maschinen neu starten</translation>
    </message>
    <message>
        <location filename="../src/ui/MainWindow.cpp" line="160"/>
        <source>&amp;Console</source>
        <translation>&amp;Konsole</translation>
    </message>
    <message>
        <location filename="../src/ui/MainWindow.cpp" line="160"/>
        <source>Open the screen and serial console of the selected virtual machine</source>
        <translation>Bildschirm und serielle Konsole der ausgewählten virtuellen Maschine öffnen</translation>
    </message>
    <message>
        <location filename="../src/ui/MainWindow.cpp" line="164"/>
        <source>&amp;Delete VM…</source>
        <translation>VM &amp;löschen…</translation>
    </message>
    <message>
        <location filename="../src/ui/MainWindow.cpp" line="164"/>
        <source>Delete the selected virtual machines</source>
        <translation>Die ausgewählten virtuellen Maschinen löschen</translation>
    </message>
    <message>
        <location filename="../src/ui/MainWindow.cpp" line="165"/>
        <source>New &amp;disk…</source>
        <translation>Neue &amp;Festplatte…</translation>
    </message>
    <message>
        <location filename="../src/ui/MainWindow.cpp" line="165"/>
        <source>Create a disk</source>
        <translation>Eine Festplatte erstellen</translation>
    </message>
    <message>
        <location filename="../src/ui/MainWindow.cpp" line="166"/>
        <source>&amp;Attach…</source>
        <translation>&amp;Anhängen…</translation>
    </message>
    <message>
        <location filename="../src/ui/MainWindow.cpp" line="166"/>
        <source>Attach the selected disk to a virtual machine</source>
        <translation>Die ausgewählte Festplatte an eine virtuelle Maschine anhängen</translation>
    </message>
    <message>
        <location filename="../src/ui/MainWindow.cpp" line="167"/>
        <source>De&amp;tach</source>
        <translation>A&amp;bhängen</translation>
    </message>
    <message>
        <location filename="../src/ui/MainWindow.cpp" line="167"/>
        <source>Detach the selected disk from its virtual machine</source>
        <translation>Die ausgewählte Festplatte von ihrer virtuellen Maschine abhängen</translation>
    </message>
    <message>
        <location filename="../src/ui/MainWindow.cpp" line="168"/>
        <source>Delete disk…</source>
        <translation>Festplatte löschen…</translation>
    </message>
    <message>
        <location filename="../src/ui/MainWindow.cpp" line="168"/>
        <source>Delete the selected disk and its image file</source>
        <translation>Die ausgewählte Festplatte und ihre Abbilddatei löschen</translation>
    </message>
    <message>
        <location filename="../src/ui/MainWindow.cpp" line="169"/>
        <source>New &amp;template…</source>
        <translation>Neue &amp;Vorlage…</translation>
    </message>
    <message>
        <location filename="../src/ui/MainWindow.cpp" line="169"/>
        <source>Create a size template</source>
        <translation>Eine Größenvorlage erstellen</translation>
    </message>
    <message>
        <location filename="../src/ui/MainWindow.cpp" line="170"/>
        <source>Delete template…</source>
        <translation>Vorlage löschen…</translation>
    </message>
    <message>
        <location filename="../src/ui/MainWindow.cpp" line="170"/>
        <source>Delete the selected template</source>
        <translation>Die ausgewählte Vorlage löschen</translation>
    </message>
    <message>
        <location filename="../src/ui/MainWindow.cpp" line="171"/>
        <source>&amp;Settings…</source>
        <translation>&amp;Einstellungen…</translation>
    </message>
    <message>
        <location filename="../src/ui/MainWindow.cpp" line="171"/>
        <source>Change VMAN&apos;s settings</source>
        <translation>Die Einstellungen von VMAN ändern</translation>
    </message>
    <message>
        <location filename="../src/ui/MainWindow.cpp" line="172"/>
        <source>&amp;About VMAN</source>
        <translation>&amp;Über VMAN</translation>
    </message>
    <message>
        <location filename="../src/ui/MainWindow.cpp" line="172"/>
        <source>Version, license and where the API is</source>
        <translation>Version, Lizenz und Adresse der API</translation>
    </message>
    <message>
        <location filename="../src/ui/MainWindow.cpp" line="173"/>
        <source>&amp;Quit</source>
        <translation>&amp;Beenden</translation>
    </message>
    <message>
        <location filename="../src/ui/MainWindow.cpp" line="173"/>
        <source>Close VMAN (virtual machines keep running)</source>
        <translation>VMAN schließen (virtuelle Maschinen laufen weiter)</translation>
    </message>
    <message>
        <location filename="../src/ui/MainWindow.cpp" line="188"/>
        <source>&amp;File</source>
        <translation>&amp;Datei</translation>
    </message>
    <message>
        <location filename="../src/ui/MainWindow.cpp" line="192"/>
        <source>&amp;Machine</source>
        <translation>&amp;Maschine</translation>
    </message>
    <message>
        <location filename="../src/ui/MainWindow.cpp" line="195"/>
        <source>&amp;Disk</source>
        <translation>&amp;Festplatte</translation>
    </message>
    <message>
        <location filename="../src/ui/MainWindow.cpp" line="198"/>
        <source>&amp;Template</source>
        <translation>&amp;Vorlage</translation>
    </message>
    <message>
        <location filename="../src/ui/MainWindow.cpp" line="201"/>
        <source>&amp;View</source>
        <translation>&amp;Ansicht</translation>
    </message>
    <message>
        <location filename="../src/ui/MainWindow.cpp" line="202"/>
        <source>&amp;Help</source>
        <translation>&amp;Hilfe</translation>
    </message>
    <message>
        <location filename="../src/ui/MainWindow.cpp" line="205"/>
        <source>Main</source>
        <translation>Haupt</translation>
    </message>
    <message>
        <location filename="../src/ui/MainWindow.cpp" line="232"/>
        <source>All states</source>
        <translation>Alle Zustände</translation>
    </message>
    <message>
        <location filename="../src/ui/MainWindow.cpp" line="288"/>
        <source>&lt;h3&gt;VMAN %1&lt;/h3&gt;&lt;p&gt;Manages QEMU virtual machines on this computer, in this window and through its REST API at &lt;a href=&quot;%2&quot;&gt;%2&lt;/a&gt; (documentation: &lt;a href=&quot;%2/docs&quot;&gt;%2/docs&lt;/a&gt;).&lt;/p&gt;&lt;p&gt;Copyright © 2026 the VMAN developers.&lt;br&gt;License: GNU General Public License, version 3 or any later version (GPL-3.0-or-later). VMAN is free software and comes with ABSOLUTELY NO WARRANTY; see the file LICENSE or &lt;a href=&quot;https://www.gnu.org/licenses/gpl-3.0.html&quot;&gt;gnu.org/licenses&lt;/a&gt;.&lt;/p&gt;&lt;p&gt;Built with Qt %3; running QEMU from your system.&lt;/p&gt;</source>
        <translation>&lt;h3&gt;VMAN %1&lt;/h3&gt;&lt;p&gt;Verwaltet virtuelle QEMU-Maschinen auf diesem Computer, in diesem Fenster und über seine REST-API unter &lt;a href=&quot;%2&quot;&gt;%2&lt;/a&gt; (Dokumentation: &lt;a href=&quot;%2/docs&quot;&gt;%2/docs&lt;/a&gt;).&lt;/p&gt;&lt;p&gt;Copyright © 2026 die VMAN-Entwickler.&lt;br&gt;Lizenz: GNU General Public License, Version 3 oder jede spätere Version (GPL-3.0-or-later). VMAN ist freie Software und wird OHNE JEGLICHE GEWÄHRLEISTUNG bereitgestellt; siehe die Datei LICENSE oder &lt;a href=&quot;https://www.gnu.org/licenses/gpl-3.0.html&quot;&gt;gnu.org/licenses&lt;/a&gt;.&lt;/p&gt;&lt;p&gt;Erstellt mit Qt %3; QEMU kommt von Ihrem System.&lt;/p&gt;</translation>
    </message>
    <message>
        <location filename="../src/ui/MainWindow.cpp" line="301"/>
        <source>About VMAN</source>
        <translation>Über VMAN</translation>
    </message>
    <message>
        <location filename="../src/ui/MainWindow.cpp" line="308"/>
        <source>The REST API of this VMAN; click to copy the address</source>
        <translation>Die REST-API dieses VMAN; klicken, um die Adresse zu kopieren</translation>
    </message>
    <message>
        <location filename="../src/ui/MainWindow.cpp" line="311"/>
        <source>Copied %1</source>
        <translation>%1 kopiert</translation>
    </message>
    <message>
        <location filename="../src/ui/MainWindow.cpp" line="327"/>
        <source>%1 running / %2 VMs</source>
        <translation>%1 laufen / %2 VMs</translation>
    </message>
    <message>
        <location filename="../src/ui/MainWindow.cpp" line="330"/>
        <source>Observer: ok</source>
        <translation>Observer: ok</translation>
    </message>
    <message>
        <location filename="../src/ui/MainWindow.cpp" line="330"/>
        <source>Observer: not running</source>
        <translation>Observer: läuft nicht</translation>
    </message>
    <message>
        <location filename="../src/ui/MainWindow.cpp" line="332"/>
        <source> (last pass %1 s ago)</source>
        <translation> (letzter Durchlauf vor %1 s)</translation>
    </message>
    <message>
        <location filename="../src/ui/MainWindow.cpp" line="415"/>
        <source>%1 failed: %2</source>
        <translation>%1 fehlgeschlagen: %2</translation>
    </message>
    <message>
        <location filename="../src/ui/MainWindow.cpp" line="434"/>
        <source>Creating template</source>
        <translation>Vorlage erstellen</translation>
    </message>
    <message>
        <location filename="../src/ui/MainWindow.cpp" line="442"/>
        <source>Delete template</source>
        <translation>Vorlage löschen</translation>
    </message>
    <message>
        <location filename="../src/ui/MainWindow.cpp" line="442"/>
        <source>Delete template &apos;%1&apos;?</source>
        <translation>Vorlage „%1“ löschen?</translation>
    </message>
    <message>
        <location filename="../src/ui/MainWindow.cpp" line="446"/>
        <source>Deleting template</source>
        <translation>Vorlage löschen</translation>
    </message>
    <message>
        <location filename="../src/ui/MainWindow.cpp" line="456"/>
        <source>Creating VM</source>
        <translation>VM erstellen</translation>
    </message>
    <message>
        <location filename="../src/ui/MainWindow.cpp" line="466"/>
        <source>Starting &apos;%1&apos;</source>
        <translation>„%1“ starten</translation>
    </message>
    <message>
        <location filename="../src/ui/MainWindow.cpp" line="478"/>
        <source>Stopping &apos;%1&apos;</source>
        <translation>„%1“ stoppen</translation>
    </message>
    <message>
        <location filename="../src/ui/MainWindow.cpp" line="490"/>
        <source>Restarting &apos;%1&apos;</source>
        <translation>„%1“ neu starten</translation>
    </message>
    <message numerus="yes">
        <location filename="../src/ui/MainWindow.cpp" line="508"/>
        <source>Delete %n virtual machine(s): %1?</source>
        <translation>
            <numerusform>%n virtuelle Maschine löschen: %1?</numerusform>
            <numerusform>%n virtuelle Maschinen löschen: %1?</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../src/ui/MainWindow.cpp" line="509"/>
        <source>Their root disks and everything stored on them are lost. Attached disks are detached and kept.</source>
        <translation>Ihre Systemfestplatten und alles darauf gehen verloren. Angehängte Festplatten werden abgehängt und behalten.</translation>
    </message>
    <message>
        <location filename="../src/ui/MainWindow.cpp" line="511"/>
        <source>Running machines are stopped at once, without shutting down.</source>
        <translation>Laufende Maschinen werden sofort ausgeschaltet, ohne herunterzufahren.</translation>
    </message>
    <message>
        <location filename="../src/ui/MainWindow.cpp" line="512"/>
        <source>Delete virtual machines</source>
        <translation>Virtuelle Maschinen löschen</translation>
    </message>
    <message>
        <location filename="../src/ui/MainWindow.cpp" line="518"/>
        <location filename="../src/ui/MainWindow.cpp" line="574"/>
        <source>Deleting &apos;%1&apos;</source>
        <translation>„%1“ löschen</translation>
    </message>
    <message>
        <location filename="../src/ui/MainWindow.cpp" line="532"/>
        <source>Creating disk</source>
        <translation>Festplatte erstellen</translation>
    </message>
    <message>
        <location filename="../src/ui/MainWindow.cpp" line="547"/>
        <source>Attaching &apos;%1&apos;</source>
        <translation>„%1“ anhängen</translation>
    </message>
    <message>
        <location filename="../src/ui/MainWindow.cpp" line="558"/>
        <source>Detaching &apos;%1&apos;</source>
        <translation>„%1“ abhängen</translation>
    </message>
    <message>
        <location filename="../src/ui/MainWindow.cpp" line="567"/>
        <source>Delete disk</source>
        <translation>Festplatte löschen</translation>
    </message>
    <message>
        <location filename="../src/ui/MainWindow.cpp" line="568"/>
        <source>Delete disk &apos;%1&apos; (%2 GiB)?

Its image file and all data on it are lost.</source>
        <translation>Festplatte „%1“ (%2 GiB) löschen?

Ihre Abbilddatei und alle Daten darauf gehen verloren.</translation>
    </message>
    <message>
        <location filename="../src/ui/MainWindow.cpp" line="605"/>
        <source>Virtual machines keep running</source>
        <translation>Virtuelle Maschinen laufen weiter</translation>
    </message>
    <message>
        <location filename="../src/ui/MainWindow.cpp" line="606"/>
        <source>Closing VMAN leaves your virtual machines running: they are processes of their own. The next VMAN you start takes them over again.</source>
        <translation>Wenn Sie VMAN schließen, laufen Ihre virtuellen Maschinen weiter: Sie sind eigene Prozesse. Das nächste gestartete VMAN übernimmt sie wieder.</translation>
    </message>
</context>
<context>
    <name>vman::SettingsDialog</name>
    <message>
        <location filename="../src/ui/SettingsDialog.cpp" line="46"/>
        <source>Settings</source>
        <translation>Einstellungen</translation>
    </message>
    <message>
        <location filename="../src/ui/SettingsDialog.cpp" line="60"/>
        <source>default: ~/.local/share/vman (or /var/lib/vman as root)</source>
        <translation>Standard: ~/.local/share/vman (oder /var/lib/vman als root)</translation>
    </message>
    <message>
        <location filename="../src/ui/SettingsDialog.cpp" line="61"/>
        <source>none: VMs get an empty 10 GiB disk</source>
        <translation>keine: VMs erhalten eine leere 10-GiB-Festplatte</translation>
    </message>
    <message>
        <location filename="../src/ui/SettingsDialog.cpp" line="63"/>
        <source>Linked clone (instant)</source>
        <translation>Verknüpfter Klon (sofort)</translation>
    </message>
    <message>
        <location filename="../src/ui/SettingsDialog.cpp" line="64"/>
        <source>Full copy (independent)</source>
        <translation>Vollständige Kopie (unabhängig)</translation>
    </message>
    <message>
        <location filename="../src/ui/SettingsDialog.cpp" line="69"/>
        <source>none</source>
        <translation>keine</translation>
    </message>
    <message>
        <location filename="../src/ui/SettingsDialog.cpp" line="74"/>
        <source> s</source>
        <translation> s</translation>
    </message>
    <message>
        <location filename="../src/ui/SettingsDialog.cpp" line="76"/>
        <source>Automatic (KVM when usable)</source>
        <translation>Automatisch (KVM, wenn nutzbar)</translation>
    </message>
    <message>
        <location filename="../src/ui/SettingsDialog.cpp" line="78"/>
        <source>TCG (emulation)</source>
        <translation>TCG (Emulation)</translation>
    </message>
    <message>
        <location filename="../src/ui/SettingsDialog.cpp" line="86"/>
        <source>Browse…</source>
        <translation>Durchsuchen…</translation>
    </message>
    <message>
        <location filename="../src/ui/SettingsDialog.cpp" line="88"/>
        <source>Default boot disk</source>
        <translation>Standard-Startfestplatte</translation>
    </message>
    <message>
        <location filename="../src/ui/SettingsDialog.cpp" line="88"/>
        <source>qcow2 images (*.qcow2);;All files (*)</source>
        <translation>qcow2-Abbilder (*.qcow2);;Alle Dateien (*)</translation>
    </message>
    <message>
        <location filename="../src/ui/SettingsDialog.cpp" line="96"/>
        <source>Storage folder:</source>
        <translation>Speicherordner:</translation>
    </message>
    <message>
        <location filename="../src/ui/SettingsDialog.cpp" line="97"/>
        <source>Default boot disk:</source>
        <translation>Standard-Startfestplatte:</translation>
    </message>
    <message>
        <location filename="../src/ui/SettingsDialog.cpp" line="98"/>
        <source>Root disks:</source>
        <translation>Systemfestplatten:</translation>
    </message>
    <message>
        <location filename="../src/ui/SettingsDialog.cpp" line="99"/>
        <source>API address:</source>
        <translation>API-Adresse:</translation>
    </message>
    <message>
        <location filename="../src/ui/SettingsDialog.cpp" line="100"/>
        <source>API port:</source>
        <translation>API-Port:</translation>
    </message>
    <message>
        <location filename="../src/ui/SettingsDialog.cpp" line="101"/>
        <source>API token:</source>
        <translation>API-Token:</translation>
    </message>
    <message>
        <location filename="../src/ui/SettingsDialog.cpp" line="102"/>
        <source>Observer interval:</source>
        <translation>Observer-Intervall:</translation>
    </message>
    <message>
        <location filename="../src/ui/SettingsDialog.cpp" line="103"/>
        <source>Acceleration:</source>
        <translation>Beschleunigung:</translation>
    </message>
    <message>
        <location filename="../src/ui/SettingsDialog.cpp" line="114"/>
        <source>Set by %1 in the %2; change it there</source>
        <translation>Festgelegt durch %1 in %2; dort ändern</translation>
    </message>
    <message>
        <location filename="../src/ui/SettingsDialog.cpp" line="118"/>
        <source>Stored as %1</source>
        <translation>Gespeichert als %1</translation>
    </message>
    <message>
        <location filename="../src/ui/SettingsDialog.cpp" line="126"/>
        <source>Changes apply the next time VMAN starts. Greyed settings are fixed by environment variables.</source>
        <translation>Änderungen gelten beim nächsten Start von VMAN. Ausgegraute Einstellungen sind durch Umgebungsvariablen festgelegt.</translation>
    </message>
</context>
<context>
    <name>vman::TemplateDialog</name>
    <message>
        <location filename="../src/ui/ResourceDialogs.cpp" line="16"/>
        <source>New template</source>
        <translation>Neue Vorlage</translation>
    </message>
    <message>
        <location filename="../src/ui/ResourceDialogs.cpp" line="20"/>
        <source>e.g. small</source>
        <translation>z. B. small</translation>
    </message>
    <message>
        <location filename="../src/ui/ResourceDialogs.cpp" line="29"/>
        <source> GiB</source>
        <translation> GiB</translation>
    </message>
    <message>
        <location filename="../src/ui/ResourceDialogs.cpp" line="30"/>
        <source>&amp;Name:</source>
        <translation>&amp;Name:</translation>
    </message>
    <message>
        <location filename="../src/ui/ResourceDialogs.cpp" line="31"/>
        <source>&amp;vCPUs:</source>
        <translation>&amp;vCPUs:</translation>
    </message>
    <message>
        <location filename="../src/ui/ResourceDialogs.cpp" line="32"/>
        <source>&amp;RAM:</source>
        <translation>&amp;RAM:</translation>
    </message>
</context>
<context>
    <name>vman::TemplateTableModel</name>
    <message>
        <location filename="../src/ui/TemplateTableModel.cpp" line="82"/>
        <source>%1 GiB</source>
        <translation>%1 GiB</translation>
    </message>
    <message>
        <location filename="../src/ui/TemplateTableModel.cpp" line="96"/>
        <source>Name</source>
        <translation>Name</translation>
    </message>
    <message>
        <location filename="../src/ui/TemplateTableModel.cpp" line="97"/>
        <source>vCPUs</source>
        <translation>vCPUs</translation>
    </message>
    <message>
        <location filename="../src/ui/TemplateTableModel.cpp" line="98"/>
        <source>RAM</source>
        <translation>RAM</translation>
    </message>
    <message>
        <location filename="../src/ui/TemplateTableModel.cpp" line="99"/>
        <source>VMs</source>
        <translation>VMs</translation>
    </message>
    <message>
        <location filename="../src/ui/TemplateTableModel.cpp" line="100"/>
        <source>Created</source>
        <translation>Erstellt</translation>
    </message>
</context>
<context>
    <name>vman::VmDetailPane</name>
    <message>
        <location filename="../src/ui/VmDetailPane.cpp" line="41"/>
        <source>Screen</source>
        <translation>Bildschirm</translation>
    </message>
    <message>
        <location filename="../src/ui/VmDetailPane.cpp" line="43"/>
        <source>Serial console</source>
        <translation>Serielle Konsole</translation>
    </message>
    <message>
        <location filename="../src/ui/VmDetailPane.cpp" line="73"/>
        <source>No virtual machine selected</source>
        <translation>Keine virtuelle Maschine ausgewählt</translation>
    </message>
    <message>
        <location filename="../src/ui/VmDetailPane.cpp" line="76"/>
        <source>No screen</source>
        <translation>Kein Bildschirm</translation>
    </message>
    <message>
        <location filename="../src/ui/VmDetailPane.cpp" line="81"/>
        <source>%1 (%2 GiB)</source>
        <translation>%1 (%2 GiB)</translation>
    </message>
    <message>
        <location filename="../src/ui/VmDetailPane.cpp" line="84"/>
        <source>%1:%2 → %3/%4</source>
        <translation>%1:%2 → %3/%4</translation>
    </message>
    <message>
        <location filename="../src/ui/VmDetailPane.cpp" line="86"/>
        <source>State: %1</source>
        <translation>Zustand: %1</translation>
    </message>
    <message>
        <location filename="../src/ui/VmDetailPane.cpp" line="89"/>
        <source>Template: %1 (%2 vCPU, %3 GiB RAM)</source>
        <translation>Vorlage: %1 (%2 vCPU, %3 GiB RAM)</translation>
    </message>
    <message>
        <location filename="../src/ui/VmDetailPane.cpp" line="90"/>
        <source>Disks: %1</source>
        <translation>Festplatten: %1</translation>
    </message>
    <message>
        <location filename="../src/ui/VmDetailPane.cpp" line="90"/>
        <location filename="../src/ui/VmDetailPane.cpp" line="91"/>
        <source>none</source>
        <translation>keine</translation>
    </message>
    <message>
        <location filename="../src/ui/VmDetailPane.cpp" line="91"/>
        <source>Port forwards: %1</source>
        <translation>Portweiterleitungen: %1</translation>
    </message>
    <message>
        <location filename="../src/ui/VmDetailPane.cpp" line="92"/>
        <source>Created: %1</source>
        <translation>Erstellt: %1</translation>
    </message>
    <message>
        <location filename="../src/ui/VmDetailPane.cpp" line="93"/>
        <source>Id: %1</source>
        <translation>Kennung: %1</translation>
    </message>
    <message>
        <location filename="../src/ui/VmDetailPane.cpp" line="101"/>
        <source>Not running</source>
        <translation>Läuft nicht</translation>
    </message>
</context>
<context>
    <name>vman::VmDialog</name>
    <message>
        <location filename="../src/ui/ResourceDialogs.cpp" line="51"/>
        <source>New virtual machine</source>
        <translation>Neue virtuelle Maschine</translation>
    </message>
    <message>
        <location filename="../src/ui/ResourceDialogs.cpp" line="56"/>
        <source>%1 (%2 vCPU, %3 GiB)</source>
        <translation>%1 (%2 vCPU, %3 GiB)</translation>
    </message>
    <message>
        <location filename="../src/ui/ResourceDialogs.cpp" line="59"/>
        <source>optional: a name is generated</source>
        <translation>optional: ein Name wird erzeugt</translation>
    </message>
    <message>
        <location filename="../src/ui/ResourceDialogs.cpp" line="62"/>
        <source>optional, e.g. 2222:22, 8080:80</source>
        <translation>optional, z. B. 2222:22, 8080:80</translation>
    </message>
    <message>
        <location filename="../src/ui/ResourceDialogs.cpp" line="63"/>
        <source>Host ports forwarded to the guest: host:guest[/tcp|udp], separated by commas; an address may come first (0.0.0.0:2222:22).</source>
        <translation>An den Gast weitergeleitete Host-Ports: host:gast[/tcp|udp], durch Kommas getrennt; eine Adresse darf vorangehen (0.0.0.0:2222:22).</translation>
    </message>
    <message>
        <location filename="../src/ui/ResourceDialogs.cpp" line="65"/>
        <source>&amp;Template:</source>
        <translation>&amp;Vorlage:</translation>
    </message>
    <message>
        <location filename="../src/ui/ResourceDialogs.cpp" line="66"/>
        <source>&amp;Name:</source>
        <translation>&amp;Name:</translation>
    </message>
    <message>
        <location filename="../src/ui/ResourceDialogs.cpp" line="67"/>
        <source>&amp;Port forwards:</source>
        <translation>&amp;Portweiterleitungen:</translation>
    </message>
    <message>
        <location filename="../src/ui/ResourceDialogs.cpp" line="82"/>
        <source>&apos;%1&apos; is not host:guest[/protocol]</source>
        <translation>„%1“ hat nicht die Form host:gast[/protokoll]</translation>
    </message>
    <message>
        <location filename="../src/ui/ResourceDialogs.cpp" line="111"/>
        <source>Create a template first</source>
        <translation>Erstellen Sie zuerst eine Vorlage</translation>
    </message>
    <message>
        <location filename="../src/ui/ResourceDialogs.cpp" line="114"/>
        <source>ports</source>
        <translation>Ports</translation>
    </message>
</context>
<context>
    <name>vman::VmTableModel</name>
    <message>
        <location filename="../src/ui/VmTableModel.cpp" line="73"/>
        <source>%1 GiB</source>
        <translation>%1 GiB</translation>
    </message>
    <message>
        <location filename="../src/ui/VmTableModel.cpp" line="103"/>
        <source>Name</source>
        <translation>Name</translation>
    </message>
    <message>
        <location filename="../src/ui/VmTableModel.cpp" line="104"/>
        <source>State</source>
        <translation>Zustand</translation>
    </message>
    <message>
        <location filename="../src/ui/VmTableModel.cpp" line="105"/>
        <source>Template</source>
        <translation>Vorlage</translation>
    </message>
    <message>
        <location filename="../src/ui/VmTableModel.cpp" line="106"/>
        <source>vCPUs</source>
        <translation>vCPUs</translation>
    </message>
    <message>
        <location filename="../src/ui/VmTableModel.cpp" line="107"/>
        <source>RAM</source>
        <translation>RAM</translation>
    </message>
    <message>
        <location filename="../src/ui/VmTableModel.cpp" line="108"/>
        <source>Disks</source>
        <translation>Festplatten</translation>
    </message>
    <message>
        <location filename="../src/ui/VmTableModel.cpp" line="109"/>
        <source>Port forwards</source>
        <translation>Portweiterleitungen</translation>
    </message>
    <message>
        <location filename="../src/ui/VmTableModel.cpp" line="110"/>
        <source>Created</source>
        <translation>Erstellt</translation>
    </message>
</context>
<context>
    <name>vman::ui</name>
    <message>
        <location filename="../src/ui/StateIcons.cpp" line="13"/>
        <source>stopped</source>
        <translation>gestoppt</translation>
    </message>
    <message>
        <location filename="../src/ui/StateIcons.cpp" line="14"/>
        <source>starting</source>
        <translation>startet</translation>
    </message>
    <message>
        <location filename="../src/ui/StateIcons.cpp" line="15"/>
        <source>running</source>
        <translation>läuft</translation>
    </message>
    <message>
        <location filename="../src/ui/StateIcons.cpp" line="16"/>
        <source>stopping</source>
        <translation>stoppt</translation>
    </message>
    <message>
        <location filename="../src/ui/StateIcons.cpp" line="17"/>
        <source>paused</source>
        <translation>pausiert</translation>
    </message>
    <message>
        <location filename="../src/ui/StateIcons.cpp" line="18"/>
        <source>error</source>
        <translation>Fehler</translation>
    </message>
</context>
</TS>
