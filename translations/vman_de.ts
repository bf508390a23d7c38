<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="de_DE">
<context>
    <name>QObject</name>
    <message>
        <location filename="../src/ui/MainWindow.cpp" line="183"/>
        <source>Search…</source>
        <translation>Suchen…</translation>
    </message>
    <message>
        <location filename="../src/ui/MainWindow.cpp" line="687"/>
        <source>online</source>
        <translation>online</translation>
    </message>
    <message>
        <location filename="../src/ui/MainWindow.cpp" line="688"/>
        <source>connecting…</source>
        <translation>verbinde…</translation>
    </message>
    <message>
        <location filename="../src/ui/MainWindow.cpp" line="689"/>
        <source>offline, retrying</source>
        <translation>nicht erreichbar, neuer Versuch folgt</translation>
    </message>
    <message>
        <location filename="../src/ui/MainWindow.cpp" line="690"/>
        <source>refused: its certificate changed</source>
        <translation>abgelehnt: sein Zertifikat hat sich geändert</translation>
    </message>
    <message>
        <location filename="../src/ui/MainWindow.cpp" line="691"/>
        <source>refused: access revoked</source>
        <translation>abgelehnt: Zugang widerrufen</translation>
    </message>
</context>
<context>
    <name>vman::AddHostDialog</name>
    <message>
        <location filename="../src/ui/HostDialogs.cpp" line="14"/>
        <source>Add host</source>
        <translation>Rechner hinzufügen</translation>
    </message>
    <message>
        <location filename="../src/ui/HostDialogs.cpp" line="16"/>
        <source>On the other computer, &lt;code&gt;vman --server&lt;/code&gt; prints a pairing code when it starts (or run &lt;code&gt;vman token create --name %1&lt;/code&gt; there). The code works once, for a few minutes.</source>
        <translation>Auf dem anderen Rechner gibt &lt;code&gt;vman --server&lt;/code&gt; beim Start einen Kopplungscode aus (oder führen Sie dort &lt;code&gt;vman token create --name %1&lt;/code&gt; aus). Der Code gilt einmal, für einige Minuten.</translation>
    </message>
    <message>
        <location filename="../src/ui/HostDialogs.cpp" line="35"/>
        <source>e.g. https://lab1:8000</source>
        <translation>z. B. https://lab1:8000</translation>
    </message>
    <message>
        <location filename="../src/ui/HostDialogs.cpp" line="38"/>
        <source>e.g. 7KQ2M-XR4T9</source>
        <translation>z. B. 7KQ2M-XR4T9</translation>
    </message>
    <message>
        <location filename="../src/ui/HostDialogs.cpp" line="41"/>
        <source>How this computer is listed among the host&apos;s clients (GET /auth/tokens), to revoke it later</source>
        <translation>Unter diesem Namen steht dieser Rechner in der Client-Liste des Hosts (GET /auth/tokens), um ihn später zu widerrufen</translation>
    </message>
    <message>
        <location filename="../src/ui/HostDialogs.cpp" line="42"/>
        <source>&amp;Address:</source>
        <translation>&amp;Adresse:</translation>
    </message>
    <message>
        <location filename="../src/ui/HostDialogs.cpp" line="43"/>
        <source>Pairing &amp;code:</source>
        <translation>Kopplungs&amp;code:</translation>
    </message>
    <message>
        <location filename="../src/ui/HostDialogs.cpp" line="44"/>
        <source>This computer&apos;s &amp;name there:</source>
        <translation>&amp;Name dieses Rechners dort:</translation>
    </message>
    <message>
        <location filename="../src/ui/HostDialogs.cpp" line="84"/>
        <source>it must be https://host:port, e.g. https://lab1:8000</source>
        <translation>sie muss https://Rechner:Port lauten, z. B. https://lab1:8000</translation>
    </message>
    <message>
        <location filename="../src/ui/HostDialogs.cpp" line="86"/>
        <source>ten letters and digits, e.g. 7KQ2M-XR4T9</source>
        <translation>zehn Buchstaben und Ziffern, z. B. 7KQ2M-XR4T9</translation>
    </message>
</context>
<context>
    <name>vman::AttachDialog</name>
    <message>
        <location filename="../src/ui/ResourceDialogs.cpp" line="256"/>
        <source>Attach disk &apos;%1&apos;</source>
        <translation>Festplatte „%1“ anhängen</translation>
    </message>
    <message>
        <location filename="../src/ui/ResourceDialogs.cpp" line="261"/>
        <source>%1 (%2)</source>
        <translation>%1 (%2)</translation>
    </message>
    <message>
        <location filename="../src/ui/ResourceDialogs.cpp" line="262"/>
        <source>&amp;Virtual machine:</source>
        <translation>&amp;Virtuelle Maschine:</translation>
    </message>
    <message>
        <location filename="../src/ui/ResourceDialogs.cpp" line="275"/>
        <source>There is no virtual machine to attach it to</source>
        <translation>Es gibt keine virtuelle Maschine, an die sie angehängt werden kann</translation>
    </message>
</context>
<context>
    <name>vman::CloneDialog</name>
    <message>
        <location filename="../src/ui/VmChangeDialogs.cpp" line="139"/>
        <source>Clone &apos;%1&apos;</source>
        <translation>„%1“ klonen</translation>
    </message>
    <message>
        <location filename="../src/ui/VmChangeDialogs.cpp" line="143"/>
        <source>optional: %1-clone</source>
        <translation>optional: %1-clone</translation>
    </message>
    <message>
        <location filename="../src/ui/VmChangeDialogs.cpp" line="144"/>
        <source>&amp;Linked: share the source&apos;s disk (fast, small; the source&apos;s disk becomes read-only underneath both)</source>
        <translation>&amp;Verknüpft: die Platte der Quelle teilen (schnell, klein; die Platte der Quelle wird darunter für beide schreibgeschützt)</translation>
    </message>
    <message>
        <location filename="../src/ui/VmChangeDialogs.cpp" line="146"/>
        <source>Copy its &amp;data disks too</source>
        <translation>Auch ihre &amp;Datenplatten kopieren</translation>
    </message>
    <message>
        <location filename="../src/ui/VmChangeDialogs.cpp" line="149"/>
        <source>The clone gets its own MAC address and no port forwards. Copying a large disk runs in the background.</source>
        <translation>Der Klon bekommt eine eigene MAC-Adresse und keine Portweiterleitungen. Große Platten werden im Hintergrund kopiert.</translation>
    </message>
    <message>
        <location filename="../src/ui/VmChangeDialogs.cpp" line="151"/>
        <source>&amp;Name:</source>
        <translation>&amp;Name:</translation>
    </message>
</context>
<context>
    <name>vman::ConsoleWindow</name>
    <message>
        <location filename="../src/ui/ConsoleWindow.cpp" line="195"/>
        <source>%1 — console</source>
        <translation>%1 — Konsole</translation>
    </message>
    <message>
        <location filename="../src/ui/ConsoleWindow.cpp" line="206"/>
        <source>Scale to fit</source>
        <translation>An Fenster anpassen</translation>
    </message>
    <message>
        <location filename="../src/ui/ConsoleWindow.cpp" line="209"/>
        <source>Fit the guest&apos;s screen into the window, or show it pixel for pixel</source>
        <translation>Den Bildschirm des Gastes ins Fenster einpassen oder Pixel für Pixel zeigen</translation>
    </message>
    <message>
        <location filename="../src/ui/ConsoleWindow.cpp" line="213"/>
        <source>Grab keyboard</source>
        <translation>Tastatur fangen</translation>
    </message>
    <message>
        <location filename="../src/ui/ConsoleWindow.cpp" line="215"/>
        <source>Send every key to the guest, even the desktop&apos;s shortcuts (Ctrl+Alt+G releases it)</source>
        <translation>Jede Taste an den Gast senden, auch die Tastenkürzel des Desktops (Strg+Alt+G gibt sie frei)</translation>
    </message>
    <message>
        <location filename="../src/ui/ConsoleWindow.cpp" line="218"/>
        <source>Full screen</source>
        <translation>Vollbild</translation>
    </message>
    <message>
        <location filename="../src/ui/ConsoleWindow.cpp" line="223"/>
        <source>Send key</source>
        <translation>Taste senden</translation>
    </message>
    <message>
        <location filename="../src/ui/ConsoleWindow.cpp" line="236"/>
        <source>The keyboard is grabbed: every key goes to the guest. Press Ctrl+Alt+G to release it.</source>
        <translation>Die Tastatur ist gefangen: jede Taste geht an den Gast. Strg+Alt+G gibt sie frei.</translation>
    </message>
    <message>
        <location filename="../src/ui/ConsoleWindow.cpp" line="255"/>
        <source>&amp;Screen</source>
        <translation>&amp;Bildschirm</translation>
    </message>
    <message>
        <location filename="../src/ui/ConsoleWindow.cpp" line="256"/>
        <source>Se&amp;rial console</source>
        <translation>Se&amp;rielle Konsole</translation>
    </message>
    <message>
        <location filename="../src/ui/ConsoleWindow.cpp" line="316"/>
        <source>Ctrl+Alt+Del</source>
        <translation>Strg+Alt+Entf</translation>
    </message>
    <message>
        <location filename="../src/ui/ConsoleWindow.cpp" line="317"/>
        <source>Ctrl+Alt+Backspace</source>
        <translation>Strg+Alt+Rücktaste</translation>
    </message>
    <message>
        <location filename="../src/ui/ConsoleWindow.cpp" line="318"/>
        <source>Print Screen</source>
        <translation>Druck</translation>
    </message>
    <message>
        <location filename="../src/ui/ConsoleWindow.cpp" line="321"/>
        <source>Ctrl+Alt+F%1</source>
        <translation>Strg+Alt+F%1</translation>
    </message>
    <message>
        <location filename="../src/ui/ConsoleWindow.cpp" line="346"/>
        <source>%1 is %2</source>
        <translation>%1 ist %2</translation>
    </message>
    <message>
        <location filename="../src/ui/ConsoleWindow.cpp" line="350"/>
        <source>click the screen and type: keys go to the guest</source>
        <translation>auf den Bildschirm klicken und tippen: die Tasten gehen an den Gast</translation>
    </message>
    <message>
        <location filename="../src/ui/ConsoleWindow.cpp" line="352"/>
        <source>serial console not connected</source>
        <translation>serielle Konsole nicht verbunden</translation>
    </message>
    <message>
        <location filename="../src/ui/ConsoleWindow.cpp" line="353"/>
        <source>%1 is running — %2</source>
        <translation>%1 läuft — %2</translation>
    </message>
    <message>
        <location filename="../src/ui/ConsoleWindow.cpp" line="342"/>
        <source>The virtual machine is gone</source>
        <translation>Die virtuelle Maschine existiert nicht mehr</translation>
    </message>
</context>
<context>
    <name>vman::DiskDialog</name>
    <message>
        <location filename="../src/ui/ResourceDialogs.cpp" line="222"/>
        <source>New disk</source>
        <translation>Neue Festplatte</translation>
    </message>
    <message>
        <location filename="../src/ui/ResourceDialogs.cpp" line="228"/>
        <source> GiB</source>
        <translation> GiB</translation>
    </message>
    <message>
        <location filename="../src/ui/ResourceDialogs.cpp" line="231"/>
        <source>optional: a name is generated</source>
        <translation>optional: ein Name wird erzeugt</translation>
    </message>
    <message>
        <location filename="../src/ui/ResourceDialogs.cpp" line="232"/>
        <source>&amp;Size:</source>
        <translation>&amp;Größe:</translation>
    </message>
    <message>
        <location filename="../src/ui/ResourceDialogs.cpp" line="233"/>
        <source>&amp;Name:</source>
        <translation>&amp;Name:</translation>
    </message>
</context>
<context>
    <name>vman::DiskTableModel</name>
    <message>
        <location filename="../src/ui/DiskTableModel.cpp" line="51"/>
        <source>%1 GiB</source>
        <translation>%1 GiB</translation>
    </message>
    <message>
        <location filename="../src/ui/DiskTableModel.cpp" line="52"/>
        <source>ok</source>
        <translation>ok</translation>
    </message>
    <message>
        <location filename="../src/ui/DiskTableModel.cpp" line="52"/>
        <source>error</source>
        <translation>Fehler</translation>
    </message>
    <message>
        <location filename="../src/ui/DiskTableModel.cpp" line="86"/>
        <source>Name</source>
        <translation>Name</translation>
    </message>
    <message>
        <location filename="../src/ui/DiskTableModel.cpp" line="87"/>
        <source>Size</source>
        <translation>Größe</translation>
    </message>
    <message>
        <location filename="../src/ui/DiskTableModel.cpp" line="88"/>
        <source>State</source>
        <translation>Zustand</translation>
    </message>
    <message>
        <location filename="../src/ui/DiskTableModel.cpp" line="89"/>
        <source>Attached to</source>
        <translation>Angehängt an</translation>
    </message>
    <message>
        <location filename="../src/ui/DiskTableModel.cpp" line="90"/>
        <source>Created</source>
        <translation>Erstellt</translation>
    </message>
    <message>
        <location filename="../src/ui/DiskTableModel.cpp" line="91"/>
        <source>Host</source>
        <translation>Host</translation>
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
        <location filename="../src/ui/FormDialog.cpp" line="45"/>
        <source>the name</source>
        <translation>der Name</translation>
    </message>
    <message>
        <location filename="../src/ui/FormDialog.cpp" line="46"/>
        <source>the number of vCPUs</source>
        <translation>die Anzahl der vCPUs</translation>
    </message>
    <message>
        <location filename="../src/ui/FormDialog.cpp" line="47"/>
        <source>the memory</source>
        <translation>der Arbeitsspeicher</translation>
    </message>
    <message>
        <location filename="../src/ui/FormDialog.cpp" line="48"/>
        <source>the root disk size</source>
        <translation>die Größe der Systemplatte</translation>
    </message>
    <message>
        <location filename="../src/ui/FormDialog.cpp" line="49"/>
        <source>the size</source>
        <translation>die Größe</translation>
    </message>
    <message>
        <location filename="../src/ui/FormDialog.cpp" line="50"/>
        <source>the list of port forwards</source>
        <translation>die Liste der Portweiterleitungen</translation>
    </message>
    <message>
        <location filename="../src/ui/FormDialog.cpp" line="51"/>
        <source>the host port</source>
        <translation>der Host-Port</translation>
    </message>
    <message>
        <location filename="../src/ui/FormDialog.cpp" line="52"/>
        <source>the guest port</source>
        <translation>der Gast-Port</translation>
    </message>
    <message>
        <location filename="../src/ui/FormDialog.cpp" line="53"/>
        <source>the host address</source>
        <translation>die Host-Adresse</translation>
    </message>
    <message>
        <location filename="../src/ui/FormDialog.cpp" line="54"/>
        <source>the protocol</source>
        <translation>das Protokoll</translation>
    </message>
    <message>
        <location filename="../src/ui/FormDialog.cpp" line="55"/>
        <source>the file</source>
        <translation>die Datei</translation>
    </message>
    <message>
        <location filename="../src/ui/FormDialog.cpp" line="56"/>
        <source>the address</source>
        <translation>die Adresse</translation>
    </message>
    <message>
        <location filename="../src/ui/FormDialog.cpp" line="57"/>
        <source>the image</source>
        <translation>das Abbild</translation>
    </message>
    <message>
        <location filename="../src/ui/FormDialog.cpp" line="58"/>
        <source>the CD image</source>
        <translation>das CD-Abbild</translation>
    </message>
    <message>
        <location filename="../src/ui/FormDialog.cpp" line="59"/>
        <source>the boot order</source>
        <translation>die Startreihenfolge</translation>
    </message>
    <message>
        <location filename="../src/ui/FormDialog.cpp" line="60"/>
        <source>the firmware</source>
        <translation>die Firmware</translation>
    </message>
    <message>
        <location filename="../src/ui/FormDialog.cpp" line="61"/>
        <source>the template</source>
        <translation>die Vorlage</translation>
    </message>
    <message>
        <location filename="../src/ui/FormDialog.cpp" line="62"/>
        <source>the cloud-init settings</source>
        <translation>die cloud-init-Einstellungen</translation>
    </message>
    <message>
        <location filename="../src/ui/FormDialog.cpp" line="63"/>
        <source>the SSH key</source>
        <translation>der SSH-Schlüssel</translation>
    </message>
    <message>
        <location filename="../src/ui/FormDialog.cpp" line="64"/>
        <source>the host name</source>
        <translation>der Hostname</translation>
    </message>
    <message>
        <location filename="../src/ui/FormDialog.cpp" line="65"/>
        <source>the user data</source>
        <translation>die Benutzerdaten</translation>
    </message>
    <message>
        <location filename="../src/ui/FormDialog.cpp" line="66"/>
        <source>the network configuration</source>
        <translation>die Netzwerkkonfiguration</translation>
    </message>
    <message>
        <location filename="../src/ui/FormDialog.cpp" line="67"/>
        <source>the vendor data</source>
        <translation>die Herstellerdaten</translation>
    </message>
    <message>
        <location filename="../src/ui/FormDialog.cpp" line="68"/>
        <source>the ready marker</source>
        <translation>die Bereit-Markierung</translation>
    </message>
    <message>
        <location filename="../src/ui/FormDialog.cpp" line="69"/>
        <source>the default user</source>
        <translation>der Standardbenutzer</translation>
    </message>
    <message>
        <location filename="../src/ui/FormDialog.cpp" line="70"/>
        <source>the pairing code</source>
        <translation>der Kopplungscode</translation>
    </message>
    <message>
        <location filename="../src/ui/FormDialog.cpp" line="83"/>
        <source>Port %1 (%2) is already in use on this host: give the VM another host port.</source>
        <translation>Port %1 (%2) ist auf diesem Rechner schon belegt: geben Sie der VM einen anderen Host-Port.</translation>
    </message>
    <message>
        <location filename="../src/ui/FormDialog.cpp" line="85"/>
        <source>A disk of this VM is in use by another program.</source>
        <translation>Eine Platte dieser VM wird von einem anderen Programm benutzt.</translation>
    </message>
    <message>
        <location filename="../src/ui/FormDialog.cpp" line="87"/>
        <source>KVM is not available on this host: choose TCG acceleration in the settings.</source>
        <translation>KVM ist auf diesem Rechner nicht verfügbar: wählen Sie in den Einstellungen die Beschleunigung TCG.</translation>
    </message>
    <message>
        <location filename="../src/ui/FormDialog.cpp" line="89"/>
        <source>This host does not have enough free memory for the VM.</source>
        <translation>Dieser Rechner hat nicht genug freien Arbeitsspeicher für die VM.</translation>
    </message>
    <message>
        <location filename="../src/ui/FormDialog.cpp" line="91"/>
        <source>The disk holding VMAN&apos;s storage is full.</source>
        <translation>Die Platte mit dem Speicher von VMAN ist voll.</translation>
    </message>
    <message>
        <location filename="../src/ui/FormDialog.cpp" line="99"/>
        <source>%1
(%2)</source>
        <translation>%1
(%2)</translation>
    </message>
    <message>
        <location filename="../src/ui/FormDialog.cpp" line="107"/>
        <source>%1 GiB</source>
        <translation>%1 GiB</translation>
    </message>
    <message>
        <location filename="../src/ui/FormDialog.cpp" line="115"/>
        <source>Enter %1.</source>
        <translation>Geben Sie %1 ein.</translation>
    </message>
    <message>
        <location filename="../src/ui/FormDialog.cpp" line="117"/>
        <source>%1 is too long: at most %2 characters.</source>
        <translation>%1 ist zu lang: höchstens %2 Zeichen.</translation>
    </message>
    <message>
        <location filename="../src/ui/FormDialog.cpp" line="119"/>
        <source>%1 may contain letters, digits and dashes, in parts separated by dots; no part may start or end with a dash.</source>
        <translation>%1 darf Buchstaben, Ziffern und Bindestriche enthalten, in durch Punkte getrennten Teilen; kein Teil darf mit einem Bindestrich beginnen oder enden.</translation>
    </message>
    <message>
        <location filename="../src/ui/FormDialog.cpp" line="123"/>
        <source>%1 may contain letters, digits, dots, dashes and underscores, and must start with a letter or digit.</source>
        <translation>%1 darf Buchstaben, Ziffern, Punkte, Bindestriche und Unterstriche enthalten und muss mit einem Buchstaben oder einer Ziffer beginnen.</translation>
    </message>
    <message>
        <location filename="../src/ui/FormDialog.cpp" line="125"/>
        <source>%1 must be at least %2.</source>
        <translation>%1 muss mindestens %2 sein.</translation>
    </message>
    <message>
        <location filename="../src/ui/FormDialog.cpp" line="127"/>
        <source>%1 must be at most %2.</source>
        <translation>%1 darf höchstens %2 sein.</translation>
    </message>
    <message>
        <location filename="../src/ui/FormDialog.cpp" line="129"/>
        <source>%1 must be an IPv4 address, such as 127.0.0.1.</source>
        <translation>%1 muss eine IPv4-Adresse sein, etwa 127.0.0.1.</translation>
    </message>
    <message>
        <location filename="../src/ui/FormDialog.cpp" line="131"/>
        <source>Too many entries in %1: at most %2.</source>
        <translation>Zu viele Einträge in %1: höchstens %2.</translation>
    </message>
    <message>
        <location filename="../src/ui/FormDialog.cpp" line="121"/>
        <location filename="../src/ui/FormDialog.cpp" line="133"/>
        <source>%1: %2</source>
        <translation>%1: %2</translation>
    </message>
</context>
<context>
    <name>vman::ImageTableModel</name>
    <message>
        <location filename="../src/ui/ImageTableModel.cpp" line="62"/>
        <source>ISO (installer)</source>
        <translation>ISO (Installation)</translation>
    </message>
    <message>
        <location filename="../src/ui/ImageTableModel.cpp" line="69"/>
        <source>%1 (%2 on disk)</source>
        <translation>%1 (%2 belegt)</translation>
    </message>
    <message>
        <location filename="../src/ui/ImageTableModel.cpp" line="72"/>
        <source>ready (read-only)</source>
        <translation>bereit (schreibgeschützt)</translation>
    </message>
    <message>
        <location filename="../src/ui/ImageTableModel.cpp" line="72"/>
        <source>ready</source>
        <translation>bereit</translation>
    </message>
    <message>
        <location filename="../src/ui/ImageTableModel.cpp" line="74"/>
        <source>error</source>
        <translation>Fehler</translation>
    </message>
    <message>
        <location filename="../src/ui/ImageTableModel.cpp" line="77"/>
        <source>%1 of %2</source>
        <translation>%1 von %2</translation>
    </message>
    <message>
        <location filename="../src/ui/ImageTableModel.cpp" line="78"/>
        <source>%1 arrived</source>
        <translation>%1 empfangen</translation>
    </message>
    <message>
        <location filename="../src/ui/ImageTableModel.cpp" line="95"/>
        <source>SHA-256: %1</source>
        <translation>SHA-256: %1</translation>
    </message>
    <message>
        <location filename="../src/ui/ImageTableModel.cpp" line="111"/>
        <source>Name</source>
        <translation>Name</translation>
    </message>
    <message>
        <location filename="../src/ui/ImageTableModel.cpp" line="112"/>
        <source>Format</source>
        <translation>Format</translation>
    </message>
    <message>
        <location filename="../src/ui/ImageTableModel.cpp" line="113"/>
        <source>Size</source>
        <translation>Größe</translation>
    </message>
    <message>
        <location filename="../src/ui/ImageTableModel.cpp" line="114"/>
        <source>State</source>
        <translation>Zustand</translation>
    </message>
    <message>
        <location filename="../src/ui/ImageTableModel.cpp" line="115"/>
        <source>Source</source>
        <translation>Quelle</translation>
    </message>
    <message>
        <location filename="../src/ui/ImageTableModel.cpp" line="116"/>
        <source>Added</source>
        <translation>Hinzugefügt</translation>
    </message>
    <message>
        <location filename="../src/ui/ImageTableModel.cpp" line="117"/>
        <source>Host</source>
        <translation>Host</translation>
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
        <location filename="../src/ui/LogDock.cpp" line="20"/>
        <source>Log</source>
        <translation>Protokoll</translation>
    </message>
    <message>
        <location filename="../src/ui/LogDock.cpp" line="28"/>
        <source>Debug and above</source>
        <translation>Debug und höher</translation>
    </message>
    <message>
        <location filename="../src/ui/LogDock.cpp" line="29"/>
        <source>Info and above</source>
        <translation>Info und höher</translation>
    </message>
    <message>
        <location filename="../src/ui/LogDock.cpp" line="30"/>
        <source>Warnings and errors</source>
        <translation>Warnungen und Fehler</translation>
    </message>
    <message>
        <location filename="../src/ui/LogDock.cpp" line="31"/>
        <source>Errors only</source>
        <translation>Nur Fehler</translation>
    </message>
    <message>
        <location filename="../src/ui/LogDock.cpp" line="35"/>
        <source>Search the log…</source>
        <translation>Protokoll durchsuchen…</translation>
    </message>
    <message>
        <location filename="../src/ui/LogDock.cpp" line="39"/>
        <source>Whose log to show</source>
        <translation>Wessen Protokoll angezeigt wird</translation>
    </message>
    <message>
        <location filename="../src/ui/LogDock.cpp" line="82"/>
        <source>This computer</source>
        <translation>Dieser Rechner</translation>
    </message>
    <message>
        <location filename="../src/ui/LogDock.cpp" line="133"/>
        <source>… lines were missed (the host keeps its last %1) …</source>
        <translation>… Zeilen verpasst (der Host behält seine letzten %1) …</translation>
    </message>
</context>
<context>
    <name>vman::MainWindow</name>
    <message>
        <location filename="../src/ui/MainWindow.cpp" line="206"/>
        <source>VMAN</source>
        <translation>VMAN</translation>
    </message>
    <message>
        <location filename="../src/ui/MainWindow.cpp" line="240"/>
        <source>Close this message</source>
        <translation>Diese Meldung schließen</translation>
    </message>
    <message>
        <location filename="../src/ui/MainWindow.cpp" line="260"/>
        <source>&amp;Machines</source>
        <translation>&amp;Maschinen</translation>
    </message>
    <message>
        <location filename="../src/ui/MainWindow.cpp" line="261"/>
        <source>&amp;Disks</source>
        <translation>&amp;Festplatten</translation>
    </message>
    <message>
        <location filename="../src/ui/MainWindow.cpp" line="262"/>
        <source>&amp;Templates</source>
        <translation>&amp;Vorlagen</translation>
    </message>
    <message>
        <location filename="../src/ui/MainWindow.cpp" line="263"/>
        <source>&amp;Images</source>
        <translation>A&amp;bbilder</translation>
    </message>
    <message>
        <location filename="../src/ui/MainWindow.cpp" line="272"/>
        <source>&amp;Log</source>
        <translation>&amp;Protokoll</translation>
    </message>
    <message>
        <location filename="../src/ui/MainWindow.cpp" line="337"/>
        <source>&amp;New VM…</source>
        <translation>&amp;Neue VM…</translation>
    </message>
    <message>
        <location filename="../src/ui/MainWindow.cpp" line="337"/>
        <source>Create a virtual machine from a template</source>
        <translation>Eine virtuelle Maschine aus einer Vorlage erstellen</translation>
    </message>
    <message>
        <location filename="../src/ui/MainWindow.cpp" line="338"/>
        <source>&amp;Start</source>
        <translation>&amp;Starten</translation>
    </message>
    <message>
        <location filename="../src/ui/MainWindow.cpp" line="338"/>
        <source>Start the selected virtual machines</source>
        <translation>Die ausgewählten virtuellen Maschinen starten</translation>
    </message>
    <message>
        <location filename="../src/ui/MainWindow.cpp" line="339"/>
        <source>S&amp;top</source>
        <translation>S&amp;toppen</translation>
    </message>
    <message>
        <location filename="../src/ui/MainWindow.cpp" line="339"/>
        <source>Shut the selected virtual machines down (ACPI power button)</source>
        <translation>Die ausgewählten virtuellen Maschinen herunterfahren (ACPI-Ein/Aus-Taste)</translation>
    </message>
    <message>
        <location filename="../src/ui/MainWindow.cpp" line="340"/>
        <source>&amp;Force stop</source>
        <translation>Sofort &amp;ausschalten</translation>
    </message>
    <message>
        <location filename="../src/ui/MainWindow.cpp" line="340"/>
        <source>Stop the selected virtual machines at once</source>
        <translation>Die ausgewählten virtuellen Maschinen sofort ausschalten</translation>
    </message>
    <message>
        <location filename="../src/ui/MainWindow.cpp" line="341"/>
        <source>&amp;Restart</source>
        <translation>Neu sta&amp;rten</translation>
    </message>
    <message>
        <location filename="../src/ui/MainWindow.cpp" line="341"/>
        <source>Restart the selected virtual machines</source>
        <translation>Die ausgewählten virtuellen Maschinen neu starten</translation>
    </message>
    <message>
        <location filename="../src/ui/MainWindow.cpp" line="342"/>
        <source>&amp;Pause</source>
        <translation>&amp;Pausieren</translation>
    </message>
    <message>
        <location filename="../src/ui/MainWindow.cpp" line="342"/>
        <source>Freeze the selected virtual machines (their memory stays; they answer nothing meanwhile)</source>
        <translation>Die ausgewählten virtuellen Maschinen anhalten (ihr Speicher bleibt erhalten; solange antworten sie nicht)</translation>
    </message>
    <message>
        <location filename="../src/ui/MainWindow.cpp" line="343"/>
        <source>Res&amp;ume</source>
        <translation>&amp;Fortsetzen</translation>
    </message>
    <message>
        <location filename="../src/ui/MainWindow.cpp" line="343"/>
        <source>Let the selected paused virtual machines run again</source>
        <translation>Die ausgewählten angehaltenen virtuellen Maschinen weiterlaufen lassen</translation>
    </message>
    <message>
        <location filename="../src/ui/MainWindow.cpp" line="344"/>
        <source>&amp;Console</source>
        <translation>&amp;Konsole</translation>
    </message>
    <message>
        <location filename="../src/ui/MainWindow.cpp" line="344"/>
        <source>Open the screen and serial console of the selected virtual machine</source>
        <translation>Bildschirm und serielle Konsole der ausgewählten virtuellen Maschine öffnen</translation>
    </message>
    <message>
        <location filename="../src/ui/MainWindow.cpp" line="348"/>
        <source>Open SS&amp;H terminal</source>
        <translation>SS&amp;H-Terminal öffnen</translation>
    </message>
    <message>
        <location filename="../src/ui/MainWindow.cpp" line="348"/>
        <source>Log in to the selected virtual machine with ssh, in your terminal</source>
        <translation>Mit ssh in Ihrem Terminal an der ausgewählten virtuellen Maschine anmelden</translation>
    </message>
    <message>
        <location filename="../src/ui/MainWindow.cpp" line="349"/>
        <source>Copy SSH co&amp;mmand</source>
        <translation>SSH-Be&amp;fehl kopieren</translation>
    </message>
    <message>
        <location filename="../src/ui/MainWindow.cpp" line="349"/>
        <source>Copy the ssh command that logs in to the selected virtual machine</source>
        <translation>Den ssh-Befehl kopieren, der sich an der ausgewählten virtuellen Maschine anmeldet</translation>
    </message>
    <message>
        <location filename="../src/ui/MainWindow.cpp" line="350"/>
        <source>&amp;Edit…</source>
        <translation>&amp;Bearbeiten…</translation>
    </message>
    <message>
        <location filename="../src/ui/MainWindow.cpp" line="350"/>
        <source>Change the selected virtual machine&apos;s name, size, boot order and port forwards</source>
        <translation>Name, Größe, Bootreihenfolge und Portweiterleitungen der gewählten virtuellen Maschine ändern</translation>
    </message>
    <message>
        <location filename="../src/ui/MainWindow.cpp" line="351"/>
        <source>C&amp;lone…</source>
        <translation>K&amp;lonen…</translation>
    </message>
    <message>
        <location filename="../src/ui/MainWindow.cpp" line="351"/>
        <source>Make a copy of the selected stopped virtual machine</source>
        <translation>Eine Kopie der gewählten, gestoppten virtuellen Maschine anlegen</translation>
    </message>
    <message>
        <location filename="../src/ui/MainWindow.cpp" line="352"/>
        <source>S&amp;napshots…</source>
        <translation>S&amp;napshots…</translation>
    </message>
    <message>
        <location filename="../src/ui/MainWindow.cpp" line="352"/>
        <source>Take, revert to and delete snapshots of the selected virtual machine</source>
        <translation>Snapshots der gewählten virtuellen Maschine anlegen, zurücksetzen und löschen</translation>
    </message>
    <message>
        <location filename="../src/ui/MainWindow.cpp" line="353"/>
        <source>&amp;Delete VM…</source>
        <translation>VM &amp;löschen…</translation>
    </message>
    <message>
        <location filename="../src/ui/MainWindow.cpp" line="353"/>
        <source>Delete the selected virtual machines</source>
        <translation>Die ausgewählten virtuellen Maschinen löschen</translation>
    </message>
    <message>
        <location filename="../src/ui/MainWindow.cpp" line="354"/>
        <source>New &amp;disk…</source>
        <translation>Neue &amp;Festplatte…</translation>
    </message>
    <message>
        <location filename="../src/ui/MainWindow.cpp" line="354"/>
        <source>Create a disk</source>
        <translation>Eine Festplatte erstellen</translation>
    </message>
    <message>
        <location filename="../src/ui/MainWindow.cpp" line="355"/>
        <source>&amp;Attach…</source>
        <translation>&amp;Anhängen…</translation>
    </message>
    <message>
        <location filename="../src/ui/MainWindow.cpp" line="355"/>
        <source>Attach the selected disk to a virtual machine</source>
        <translation>Die ausgewählte Festplatte an eine virtuelle Maschine anhängen</translation>
    </message>
    <message>
        <location filename="../src/ui/MainWindow.cpp" line="356"/>
        <source>De&amp;tach</source>
        <translation>A&amp;bhängen</translation>
    </message>
    <message>
        <location filename="../src/ui/MainWindow.cpp" line="356"/>
        <source>Detach the selected disk from its virtual machine</source>
        <translation>Die ausgewählte Festplatte von ihrer virtuellen Maschine abhängen</translation>
    </message>
    <message>
        <location filename="../src/ui/MainWindow.cpp" line="357"/>
        <source>&amp;Grow…</source>
        <translation>&amp;Vergrößern…</translation>
    </message>
    <message>
        <location filename="../src/ui/MainWindow.cpp" line="357"/>
        <source>Make the selected disk larger</source>
        <translation>Die gewählte Platte vergrößern</translation>
    </message>
    <message>
        <location filename="../src/ui/MainWindow.cpp" line="358"/>
        <source>Delete disk…</source>
        <translation>Festplatte löschen…</translation>
    </message>
    <message>
        <location filename="../src/ui/MainWindow.cpp" line="358"/>
        <source>Delete the selected disk and its image file</source>
        <translation>Die ausgewählte Festplatte und ihre Abbilddatei löschen</translation>
    </message>
    <message>
        <location filename="../src/ui/MainWindow.cpp" line="359"/>
        <source>New &amp;template…</source>
        <translation>Neue &amp;Vorlage…</translation>
    </message>
    <message>
        <location filename="../src/ui/MainWindow.cpp" line="359"/>
        <source>Create a size template</source>
        <translation>Eine Größenvorlage erstellen</translation>
    </message>
    <message>
        <location filename="../src/ui/MainWindow.cpp" line="360"/>
        <source>Delete template…</source>
        <translation>Vorlage löschen…</translation>
    </message>
    <message>
        <location filename="../src/ui/MainWindow.cpp" line="360"/>
        <source>Delete the selected template</source>
        <translation>Die ausgewählte Vorlage löschen</translation>
    </message>
    <message>
        <location filename="../src/ui/MainWindow.cpp" line="361"/>
        <source>&amp;Insert CD…</source>
        <translation>CD &amp;einlegen …</translation>
    </message>
    <message>
        <location filename="../src/ui/MainWindow.cpp" line="361"/>
        <source>Put an ISO image into the selected virtual machine&apos;s CD-ROM drive</source>
        <translation>Ein ISO-Abbild in das CD-ROM-Laufwerk der gewählten virtuellen Maschine einlegen</translation>
    </message>
    <message>
        <location filename="../src/ui/MainWindow.cpp" line="362"/>
        <source>&amp;Eject CD</source>
        <translation>CD a&amp;uswerfen</translation>
    </message>
    <message>
        <location filename="../src/ui/MainWindow.cpp" line="362"/>
        <source>Empty the selected virtual machine&apos;s CD-ROM drive</source>
        <translation>Das CD-ROM-Laufwerk der gewählten virtuellen Maschine leeren</translation>
    </message>
    <message>
        <location filename="../src/ui/MainWindow.cpp" line="366"/>
        <source>&amp;Import image…</source>
        <translation>Abbild &amp;importieren …</translation>
    </message>
    <message>
        <location filename="../src/ui/MainWindow.cpp" line="366"/>
        <source>Add a disk image or ISO from this computer to the image library</source>
        <translation>Ein Festplattenabbild oder ISO von diesem Rechner in die Abbildbibliothek aufnehmen</translation>
    </message>
    <message>
        <location filename="../src/ui/MainWindow.cpp" line="367"/>
        <source>Do&amp;wnload image…</source>
        <translation>Abbild herunter&amp;laden …</translation>
    </message>
    <message>
        <location filename="../src/ui/MainWindow.cpp" line="367"/>
        <source>Download a well-known image, or one from a URL, into the image library</source>
        <translation>Ein bekanntes Abbild oder eines von einer URL in die Abbildbibliothek herunterladen</translation>
    </message>
    <message>
        <location filename="../src/ui/MainWindow.cpp" line="368"/>
        <location filename="../src/ui/MainWindow.cpp" line="905"/>
        <source>Delete image…</source>
        <translation>Abbild löschen …</translation>
    </message>
    <message>
        <location filename="../src/ui/MainWindow.cpp" line="368"/>
        <source>Delete the selected image, or cancel its download</source>
        <translation>Das gewählte Abbild löschen oder seinen Download abbrechen</translation>
    </message>
    <message>
        <location filename="../src/ui/MainWindow.cpp" line="369"/>
        <source>Add &amp;host…</source>
        <translation>&amp;Host hinzufügen…</translation>
    </message>
    <message>
        <location filename="../src/ui/MainWindow.cpp" line="369"/>
        <source>Manage the virtual machines of another computer&apos;s VMAN in this window</source>
        <translation>Die virtuellen Maschinen des VMAN eines anderen Rechners in diesem Fenster verwalten</translation>
    </message>
    <message>
        <location filename="../src/ui/MainWindow.cpp" line="370"/>
        <source>Re&amp;move host…</source>
        <translation>Host ent&amp;fernen…</translation>
    </message>
    <message>
        <location filename="../src/ui/MainWindow.cpp" line="370"/>
        <source>Stop showing a remote host and end this computer&apos;s access to it</source>
        <translation>Einen entfernten Host nicht mehr zeigen und den Zugang dieses Rechners dort beenden</translation>
    </message>
    <message>
        <location filename="../src/ui/MainWindow.cpp" line="371"/>
        <source>&amp;Settings…</source>
        <translation>&amp;Einstellungen…</translation>
    </message>
    <message>
        <location filename="../src/ui/MainWindow.cpp" line="371"/>
        <source>Change VMAN&apos;s settings</source>
        <translation>Die Einstellungen von VMAN ändern</translation>
    </message>
    <message>
        <location filename="../src/ui/MainWindow.cpp" line="372"/>
        <source>&amp;About VMAN</source>
        <translation>&amp;Über VMAN</translation>
    </message>
    <message>
        <location filename="../src/ui/MainWindow.cpp" line="372"/>
        <source>Version, license and where the API is</source>
        <translation>Version, Lizenz und Adresse der API</translation>
    </message>
    <message>
        <location filename="../src/ui/MainWindow.cpp" line="373"/>
        <source>&amp;Quit</source>
        <translation>&amp;Beenden</translation>
    </message>
    <message>
        <location filename="../src/ui/MainWindow.cpp" line="373"/>
        <source>Close VMAN (virtual machines keep running)</source>
        <translation>VMAN schließen (virtuelle Maschinen laufen weiter)</translation>
    </message>
    <message>
        <location filename="../src/ui/MainWindow.cpp" line="390"/>
        <source>&amp;File</source>
        <translation>&amp;Datei</translation>
    </message>
    <message>
        <location filename="../src/ui/MainWindow.cpp" line="397"/>
        <source>&amp;Machine</source>
        <translation>&amp;Maschine</translation>
    </message>
    <message>
        <location filename="../src/ui/MainWindow.cpp" line="403"/>
        <source>&amp;Disk</source>
        <translation>&amp;Festplatte</translation>
    </message>
    <message>
        <location filename="../src/ui/MainWindow.cpp" line="406"/>
        <source>&amp;Template</source>
        <translation>&amp;Vorlage</translation>
    </message>
    <message>
        <location filename="../src/ui/MainWindow.cpp" line="409"/>
        <source>Ima&amp;ge</source>
        <translation>Abb&amp;ild</translation>
    </message>
    <message>
        <location filename="../src/ui/MainWindow.cpp" line="412"/>
        <source>&amp;View</source>
        <translation>&amp;Ansicht</translation>
    </message>
    <message>
        <location filename="../src/ui/MainWindow.cpp" line="413"/>
        <source>&amp;Help</source>
        <translation>&amp;Hilfe</translation>
    </message>
    <message>
        <location filename="../src/ui/MainWindow.cpp" line="416"/>
        <source>Main</source>
        <translation>Haupt</translation>
    </message>
    <message>
        <location filename="../src/ui/MainWindow.cpp" line="429"/>
        <source>Show the things of one host only; new machines, disks, templates and images go to it</source>
        <translation>Nur die Dinge eines Hosts zeigen; neue Maschinen, Platten, Vorlagen und Abbilder entstehen dort</translation>
    </message>
    <message>
        <location filename="../src/ui/MainWindow.cpp" line="459"/>
        <source>All states</source>
        <translation>Alle Zustände</translation>
    </message>
    <message>
        <location filename="../src/ui/MainWindow.cpp" line="478"/>
        <source>New template…</source>
        <translation>Neue Vorlage…</translation>
    </message>
    <message>
        <location filename="../src/ui/MainWindow.cpp" line="567"/>
        <source>&lt;h3&gt;VMAN %1&lt;/h3&gt;&lt;p&gt;Manages QEMU virtual machines on this computer, in this window and through its REST API at &lt;a href=&quot;%2&quot;&gt;%2&lt;/a&gt; (documentation: &lt;a href=&quot;%2/docs&quot;&gt;%2/docs&lt;/a&gt;).&lt;/p&gt;&lt;p&gt;Copyright © 2026 the VMAN developers.&lt;br&gt;License: GNU General Public License, version 3 or any later version (GPL-3.0-or-later). VMAN is free software and comes with ABSOLUTELY NO WARRANTY; see the file LICENSE or &lt;a href=&quot;https://www.gnu.org/licenses/gpl-3.0.html&quot;&gt;gnu.org/licenses&lt;/a&gt;.&lt;/p&gt;&lt;p&gt;Built with Qt %3; running QEMU from your system.&lt;/p&gt;</source>
        <translation>&lt;h3&gt;VMAN %1&lt;/h3&gt;&lt;p&gt;Verwaltet virtuelle QEMU-Maschinen auf diesem Computer, in diesem Fenster und über seine REST-API unter &lt;a href=&quot;%2&quot;&gt;%2&lt;/a&gt; (Dokumentation: &lt;a href=&quot;%2/docs&quot;&gt;%2/docs&lt;/a&gt;).&lt;/p&gt;&lt;p&gt;Copyright © 2026 die VMAN-Entwickler.&lt;br&gt;Lizenz: GNU General Public License, Version 3 oder jede spätere Version (GPL-3.0-or-later). VMAN ist freie Software und wird OHNE JEGLICHE GEWÄHRLEISTUNG bereitgestellt; siehe die Datei LICENSE oder &lt;a href=&quot;https://www.gnu.org/licenses/gpl-3.0.html&quot;&gt;gnu.org/licenses&lt;/a&gt;.&lt;/p&gt;&lt;p&gt;Erstellt mit Qt %3; QEMU kommt von Ihrem System.&lt;/p&gt;</translation>
    </message>
    <message>
        <location filename="../src/ui/MainWindow.cpp" line="580"/>
        <source>About VMAN</source>
        <translation>Über VMAN</translation>
    </message>
    <message>
        <location filename="../src/ui/MainWindow.cpp" line="587"/>
        <source>The REST API of this VMAN; click to copy the address</source>
        <translation>Die REST-API dieses VMAN; klicken, um die Adresse zu kopieren</translation>
    </message>
    <message>
        <location filename="../src/ui/MainWindow.cpp" line="591"/>
        <source>Copied %1</source>
        <translation>%1 kopiert</translation>
    </message>
    <message>
        <location filename="../src/ui/MainWindow.cpp" line="663"/>
        <source>All hosts</source>
        <translation>Alle Hosts</translation>
    </message>
    <message>
        <location filename="../src/ui/MainWindow.cpp" line="711"/>
        <source>%1 (%2): %3</source>
        <translation>%1 (%2): %3</translation>
    </message>
    <message>
        <location filename="../src/ui/MainWindow.cpp" line="717"/>
        <source>%1 running / %2 VMs</source>
        <translation>laufend: %1 / %2 VMs</translation>
    </message>
    <message>
        <location filename="../src/ui/MainWindow.cpp" line="727"/>
        <source>Observer: ok</source>
        <translation>Observer: ok</translation>
    </message>
    <message>
        <location filename="../src/ui/MainWindow.cpp" line="727"/>
        <source>Observer: not running</source>
        <translation>Observer: läuft nicht</translation>
    </message>
    <message>
        <location filename="../src/ui/MainWindow.cpp" line="729"/>
        <source> (last pass %1 s ago)</source>
        <translation> (letzter Durchlauf vor %1 s)</translation>
    </message>
    <message>
        <location filename="../src/ui/MainWindow.cpp" line="905"/>
        <location filename="../src/ui/MainWindow.cpp" line="1304"/>
        <source>Cancel download</source>
        <translation>Download abbrechen</translation>
    </message>
    <message>
        <location filename="../src/ui/MainWindow.cpp" line="911"/>
        <source>%1
%2</source>
        <translation>%1
%2</translation>
    </message>
    <message>
        <location filename="../src/ui/MainWindow.cpp" line="913"/>
        <source>Select a virtual machine first.</source>
        <translation>Wählen Sie zuerst eine virtuelle Maschine aus.</translation>
    </message>
    <message>
        <location filename="../src/ui/MainWindow.cpp" line="913"/>
        <source>Select a virtual machine on the Machines tab.</source>
        <translation>Wählen Sie eine virtuelle Maschine im Reiter „Maschinen“ aus.</translation>
    </message>
    <message>
        <location filename="../src/ui/MainWindow.cpp" line="915"/>
        <source>Wait until the operation in progress has finished.</source>
        <translation>Warten Sie, bis der laufende Vorgang beendet ist.</translation>
    </message>
    <message>
        <location filename="../src/ui/MainWindow.cpp" line="916"/>
        <source>Only stopped virtual machines can be started.</source>
        <translation>Nur gestoppte virtuelle Maschinen können gestartet werden.</translation>
    </message>
    <message>
        <location filename="../src/ui/MainWindow.cpp" line="917"/>
        <source>Only running virtual machines can be shut down.</source>
        <translation>Nur laufende virtuelle Maschinen können heruntergefahren werden.</translation>
    </message>
    <message>
        <location filename="../src/ui/MainWindow.cpp" line="918"/>
        <source>The virtual machine is not running.</source>
        <translation>Die virtuelle Maschine läuft nicht.</translation>
    </message>
    <message>
        <location filename="../src/ui/MainWindow.cpp" line="919"/>
        <source>Only running virtual machines can be restarted.</source>
        <translation>Nur laufende virtuelle Maschinen können neu gestartet werden.</translation>
    </message>
    <message>
        <location filename="../src/ui/MainWindow.cpp" line="920"/>
        <location filename="../src/ui/MainWindow.cpp" line="924"/>
        <location filename="../src/ui/MainWindow.cpp" line="926"/>
        <location filename="../src/ui/MainWindow.cpp" line="932"/>
        <location filename="../src/ui/MainWindow.cpp" line="933"/>
        <source>Select exactly one virtual machine.</source>
        <translation>Wählen Sie genau eine virtuelle Maschine aus.</translation>
    </message>
    <message>
        <location filename="../src/ui/MainWindow.cpp" line="921"/>
        <source>Only running virtual machines can be paused.</source>
        <translation>Nur laufende virtuelle Maschinen können angehalten werden.</translation>
    </message>
    <message>
        <location filename="../src/ui/MainWindow.cpp" line="922"/>
        <source>Only paused virtual machines can be resumed.</source>
        <translation>Nur angehaltene virtuelle Maschinen können fortgesetzt werden.</translation>
    </message>
    <message>
        <location filename="../src/ui/MainWindow.cpp" line="925"/>
        <source>The CD-ROM drive is empty.</source>
        <translation>Das CD-ROM-Laufwerk ist leer.</translation>
    </message>
    <message>
        <location filename="../src/ui/MainWindow.cpp" line="928"/>
        <source>Stop the virtual machine first: a running machine&apos;s disks change while they are copied.</source>
        <translation>Stoppen Sie die virtuelle Maschine zuerst: Die Platten einer laufenden Maschine ändern sich, während sie kopiert werden.</translation>
    </message>
    <message>
        <location filename="../src/ui/MainWindow.cpp" line="931"/>
        <source>The virtual machine forwards no host port to its SSH port (22): give it an SSH key under cloud-init, or add a port forward.</source>
        <translation>Die virtuelle Maschine leitet keinen Host-Port an ihren SSH-Port (22) weiter: Geben Sie ihr unter cloud-init einen SSH-Schlüssel oder fügen Sie eine Portweiterleitung hinzu.</translation>
    </message>
    <message>
        <location filename="../src/ui/MainWindow.cpp" line="934"/>
        <source>Start the virtual machine first.</source>
        <translation>Starten Sie zuerst die virtuelle Maschine.</translation>
    </message>
    <message>
        <location filename="../src/ui/MainWindow.cpp" line="935"/>
        <source>%1 is not connected.</source>
        <translation>%1 ist nicht verbunden.</translation>
    </message>
    <message>
        <location filename="../src/ui/MainWindow.cpp" line="935"/>
        <source>Add a host first (File ▸ Add host…).</source>
        <translation>Fügen Sie zuerst einen Host hinzu (Datei ▸ Host hinzufügen…).</translation>
    </message>
    <message>
        <location filename="../src/ui/MainWindow.cpp" line="936"/>
        <source>Create a template first (Template ▸ New template…): a virtual machine takes its size from a template.</source>
        <translation>Legen Sie zuerst eine Vorlage an (Vorlage ▸ Neue Vorlage…): eine virtuelle Maschine übernimmt ihre Größe aus einer Vorlage.</translation>
    </message>
    <message>
        <location filename="../src/ui/MainWindow.cpp" line="930"/>
        <location filename="../src/ui/MainWindow.cpp" line="941"/>
        <source>Select a disk on the Disks tab.</source>
        <translation>Wählen Sie eine Platte im Reiter „Festplatten“ aus.</translation>
    </message>
    <message>
        <location filename="../src/ui/MainWindow.cpp" line="940"/>
        <source>Files of this computer can only be imported into its own VMAN; download the image on %1 instead.</source>
        <translation>Dateien dieses Rechners lassen sich nur in sein eigenes VMAN importieren; laden Sie das Abbild stattdessen auf %1 herunter.</translation>
    </message>
    <message>
        <location filename="../src/ui/MainWindow.cpp" line="942"/>
        <source>The disk is attached already.</source>
        <translation>Die Platte ist bereits angeschlossen.</translation>
    </message>
    <message>
        <location filename="../src/ui/MainWindow.cpp" line="942"/>
        <source>Create a virtual machine first.</source>
        <translation>Legen Sie zuerst eine virtuelle Maschine an.</translation>
    </message>
    <message>
        <location filename="../src/ui/MainWindow.cpp" line="943"/>
        <source>The disk is not attached.</source>
        <translation>Die Platte ist nicht angeschlossen.</translation>
    </message>
    <message>
        <location filename="../src/ui/MainWindow.cpp" line="944"/>
        <source>Detach the disk first.</source>
        <translation>Trennen Sie die Platte zuerst.</translation>
    </message>
    <message>
        <location filename="../src/ui/MainWindow.cpp" line="945"/>
        <source>Select a template on the Templates tab.</source>
        <translation>Wählen Sie eine Vorlage im Reiter „Vorlagen“ aus.</translation>
    </message>
    <message>
        <location filename="../src/ui/MainWindow.cpp" line="945"/>
        <source>Virtual machines use this template.</source>
        <translation>Virtuelle Maschinen verwenden diese Vorlage.</translation>
    </message>
    <message>
        <location filename="../src/ui/MainWindow.cpp" line="950"/>
        <source>Only hosts added with Add host… can be removed.</source>
        <translation>Nur mit „Host hinzufügen…“ hinzugefügte Hosts lassen sich entfernen.</translation>
    </message>
    <message>
        <location filename="../src/ui/MainWindow.cpp" line="951"/>
        <source>Select an image on the Images tab.</source>
        <translation>Wählen Sie ein Abbild im Reiter „Abbilder“ aus.</translation>
    </message>
    <message>
        <location filename="../src/ui/MainWindow.cpp" line="951"/>
        <source>This image is the VMAN_DEFAULT_BOOT_DISK setting: change the setting to remove it.</source>
        <translation>Dieses Abbild ist die Einstellung VMAN_DEFAULT_BOOT_DISK: ändern Sie die Einstellung, um es zu entfernen.</translation>
    </message>
    <message>
        <location filename="../src/ui/MainWindow.cpp" line="970"/>
        <source>&lt;p&gt;&lt;b&gt;No virtual machines yet.&lt;/b&gt;&lt;/p&gt;</source>
        <translation>&lt;p&gt;&lt;b&gt;Noch keine virtuellen Maschinen.&lt;/b&gt;&lt;/p&gt;</translation>
    </message>
    <message>
        <location filename="../src/ui/MainWindow.cpp" line="972"/>
        <source>&lt;p&gt;&lt;b&gt;%1 is not connected&lt;/b&gt; (%2).&lt;/p&gt;</source>
        <translation>&lt;p&gt;&lt;b&gt;%1 ist nicht verbunden&lt;/b&gt; (%2).&lt;/p&gt;</translation>
    </message>
    <message>
        <location filename="../src/ui/MainWindow.cpp" line="974"/>
        <source>&lt;p&gt;A virtual machine takes its size (vCPUs, memory) from a template: create one with &lt;i&gt;Template ▸ New template…&lt;/i&gt;, then a machine with &lt;i&gt;New VM…&lt;/i&gt;&lt;/p&gt;</source>
        <translation>&lt;p&gt;Eine virtuelle Maschine übernimmt ihre Größe (vCPUs, Arbeitsspeicher) aus einer Vorlage: legen Sie eine mit &lt;i&gt;Vorlage ▸ Neue Vorlage…&lt;/i&gt; an, dann eine Maschine mit &lt;i&gt;Neue VM…&lt;/i&gt;&lt;/p&gt;</translation>
    </message>
    <message>
        <location filename="../src/ui/MainWindow.cpp" line="977"/>
        <source>&lt;p&gt;Create one with &lt;i&gt;New VM…&lt;/i&gt; (%1).&lt;/p&gt;</source>
        <translation>&lt;p&gt;Legen Sie eine mit &lt;i&gt;Neue VM…&lt;/i&gt; an (%1).&lt;/p&gt;</translation>
    </message>
    <message>
        <location filename="../src/ui/MainWindow.cpp" line="981"/>
        <source>&lt;p&gt;To install an operating system, add its ISO or a cloud image with &lt;i&gt;Image ▸ Import image…&lt;/i&gt; or &lt;i&gt;Download image…&lt;/i&gt;.&lt;/p&gt;</source>
        <translation>&lt;p&gt;Um ein Betriebssystem zu installieren, fügen Sie sein ISO oder ein Cloud-Abbild mit &lt;i&gt;Abbild ▸ Abbild importieren…&lt;/i&gt; oder &lt;i&gt;Abbild herunterladen…&lt;/i&gt; hinzu.&lt;/p&gt;</translation>
    </message>
    <message>
        <location filename="../src/ui/MainWindow.cpp" line="982"/>
        <source>&lt;p&gt;New machines boot an image from the Images tab, or install from an ISO in their CD-ROM drive.&lt;/p&gt;</source>
        <translation>&lt;p&gt;Neue Maschinen starten ein Abbild aus dem Reiter „Abbilder“ oder installieren von einem ISO in ihrem CD-ROM-Laufwerk.&lt;/p&gt;</translation>
    </message>
    <message>
        <location filename="../src/ui/MainWindow.cpp" line="991"/>
        <source>%1 failed: %2</source>
        <translation>%1 fehlgeschlagen: %2</translation>
    </message>
    <message>
        <location filename="../src/ui/MainWindow.cpp" line="1016"/>
        <source>Creating template</source>
        <translation>Vorlage erstellen</translation>
    </message>
    <message>
        <location filename="../src/ui/MainWindow.cpp" line="1025"/>
        <source>Delete template</source>
        <translation>Vorlage löschen</translation>
    </message>
    <message>
        <location filename="../src/ui/MainWindow.cpp" line="1025"/>
        <source>Delete template &apos;%1&apos;?</source>
        <translation>Vorlage „%1“ löschen?</translation>
    </message>
    <message>
        <location filename="../src/ui/MainWindow.cpp" line="1027"/>
        <source>Deleting template</source>
        <translation>Vorlage löschen</translation>
    </message>
    <message>
        <location filename="../src/ui/MainWindow.cpp" line="1042"/>
        <source>Creating VM</source>
        <translation>VM erstellen</translation>
    </message>
    <message>
        <location filename="../src/ui/MainWindow.cpp" line="1059"/>
        <source>Changing &apos;%1&apos;</source>
        <translation>Ändern von „%1“</translation>
    </message>
    <message>
        <location filename="../src/ui/MainWindow.cpp" line="1076"/>
        <source>Cloning &apos;%1&apos;</source>
        <translation>Klonen von „%1“</translation>
    </message>
    <message>
        <location filename="../src/ui/MainWindow.cpp" line="1104"/>
        <source>Growing &apos;%1&apos;</source>
        <translation>Vergrößern von „%1“</translation>
    </message>
    <message>
        <location filename="../src/ui/MainWindow.cpp" line="1111"/>
        <source>Starting &apos;%1&apos;</source>
        <translation>„%1“ starten</translation>
    </message>
    <message>
        <location filename="../src/ui/MainWindow.cpp" line="1129"/>
        <source>Force stop</source>
        <translation>Sofort ausschalten</translation>
    </message>
    <message>
        <location filename="../src/ui/MainWindow.cpp" line="1130"/>
        <source>Stop %1 at once, without letting the guest shut down?

Like pulling the power plug: data the guest has not written yet is lost.</source>
        <translation>%1 sofort ausschalten, ohne den Gast herunterfahren zu lassen?

Wie das Ziehen des Netzsteckers: Daten, die der Gast noch nicht geschrieben hat, gehen verloren.</translation>
    </message>
    <message>
        <location filename="../src/ui/MainWindow.cpp" line="1139"/>
        <source>Stopping &apos;%1&apos;</source>
        <translation>„%1“ stoppen</translation>
    </message>
    <message>
        <location filename="../src/ui/MainWindow.cpp" line="1151"/>
        <source>Pausing &apos;%1&apos;</source>
        <translation>Das Anhalten von &apos;%1&apos;</translation>
    </message>
    <message>
        <location filename="../src/ui/MainWindow.cpp" line="1153"/>
        <source>Resuming &apos;%1&apos;</source>
        <translation>Das Fortsetzen von &apos;%1&apos;</translation>
    </message>
    <message>
        <location filename="../src/ui/MainWindow.cpp" line="1162"/>
        <source>Restarting &apos;%1&apos;</source>
        <translation>„%1“ neu starten</translation>
    </message>
    <message numerus="yes">
        <location filename="../src/ui/MainWindow.cpp" line="1183"/>
        <source>Delete %n virtual machine(s): %1?</source>
        <translation>
            <numerusform>%n virtuelle Maschine löschen: %1?</numerusform>
            <numerusform>%n virtuelle Maschinen löschen: %1?</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../src/ui/MainWindow.cpp" line="1184"/>
        <source>Their root disks and everything stored on them are lost. Attached disks are detached and kept.</source>
        <translation>Ihre Systemfestplatten und alles darauf gehen verloren. Angehängte Festplatten werden abgehängt und behalten.</translation>
    </message>
    <message>
        <location filename="../src/ui/MainWindow.cpp" line="1186"/>
        <source>Running machines are stopped at once, without shutting down.</source>
        <translation>Laufende Maschinen werden sofort ausgeschaltet, ohne herunterzufahren.</translation>
    </message>
    <message>
        <location filename="../src/ui/MainWindow.cpp" line="1187"/>
        <source>Delete virtual machines</source>
        <translation>Virtuelle Maschinen löschen</translation>
    </message>
    <message>
        <location filename="../src/ui/MainWindow.cpp" line="1192"/>
        <location filename="../src/ui/MainWindow.cpp" line="1260"/>
        <location filename="../src/ui/MainWindow.cpp" line="1311"/>
        <source>Deleting &apos;%1&apos;</source>
        <translation>„%1“ löschen</translation>
    </message>
    <message>
        <location filename="../src/ui/MainWindow.cpp" line="1208"/>
        <source>Creating disk</source>
        <translation>Festplatte erstellen</translation>
    </message>
    <message>
        <location filename="../src/ui/MainWindow.cpp" line="1224"/>
        <source>Attaching &apos;%1&apos;</source>
        <translation>„%1“ anhängen</translation>
    </message>
    <message>
        <location filename="../src/ui/MainWindow.cpp" line="1237"/>
        <source>Detach disk</source>
        <translation>Platte trennen</translation>
    </message>
    <message>
        <location filename="../src/ui/MainWindow.cpp" line="1238"/>
        <source>Detach disk &apos;%1&apos; from the running VM &apos;%2&apos;?

The guest sees the disk removed: anything it has not written to the disk yet may be lost.</source>
        <translation>Platte „%1“ von der laufenden VM „%2“ trennen?

Der Gast sieht die Platte verschwinden: was er noch nicht auf die Platte geschrieben hat, kann verloren gehen.</translation>
    </message>
    <message>
        <location filename="../src/ui/MainWindow.cpp" line="1244"/>
        <source>Detaching &apos;%1&apos;</source>
        <translation>„%1“ abhängen</translation>
    </message>
    <message>
        <location filename="../src/ui/MainWindow.cpp" line="1254"/>
        <source>Delete disk</source>
        <translation>Festplatte löschen</translation>
    </message>
    <message>
        <location filename="../src/ui/MainWindow.cpp" line="1255"/>
        <source>Delete disk &apos;%1&apos; (%2 GiB)?

Its image file and all data on it are lost.</source>
        <translation>Festplatte „%1“ (%2 GiB) löschen?

Ihre Abbilddatei und alle Daten darauf gehen verloren.</translation>
    </message>
    <message>
        <location filename="../src/ui/MainWindow.cpp" line="1268"/>
        <source>Import a disk image or ISO</source>
        <translation>Festplattenabbild oder ISO importieren</translation>
    </message>
    <message>
        <location filename="../src/ui/MainWindow.cpp" line="1269"/>
        <source>Disk images and ISOs (*.qcow2 *.img *.raw *.iso);;All files (*)</source>
        <translation>Festplattenabbilder und ISOs (*.qcow2 *.img *.raw *.iso);;Alle Dateien (*)</translation>
    </message>
    <message>
        <location filename="../src/ui/MainWindow.cpp" line="1277"/>
        <source>Importing &apos;%1&apos;</source>
        <translation>Import von „%1“</translation>
    </message>
    <message>
        <location filename="../src/ui/MainWindow.cpp" line="1289"/>
        <source>Downloading &apos;%1&apos;</source>
        <translation>Download von „%1“</translation>
    </message>
    <message>
        <location filename="../src/ui/MainWindow.cpp" line="1301"/>
        <source>Cancel the download of &apos;%1&apos;? What arrived so far is removed.</source>
        <translation>Download von „%1“ abbrechen? Was bisher angekommen ist, wird entfernt.</translation>
    </message>
    <message>
        <location filename="../src/ui/MainWindow.cpp" line="1302"/>
        <source>Delete image &apos;%1&apos; (%2)?

Its file is removed from the image library.</source>
        <translation>Abbild „%1“ (%2) löschen?

Seine Datei wird aus der Abbildbibliothek entfernt.</translation>
    </message>
    <message>
        <location filename="../src/ui/MainWindow.cpp" line="1304"/>
        <source>Delete image</source>
        <translation>Abbild löschen</translation>
    </message>
    <message>
        <location filename="../src/ui/MainWindow.cpp" line="1325"/>
        <source>Inserting a CD into &apos;%1&apos;</source>
        <translation>Einlegen einer CD in „%1“</translation>
    </message>
    <message>
        <location filename="../src/ui/MainWindow.cpp" line="1333"/>
        <source>Ejecting the CD of &apos;%1&apos;</source>
        <translation>Auswerfen der CD von „%1“</translation>
    </message>
    <message>
        <location filename="../src/ui/MainWindow.cpp" line="1343"/>
        <source>&apos;%1&apos; booted from its CD (%2) and has now %3. If an installation finished, eject the CD so that the next boot starts the installed system. &lt;a href=&quot;eject&quot;&gt;Eject the CD&lt;/a&gt; · &lt;a href=&quot;keep&quot;&gt;Keep it&lt;/a&gt;</source>
        <translation>„%1“ ist von seiner CD (%2) gestartet und wurde nun %3. Ist eine Installation fertig, werfen Sie die CD aus, damit der nächste Start das installierte System bootet. &lt;a href=&quot;eject&quot;&gt;CD auswerfen&lt;/a&gt; · &lt;a href=&quot;keep&quot;&gt;Behalten&lt;/a&gt;</translation>
    </message>
    <message>
        <location filename="../src/ui/MainWindow.cpp" line="1346"/>
        <source>powered off</source>
        <translation>ausgeschaltet</translation>
    </message>
    <message>
        <location filename="../src/ui/MainWindow.cpp" line="1346"/>
        <source>restarted</source>
        <translation>neu gestartet</translation>
    </message>
    <message>
        <location filename="../src/ui/MainWindow.cpp" line="1358"/>
        <source>Copied: %1</source>
        <translation>Kopiert: %1</translation>
    </message>
    <message>
        <location filename="../src/ui/MainWindow.cpp" line="1373"/>
        <source>Opening a terminal</source>
        <translation>Das Öffnen eines Terminals</translation>
    </message>
    <message>
        <location filename="../src/ui/MainWindow.cpp" line="1373"/>
        <source>%1 could not be started. The ssh command was copied instead: %2</source>
        <translation>%1 konnte nicht gestartet werden. Stattdessen wurde der ssh-Befehl kopiert: %2</translation>
    </message>
    <message>
        <location filename="../src/ui/MainWindow.cpp" line="1374"/>
        <source>no terminal program was found (set TERMINAL). The ssh command was copied instead: %1</source>
        <translation>kein Terminalprogramm gefunden (TERMINAL setzen). Stattdessen wurde der ssh-Befehl kopiert: %1</translation>
    </message>
    <message>
        <location filename="../src/ui/MainWindow.cpp" line="1377"/>
        <source>Opened %1 with: %2</source>
        <translation>%1 geöffnet mit: %2</translation>
    </message>
    <message>
        <location filename="../src/ui/MainWindowHosts.cpp" line="53"/>
        <location filename="../src/ui/MainWindowHosts.cpp" line="67"/>
        <location filename="../src/ui/MainWindowHosts.cpp" line="185"/>
        <location filename="../src/ui/MainWindowHosts.cpp" line="189"/>
        <source>Connecting to %1</source>
        <translation>Verbindung mit %1</translation>
    </message>
    <message>
        <location filename="../src/ui/MainWindowHosts.cpp" line="90"/>
        <source>Connecting to %1…</source>
        <translation>Verbinde mit %1…</translation>
    </message>
    <message>
        <location filename="../src/ui/MainWindowHosts.cpp" line="99"/>
        <source>%1 presents a certificate with the SHA-256 fingerprint

%2

Is it the fingerprint its vman --server printed when it started? Only then is this really that computer, and only then is the pairing code sent.</source>
        <translation>%1 legt ein Zertifikat mit dem SHA-256-Fingerabdruck

%2

vor. Ist das der Fingerabdruck, den sein vman --server beim Start ausgegeben hat? Nur dann ist das wirklich dieser Rechner, und nur dann wird der Kopplungscode gesendet.</translation>
    </message>
    <message>
        <location filename="../src/ui/MainWindowHosts.cpp" line="104"/>
        <source>Pairing with %1…</source>
        <translation>Kopplung mit %1…</translation>
    </message>
    <message>
        <location filename="../src/ui/MainWindowHosts.cpp" line="96"/>
        <location filename="../src/ui/MainWindowHosts.cpp" line="110"/>
        <source>Pairing with %1</source>
        <translation>Kopplung mit %1</translation>
    </message>
    <message>
        <location filename="../src/ui/MainWindowHosts.cpp" line="102"/>
        <source>Trust %1?</source>
        <translation>%1 vertrauen?</translation>
    </message>
    <message>
        <location filename="../src/ui/MainWindowHosts.cpp" line="115"/>
        <source>Remembering %1</source>
        <translation>Speichern von %1</translation>
    </message>
    <message>
        <location filename="../src/ui/MainWindowHosts.cpp" line="128"/>
        <source>%1 (%2)</source>
        <translation>%1 (%2)</translation>
    </message>
    <message>
        <location filename="../src/ui/MainWindowHosts.cpp" line="137"/>
        <location filename="../src/ui/MainWindowHosts.cpp" line="144"/>
        <source>Remove host</source>
        <translation>Host entfernen</translation>
    </message>
    <message>
        <location filename="../src/ui/MainWindowHosts.cpp" line="137"/>
        <source>Host:</source>
        <translation>Host:</translation>
    </message>
    <message>
        <location filename="../src/ui/MainWindowHosts.cpp" line="145"/>
        <source>Stop showing %1 here and end this computer&apos;s access to it? Its virtual machines keep running there. Adding it again needs a new pairing code.</source>
        <translation>%1 hier nicht mehr zeigen und den Zugang dieses Rechners dort beenden? Seine virtuellen Maschinen laufen dort weiter. Um ihn wieder hinzuzufügen, braucht es einen neuen Kopplungscode.</translation>
    </message>
    <message>
        <location filename="../src/ui/MainWindowHosts.cpp" line="166"/>
        <source>Forgetting %1</source>
        <translation>Vergessen von %1</translation>
    </message>
    <message>
        <location filename="../src/ui/MainWindowHosts.cpp" line="186"/>
        <source>it now shows another certificate than the one paired with, so VMAN refused it, as SSH does with a changed host key. Someone may be in between. If its certificate was renewed on purpose, remove the host and add it again with a new pairing code.</source>
        <translation>er zeigt jetzt ein anderes Zertifikat als beim Koppeln, daher hat VMAN ihn abgelehnt, wie SSH es bei einem geänderten Host-Schlüssel tut. Womöglich steht jemand dazwischen. Wurde sein Zertifikat absichtlich erneuert, entfernen Sie den Host und fügen Sie ihn mit einem neuen Kopplungscode wieder hinzu.</translation>
    </message>
    <message>
        <location filename="../src/ui/MainWindowHosts.cpp" line="190"/>
        <source>it no longer accepts this computer&apos;s token (revoked there?). Remove the host and add it again with a new pairing code.</source>
        <translation>er nimmt das Token dieses Rechners nicht mehr an (dort widerrufen?). Entfernen Sie den Host und fügen Sie ihn mit einem neuen Kopplungscode wieder hinzu.</translation>
    </message>
    <message>
        <location filename="../src/ui/MainWindow.cpp" line="1414"/>
        <source>Virtual machines keep running</source>
        <translation>Virtuelle Maschinen laufen weiter</translation>
    </message>
    <message>
        <location filename="../src/ui/MainWindow.cpp" line="1415"/>
        <source>Closing VMAN leaves your virtual machines running: they are processes of their own. The next VMAN you start takes them over again.</source>
        <translation>Wenn Sie VMAN schließen, laufen Ihre virtuellen Maschinen weiter: Sie sind eigene Prozesse. Das nächste gestartete VMAN übernimmt sie wieder.</translation>
    </message>
</context>
<context>
    <name>vman::ResizeDiskDialog</name>
    <message>
        <location filename="../src/ui/VmChangeDialogs.cpp" line="175"/>
        <source>Grow disk &apos;%1&apos;</source>
        <translation>Platte „%1“ vergrößern</translation>
    </message>
    <message>
        <location filename="../src/ui/VmChangeDialogs.cpp" line="181"/>
        <source> GiB</source>
        <translation> GiB</translation>
    </message>
    <message>
        <location filename="../src/ui/VmChangeDialogs.cpp" line="182"/>
        <source>New &amp;size:</source>
        <translation>Neue &amp;Größe:</translation>
    </message>
    <message>
        <location filename="../src/ui/VmChangeDialogs.cpp" line="183"/>
        <source>Its machine is running: the guest sees the new size at once. Its partitions and file systems are the guest&apos;s to grow.</source>
        <translation>Ihre Maschine läuft: Der Gast sieht die neue Größe sofort. Partitionen und Dateisysteme vergrößert der Gast selbst.</translation>
    </message>
    <message>
        <location filename="../src/ui/VmChangeDialogs.cpp" line="184"/>
        <source>Disks only grow. The partitions and file systems on it are the guest&apos;s to grow.</source>
        <translation>Platten werden nur größer. Partitionen und Dateisysteme darauf vergrößert der Gast selbst.</translation>
    </message>
    <message>
        <location filename="../src/ui/VmChangeDialogs.cpp" line="200"/>
        <source>Choose a larger size: the disk has %1 GiB now.</source>
        <translation>Wählen Sie eine größere Größe: Die Platte hat jetzt %1 GiB.</translation>
    </message>
</context>
<context>
    <name>vman::SettingsDialog</name>
    <message>
        <location filename="../src/ui/SettingsDialog.cpp" line="72"/>
        <source>Settings</source>
        <translation>Einstellungen</translation>
    </message>
    <message>
        <location filename="../src/ui/SettingsDialog.cpp" line="86"/>
        <source>default: ~/.local/share/vman (or /var/lib/vman as root)</source>
        <translation>Standard: ~/.local/share/vman (oder /var/lib/vman als root)</translation>
    </message>
    <message>
        <location filename="../src/ui/SettingsDialog.cpp" line="87"/>
        <source>none: VMs get an empty 10 GiB disk</source>
        <translation>keine: VMs erhalten eine leere 10-GiB-Festplatte</translation>
    </message>
    <message>
        <location filename="../src/ui/SettingsDialog.cpp" line="89"/>
        <source>Linked clone (instant)</source>
        <translation>Verknüpfter Klon (sofort)</translation>
    </message>
    <message>
        <location filename="../src/ui/SettingsDialog.cpp" line="90"/>
        <source>Full copy (independent)</source>
        <translation>Vollständige Kopie (unabhängig)</translation>
    </message>
    <message>
        <location filename="../src/ui/SettingsDialog.cpp" line="95"/>
        <source>none</source>
        <translation>keine</translation>
    </message>
    <message>
        <location filename="../src/ui/SettingsDialog.cpp" line="100"/>
        <source> s</source>
        <translation> s</translation>
    </message>
    <message>
        <location filename="../src/ui/SettingsDialog.cpp" line="102"/>
        <source>Automatic (KVM when usable)</source>
        <translation>Automatisch (KVM, wenn nutzbar)</translation>
    </message>
    <message>
        <location filename="../src/ui/SettingsDialog.cpp" line="104"/>
        <source>TCG (emulation)</source>
        <translation>TCG (Emulation)</translation>
    </message>
    <message>
        <location filename="../src/ui/SettingsDialog.cpp" line="112"/>
        <source>Browse…</source>
        <translation>Durchsuchen…</translation>
    </message>
    <message>
        <location filename="../src/ui/SettingsDialog.cpp" line="114"/>
        <source>Default boot disk</source>
        <translation>Standard-Startfestplatte</translation>
    </message>
    <message>
        <location filename="../src/ui/SettingsDialog.cpp" line="114"/>
        <source>qcow2 images (*.qcow2);;All files (*)</source>
        <translation>qcow2-Abbilder (*.qcow2);;Alle Dateien (*)</translation>
    </message>
    <message>
        <location filename="../src/ui/SettingsDialog.cpp" line="122"/>
        <source>Storage folder:</source>
        <translation>Speicherordner:</translation>
    </message>
    <message>
        <location filename="../src/ui/SettingsDialog.cpp" line="123"/>
        <source>Default boot disk:</source>
        <translation>Standard-Startfestplatte:</translation>
    </message>
    <message>
        <location filename="../src/ui/SettingsDialog.cpp" line="124"/>
        <source>Root disks:</source>
        <translation>Systemfestplatten:</translation>
    </message>
    <message>
        <location filename="../src/ui/SettingsDialog.cpp" line="125"/>
        <source>API address:</source>
        <translation>API-Adresse:</translation>
    </message>
    <message>
        <location filename="../src/ui/SettingsDialog.cpp" line="126"/>
        <source>API port:</source>
        <translation>API-Port:</translation>
    </message>
    <message>
        <location filename="../src/ui/SettingsDialog.cpp" line="127"/>
        <source>API token:</source>
        <translation>API-Token:</translation>
    </message>
    <message>
        <location filename="../src/ui/SettingsDialog.cpp" line="128"/>
        <source>Observer interval:</source>
        <translation>Observer-Intervall:</translation>
    </message>
    <message>
        <location filename="../src/ui/SettingsDialog.cpp" line="129"/>
        <source>Acceleration:</source>
        <translation>Beschleunigung:</translation>
    </message>
    <message>
        <location filename="../src/ui/SettingsDialog.cpp" line="140"/>
        <source>Set by %1 in the %2; change it there</source>
        <translation>Festgelegt durch %1 in %2; dort ändern</translation>
    </message>
    <message>
        <location filename="../src/ui/SettingsDialog.cpp" line="144"/>
        <source>Stored as %1</source>
        <translation>Gespeichert als %1</translation>
    </message>
    <message>
        <location filename="../src/ui/SettingsDialog.cpp" line="152"/>
        <source>Changes apply the next time VMAN starts. Greyed settings are fixed by environment variables.</source>
        <translation>Änderungen gelten beim nächsten Start von VMAN. Ausgegraute Einstellungen sind durch Umgebungsvariablen festgelegt.</translation>
    </message>
</context>
<context>
    <name>vman::SnapshotsDialog</name>
    <message>
        <location filename="../src/ui/SnapshotsDialog.cpp" line="24"/>
        <source>Snapshots of &apos;%1&apos;</source>
        <translation>Snapshots von „%1“</translation>
    </message>
    <message>
        <location filename="../src/ui/SnapshotsDialog.cpp" line="28"/>
        <source>Name</source>
        <translation>Name</translation>
    </message>
    <message>
        <location filename="../src/ui/SnapshotsDialog.cpp" line="28"/>
        <source>Taken</source>
        <translation>Angelegt</translation>
    </message>
    <message>
        <location filename="../src/ui/SnapshotsDialog.cpp" line="28"/>
        <source>Holds</source>
        <translation>Enthält</translation>
    </message>
    <message>
        <location filename="../src/ui/SnapshotsDialog.cpp" line="28"/>
        <source>Memory saved</source>
        <translation>Gesicherter Speicher</translation>
    </message>
    <message>
        <location filename="../src/ui/SnapshotsDialog.cpp" line="28"/>
        <source>Description</source>
        <translation>Beschreibung</translation>
    </message>
    <message>
        <location filename="../src/ui/SnapshotsDialog.cpp" line="35"/>
        <source>&amp;Take snapshot…</source>
        <translation>Snapshot &amp;anlegen…</translation>
    </message>
    <message>
        <location filename="../src/ui/SnapshotsDialog.cpp" line="36"/>
        <source>&amp;Revert…</source>
        <translation>&amp;Zurücksetzen…</translation>
    </message>
    <message>
        <location filename="../src/ui/SnapshotsDialog.cpp" line="37"/>
        <source>&amp;Delete…</source>
        <translation>&amp;Löschen…</translation>
    </message>
    <message>
        <location filename="../src/ui/SnapshotsDialog.cpp" line="107"/>
        <source>memory and disks</source>
        <translation>Speicher und Platten</translation>
    </message>
    <message>
        <location filename="../src/ui/SnapshotsDialog.cpp" line="107"/>
        <source>disks</source>
        <translation>Platten</translation>
    </message>
    <message>
        <location filename="../src/ui/SnapshotsDialog.cpp" line="122"/>
        <source>The virtual machine is gone.</source>
        <translation>Die virtuelle Maschine gibt es nicht mehr.</translation>
    </message>
    <message>
        <location filename="../src/ui/SnapshotsDialog.cpp" line="123"/>
        <source>Wait until the operation in progress has finished.</source>
        <translation>Warten Sie, bis der laufende Vorgang abgeschlossen ist.</translation>
    </message>
    <message>
        <location filename="../src/ui/SnapshotsDialog.cpp" line="124"/>
        <source>The virtual machine is %1; wait until it runs or has stopped.</source>
        <translation>Die virtuelle Maschine ist %1; warten Sie, bis sie läuft oder gestoppt ist.</translation>
    </message>
    <message>
        <location filename="../src/ui/SnapshotsDialog.cpp" line="125"/>
        <source>Select a snapshot first.</source>
        <translation>Wählen Sie zuerst einen Snapshot.</translation>
    </message>
    <message>
        <location filename="../src/ui/SnapshotsDialog.cpp" line="126"/>
        <source>Snapshot of its disks (it is stopped)</source>
        <translation>Snapshot ihrer Platten (sie ist gestoppt)</translation>
    </message>
    <message>
        <location filename="../src/ui/SnapshotsDialog.cpp" line="127"/>
        <source>Snapshot of its memory and disks; the guest pauses while its memory is saved</source>
        <translation>Snapshot von Speicher und Platten; der Gast hält an, während sein Speicher gesichert wird</translation>
    </message>
    <message>
        <location filename="../src/ui/SnapshotsDialog.cpp" line="129"/>
        <source>Go back to the selected snapshot</source>
        <translation>Zum gewählten Snapshot zurückkehren</translation>
    </message>
    <message>
        <location filename="../src/ui/SnapshotsDialog.cpp" line="130"/>
        <source>Delete the selected snapshot (the machine stays as it is)</source>
        <translation>Den gewählten Snapshot löschen (die Maschine bleibt, wie sie ist)</translation>
    </message>
    <message>
        <location filename="../src/ui/SnapshotsDialog.cpp" line="140"/>
        <source>Everything &apos;%1&apos; wrote to its disks since %2 is lost.</source>
        <translation>Alles, was „%1“ seit %2 auf ihre Platten geschrieben hat, geht verloren.</translation>
    </message>
    <message>
        <location filename="../src/ui/SnapshotsDialog.cpp" line="142"/>
        <source>It starts again where it was when the snapshot was taken.</source>
        <translation>Sie startet wieder dort, wo sie beim Anlegen des Snapshots war.</translation>
    </message>
    <message>
        <location filename="../src/ui/SnapshotsDialog.cpp" line="143"/>
        <source>Its running programs go back to where they were then.</source>
        <translation>Ihre laufenden Programme kehren dorthin zurück, wo sie damals waren.</translation>
    </message>
    <message>
        <location filename="../src/ui/SnapshotsDialog.cpp" line="145"/>
        <source>Its size goes back to %1 vCPUs and %2 GiB.</source>
        <translation>Ihre Größe wird wieder %1 vCPUs und %2 GiB.</translation>
    </message>
    <message>
        <location filename="../src/ui/SnapshotsDialog.cpp" line="151"/>
        <source>%1 failed: %2</source>
        <translation>%1 fehlgeschlagen: %2</translation>
    </message>
    <message>
        <location filename="../src/ui/SnapshotsDialog.cpp" line="165"/>
        <location filename="../src/ui/SnapshotsDialog.cpp" line="172"/>
        <source>Taking the snapshot</source>
        <translation>Anlegen des Snapshots</translation>
    </message>
    <message>
        <location filename="../src/ui/SnapshotsDialog.cpp" line="166"/>
        <source>Taking the snapshot…</source>
        <translation>Snapshot wird angelegt…</translation>
    </message>
    <message>
        <location filename="../src/ui/SnapshotsDialog.cpp" line="173"/>
        <source>Snapshot &apos;%1&apos; taken.</source>
        <translation>Snapshot „%1“ angelegt.</translation>
    </message>
    <message>
        <location filename="../src/ui/SnapshotsDialog.cpp" line="182"/>
        <source>Reverting to &apos;%1&apos;…</source>
        <translation>Zurücksetzen auf „%1“…</translation>
    </message>
    <message>
        <location filename="../src/ui/SnapshotsDialog.cpp" line="188"/>
        <source>Reverting to &apos;%1&apos;</source>
        <translation>Zurücksetzen auf „%1“</translation>
    </message>
    <message>
        <location filename="../src/ui/SnapshotsDialog.cpp" line="189"/>
        <source>Back at snapshot &apos;%1&apos;.</source>
        <translation>Zurück bei Snapshot „%1“.</translation>
    </message>
    <message>
        <location filename="../src/ui/SnapshotsDialog.cpp" line="198"/>
        <source>Deleting &apos;%1&apos;…</source>
        <translation>„%1“ wird gelöscht…</translation>
    </message>
    <message>
        <location filename="../src/ui/SnapshotsDialog.cpp" line="204"/>
        <source>Deleting &apos;%1&apos;</source>
        <translation>Löschen von „%1“</translation>
    </message>
    <message>
        <location filename="../src/ui/SnapshotsDialog.cpp" line="205"/>
        <source>Snapshot &apos;%1&apos; deleted.</source>
        <translation>Snapshot „%1“ gelöscht.</translation>
    </message>
    <message>
        <location filename="../src/ui/SnapshotsDialog.cpp" line="213"/>
        <source>Take snapshot</source>
        <translation>Snapshot anlegen</translation>
    </message>
    <message>
        <location filename="../src/ui/SnapshotsDialog.cpp" line="213"/>
        <source>Name (empty: one is generated):</source>
        <translation>Name (leer: wird erzeugt):</translation>
    </message>
    <message>
        <location filename="../src/ui/SnapshotsDialog.cpp" line="223"/>
        <source>Revert to &apos;%1&apos;</source>
        <translation>Auf „%1“ zurücksetzen</translation>
    </message>
    <message>
        <location filename="../src/ui/SnapshotsDialog.cpp" line="233"/>
        <source>Delete snapshot</source>
        <translation>Snapshot löschen</translation>
    </message>
    <message>
        <location filename="../src/ui/SnapshotsDialog.cpp" line="233"/>
        <source>Delete snapshot &apos;%1&apos;? The machine stays as it is; you can no longer go back to it.</source>
        <translation>Snapshot „%1“ löschen? Die Maschine bleibt, wie sie ist; Sie können nicht mehr dorthin zurück.</translation>
    </message>
</context>
<context>
    <name>vman::TemplateDialog</name>
    <message>
        <location filename="../src/ui/ResourceDialogs.cpp" line="22"/>
        <source>New template</source>
        <translation>Neue Vorlage</translation>
    </message>
    <message>
        <location filename="../src/ui/ResourceDialogs.cpp" line="26"/>
        <source>e.g. small</source>
        <translation>z. B. small</translation>
    </message>
    <message>
        <location filename="../src/ui/ResourceDialogs.cpp" line="35"/>
        <source> GiB</source>
        <translation> GiB</translation>
    </message>
    <message>
        <location filename="../src/ui/ResourceDialogs.cpp" line="36"/>
        <source>&amp;Name:</source>
        <translation>&amp;Name:</translation>
    </message>
    <message>
        <location filename="../src/ui/ResourceDialogs.cpp" line="37"/>
        <source>&amp;vCPUs:</source>
        <translation>&amp;vCPUs:</translation>
    </message>
    <message>
        <location filename="../src/ui/ResourceDialogs.cpp" line="38"/>
        <source>&amp;RAM:</source>
        <translation>&amp;RAM:</translation>
    </message>
</context>
<context>
    <name>vman::TemplateTableModel</name>
    <message>
        <location filename="../src/ui/TemplateTableModel.cpp" line="69"/>
        <source>%1 GiB</source>
        <translation>%1 GiB</translation>
    </message>
    <message>
        <location filename="../src/ui/TemplateTableModel.cpp" line="83"/>
        <source>Name</source>
        <translation>Name</translation>
    </message>
    <message>
        <location filename="../src/ui/TemplateTableModel.cpp" line="84"/>
        <source>vCPUs</source>
        <translation>vCPUs</translation>
    </message>
    <message>
        <location filename="../src/ui/TemplateTableModel.cpp" line="85"/>
        <source>Memory</source>
        <translation>Speicher</translation>
    </message>
    <message>
        <location filename="../src/ui/TemplateTableModel.cpp" line="86"/>
        <source>VMs</source>
        <translation>VMs</translation>
    </message>
    <message>
        <location filename="../src/ui/TemplateTableModel.cpp" line="87"/>
        <source>Created</source>
        <translation>Erstellt</translation>
    </message>
    <message>
        <location filename="../src/ui/TemplateTableModel.cpp" line="88"/>
        <source>Host</source>
        <translation>Host</translation>
    </message>
</context>
<context>
    <name>vman::TerminalView</name>
    <message>
        <location filename="../src/ui/ConsoleWindow.cpp" line="120"/>
        <source>&amp;Copy</source>
        <translation>&amp;Kopieren</translation>
    </message>
    <message>
        <location filename="../src/ui/ConsoleWindow.cpp" line="123"/>
        <source>&amp;Paste to the guest</source>
        <translation>An den Gast &amp;einfügen</translation>
    </message>
    <message>
        <location filename="../src/ui/ConsoleWindow.cpp" line="127"/>
        <source>Select &amp;all</source>
        <translation>&amp;Alles auswählen</translation>
    </message>
</context>
<context>
    <name>vman::VmDetailPane</name>
    <message>
        <location filename="../src/ui/VmDetailPane.cpp" line="73"/>
        <source>Screen</source>
        <translation>Bildschirm</translation>
    </message>
    <message>
        <location filename="../src/ui/VmDetailPane.cpp" line="75"/>
        <source>Serial console</source>
        <translation>Serielle Konsole</translation>
    </message>
    <message>
        <location filename="../src/ui/VmDetailPane.cpp" line="140"/>
        <source>No virtual machine selected</source>
        <translation>Keine virtuelle Maschine ausgewählt</translation>
    </message>
    <message>
        <location filename="../src/ui/VmDetailPane.cpp" line="46"/>
        <source>Double-click to open the console</source>
        <translation>Doppelklick öffnet die Konsole</translation>
    </message>
    <message>
        <location filename="../src/ui/VmDetailPane.cpp" line="40"/>
        <source>CPU use over the last five minutes (percent of one core)</source>
        <translation>CPU-Last der letzten fünf Minuten (Prozent eines Kerns)</translation>
    </message>
    <message>
        <location filename="../src/ui/VmDetailPane.cpp" line="149"/>
        <source>%1 (%2 GiB)</source>
        <translation>%1 (%2 GiB)</translation>
    </message>
    <message>
        <location filename="../src/ui/VmDetailPane.cpp" line="152"/>
        <source>%1:%2 → %3/%4</source>
        <translation>%1:%2 → %3/%4</translation>
    </message>
    <message>
        <location filename="../src/ui/VmDetailPane.cpp" line="154"/>
        <source>State: %1</source>
        <translation>Zustand: %1</translation>
    </message>
    <message>
        <location filename="../src/ui/VmDetailPane.cpp" line="157"/>
        <source>Template: %1 (%2 vCPU, %3 GiB RAM)</source>
        <translation>Vorlage: %1 (%2 vCPU, %3 GiB RAM)</translation>
    </message>
    <message>
        <location filename="../src/ui/VmDetailPane.cpp" line="162"/>
        <source>%1 GiB</source>
        <translation>%1 GiB</translation>
    </message>
    <message>
        <location filename="../src/ui/VmDetailPane.cpp" line="162"/>
        <source>its size</source>
        <translation>seine Größe</translation>
    </message>
    <message>
        <location filename="../src/ui/VmDetailPane.cpp" line="164"/>
        <source>Root disk: empty, %1</source>
        <translation>Systemplatte: leer, %1</translation>
    </message>
    <message>
        <location filename="../src/ui/VmDetailPane.cpp" line="164"/>
        <source>10 GiB</source>
        <translation>10 GiB</translation>
    </message>
    <message>
        <location filename="../src/ui/VmDetailPane.cpp" line="165"/>
        <source>Root disk: from image %1, %2</source>
        <translation>Systemplatte: aus Abbild %1, %2</translation>
    </message>
    <message>
        <location filename="../src/ui/VmDetailPane.cpp" line="166"/>
        <source>CD: %1</source>
        <translation>CD: %1</translation>
    </message>
    <message>
        <location filename="../src/ui/VmDetailPane.cpp" line="166"/>
        <source>empty</source>
        <translation>leer</translation>
    </message>
    <message>
        <location filename="../src/ui/VmDetailPane.cpp" line="169"/>
        <source>CD</source>
        <translation>CD</translation>
    </message>
    <message>
        <location filename="../src/ui/VmDetailPane.cpp" line="169"/>
        <source>disk</source>
        <translation>Platte</translation>
    </message>
    <message>
        <location filename="../src/ui/VmDetailPane.cpp" line="170"/>
        <source>Boots: %1, %2</source>
        <translation>Startet: %1, %2</translation>
    </message>
    <message>
        <location filename="../src/ui/VmDetailPane.cpp" line="170"/>
        <source>UEFI</source>
        <translation>UEFI</translation>
    </message>
    <message>
        <location filename="../src/ui/VmDetailPane.cpp" line="170"/>
        <source>BIOS</source>
        <translation>BIOS</translation>
    </message>
    <message>
        <location filename="../src/ui/VmDetailPane.cpp" line="171"/>
        <source>Disks: %1</source>
        <translation>Festplatten: %1</translation>
    </message>
    <message>
        <location filename="../src/ui/VmDetailPane.cpp" line="171"/>
        <location filename="../src/ui/VmDetailPane.cpp" line="172"/>
        <source>none</source>
        <translation>keine</translation>
    </message>
    <message>
        <location filename="../src/ui/VmDetailPane.cpp" line="172"/>
        <source>Port forwards: %1</source>
        <translation>Portweiterleitungen: %1</translation>
    </message>
    <message>
        <location filename="../src/ui/VmDetailPane.cpp" line="175"/>
        <source>its guest agent answers</source>
        <translation>ihr Gast-Agent antwortet</translation>
    </message>
    <message>
        <location filename="../src/ui/VmDetailPane.cpp" line="176"/>
        <source>its SSH server answers</source>
        <translation>ihr SSH-Server antwortet</translation>
    </message>
    <message>
        <location filename="../src/ui/VmDetailPane.cpp" line="177"/>
        <source>its console showed the ready marker</source>
        <translation>ihre Konsole zeigte die Bereit-Markierung</translation>
    </message>
    <message>
        <location filename="../src/ui/VmDetailPane.cpp" line="178"/>
        <source>Guest: ready (%1)</source>
        <translation>Gast: bereit (%1)</translation>
    </message>
    <message>
        <location filename="../src/ui/VmDetailPane.cpp" line="178"/>
        <source>Guest: not ready yet</source>
        <translation>Gast: noch nicht bereit</translation>
    </message>
    <message>
        <location filename="../src/ui/VmDetailPane.cpp" line="180"/>
        <source>Operating system: %1</source>
        <translation>Betriebssystem: %1</translation>
    </message>
    <message>
        <location filename="../src/ui/VmDetailPane.cpp" line="180"/>
        <source>unknown</source>
        <translation>unbekannt</translation>
    </message>
    <message>
        <location filename="../src/ui/VmDetailPane.cpp" line="181"/>
        <source>IP addresses: %1</source>
        <translation>IP-Adressen: %1</translation>
    </message>
    <message>
        <location filename="../src/ui/VmDetailPane.cpp" line="181"/>
        <source>none reported</source>
        <translation>keine gemeldet</translation>
    </message>
    <message numerus="yes">
        <location filename="../src/ui/VmDetailPane.cpp" line="185"/>
        <source>Cloud-init: host name %1, %n SSH key(s)</source>
        <translation>
            <numerusform>Cloud-init: Hostname %1, %n SSH-Schlüssel</numerusform>
            <numerusform>Cloud-init: Hostname %1, %n SSH-Schlüssel</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../src/ui/VmDetailPane.cpp" line="187"/>
        <source>SSH: %1</source>
        <translation>SSH: %1</translation>
    </message>
    <message>
        <location filename="../src/ui/VmDetailPane.cpp" line="188"/>
        <source>Created: %1</source>
        <translation>Erstellt: %1</translation>
    </message>
    <message>
        <location filename="../src/ui/VmDetailPane.cpp" line="189"/>
        <source>Id: %1</source>
        <translation>Kennung: %1</translation>
    </message>
    <message>
        <location filename="../src/ui/VmDetailPane.cpp" line="222"/>
        <source>CPU: %1 % of one core</source>
        <translation>CPU: %1 % eines Kerns</translation>
    </message>
    <message>
        <location filename="../src/ui/VmDetailPane.cpp" line="224"/>
        <source>memory: %1 in use (%2 GiB given)</source>
        <translation>Speicher: %1 belegt (%2 GiB zugeteilt)</translation>
    </message>
</context>
<context>
    <name>vman::VmDialog</name>
    <message>
        <location filename="../src/ui/ResourceDialogs.cpp" line="57"/>
        <source>New virtual machine</source>
        <translation>Neue virtuelle Maschine</translation>
    </message>
    <message>
        <location filename="../src/ui/ResourceDialogs.cpp" line="62"/>
        <source>%1 (%2 vCPU, %3 GiB)</source>
        <translation>%1 (%2 vCPU, %3 GiB)</translation>
    </message>
    <message>
        <location filename="../src/ui/ResourceDialogs.cpp" line="65"/>
        <source>optional: a name is generated</source>
        <translation>optional: ein Name wird erzeugt</translation>
    </message>
    <message>
        <location filename="../src/ui/ResourceDialogs.cpp" line="69"/>
        <source>Default (template or library)</source>
        <translation>Standard (Vorlage oder Bibliothek)</translation>
    </message>
    <message>
        <location filename="../src/ui/ResourceDialogs.cpp" line="70"/>
        <source>Empty disk (install from a CD)</source>
        <translation>Leere Platte (von CD installieren)</translation>
    </message>
    <message>
        <location filename="../src/ui/ResourceDialogs.cpp" line="73"/>
        <source>None</source>
        <translation>Keine</translation>
    </message>
    <message>
        <location filename="../src/ui/ResourceDialogs.cpp" line="76"/>
        <source>%1 (%2, %3)</source>
        <translation>%1 (%2, %3)</translation>
    </message>
    <message>
        <location filename="../src/ui/ResourceDialogs.cpp" line="77"/>
        <source>%1 (not ready)</source>
        <translation>%1 (nicht bereit)</translation>
    </message>
    <message>
        <location filename="../src/ui/ResourceDialogs.cpp" line="83"/>
        <source> GiB</source>
        <translation> GiB</translation>
    </message>
    <message>
        <location filename="../src/ui/ResourceDialogs.cpp" line="84"/>
        <source>Default</source>
        <translation>Standard</translation>
    </message>
    <message>
        <location filename="../src/ui/ResourceDialogs.cpp" line="85"/>
        <source>The root disk&apos;s size. Default: the image&apos;s size, or 10 GiB for an empty disk. A disk made from an image is never smaller than the image.</source>
        <translation>Größe der Systemplatte. Standard: die Größe des Abbilds, oder 10 GiB für eine leere Platte. Eine Platte aus einem Abbild ist nie kleiner als das Abbild.</translation>
    </message>
    <message>
        <location filename="../src/ui/ResourceDialogs.cpp" line="89"/>
        <source>Default (template, else BIOS)</source>
        <translation>Standard (Vorlage, sonst BIOS)</translation>
    </message>
    <message>
        <location filename="../src/ui/ResourceDialogs.cpp" line="90"/>
        <source>BIOS (SeaBIOS)</source>
        <translation>BIOS (SeaBIOS)</translation>
    </message>
    <message>
        <location filename="../src/ui/ResourceDialogs.cpp" line="91"/>
        <source>UEFI (OVMF)</source>
        <translation>UEFI (OVMF)</translation>
    </message>
    <message>
        <location filename="../src/ui/ResourceDialogs.cpp" line="94"/>
        <source>optional, e.g. 2222:22, 8080:80</source>
        <translation>optional, z. B. 2222:22, 8080:80</translation>
    </message>
    <message>
        <location filename="../src/ui/ResourceDialogs.cpp" line="95"/>
        <source>Host ports forwarded to the guest: host:guest[/tcp|udp], separated by commas; an address may come first (0.0.0.0:2222:22).</source>
        <translation>An den Gast weitergeleitete Host-Ports: host:gast[/tcp|udp], durch Kommas getrennt; eine Adresse darf vorangehen (0.0.0.0:2222:22).</translation>
    </message>
    <message>
        <location filename="../src/ui/ResourceDialogs.cpp" line="97"/>
        <source>&amp;Template:</source>
        <translation>&amp;Vorlage:</translation>
    </message>
    <message>
        <location filename="../src/ui/ResourceDialogs.cpp" line="98"/>
        <source>&amp;Name:</source>
        <translation>&amp;Name:</translation>
    </message>
    <message>
        <location filename="../src/ui/ResourceDialogs.cpp" line="99"/>
        <source>Boot &amp;image:</source>
        <translation>Start-&amp;Abbild:</translation>
    </message>
    <message>
        <location filename="../src/ui/ResourceDialogs.cpp" line="100"/>
        <source>&amp;Disk size:</source>
        <translation>&amp;Plattengröße:</translation>
    </message>
    <message>
        <location filename="../src/ui/ResourceDialogs.cpp" line="101"/>
        <source>Install from &amp;CD:</source>
        <translation>Von &amp;CD installieren:</translation>
    </message>
    <message>
        <location filename="../src/ui/ResourceDialogs.cpp" line="102"/>
        <source>&amp;Firmware:</source>
        <translation>&amp;Firmware:</translation>
    </message>
    <message>
        <location filename="../src/ui/ResourceDialogs.cpp" line="103"/>
        <source>&amp;Port forwards:</source>
        <translation>&amp;Portweiterleitungen:</translation>
    </message>
    <message>
        <location filename="../src/ui/ResourceDialogs.cpp" line="106"/>
        <source>Set up with clo&amp;ud-init (cloud images)</source>
        <translation>Mit clo&amp;ud-init einrichten (Cloud-Images)</translation>
    </message>
    <message>
        <location filename="../src/ui/ResourceDialogs.cpp" line="113"/>
        <source>ssh-ed25519 AAAA… (the contents of your ~/.ssh/id_ed25519.pub)</source>
        <translation>ssh-ed25519 AAAA… (der Inhalt Ihrer ~/.ssh/id_ed25519.pub)</translation>
    </message>
    <message>
        <location filename="../src/ui/ResourceDialogs.cpp" line="114"/>
        <source>Your OpenSSH public key, for the image&apos;s default user. VMAN forwards a free host port to the guest&apos;s SSH port and shows the ssh command.</source>
        <translation>Ihr öffentlicher OpenSSH-Schlüssel, für den Standardbenutzer des Images. VMAN leitet einen freien Host-Port an den SSH-Port des Gasts weiter und zeigt den ssh-Befehl.</translation>
    </message>
    <message>
        <location filename="../src/ui/ResourceDialogs.cpp" line="118"/>
        <source>optional: from the VM&apos;s name</source>
        <translation>optional: aus dem Namen der VM</translation>
    </message>
    <message>
        <location filename="../src/ui/ResourceDialogs.cpp" line="121"/>
        <source>optional, e.g.
#cloud-config
packages: [nginx]</source>
        <translation>optional, z. B.
#cloud-config
packages: [nginx]</translation>
    </message>
    <message>
        <location filename="../src/ui/ResourceDialogs.cpp" line="125"/>
        <source>SSH &amp;key:</source>
        <translation>SSH-&amp;Schlüssel:</translation>
    </message>
    <message>
        <location filename="../src/ui/ResourceDialogs.cpp" line="126"/>
        <source>&amp;Host name:</source>
        <translation>&amp;Hostname:</translation>
    </message>
    <message>
        <location filename="../src/ui/ResourceDialogs.cpp" line="127"/>
        <source>Us&amp;er data:</source>
        <translation>B&amp;enutzerdaten:</translation>
    </message>
    <message>
        <location filename="../src/ui/ResourceDialogs.cpp" line="158"/>
        <source>&apos;%1&apos; is not host:guest[/protocol]</source>
        <translation>„%1“ hat nicht die Form host:gast[/protokoll]</translation>
    </message>
    <message>
        <location filename="../src/ui/ResourceDialogs.cpp" line="213"/>
        <source>Create a template first</source>
        <translation>Erstellen Sie zuerst eine Vorlage</translation>
    </message>
    <message>
        <location filename="../src/ui/ResourceDialogs.cpp" line="216"/>
        <source>ports</source>
        <translation>Ports</translation>
    </message>
</context>
<context>
    <name>vman::VmEditDialog</name>
    <message>
        <location filename="../src/ui/VmChangeDialogs.cpp" line="40"/>
        <source>Edit &apos;%1&apos;</source>
        <translation>„%1“ bearbeiten</translation>
    </message>
    <message>
        <location filename="../src/ui/VmChangeDialogs.cpp" line="51"/>
        <location filename="../src/ui/VmChangeDialogs.cpp" line="59"/>
        <source> GiB</source>
        <translation> GiB</translation>
    </message>
    <message>
        <location filename="../src/ui/VmChangeDialogs.cpp" line="60"/>
        <source>The root disk only grows. On a running machine it grows at once; the guest&apos;s partition and file system are its own to grow.</source>
        <translation>Die Systemplatte wird nur größer. Bei einer laufenden Maschine sofort; Partition und Dateisystem vergrößert der Gast selbst.</translation>
    </message>
    <message>
        <location filename="../src/ui/VmChangeDialogs.cpp" line="64"/>
        <source>Default</source>
        <translation>Standard</translation>
    </message>
    <message>
        <location filename="../src/ui/VmChangeDialogs.cpp" line="65"/>
        <source>Disk, then CD</source>
        <translation>Platte, dann CD</translation>
    </message>
    <message>
        <location filename="../src/ui/VmChangeDialogs.cpp" line="66"/>
        <source>CD, then disk</source>
        <translation>CD, dann Platte</translation>
    </message>
    <message>
        <location filename="../src/ui/VmChangeDialogs.cpp" line="67"/>
        <source>Disk only</source>
        <translation>Nur Platte</translation>
    </message>
    <message>
        <location filename="../src/ui/VmChangeDialogs.cpp" line="68"/>
        <source>CD only</source>
        <translation>Nur CD</translation>
    </message>
    <message>
        <location filename="../src/ui/VmChangeDialogs.cpp" line="75"/>
        <source>none, e.g. 2222:22, 8080:80</source>
        <translation>keine, z. B. 2222:22, 8080:80</translation>
    </message>
    <message>
        <location filename="../src/ui/VmChangeDialogs.cpp" line="77"/>
        <source>&amp;Name:</source>
        <translation>&amp;Name:</translation>
    </message>
    <message>
        <location filename="../src/ui/VmChangeDialogs.cpp" line="78"/>
        <source>&amp;vCPUs:</source>
        <translation>&amp;vCPUs:</translation>
    </message>
    <message>
        <location filename="../src/ui/VmChangeDialogs.cpp" line="79"/>
        <source>&amp;Memory:</source>
        <translation>&amp;Speicher:</translation>
    </message>
    <message>
        <location filename="../src/ui/VmChangeDialogs.cpp" line="80"/>
        <source>Root &amp;disk:</source>
        <translation>System&amp;platte:</translation>
    </message>
    <message>
        <location filename="../src/ui/VmChangeDialogs.cpp" line="81"/>
        <source>&amp;Boot order:</source>
        <translation>&amp;Bootreihenfolge:</translation>
    </message>
    <message>
        <location filename="../src/ui/VmChangeDialogs.cpp" line="82"/>
        <source>&amp;Port forwards:</source>
        <translation>&amp;Portweiterleitungen:</translation>
    </message>
    <message>
        <location filename="../src/ui/VmChangeDialogs.cpp" line="87"/>
        <source>Stop the virtual machine to change this.</source>
        <translation>Stoppen Sie die virtuelle Maschine, um dies zu ändern.</translation>
    </message>
    <message>
        <location filename="../src/ui/VmChangeDialogs.cpp" line="89"/>
        <source>The machine is running: its name and root disk size can change now; stop it to change its vCPUs, memory, boot order and port forwards.</source>
        <translation>Die Maschine läuft: Name und Größe der Systemplatte lassen sich jetzt ändern; stoppen Sie sie, um vCPUs, Speicher, Bootreihenfolge und Portweiterleitungen zu ändern.</translation>
    </message>
</context>
<context>
    <name>vman::VmTableModel</name>
    <message>
        <location filename="../src/ui/VmTableModel.cpp" line="198"/>
        <source>%1 GiB</source>
        <translation>%1 GiB</translation>
    </message>
    <message>
        <location filename="../src/ui/VmTableModel.cpp" line="116"/>
        <source>CPU: %1 % of one core</source>
        <translation>CPU: %1 % eines Kerns</translation>
    </message>
    <message>
        <location filename="../src/ui/VmTableModel.cpp" line="137"/>
        <source>Name</source>
        <translation>Name</translation>
    </message>
    <message>
        <location filename="../src/ui/VmTableModel.cpp" line="138"/>
        <source>State</source>
        <translation>Zustand</translation>
    </message>
    <message>
        <location filename="../src/ui/VmTableModel.cpp" line="139"/>
        <source>Template</source>
        <translation>Vorlage</translation>
    </message>
    <message>
        <location filename="../src/ui/VmTableModel.cpp" line="140"/>
        <source>vCPUs</source>
        <translation>vCPUs</translation>
    </message>
    <message>
        <location filename="../src/ui/VmTableModel.cpp" line="141"/>
        <source>Memory</source>
        <translation>Speicher</translation>
    </message>
    <message>
        <location filename="../src/ui/VmTableModel.cpp" line="145"/>
        <source>Host</source>
        <translation>Host</translation>
    </message>
    <message>
        <location filename="../src/ui/VmTableModel.cpp" line="197"/>
        <source>%1 / %2 GiB</source>
        <translation>%1 / %2 GiB</translation>
    </message>
    <message>
        <location filename="../src/ui/VmTableModel.cpp" line="204"/>
        <source>Its QEMU holds %1 of host memory; the guest was given %2 GiB</source>
        <translation>Sein QEMU belegt %1 Arbeitsspeicher des Hosts; der Gast hat %2 GiB erhalten</translation>
    </message>
    <message>
        <location filename="../src/ui/VmTableModel.cpp" line="208"/>
        <source>The guest gets %1 GiB when it runs</source>
        <translation>Der Gast erhält %1 GiB, wenn er läuft</translation>
    </message>
    <message>
        <location filename="../src/ui/VmTableModel.cpp" line="142"/>
        <source>Disks</source>
        <translation>Festplatten</translation>
    </message>
    <message>
        <location filename="../src/ui/VmTableModel.cpp" line="143"/>
        <source>Ports</source>
        <translation>Ports</translation>
    </message>
    <message>
        <location filename="../src/ui/VmTableModel.cpp" line="144"/>
        <source>Created</source>
        <translation>Erstellt</translation>
    </message>
</context>
<context>
    <name>vman::console::ConsoleView</name>
    <message>
        <location filename="../src/ui/console/ConsoleView.cpp" line="46"/>
        <location filename="../src/ui/console/ConsoleView.cpp" line="83"/>
        <location filename="../src/ui/console/ConsoleView.cpp" line="103"/>
        <source>No screen</source>
        <translation>Kein Bildschirm</translation>
    </message>
    <message>
        <location filename="../src/ui/console/ConsoleView.cpp" line="93"/>
        <source>Waiting for the screen…</source>
        <translation>Warte auf den Bildschirm…</translation>
    </message>
    <message>
        <location filename="../src/ui/console/ConsoleView.cpp" line="103"/>
        <source>The screen closed: %1</source>
        <translation>Der Bildschirm wurde geschlossen: %1</translation>
    </message>
</context>
<context>
    <name>vman::console::WebSocketStream</name>
    <message>
        <location filename="../src/ui/console/WebSocketStream.cpp" line="26"/>
        <source>cannot create a socket pair: %1</source>
        <translation>kann kein Socket-Paar anlegen: %1</translation>
    </message>
    <message>
        <location filename="../src/ui/console/WebSocketStream.cpp" line="30"/>
        <source>cannot use a socket pair</source>
        <translation>kann das Socket-Paar nicht verwenden</translation>
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
    <message>
        <location filename="../src/ui/HostTableModel.cpp" line="11"/>
        <source>This computer</source>
        <translation>Dieser Rechner</translation>
    </message>
</context>
</TS>
