<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="de_DE">
<context>
    <name>QObject</name>
    <message>
        <location filename="../src/ui/MainWindow.cpp" line="78"/>
        <source>Search…</source>
        <translation>Suchen…</translation>
    </message>
</context>
<context>
    <name>vman::AttachDialog</name>
    <message>
        <location filename="../src/ui/ResourceDialogs.cpp" line="206"/>
        <source>Attach disk &apos;%1&apos;</source>
        <translation>Festplatte „%1“ anhängen</translation>
    </message>
    <message>
        <location filename="../src/ui/ResourceDialogs.cpp" line="211"/>
        <source>%1 (%2)</source>
        <translation>%1 (%2)</translation>
    </message>
    <message>
        <location filename="../src/ui/ResourceDialogs.cpp" line="212"/>
        <source>&amp;Virtual machine:</source>
        <translation>&amp;Virtuelle Maschine:</translation>
    </message>
    <message>
        <location filename="../src/ui/ResourceDialogs.cpp" line="225"/>
        <source>There is no virtual machine to attach it to</source>
        <translation>Es gibt keine virtuelle Maschine, an die sie angehängt werden kann</translation>
    </message>
</context>
<context>
    <name>vman::ConsoleWindow</name>
    <message>
        <location filename="../src/ui/ConsoleWindow.cpp" line="73"/>
        <source>%1 — console</source>
        <translation>%1 — Konsole</translation>
    </message>
    <message>
        <location filename="../src/ui/ConsoleWindow.cpp" line="113"/>
        <source>%1 is %2</source>
        <translation>%1 ist %2</translation>
    </message>
    <message>
        <location filename="../src/ui/ConsoleWindow.cpp" line="113"/>
        <source>The virtual machine is gone</source>
        <translation>Die virtuelle Maschine existiert nicht mehr</translation>
    </message>
    <message>
        <location filename="../src/ui/ConsoleWindow.cpp" line="115"/>
        <source>No screen</source>
        <translation>Kein Bildschirm</translation>
    </message>
    <message>
        <location filename="../src/ui/ConsoleWindow.cpp" line="126"/>
        <source>%1 is running — type into the serial console below</source>
        <translation>%1 läuft — tippen Sie unten in die serielle Konsole</translation>
    </message>
    <message>
        <location filename="../src/ui/ConsoleWindow.cpp" line="127"/>
        <source>%1 is running — serial console not connected</source>
        <translation>%1 läuft — serielle Konsole nicht verbunden</translation>
    </message>
</context>
<context>
    <name>vman::DiskDialog</name>
    <message>
        <location filename="../src/ui/ResourceDialogs.cpp" line="172"/>
        <source>New disk</source>
        <translation>Neue Festplatte</translation>
    </message>
    <message>
        <location filename="../src/ui/ResourceDialogs.cpp" line="178"/>
        <source> GiB</source>
        <translation> GiB</translation>
    </message>
    <message>
        <location filename="../src/ui/ResourceDialogs.cpp" line="181"/>
        <source>optional: a name is generated</source>
        <translation>optional: ein Name wird erzeugt</translation>
    </message>
    <message>
        <location filename="../src/ui/ResourceDialogs.cpp" line="182"/>
        <source>&amp;Size:</source>
        <translation>&amp;Größe:</translation>
    </message>
    <message>
        <location filename="../src/ui/ResourceDialogs.cpp" line="183"/>
        <source>&amp;Name:</source>
        <translation>&amp;Name:</translation>
    </message>
</context>
<context>
    <name>vman::DiskTableModel</name>
    <message>
        <location filename="../src/ui/DiskTableModel.cpp" line="45"/>
        <source>%1 GiB</source>
        <translation>%1 GiB</translation>
    </message>
    <message>
        <location filename="../src/ui/DiskTableModel.cpp" line="46"/>
        <source>ok</source>
        <translation>ok</translation>
    </message>
    <message>
        <location filename="../src/ui/DiskTableModel.cpp" line="46"/>
        <source>error</source>
        <translation>Fehler</translation>
    </message>
    <message>
        <location filename="../src/ui/DiskTableModel.cpp" line="80"/>
        <source>Name</source>
        <translation>Name</translation>
    </message>
    <message>
        <location filename="../src/ui/DiskTableModel.cpp" line="81"/>
        <source>Size</source>
        <translation>Größe</translation>
    </message>
    <message>
        <location filename="../src/ui/DiskTableModel.cpp" line="82"/>
        <source>State</source>
        <translation>Zustand</translation>
    </message>
    <message>
        <location filename="../src/ui/DiskTableModel.cpp" line="83"/>
        <source>Attached to</source>
        <translation>Angehängt an</translation>
    </message>
    <message>
        <location filename="../src/ui/DiskTableModel.cpp" line="84"/>
        <source>Created</source>
        <translation>Erstellt</translation>
    </message>
</context>
<context>
    <name>vman::DownloadImageDialog</name>
    <message>
        <location filename="../src/ui/ImageDialogs.cpp" line="73"/>
        <source>Download image</source>
        <translation>Abbild herunterladen</translation>
    </message>
    <message>
        <location filename="../src/ui/ImageDialogs.cpp" line="79"/>
        <source>%1 (%2, about %3)</source>
        <translation>%1 (%2, etwa %3)</translation>
    </message>
    <message>
        <location filename="../src/ui/ImageDialogs.cpp" line="79"/>
        <source>installer</source>
        <translation>Installationsmedium</translation>
    </message>
    <message>
        <location filename="../src/ui/ImageDialogs.cpp" line="79"/>
        <source>cloud image</source>
        <translation>Cloud-Abbild</translation>
    </message>
    <message>
        <location filename="../src/ui/ImageDialogs.cpp" line="82"/>
        <source>Another URL…</source>
        <translation>Andere URL …</translation>
    </message>
    <message>
        <location filename="../src/ui/ImageDialogs.cpp" line="89"/>
        <source>optional: the download must match it</source>
        <translation>optional: der Download muss dazu passen</translation>
    </message>
    <message>
        <location filename="../src/ui/ImageDialogs.cpp" line="92"/>
        <source>&amp;Image:</source>
        <translation>&amp;Abbild:</translation>
    </message>
    <message>
        <location filename="../src/ui/ImageDialogs.cpp" line="93"/>
        <source>&amp;URL:</source>
        <translation>&amp;URL:</translation>
    </message>
    <message>
        <location filename="../src/ui/ImageDialogs.cpp" line="94"/>
        <source>SHA-&amp;256:</source>
        <translation>SHA-&amp;256:</translation>
    </message>
    <message>
        <location filename="../src/ui/ImageDialogs.cpp" line="95"/>
        <source>&amp;Name:</source>
        <translation>&amp;Name:</translation>
    </message>
    <message>
        <location filename="../src/ui/ImageDialogs.cpp" line="117"/>
        <source>verified against %1</source>
        <translation>geprüft gegen %1</translation>
    </message>
</context>
<context>
    <name>vman::FormDialog</name>
    <message>
        <location filename="../src/ui/FormDialog.cpp" line="35"/>
        <source>%1: %2</source>
        <translation>%1: %2</translation>
    </message>
</context>
<context>
    <name>vman::ImageTableModel</name>
    <message>
        <location filename="../src/ui/ImageTableModel.cpp" line="67"/>
        <source>ISO (installer)</source>
        <translation>ISO (Installation)</translation>
    </message>
    <message>
        <location filename="../src/ui/ImageTableModel.cpp" line="74"/>
        <source>%1 (%2 on disk)</source>
        <translation>%1 (%2 belegt)</translation>
    </message>
    <message>
        <location filename="../src/ui/ImageTableModel.cpp" line="77"/>
        <source>ready (read-only)</source>
        <translation>bereit (schreibgeschützt)</translation>
    </message>
    <message>
        <location filename="../src/ui/ImageTableModel.cpp" line="77"/>
        <source>ready</source>
        <translation>bereit</translation>
    </message>
    <message>
        <location filename="../src/ui/ImageTableModel.cpp" line="79"/>
        <source>error</source>
        <translation>Fehler</translation>
    </message>
    <message>
        <location filename="../src/ui/ImageTableModel.cpp" line="82"/>
        <source>%1 of %2</source>
        <translation>%1 von %2</translation>
    </message>
    <message>
        <location filename="../src/ui/ImageTableModel.cpp" line="83"/>
        <source>%1 arrived</source>
        <translation>%1 empfangen</translation>
    </message>
    <message>
        <location filename="../src/ui/ImageTableModel.cpp" line="100"/>
        <source>SHA-256: %1</source>
        <translation>SHA-256: %1</translation>
    </message>
    <message>
        <location filename="../src/ui/ImageTableModel.cpp" line="116"/>
        <source>Name</source>
        <translation>Name</translation>
    </message>
    <message>
        <location filename="../src/ui/ImageTableModel.cpp" line="117"/>
        <source>Format</source>
        <translation>Format</translation>
    </message>
    <message>
        <location filename="../src/ui/ImageTableModel.cpp" line="118"/>
        <source>Size</source>
        <translation>Größe</translation>
    </message>
    <message>
        <location filename="../src/ui/ImageTableModel.cpp" line="119"/>
        <source>State</source>
        <translation>Zustand</translation>
    </message>
    <message>
        <location filename="../src/ui/ImageTableModel.cpp" line="120"/>
        <source>Source</source>
        <translation>Quelle</translation>
    </message>
    <message>
        <location filename="../src/ui/ImageTableModel.cpp" line="121"/>
        <source>Added</source>
        <translation>Hinzugefügt</translation>
    </message>
</context>
<context>
    <name>vman::ImportImageDialog</name>
    <message>
        <location filename="../src/ui/ImageDialogs.cpp" line="20"/>
        <source>Import image</source>
        <translation>Abbild importieren</translation>
    </message>
    <message>
        <location filename="../src/ui/ImageDialogs.cpp" line="25"/>
        <source>&amp;Browse…</source>
        <translation>&amp;Durchsuchen …</translation>
    </message>
    <message>
        <location filename="../src/ui/ImageDialogs.cpp" line="27"/>
        <source>Choose a disk image or ISO</source>
        <translation>Festplattenabbild oder ISO wählen</translation>
    </message>
    <message>
        <location filename="../src/ui/ImageDialogs.cpp" line="28"/>
        <source>Disk images and ISOs (*.qcow2 *.img *.raw *.iso);;All files (*)</source>
        <translation>Festplattenabbilder und ISOs (*.qcow2 *.img *.raw *.iso);;Alle Dateien (*)</translation>
    </message>
    <message>
        <location filename="../src/ui/ImageDialogs.cpp" line="37"/>
        <source>&amp;File:</source>
        <translation>&amp;Datei:</translation>
    </message>
    <message>
        <location filename="../src/ui/ImageDialogs.cpp" line="38"/>
        <source>&amp;Name:</source>
        <translation>&amp;Name:</translation>
    </message>
</context>
<context>
    <name>vman::InsertCdDialog</name>
    <message>
        <location filename="../src/ui/ImageDialogs.cpp" line="152"/>
        <source>Insert CD into &apos;%1&apos;</source>
        <translation>CD in „%1“ einlegen</translation>
    </message>
    <message>
        <location filename="../src/ui/ImageDialogs.cpp" line="158"/>
        <source>%1 (%2)</source>
        <translation>%1 (%2)</translation>
    </message>
    <message>
        <location filename="../src/ui/ImageDialogs.cpp" line="160"/>
        <source>&amp;ISO image:</source>
        <translation>&amp;ISO-Abbild:</translation>
    </message>
    <message>
        <location filename="../src/ui/ImageDialogs.cpp" line="172"/>
        <source>The image library has no ISO yet: import or download one on the Images tab</source>
        <translation>Die Abbildbibliothek enthält noch kein ISO: importieren oder laden Sie eines im Reiter „Abbilder“ herunter</translation>
    </message>
</context>
<context>
    <name>vman::LogDock</name>
    <message>
        <location filename="../src/ui/LogDock.cpp" line="15"/>
        <source>Log</source>
        <translation>Protokoll</translation>
    </message>
    <message>
        <location filename="../src/ui/LogDock.cpp" line="23"/>
        <source>Debug and above</source>
        <translation>Debug und höher</translation>
    </message>
    <message>
        <location filename="../src/ui/LogDock.cpp" line="24"/>
        <source>Info and above</source>
        <translation>Info und höher</translation>
    </message>
    <message>
        <location filename="../src/ui/LogDock.cpp" line="25"/>
        <source>Warnings and errors</source>
        <translation>Warnungen und Fehler</translation>
    </message>
    <message>
        <location filename="../src/ui/LogDock.cpp" line="26"/>
        <source>Errors only</source>
        <translation>Nur Fehler</translation>
    </message>
    <message>
        <location filename="../src/ui/LogDock.cpp" line="30"/>
        <source>Search the log…</source>
        <translation>Protokoll durchsuchen…</translation>
    </message>
</context>
<context>
    <name>vman::MainWindow</name>
    <message>
        <location filename="../src/ui/MainWindow.cpp" line="89"/>
        <source>VMAN</source>
        <translation>VMAN</translation>
    </message>
    <message>
        <location filename="../src/ui/MainWindow.cpp" line="129"/>
        <source>&amp;Machines</source>
        <translation>&amp;Maschinen</translation>
    </message>
    <message>
        <location filename="../src/ui/MainWindow.cpp" line="130"/>
        <source>&amp;Disks</source>
        <translation>&amp;Festplatten</translation>
    </message>
    <message>
        <location filename="../src/ui/MainWindow.cpp" line="131"/>
        <source>&amp;Templates</source>
        <translation>&amp;Vorlagen</translation>
    </message>
    <message>
        <location filename="../src/ui/MainWindow.cpp" line="132"/>
        <source>&amp;Images</source>
        <translation>A&amp;bbilder</translation>
    </message>
    <message>
        <location filename="../src/ui/MainWindow.cpp" line="141"/>
        <source>&amp;Log</source>
        <translation>&amp;Protokoll</translation>
    </message>
    <message>
        <location filename="../src/ui/MainWindow.cpp" line="196"/>
        <source>&amp;New VM…</source>
        <translation>&amp;Neue VM…</translation>
    </message>
    <message>
        <location filename="../src/ui/MainWindow.cpp" line="196"/>
        <source>Create a virtual machine from a template</source>
        <translation>Eine virtuelle Maschine aus einer Vorlage erstellen</translation>
    </message>
    <message>
        <location filename="../src/ui/MainWindow.cpp" line="197"/>
        <source>&amp;Start</source>
        <translation>&amp;Starten</translation>
    </message>
    <message>
        <location filename="../src/ui/MainWindow.cpp" line="197"/>
        <source>Start the selected virtual machines</source>
        <translation>Die ausgewählten virtuellen Maschinen starten</translation>
    </message>
    <message>
        <location filename="../src/ui/MainWindow.cpp" line="198"/>
        <source>S&amp;top</source>
        <translation>S&amp;toppen</translation>
    </message>
    <message>
        <location filename="../src/ui/MainWindow.cpp" line="198"/>
        <source>Shut the selected virtual machines down (ACPI power button)</source>
        <translation>Die ausgewählten virtuellen Maschinen herunterfahren (ACPI-Ein/Aus-Taste)</translation>
    </message>
    <message>
        <location filename="../src/ui/MainWindow.cpp" line="199"/>
        <source>&amp;Force stop</source>
        <translation>Sofort &amp;ausschalten</translation>
    </message>
    <message>
        <location filename="../src/ui/MainWindow.cpp" line="199"/>
        <source>Stop the selected virtual machines at once</source>
        <translation>Die ausgewählten virtuellen Maschinen sofort ausschalten</translation>
    </message>
    <message>
        <location filename="../src/ui/MainWindow.cpp" line="200"/>
        <source>&amp;Restart</source>
        <translation>Neu sta&amp;rten</translation>
    </message>
    <message>
        <location filename="../src/ui/MainWindow.cpp" line="200"/>
        <source>Restart the selected virtual machines</source>
        <translation>Die ausgewählten virtuellen Maschinen neu starten</translation>
    </message>
    <message>
        <location filename="../src/ui/MainWindow.cpp" line="201"/>
        <source>&amp;Console</source>
        <translation>&amp;Konsole</translation>
    </message>
    <message>
        <location filename="../src/ui/MainWindow.cpp" line="201"/>
        <source>Open the screen and serial console of the selected virtual machine</source>
        <translation>Bildschirm und serielle Konsole der ausgewählten virtuellen Maschine öffnen</translation>
    </message>
    <message>
        <location filename="../src/ui/MainWindow.cpp" line="205"/>
        <source>&amp;Delete VM…</source>
        <translation>VM &amp;löschen…</translation>
    </message>
    <message>
        <location filename="../src/ui/MainWindow.cpp" line="205"/>
        <source>Delete the selected virtual machines</source>
        <translation>Die ausgewählten virtuellen Maschinen löschen</translation>
    </message>
    <message>
        <location filename="../src/ui/MainWindow.cpp" line="206"/>
        <source>New &amp;disk…</source>
        <translation>Neue &amp;Festplatte…</translation>
    </message>
    <message>
        <location filename="../src/ui/MainWindow.cpp" line="206"/>
        <source>Create a disk</source>
        <translation>Eine Festplatte erstellen</translation>
    </message>
    <message>
        <location filename="../src/ui/MainWindow.cpp" line="207"/>
        <source>&amp;Attach…</source>
        <translation>&amp;Anhängen…</translation>
    </message>
    <message>
        <location filename="../src/ui/MainWindow.cpp" line="207"/>
        <source>Attach the selected disk to a virtual machine</source>
        <translation>Die ausgewählte Festplatte an eine virtuelle Maschine anhängen</translation>
    </message>
    <message>
        <location filename="../src/ui/MainWindow.cpp" line="208"/>
        <source>De&amp;tach</source>
        <translation>A&amp;bhängen</translation>
    </message>
    <message>
        <location filename="../src/ui/MainWindow.cpp" line="208"/>
        <source>Detach the selected disk from its virtual machine</source>
        <translation>Die ausgewählte Festplatte von ihrer virtuellen Maschine abhängen</translation>
    </message>
    <message>
        <location filename="../src/ui/MainWindow.cpp" line="209"/>
        <source>Delete disk…</source>
        <translation>Festplatte löschen…</translation>
    </message>
    <message>
        <location filename="../src/ui/MainWindow.cpp" line="209"/>
        <source>Delete the selected disk and its image file</source>
        <translation>Die ausgewählte Festplatte und ihre Abbilddatei löschen</translation>
    </message>
    <message>
        <location filename="../src/ui/MainWindow.cpp" line="210"/>
        <source>New &amp;template…</source>
        <translation>Neue &amp;Vorlage…</translation>
    </message>
    <message>
        <location filename="../src/ui/MainWindow.cpp" line="210"/>
        <source>Create a size template</source>
        <translation>Eine Größenvorlage erstellen</translation>
    </message>
    <message>
        <location filename="../src/ui/MainWindow.cpp" line="211"/>
        <source>Delete template…</source>
        <translation>Vorlage löschen…</translation>
    </message>
    <message>
        <location filename="../src/ui/MainWindow.cpp" line="211"/>
        <source>Delete the selected template</source>
        <translation>Die ausgewählte Vorlage löschen</translation>
    </message>
    <message>
        <location filename="../src/ui/MainWindow.cpp" line="212"/>
        <source>&amp;Insert CD…</source>
        <translation>CD &amp;einlegen …</translation>
    </message>
    <message>
        <location filename="../src/ui/MainWindow.cpp" line="212"/>
        <source>Put an ISO image into the selected virtual machine&apos;s CD-ROM drive</source>
        <translation>Ein ISO-Abbild in das CD-ROM-Laufwerk der gewählten virtuellen Maschine einlegen</translation>
    </message>
    <message>
        <location filename="../src/ui/MainWindow.cpp" line="213"/>
        <source>&amp;Eject CD</source>
        <translation>CD a&amp;uswerfen</translation>
    </message>
    <message>
        <location filename="../src/ui/MainWindow.cpp" line="213"/>
        <source>Empty the selected virtual machine&apos;s CD-ROM drive</source>
        <translation>Das CD-ROM-Laufwerk der gewählten virtuellen Maschine leeren</translation>
    </message>
    <message>
        <location filename="../src/ui/MainWindow.cpp" line="217"/>
        <source>&amp;Import image…</source>
        <translation>Abbild &amp;importieren …</translation>
    </message>
    <message>
        <location filename="../src/ui/MainWindow.cpp" line="217"/>
        <source>Add a disk image or ISO from this computer to the image library</source>
        <translation>Ein Festplattenabbild oder ISO von diesem Rechner in die Abbildbibliothek aufnehmen</translation>
    </message>
    <message>
        <location filename="../src/ui/MainWindow.cpp" line="218"/>
        <source>Do&amp;wnload image…</source>
        <translation>Abbild herunter&amp;laden …</translation>
    </message>
    <message>
        <location filename="../src/ui/MainWindow.cpp" line="218"/>
        <source>Download a well-known image, or one from a URL, into the image library</source>
        <translation>Ein bekanntes Abbild oder eines von einer URL in die Abbildbibliothek herunterladen</translation>
    </message>
    <message>
        <location filename="../src/ui/MainWindow.cpp" line="219"/>
        <location filename="../src/ui/MainWindow.cpp" line="506"/>
        <source>Delete image…</source>
        <translation>Abbild löschen …</translation>
    </message>
    <message>
        <location filename="../src/ui/MainWindow.cpp" line="219"/>
        <source>Delete the selected image, or cancel its download</source>
        <translation>Das gewählte Abbild löschen oder seinen Download abbrechen</translation>
    </message>
    <message>
        <location filename="../src/ui/MainWindow.cpp" line="220"/>
        <source>&amp;Settings…</source>
        <translation>&amp;Einstellungen…</translation>
    </message>
    <message>
        <location filename="../src/ui/MainWindow.cpp" line="220"/>
        <source>Change VMAN&apos;s settings</source>
        <translation>Die Einstellungen von VMAN ändern</translation>
    </message>
    <message>
        <location filename="../src/ui/MainWindow.cpp" line="221"/>
        <source>&amp;About VMAN</source>
        <translation>&amp;Über VMAN</translation>
    </message>
    <message>
        <location filename="../src/ui/MainWindow.cpp" line="221"/>
        <source>Version, license and where the API is</source>
        <translation>Version, Lizenz und Adresse der API</translation>
    </message>
    <message>
        <location filename="../src/ui/MainWindow.cpp" line="222"/>
        <source>&amp;Quit</source>
        <translation>&amp;Beenden</translation>
    </message>
    <message>
        <location filename="../src/ui/MainWindow.cpp" line="222"/>
        <source>Close VMAN (virtual machines keep running)</source>
        <translation>VMAN schließen (virtuelle Maschinen laufen weiter)</translation>
    </message>
    <message>
        <location filename="../src/ui/MainWindow.cpp" line="237"/>
        <source>&amp;File</source>
        <translation>&amp;Datei</translation>
    </message>
    <message>
        <location filename="../src/ui/MainWindow.cpp" line="241"/>
        <source>&amp;Machine</source>
        <translation>&amp;Maschine</translation>
    </message>
    <message>
        <location filename="../src/ui/MainWindow.cpp" line="244"/>
        <source>&amp;Disk</source>
        <translation>&amp;Festplatte</translation>
    </message>
    <message>
        <location filename="../src/ui/MainWindow.cpp" line="247"/>
        <source>&amp;Template</source>
        <translation>&amp;Vorlage</translation>
    </message>
    <message>
        <location filename="../src/ui/MainWindow.cpp" line="250"/>
        <source>Ima&amp;ge</source>
        <translation>Abb&amp;ild</translation>
    </message>
    <message>
        <location filename="../src/ui/MainWindow.cpp" line="253"/>
        <source>&amp;View</source>
        <translation>&amp;Ansicht</translation>
    </message>
    <message>
        <location filename="../src/ui/MainWindow.cpp" line="254"/>
        <source>&amp;Help</source>
        <translation>&amp;Hilfe</translation>
    </message>
    <message>
        <location filename="../src/ui/MainWindow.cpp" line="257"/>
        <source>Main</source>
        <translation>Haupt</translation>
    </message>
    <message>
        <location filename="../src/ui/MainWindow.cpp" line="286"/>
        <source>All states</source>
        <translation>Alle Zustände</translation>
    </message>
    <message>
        <location filename="../src/ui/MainWindow.cpp" line="365"/>
        <source>&lt;h3&gt;VMAN %1&lt;/h3&gt;&lt;p&gt;Manages QEMU virtual machines on this computer, in this window and through its REST API at &lt;a href=&quot;%2&quot;&gt;%2&lt;/a&gt; (documentation: &lt;a href=&quot;%2/docs&quot;&gt;%2/docs&lt;/a&gt;).&lt;/p&gt;&lt;p&gt;Copyright © 2026 the VMAN developers.&lt;br&gt;License: GNU General Public License, version 3 or any later version (GPL-3.0-or-later). VMAN is free software and comes with ABSOLUTELY NO WARRANTY; see the file LICENSE or &lt;a href=&quot;https://www.gnu.org/licenses/gpl-3.0.html&quot;&gt;gnu.org/licenses&lt;/a&gt;.&lt;/p&gt;&lt;p&gt;Built with Qt %3; running QEMU from your system.&lt;/p&gt;</source>
        <translation>&lt;h3&gt;VMAN %1&lt;/h3&gt;&lt;p&gt;Verwaltet virtuelle QEMU-Maschinen auf diesem Computer, in diesem Fenster und über seine REST-API unter &lt;a href=&quot;%2&quot;&gt;%2&lt;/a&gt; (Dokumentation: &lt;a href=&quot;%2/docs&quot;&gt;%2/docs&lt;/a&gt;).&lt;/p&gt;&lt;p&gt;Copyright © 2026 die VMAN-Entwickler.&lt;br&gt;Lizenz: GNU General Public License, Version 3 oder jede spätere Version (GPL-3.0-or-later). VMAN ist freie Software und wird OHNE JEGLICHE GEWÄHRLEISTUNG bereitgestellt; siehe die Datei LICENSE oder &lt;a href=&quot;https://www.gnu.org/licenses/gpl-3.0.html&quot;&gt;gnu.org/licenses&lt;/a&gt;.&lt;/p&gt;&lt;p&gt;Erstellt mit Qt %3; QEMU kommt von Ihrem System.&lt;/p&gt;</translation>
    </message>
    <message>
        <location filename="../src/ui/MainWindow.cpp" line="378"/>
        <source>About VMAN</source>
        <translation>Über VMAN</translation>
    </message>
    <message>
        <location filename="../src/ui/MainWindow.cpp" line="385"/>
        <source>The REST API of this VMAN; click to copy the address</source>
        <translation>Die REST-API dieses VMAN; klicken, um die Adresse zu kopieren</translation>
    </message>
    <message>
        <location filename="../src/ui/MainWindow.cpp" line="388"/>
        <source>Copied %1</source>
        <translation>%1 kopiert</translation>
    </message>
    <message>
        <location filename="../src/ui/MainWindow.cpp" line="404"/>
        <source>%1 running / %2 VMs</source>
        <translation>%1 laufen / %2 VMs</translation>
    </message>
    <message>
        <location filename="../src/ui/MainWindow.cpp" line="407"/>
        <source>Observer: ok</source>
        <translation>Observer: ok</translation>
    </message>
    <message>
        <location filename="../src/ui/MainWindow.cpp" line="407"/>
        <source>Observer: not running</source>
        <translation>Observer: läuft nicht</translation>
    </message>
    <message>
        <location filename="../src/ui/MainWindow.cpp" line="409"/>
        <source> (last pass %1 s ago)</source>
        <translation> (letzter Durchlauf vor %1 s)</translation>
    </message>
    <message>
        <location filename="../src/ui/MainWindow.cpp" line="506"/>
        <location filename="../src/ui/MainWindow.cpp" line="729"/>
        <source>Cancel download</source>
        <translation>Download abbrechen</translation>
    </message>
    <message>
        <location filename="../src/ui/MainWindow.cpp" line="511"/>
        <source>%1 failed: %2</source>
        <translation>%1 fehlgeschlagen: %2</translation>
    </message>
    <message>
        <location filename="../src/ui/MainWindow.cpp" line="530"/>
        <source>Creating template</source>
        <translation>Vorlage erstellen</translation>
    </message>
    <message>
        <location filename="../src/ui/MainWindow.cpp" line="538"/>
        <source>Delete template</source>
        <translation>Vorlage löschen</translation>
    </message>
    <message>
        <location filename="../src/ui/MainWindow.cpp" line="538"/>
        <source>Delete template &apos;%1&apos;?</source>
        <translation>Vorlage „%1“ löschen?</translation>
    </message>
    <message>
        <location filename="../src/ui/MainWindow.cpp" line="542"/>
        <source>Deleting template</source>
        <translation>Vorlage löschen</translation>
    </message>
    <message>
        <location filename="../src/ui/MainWindow.cpp" line="552"/>
        <source>Creating VM</source>
        <translation>VM erstellen</translation>
    </message>
    <message>
        <location filename="../src/ui/MainWindow.cpp" line="565"/>
        <source>Starting &apos;%1&apos;</source>
        <translation>„%1“ starten</translation>
    </message>
    <message>
        <location filename="../src/ui/MainWindow.cpp" line="580"/>
        <source>Stopping &apos;%1&apos;</source>
        <translation>„%1“ stoppen</translation>
    </message>
    <message>
        <location filename="../src/ui/MainWindow.cpp" line="595"/>
        <source>Restarting &apos;%1&apos;</source>
        <translation>„%1“ neu starten</translation>
    </message>
    <message numerus="yes">
        <location filename="../src/ui/MainWindow.cpp" line="617"/>
        <source>Delete %n virtual machine(s): %1?</source>
        <translation>
            <numerusform>%n virtuelle Maschine löschen: %1?</numerusform>
            <numerusform>%n virtuelle Maschinen löschen: %1?</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../src/ui/MainWindow.cpp" line="618"/>
        <source>Their root disks and everything stored on them are lost. Attached disks are detached and kept.</source>
        <translation>Ihre Systemfestplatten und alles darauf gehen verloren. Angehängte Festplatten werden abgehängt und behalten.</translation>
    </message>
    <message>
        <location filename="../src/ui/MainWindow.cpp" line="620"/>
        <source>Running machines are stopped at once, without shutting down.</source>
        <translation>Laufende Maschinen werden sofort ausgeschaltet, ohne herunterzufahren.</translation>
    </message>
    <message>
        <location filename="../src/ui/MainWindow.cpp" line="621"/>
        <source>Delete virtual machines</source>
        <translation>Virtuelle Maschinen löschen</translation>
    </message>
    <message>
        <location filename="../src/ui/MainWindow.cpp" line="630"/>
        <location filename="../src/ui/MainWindow.cpp" line="687"/>
        <location filename="../src/ui/MainWindow.cpp" line="735"/>
        <source>Deleting &apos;%1&apos;</source>
        <translation>„%1“ löschen</translation>
    </message>
    <message>
        <location filename="../src/ui/MainWindow.cpp" line="644"/>
        <source>Creating disk</source>
        <translation>Festplatte erstellen</translation>
    </message>
    <message>
        <location filename="../src/ui/MainWindow.cpp" line="660"/>
        <source>Attaching &apos;%1&apos;</source>
        <translation>„%1“ anhängen</translation>
    </message>
    <message>
        <location filename="../src/ui/MainWindow.cpp" line="671"/>
        <source>Detaching &apos;%1&apos;</source>
        <translation>„%1“ abhängen</translation>
    </message>
    <message>
        <location filename="../src/ui/MainWindow.cpp" line="680"/>
        <source>Delete disk</source>
        <translation>Festplatte löschen</translation>
    </message>
    <message>
        <location filename="../src/ui/MainWindow.cpp" line="681"/>
        <source>Delete disk &apos;%1&apos; (%2 GiB)?

Its image file and all data on it are lost.</source>
        <translation>Festplatte „%1“ (%2 GiB) löschen?

Ihre Abbilddatei und alle Daten darauf gehen verloren.</translation>
    </message>
    <message>
        <location filename="../src/ui/MainWindow.cpp" line="693"/>
        <source>Import a disk image or ISO</source>
        <translation>Festplattenabbild oder ISO importieren</translation>
    </message>
    <message>
        <location filename="../src/ui/MainWindow.cpp" line="694"/>
        <source>Disk images and ISOs (*.qcow2 *.img *.raw *.iso);;All files (*)</source>
        <translation>Festplattenabbilder und ISOs (*.qcow2 *.img *.raw *.iso);;Alle Dateien (*)</translation>
    </message>
    <message>
        <location filename="../src/ui/MainWindow.cpp" line="704"/>
        <source>Importing &apos;%1&apos;</source>
        <translation>Import von „%1“</translation>
    </message>
    <message>
        <location filename="../src/ui/MainWindow.cpp" line="716"/>
        <source>Downloading &apos;%1&apos;</source>
        <translation>Download von „%1“</translation>
    </message>
    <message>
        <location filename="../src/ui/MainWindow.cpp" line="726"/>
        <source>Cancel the download of &apos;%1&apos;? What arrived so far is removed.</source>
        <translation>Download von „%1“ abbrechen? Was bisher angekommen ist, wird entfernt.</translation>
    </message>
    <message>
        <location filename="../src/ui/MainWindow.cpp" line="727"/>
        <source>Delete image &apos;%1&apos; (%2)?

Its file is removed from the image library.</source>
        <translation>Abbild „%1“ (%2) löschen?

Seine Datei wird aus der Abbildbibliothek entfernt.</translation>
    </message>
    <message>
        <location filename="../src/ui/MainWindow.cpp" line="729"/>
        <source>Delete image</source>
        <translation>Abbild löschen</translation>
    </message>
    <message>
        <location filename="../src/ui/MainWindow.cpp" line="749"/>
        <source>Inserting a CD into &apos;%1&apos;</source>
        <translation>Einlegen einer CD in „%1“</translation>
    </message>
    <message>
        <location filename="../src/ui/MainWindow.cpp" line="760"/>
        <source>Ejecting the CD of &apos;%1&apos;</source>
        <translation>Auswerfen der CD von „%1“</translation>
    </message>
    <message>
        <location filename="../src/ui/MainWindow.cpp" line="771"/>
        <source>&apos;%1&apos; booted from its CD (%2) and has now %3. If an installation finished, eject the CD so that the next boot starts the installed system. &lt;a href=&quot;eject&quot;&gt;Eject the CD&lt;/a&gt; · &lt;a href=&quot;keep&quot;&gt;Keep it&lt;/a&gt;</source>
        <translation>„%1“ ist von seiner CD (%2) gestartet und wurde nun %3. Ist eine Installation fertig, werfen Sie die CD aus, damit der nächste Start das installierte System bootet. &lt;a href=&quot;eject&quot;&gt;CD auswerfen&lt;/a&gt; · &lt;a href=&quot;keep&quot;&gt;Behalten&lt;/a&gt;</translation>
    </message>
    <message>
        <location filename="../src/ui/MainWindow.cpp" line="774"/>
        <source>powered off</source>
        <translation>ausgeschaltet</translation>
    </message>
    <message>
        <location filename="../src/ui/MainWindow.cpp" line="774"/>
        <source>restarted</source>
        <translation>neu gestartet</translation>
    </message>
    <message>
        <location filename="../src/ui/MainWindow.cpp" line="805"/>
        <source>Virtual machines keep running</source>
        <translation>Virtuelle Maschinen laufen weiter</translation>
    </message>
    <message>
        <location filename="../src/ui/MainWindow.cpp" line="806"/>
        <source>Closing VMAN leaves your virtual machines running: they are processes of their own. The next VMAN you start takes them over again.</source>
        <translation>Wenn Sie VMAN schließen, laufen Ihre virtuellen Maschinen weiter: Sie sind eigene Prozesse. Das nächste gestartete VMAN übernimmt sie wieder.</translation>
    </message>
</context>
<context>
    <name>vman::SettingsDialog</name>
    <message>
        <location filename="../src/ui/SettingsDialog.cpp" line="47"/>
        <source>Settings</source>
        <translation>Einstellungen</translation>
    </message>
    <message>
        <location filename="../src/ui/SettingsDialog.cpp" line="61"/>
        <source>default: ~/.local/share/vman (or /var/lib/vman as root)</source>
        <translation>Standard: ~/.local/share/vman (oder /var/lib/vman als root)</translation>
    </message>
    <message>
        <location filename="../src/ui/SettingsDialog.cpp" line="62"/>
        <source>none: VMs get an empty 10 GiB disk</source>
        <translation>keine: VMs erhalten eine leere 10-GiB-Festplatte</translation>
    </message>
    <message>
        <location filename="../src/ui/SettingsDialog.cpp" line="64"/>
        <source>Linked clone (instant)</source>
        <translation>Verknüpfter Klon (sofort)</translation>
    </message>
    <message>
        <location filename="../src/ui/SettingsDialog.cpp" line="65"/>
        <source>Full copy (independent)</source>
        <translation>Vollständige Kopie (unabhängig)</translation>
    </message>
    <message>
        <location filename="../src/ui/SettingsDialog.cpp" line="70"/>
        <source>none</source>
        <translation>keine</translation>
    </message>
    <message>
        <location filename="../src/ui/SettingsDialog.cpp" line="75"/>
        <source> s</source>
        <translation> s</translation>
    </message>
    <message>
        <location filename="../src/ui/SettingsDialog.cpp" line="77"/>
        <source>Automatic (KVM when usable)</source>
        <translation>Automatisch (KVM, wenn nutzbar)</translation>
    </message>
    <message>
        <location filename="../src/ui/SettingsDialog.cpp" line="79"/>
        <source>TCG (emulation)</source>
        <translation>TCG (Emulation)</translation>
    </message>
    <message>
        <location filename="../src/ui/SettingsDialog.cpp" line="87"/>
        <source>Browse…</source>
        <translation>Durchsuchen…</translation>
    </message>
    <message>
        <location filename="../src/ui/SettingsDialog.cpp" line="89"/>
        <source>Default boot disk</source>
        <translation>Standard-Startfestplatte</translation>
    </message>
    <message>
        <location filename="../src/ui/SettingsDialog.cpp" line="89"/>
        <source>qcow2 images (*.qcow2);;All files (*)</source>
        <translation>qcow2-Abbilder (*.qcow2);;Alle Dateien (*)</translation>
    </message>
    <message>
        <location filename="../src/ui/SettingsDialog.cpp" line="97"/>
        <source>Storage folder:</source>
        <translation>Speicherordner:</translation>
    </message>
    <message>
        <location filename="../src/ui/SettingsDialog.cpp" line="98"/>
        <source>Default boot disk:</source>
        <translation>Standard-Startfestplatte:</translation>
    </message>
    <message>
        <location filename="../src/ui/SettingsDialog.cpp" line="99"/>
        <source>Root disks:</source>
        <translation>Systemfestplatten:</translation>
    </message>
    <message>
        <location filename="../src/ui/SettingsDialog.cpp" line="100"/>
        <source>API address:</source>
        <translation>API-Adresse:</translation>
    </message>
    <message>
        <location filename="../src/ui/SettingsDialog.cpp" line="101"/>
        <source>API port:</source>
        <translation>API-Port:</translation>
    </message>
    <message>
        <location filename="../src/ui/SettingsDialog.cpp" line="102"/>
        <source>API token:</source>
        <translation>API-Token:</translation>
    </message>
    <message>
        <location filename="../src/ui/SettingsDialog.cpp" line="103"/>
        <source>Observer interval:</source>
        <translation>Observer-Intervall:</translation>
    </message>
    <message>
        <location filename="../src/ui/SettingsDialog.cpp" line="104"/>
        <source>Acceleration:</source>
        <translation>Beschleunigung:</translation>
    </message>
    <message>
        <location filename="../src/ui/SettingsDialog.cpp" line="115"/>
        <source>Set by %1 in the %2; change it there</source>
        <translation>Festgelegt durch %1 in %2; dort ändern</translation>
    </message>
    <message>
        <location filename="../src/ui/SettingsDialog.cpp" line="119"/>
        <source>Stored as %1</source>
        <translation>Gespeichert als %1</translation>
    </message>
    <message>
        <location filename="../src/ui/SettingsDialog.cpp" line="127"/>
        <source>Changes apply the next time VMAN starts. Greyed settings are fixed by environment variables.</source>
        <translation>Änderungen gelten beim nächsten Start von VMAN. Ausgegraute Einstellungen sind durch Umgebungsvariablen festgelegt.</translation>
    </message>
</context>
<context>
    <name>vman::TemplateDialog</name>
    <message>
        <location filename="../src/ui/ResourceDialogs.cpp" line="19"/>
        <source>New template</source>
        <translation>Neue Vorlage</translation>
    </message>
    <message>
        <location filename="../src/ui/ResourceDialogs.cpp" line="23"/>
        <source>e.g. small</source>
        <translation>z. B. small</translation>
    </message>
    <message>
        <location filename="../src/ui/ResourceDialogs.cpp" line="32"/>
        <source> GiB</source>
        <translation> GiB</translation>
    </message>
    <message>
        <location filename="../src/ui/ResourceDialogs.cpp" line="33"/>
        <source>&amp;Name:</source>
        <translation>&amp;Name:</translation>
    </message>
    <message>
        <location filename="../src/ui/ResourceDialogs.cpp" line="34"/>
        <source>&amp;vCPUs:</source>
        <translation>&amp;vCPUs:</translation>
    </message>
    <message>
        <location filename="../src/ui/ResourceDialogs.cpp" line="35"/>
        <source>&amp;RAM:</source>
        <translation>&amp;RAM:</translation>
    </message>
</context>
<context>
    <name>vman::TemplateTableModel</name>
    <message>
        <location filename="../src/ui/TemplateTableModel.cpp" line="83"/>
        <source>%1 GiB</source>
        <translation>%1 GiB</translation>
    </message>
    <message>
        <location filename="../src/ui/TemplateTableModel.cpp" line="97"/>
        <source>Name</source>
        <translation>Name</translation>
    </message>
    <message>
        <location filename="../src/ui/TemplateTableModel.cpp" line="98"/>
        <source>vCPUs</source>
        <translation>vCPUs</translation>
    </message>
    <message>
        <location filename="../src/ui/TemplateTableModel.cpp" line="99"/>
        <source>RAM</source>
        <translation>RAM</translation>
    </message>
    <message>
        <location filename="../src/ui/TemplateTableModel.cpp" line="100"/>
        <source>VMs</source>
        <translation>VMs</translation>
    </message>
    <message>
        <location filename="../src/ui/TemplateTableModel.cpp" line="101"/>
        <source>Created</source>
        <translation>Erstellt</translation>
    </message>
</context>
<context>
    <name>vman::VmDetailPane</name>
    <message>
        <location filename="../src/ui/VmDetailPane.cpp" line="45"/>
        <source>Screen</source>
        <translation>Bildschirm</translation>
    </message>
    <message>
        <location filename="../src/ui/VmDetailPane.cpp" line="47"/>
        <source>Serial console</source>
        <translation>Serielle Konsole</translation>
    </message>
    <message>
        <location filename="../src/ui/VmDetailPane.cpp" line="77"/>
        <source>No virtual machine selected</source>
        <translation>Keine virtuelle Maschine ausgewählt</translation>
    </message>
    <message>
        <location filename="../src/ui/VmDetailPane.cpp" line="80"/>
        <source>No screen</source>
        <translation>Kein Bildschirm</translation>
    </message>
    <message>
        <location filename="../src/ui/VmDetailPane.cpp" line="85"/>
        <source>%1 (%2 GiB)</source>
        <translation>%1 (%2 GiB)</translation>
    </message>
    <message>
        <location filename="../src/ui/VmDetailPane.cpp" line="88"/>
        <source>%1:%2 → %3/%4</source>
        <translation>%1:%2 → %3/%4</translation>
    </message>
    <message>
        <location filename="../src/ui/VmDetailPane.cpp" line="90"/>
        <source>State: %1</source>
        <translation>Zustand: %1</translation>
    </message>
    <message>
        <location filename="../src/ui/VmDetailPane.cpp" line="93"/>
        <source>Template: %1 (%2 vCPU, %3 GiB RAM)</source>
        <translation>Vorlage: %1 (%2 vCPU, %3 GiB RAM)</translation>
    </message>
    <message>
        <location filename="../src/ui/VmDetailPane.cpp" line="99"/>
        <source>%1 GiB</source>
        <translation>%1 GiB</translation>
    </message>
    <message>
        <location filename="../src/ui/VmDetailPane.cpp" line="99"/>
        <source>its size</source>
        <translation>seine Größe</translation>
    </message>
    <message>
        <location filename="../src/ui/VmDetailPane.cpp" line="101"/>
        <source>Root disk: empty, %1</source>
        <translation>Systemplatte: leer, %1</translation>
    </message>
    <message>
        <location filename="../src/ui/VmDetailPane.cpp" line="101"/>
        <source>10 GiB</source>
        <translation>10 GiB</translation>
    </message>
    <message>
        <location filename="../src/ui/VmDetailPane.cpp" line="102"/>
        <source>Root disk: from image %1, %2</source>
        <translation>Systemplatte: aus Abbild %1, %2</translation>
    </message>
    <message>
        <location filename="../src/ui/VmDetailPane.cpp" line="103"/>
        <source>CD: %1</source>
        <translation>CD: %1</translation>
    </message>
    <message>
        <location filename="../src/ui/VmDetailPane.cpp" line="103"/>
        <source>empty</source>
        <translation>leer</translation>
    </message>
    <message>
        <location filename="../src/ui/VmDetailPane.cpp" line="106"/>
        <source>CD</source>
        <translation>CD</translation>
    </message>
    <message>
        <location filename="../src/ui/VmDetailPane.cpp" line="106"/>
        <source>disk</source>
        <translation>Platte</translation>
    </message>
    <message>
        <location filename="../src/ui/VmDetailPane.cpp" line="107"/>
        <source>Boots: %1, %2</source>
        <translation>Startet: %1, %2</translation>
    </message>
    <message>
        <location filename="../src/ui/VmDetailPane.cpp" line="107"/>
        <source>UEFI</source>
        <translation>UEFI</translation>
    </message>
    <message>
        <location filename="../src/ui/VmDetailPane.cpp" line="107"/>
        <source>BIOS</source>
        <translation>BIOS</translation>
    </message>
    <message>
        <location filename="../src/ui/VmDetailPane.cpp" line="108"/>
        <source>Disks: %1</source>
        <translation>Festplatten: %1</translation>
    </message>
    <message>
        <location filename="../src/ui/VmDetailPane.cpp" line="108"/>
        <location filename="../src/ui/VmDetailPane.cpp" line="109"/>
        <source>none</source>
        <translation>keine</translation>
    </message>
    <message>
        <location filename="../src/ui/VmDetailPane.cpp" line="109"/>
        <source>Port forwards: %1</source>
        <translation>Portweiterleitungen: %1</translation>
    </message>
    <message>
        <location filename="../src/ui/VmDetailPane.cpp" line="110"/>
        <source>Created: %1</source>
        <translation>Erstellt: %1</translation>
    </message>
    <message>
        <location filename="../src/ui/VmDetailPane.cpp" line="111"/>
        <source>Id: %1</source>
        <translation>Kennung: %1</translation>
    </message>
    <message>
        <location filename="../src/ui/VmDetailPane.cpp" line="119"/>
        <source>Not running</source>
        <translation>Läuft nicht</translation>
    </message>
</context>
<context>
    <name>vman::VmDialog</name>
    <message>
        <location filename="../src/ui/ResourceDialogs.cpp" line="54"/>
        <source>New virtual machine</source>
        <translation>Neue virtuelle Maschine</translation>
    </message>
    <message>
        <location filename="../src/ui/ResourceDialogs.cpp" line="59"/>
        <source>%1 (%2 vCPU, %3 GiB)</source>
        <translation>%1 (%2 vCPU, %3 GiB)</translation>
    </message>
    <message>
        <location filename="../src/ui/ResourceDialogs.cpp" line="62"/>
        <source>optional: a name is generated</source>
        <translation>optional: ein Name wird erzeugt</translation>
    </message>
    <message>
        <location filename="../src/ui/ResourceDialogs.cpp" line="66"/>
        <source>Default (template or library)</source>
        <translation>Standard (Vorlage oder Bibliothek)</translation>
    </message>
    <message>
        <location filename="../src/ui/ResourceDialogs.cpp" line="67"/>
        <source>Empty disk (install from a CD)</source>
        <translation>Leere Platte (von CD installieren)</translation>
    </message>
    <message>
        <location filename="../src/ui/ResourceDialogs.cpp" line="70"/>
        <source>None</source>
        <translation>Keine</translation>
    </message>
    <message>
        <location filename="../src/ui/ResourceDialogs.cpp" line="74"/>
        <source>%1 (%2, %3)</source>
        <translation>%1 (%2, %3)</translation>
    </message>
    <message>
        <location filename="../src/ui/ResourceDialogs.cpp" line="75"/>
        <source>%1 (not ready)</source>
        <translation>%1 (nicht bereit)</translation>
    </message>
    <message>
        <location filename="../src/ui/ResourceDialogs.cpp" line="82"/>
        <source> GiB</source>
        <translation> GiB</translation>
    </message>
    <message>
        <location filename="../src/ui/ResourceDialogs.cpp" line="83"/>
        <source>Default</source>
        <translation>Standard</translation>
    </message>
    <message>
        <location filename="../src/ui/ResourceDialogs.cpp" line="84"/>
        <source>The root disk&apos;s size. Default: the image&apos;s size, or 10 GiB for an empty disk. A disk made from an image is never smaller than the image.</source>
        <translation>Größe der Systemplatte. Standard: die Größe des Abbilds, oder 10 GiB für eine leere Platte. Eine Platte aus einem Abbild ist nie kleiner als das Abbild.</translation>
    </message>
    <message>
        <location filename="../src/ui/ResourceDialogs.cpp" line="88"/>
        <source>Default (template, else BIOS)</source>
        <translation>Standard (Vorlage, sonst BIOS)</translation>
    </message>
    <message>
        <location filename="../src/ui/ResourceDialogs.cpp" line="89"/>
        <source>BIOS (SeaBIOS)</source>
        <translation>BIOS (SeaBIOS)</translation>
    </message>
    <message>
        <location filename="../src/ui/ResourceDialogs.cpp" line="90"/>
        <source>UEFI (OVMF)</source>
        <translation>UEFI (OVMF)</translation>
    </message>
    <message>
        <location filename="../src/ui/ResourceDialogs.cpp" line="93"/>
        <source>optional, e.g. 2222:22, 8080:80</source>
        <translation>optional, z. B. 2222:22, 8080:80</translation>
    </message>
    <message>
        <location filename="../src/ui/ResourceDialogs.cpp" line="94"/>
        <source>Host ports forwarded to the guest: host:guest[/tcp|udp], separated by commas; an address may come first (0.0.0.0:2222:22).</source>
        <translation>An den Gast weitergeleitete Host-Ports: host:gast[/tcp|udp], durch Kommas getrennt; eine Adresse darf vorangehen (0.0.0.0:2222:22).</translation>
    </message>
    <message>
        <location filename="../src/ui/ResourceDialogs.cpp" line="96"/>
        <source>&amp;Template:</source>
        <translation>&amp;Vorlage:</translation>
    </message>
    <message>
        <location filename="../src/ui/ResourceDialogs.cpp" line="97"/>
        <source>&amp;Name:</source>
        <translation>&amp;Name:</translation>
    </message>
    <message>
        <location filename="../src/ui/ResourceDialogs.cpp" line="98"/>
        <source>Boot &amp;image:</source>
        <translation>Start-&amp;Abbild:</translation>
    </message>
    <message>
        <location filename="../src/ui/ResourceDialogs.cpp" line="99"/>
        <source>&amp;Disk size:</source>
        <translation>&amp;Plattengröße:</translation>
    </message>
    <message>
        <location filename="../src/ui/ResourceDialogs.cpp" line="100"/>
        <source>Install from &amp;CD:</source>
        <translation>Von &amp;CD installieren:</translation>
    </message>
    <message>
        <location filename="../src/ui/ResourceDialogs.cpp" line="101"/>
        <source>&amp;Firmware:</source>
        <translation>&amp;Firmware:</translation>
    </message>
    <message>
        <location filename="../src/ui/ResourceDialogs.cpp" line="102"/>
        <source>&amp;Port forwards:</source>
        <translation>&amp;Portweiterleitungen:</translation>
    </message>
    <message>
        <location filename="../src/ui/ResourceDialogs.cpp" line="126"/>
        <source>&apos;%1&apos; is not host:guest[/protocol]</source>
        <translation>„%1“ hat nicht die Form host:gast[/protokoll]</translation>
    </message>
    <message>
        <location filename="../src/ui/ResourceDialogs.cpp" line="163"/>
        <source>Create a template first</source>
        <translation>Erstellen Sie zuerst eine Vorlage</translation>
    </message>
    <message>
        <location filename="../src/ui/ResourceDialogs.cpp" line="166"/>
        <source>ports</source>
        <translation>Ports</translation>
    </message>
</context>
<context>
    <name>vman::VmTableModel</name>
    <message>
        <location filename="../src/ui/VmTableModel.cpp" line="74"/>
        <source>%1 GiB</source>
        <translation>%1 GiB</translation>
    </message>
    <message>
        <location filename="../src/ui/VmTableModel.cpp" line="104"/>
        <source>Name</source>
        <translation>Name</translation>
    </message>
    <message>
        <location filename="../src/ui/VmTableModel.cpp" line="105"/>
        <source>State</source>
        <translation>Zustand</translation>
    </message>
    <message>
        <location filename="../src/ui/VmTableModel.cpp" line="106"/>
        <source>Template</source>
        <translation>Vorlage</translation>
    </message>
    <message>
        <location filename="../src/ui/VmTableModel.cpp" line="107"/>
        <source>vCPUs</source>
        <translation>vCPUs</translation>
    </message>
    <message>
        <location filename="../src/ui/VmTableModel.cpp" line="108"/>
        <source>RAM</source>
        <translation>RAM</translation>
    </message>
    <message>
        <location filename="../src/ui/VmTableModel.cpp" line="109"/>
        <source>Disks</source>
        <translation>Festplatten</translation>
    </message>
    <message>
        <location filename="../src/ui/VmTableModel.cpp" line="110"/>
        <source>Port forwards</source>
        <translation>Portweiterleitungen</translation>
    </message>
    <message>
        <location filename="../src/ui/VmTableModel.cpp" line="111"/>
        <source>Created</source>
        <translation>Erstellt</translation>
    </message>
</context>
<context>
    <name>vman::ui</name>
    <message>
        <location filename="../src/ui/StateIcons.cpp" line="14"/>
        <source>stopped</source>
        <translation>gestoppt</translation>
    </message>
    <message>
        <location filename="../src/ui/StateIcons.cpp" line="15"/>
        <source>starting</source>
        <translation>startet</translation>
    </message>
    <message>
        <location filename="../src/ui/StateIcons.cpp" line="16"/>
        <source>running</source>
        <translation>läuft</translation>
    </message>
    <message>
        <location filename="../src/ui/StateIcons.cpp" line="17"/>
        <source>stopping</source>
        <translation>stoppt</translation>
    </message>
    <message>
        <location filename="../src/ui/StateIcons.cpp" line="18"/>
        <source>paused</source>
        <translation>pausiert</translation>
    </message>
    <message>
        <location filename="../src/ui/StateIcons.cpp" line="19"/>
        <source>error</source>
        <translation>Fehler</translation>
    </message>
</context>
</TS>
