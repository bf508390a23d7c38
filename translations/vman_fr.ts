<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="fr_FR">
<context>
    <name>QObject</name>
    <message>
        <location filename="../src/ui/MainWindow.cpp" line="60"/>
        <source>Search…</source>
        <translation>Rechercher…</translation>
    </message>
</context>
<context>
    <name>vman::AttachDialog</name>
    <message>
        <location filename="../src/ui/ResourceDialogs.cpp" line="154"/>
        <source>Attach disk &apos;%1&apos;</source>
        <translation>Attacher le disque « %1 »</translation>
    </message>
    <message>
        <location filename="../src/ui/ResourceDialogs.cpp" line="159"/>
        <source>%1 (%2)</source>
        <translation>%1 (%2)</translation>
    </message>
    <message>
        <location filename="../src/ui/ResourceDialogs.cpp" line="160"/>
        <source>&amp;Virtual machine:</source>
        <translation>&amp;Machine virtuelle :</translation>
    </message>
    <message>
        <location filename="../src/ui/ResourceDialogs.cpp" line="173"/>
        <source>There is no virtual machine to attach it to</source>
        <translation>Aucune machine virtuelle à laquelle l’attacher</translation>
    </message>
</context>
<context>
    <name>vman::ConsoleWindow</name>
    <message>
        <location filename="../src/ui/ConsoleWindow.cpp" line="68"/>
        <source>%1 — console</source>
        <translation>%1 — console</translation>
    </message>
    <message>
        <location filename="../src/ui/ConsoleWindow.cpp" line="108"/>
        <source>%1 is %2</source>
        <translation>%1 est %2</translation>
    </message>
    <message>
        <location filename="../src/ui/ConsoleWindow.cpp" line="108"/>
        <source>The virtual machine is gone</source>
        <translation>La machine virtuelle n’existe plus</translation>
    </message>
    <message>
        <location filename="../src/ui/ConsoleWindow.cpp" line="110"/>
        <source>No screen</source>
        <translation>Pas d’écran</translation>
    </message>
    <message>
        <location filename="../src/ui/ConsoleWindow.cpp" line="121"/>
        <source>%1 is running — type into the serial console below</source>
        <translation>%1 est en marche — tapez dans la console série ci-dessous</translation>
    </message>
    <message>
        <location filename="../src/ui/ConsoleWindow.cpp" line="122"/>
        <source>%1 is running — serial console not connected</source>
        <translation>%1 est en marche — console série non connectée</translation>
    </message>
</context>
<context>
    <name>vman::DiskDialog</name>
    <message>
        <location filename="../src/ui/ResourceDialogs.cpp" line="120"/>
        <source>New disk</source>
        <translation>Nouveau disque</translation>
    </message>
    <message>
        <location filename="../src/ui/ResourceDialogs.cpp" line="126"/>
        <source> GiB</source>
        <translation> Gio</translation>
    </message>
    <message>
        <location filename="../src/ui/ResourceDialogs.cpp" line="129"/>
        <source>optional: a name is generated</source>
        <translation>facultatif : un nom est généré</translation>
    </message>
    <message>
        <location filename="../src/ui/ResourceDialogs.cpp" line="130"/>
        <source>&amp;Size:</source>
        <translation>&amp;Taille :</translation>
    </message>
    <message>
        <location filename="../src/ui/ResourceDialogs.cpp" line="131"/>
        <source>&amp;Name:</source>
        <translation>&amp;Nom :</translation>
    </message>
</context>
<context>
    <name>vman::DiskTableModel</name>
    <message>
        <location filename="../src/ui/DiskTableModel.cpp" line="44"/>
        <source>%1 GiB</source>
        <translation>%1 Gio</translation>
    </message>
    <message>
        <location filename="../src/ui/DiskTableModel.cpp" line="45"/>
        <source>ok</source>
        <translation>ok</translation>
    </message>
    <message>
        <location filename="../src/ui/DiskTableModel.cpp" line="45"/>
        <source>error</source>
        <translation>erreur</translation>
    </message>
    <message>
        <location filename="../src/ui/DiskTableModel.cpp" line="79"/>
        <source>Name</source>
        <translation>Nom</translation>
    </message>
    <message>
        <location filename="../src/ui/DiskTableModel.cpp" line="80"/>
        <source>Size</source>
        <translation>Taille</translation>
    </message>
    <message>
        <location filename="../src/ui/DiskTableModel.cpp" line="81"/>
        <source>State</source>
        <translation>État</translation>
    </message>
    <message>
        <location filename="../src/ui/DiskTableModel.cpp" line="82"/>
        <source>Attached to</source>
        <translation>Attaché à</translation>
    </message>
    <message>
        <location filename="../src/ui/DiskTableModel.cpp" line="83"/>
        <source>Created</source>
        <translation>Créé</translation>
    </message>
</context>
<context>
    <name>vman::FormDialog</name>
    <message>
        <location filename="../src/ui/FormDialog.cpp" line="34"/>
        <source>%1: %2</source>
        <translation>%1 : %2</translation>
    </message>
</context>
<context>
    <name>vman::LogDock</name>
    <message>
        <location filename="../src/ui/LogDock.cpp" line="14"/>
        <source>Log</source>
        <translation>Journal</translation>
    </message>
    <message>
        <location filename="../src/ui/LogDock.cpp" line="22"/>
        <source>Debug and above</source>
        <translation>Débogage et plus</translation>
    </message>
    <message>
        <location filename="../src/ui/LogDock.cpp" line="23"/>
        <source>Info and above</source>
        <translation>Info et plus</translation>
    </message>
    <message>
        <location filename="../src/ui/LogDock.cpp" line="24"/>
        <source>Warnings and errors</source>
        <translation>Avertissements et erreurs</translation>
    </message>
    <message>
        <location filename="../src/ui/LogDock.cpp" line="25"/>
        <source>Errors only</source>
        <translation>Erreurs seulement</translation>
    </message>
    <message>
        <location filename="../src/ui/LogDock.cpp" line="29"/>
        <source>Search the log…</source>
        <translation>Rechercher dans le journal…</translation>
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
        <translation>&amp;Machines</translation>
    </message>
    <message>
        <location filename="../src/ui/MainWindow.cpp" line="96"/>
        <source>&amp;Disks</source>
        <translation>&amp;Disques</translation>
    </message>
    <message>
        <location filename="../src/ui/MainWindow.cpp" line="97"/>
        <source>&amp;Templates</source>
        <translation>&amp;Modèles</translation>
    </message>
    <message>
        <location filename="../src/ui/MainWindow.cpp" line="106"/>
        <source>&amp;Log</source>
        <translation>&amp;Journal</translation>
    </message>
    <message>
        <location filename="../src/ui/MainWindow.cpp" line="155"/>
        <source>&amp;New VM…</source>
        <translation>&amp;Nouvelle VM…</translation>
    </message>
    <message>
        <location filename="../src/ui/MainWindow.cpp" line="155"/>
        <source>Create a virtual machine from a template</source>
        <translation>Créer une machine virtuelle à partir d’un modèle</translation>
    </message>
    <message>
        <location filename="../src/ui/MainWindow.cpp" line="156"/>
        <source>&amp;Start</source>
        <translation>&amp;Démarrer</translation>
    </message>
    <message>
        <location filename="../src/ui/MainWindow.cpp" line="156"/>
        <source>Start the selected virtual machines</source>
        <translation>Démarrer les machines virtuelles sélectionnées</translation>
    </message>
    <message>
        <location filename="../src/ui/MainWindow.cpp" line="157"/>
        <source>S&amp;top</source>
        <translation>A&amp;rrêter</translation>
    </message>
    <message>
        <location filename="../src/ui/MainWindow.cpp" line="157"/>
        <source>Shut the selected virtual machines down (ACPI power button)</source>
        <translation>Éteindre les machines virtuelles sélectionnées (bouton d’alimentation ACPI)</translation>
    </message>
    <message>
        <location filename="../src/ui/MainWindow.cpp" line="158"/>
        <source>&amp;Force stop</source>
        <translation>&amp;Forcer l’arrêt</translation>
    </message>
    <message>
        <location filename="../src/ui/MainWindow.cpp" line="158"/>
        <source>Stop the selected virtual machines at once</source>
        <translation>Arrêter immédiatement les machines virtuelles sélectionnées</translation>
    </message>
    <message>
        <location filename="../src/ui/MainWindow.cpp" line="159"/>
        <source>&amp;Restart</source>
        <translation>Red&amp;émarrer</translation>
    </message>
    <message>
        <location filename="../src/ui/MainWindow.cpp" line="159"/>
        <source>Restart the selected virtual machines</source>
        <translation>Redémarrer les machines virtuelles sélectionnées</translation>
    </message>
    <message>
        <location filename="../src/ui/MainWindow.cpp" line="160"/>
        <source>&amp;Console</source>
        <translation>&amp;Console</translation>
    </message>
    <message>
        <location filename="../src/ui/MainWindow.cpp" line="160"/>
        <source>Open the screen and serial console of the selected virtual machine</source>
        <translation>Ouvrir l’écran et la console série de la machine virtuelle sélectionnée</translation>
    </message>
    <message>
        <location filename="../src/ui/MainWindow.cpp" line="164"/>
        <source>&amp;Delete VM…</source>
        <translation>&amp;Supprimer la VM…</translation>
    </message>
    <message>
        <location filename="../src/ui/MainWindow.cpp" line="164"/>
        <source>Delete the selected virtual machines</source>
        <translation>Supprimer les machines virtuelles sélectionnées</translation>
    </message>
    <message>
        <location filename="../src/ui/MainWindow.cpp" line="165"/>
        <source>New &amp;disk…</source>
        <translation>Nouveau &amp;disque…</translation>
    </message>
    <message>
        <location filename="../src/ui/MainWindow.cpp" line="165"/>
        <source>Create a disk</source>
        <translation>Créer un disque</translation>
    </message>
    <message>
        <location filename="../src/ui/MainWindow.cpp" line="166"/>
        <source>&amp;Attach…</source>
        <translation>&amp;Attacher…</translation>
    </message>
    <message>
        <location filename="../src/ui/MainWindow.cpp" line="166"/>
        <source>Attach the selected disk to a virtual machine</source>
        <translation>Attacher le disque sélectionné à une machine virtuelle</translation>
    </message>
    <message>
        <location filename="../src/ui/MainWindow.cpp" line="167"/>
        <source>De&amp;tach</source>
        <translation>Dé&amp;tacher</translation>
    </message>
    <message>
        <location filename="../src/ui/MainWindow.cpp" line="167"/>
        <source>Detach the selected disk from its virtual machine</source>
        <translation>Détacher le disque sélectionné de sa machine virtuelle</translation>
    </message>
    <message>
        <location filename="../src/ui/MainWindow.cpp" line="168"/>
        <source>Delete disk…</source>
        <translation>Supprimer le disque…</translation>
    </message>
    <message>
        <location filename="../src/ui/MainWindow.cpp" line="168"/>
        <source>Delete the selected disk and its image file</source>
        <translation>Supprimer le disque sélectionné et son fichier image</translation>
    </message>
    <message>
        <location filename="../src/ui/MainWindow.cpp" line="169"/>
        <source>New &amp;template…</source>
        <translation>Nouveau &amp;modèle…</translation>
    </message>
    <message>
        <location filename="../src/ui/MainWindow.cpp" line="169"/>
        <source>Create a size template</source>
        <translation>Créer un modèle de taille</translation>
    </message>
    <message>
        <location filename="../src/ui/MainWindow.cpp" line="170"/>
        <source>Delete template…</source>
        <translation>Supprimer le modèle…</translation>
    </message>
    <message>
        <location filename="../src/ui/MainWindow.cpp" line="170"/>
        <source>Delete the selected template</source>
        <translation>Supprimer le modèle sélectionné</translation>
    </message>
    <message>
        <location filename="../src/ui/MainWindow.cpp" line="171"/>
        <source>&amp;Settings…</source>
        <translation>&amp;Paramètres…</translation>
    </message>
    <message>
        <location filename="../src/ui/MainWindow.cpp" line="171"/>
        <source>Change VMAN&apos;s settings</source>
        <translation>Modifier les paramètres de VMAN</translation>
    </message>
    <message>
        <location filename="../src/ui/MainWindow.cpp" line="172"/>
        <source>&amp;About VMAN</source>
        <translation>&amp;À propos de VMAN</translation>
    </message>
    <message>
        <location filename="../src/ui/MainWindow.cpp" line="172"/>
        <source>Version, license and where the API is</source>
        <translation>Version, licence et adresse de l’API</translation>
    </message>
    <message>
        <location filename="../src/ui/MainWindow.cpp" line="173"/>
        <source>&amp;Quit</source>
        <translation>&amp;Quitter</translation>
    </message>
    <message>
        <location filename="../src/ui/MainWindow.cpp" line="173"/>
        <source>Close VMAN (virtual machines keep running)</source>
        <translation>Fermer VMAN (les machines virtuelles continuent de tourner)</translation>
    </message>
    <message>
        <location filename="../src/ui/MainWindow.cpp" line="188"/>
        <source>&amp;File</source>
        <translation>&amp;Fichier</translation>
    </message>
    <message>
        <location filename="../src/ui/MainWindow.cpp" line="192"/>
        <source>&amp;Machine</source>
        <translation>&amp;Machine</translation>
    </message>
    <message>
        <location filename="../src/ui/MainWindow.cpp" line="195"/>
        <source>&amp;Disk</source>
        <translation>&amp;Disque</translation>
    </message>
    <message>
        <location filename="../src/ui/MainWindow.cpp" line="198"/>
        <source>&amp;Template</source>
        <translation>&amp;Modèle</translation>
    </message>
    <message>
        <location filename="../src/ui/MainWindow.cpp" line="201"/>
        <source>&amp;View</source>
        <translation>&amp;Affichage</translation>
    </message>
    <message>
        <location filename="../src/ui/MainWindow.cpp" line="202"/>
        <source>&amp;Help</source>
        <translation>&amp;Aide</translation>
    </message>
    <message>
        <location filename="../src/ui/MainWindow.cpp" line="205"/>
        <source>Main</source>
        <translation>Principale</translation>
    </message>
    <message>
        <location filename="../src/ui/MainWindow.cpp" line="232"/>
        <source>All states</source>
        <translation>Tous les états</translation>
    </message>
    <message>
        <location filename="../src/ui/MainWindow.cpp" line="288"/>
        <source>&lt;h3&gt;VMAN %1&lt;/h3&gt;&lt;p&gt;Manages QEMU virtual machines on this computer, in this window and through its REST API at &lt;a href=&quot;%2&quot;&gt;%2&lt;/a&gt; (documentation: &lt;a href=&quot;%2/docs&quot;&gt;%2/docs&lt;/a&gt;).&lt;/p&gt;&lt;p&gt;Copyright © 2026 the VMAN developers.&lt;br&gt;License: GNU General Public License, version 3 or any later version (GPL-3.0-or-later). VMAN is free software and comes with ABSOLUTELY NO WARRANTY; see the file LICENSE or &lt;a href=&quot;https://www.gnu.org/licenses/gpl-3.0.html&quot;&gt;gnu.org/licenses&lt;/a&gt;.&lt;/p&gt;&lt;p&gt;Built with Qt %3; running QEMU from your system.&lt;/p&gt;</source>
        <translation>&lt;h3&gt;VMAN %1&lt;/h3&gt;&lt;p&gt;Gère les machines virtuelles QEMU de cet ordinateur, dans cette fenêtre et par son API REST à &lt;a href=&quot;%2&quot;&gt;%2&lt;/a&gt; (documentation : &lt;a href=&quot;%2/docs&quot;&gt;%2/docs&lt;/a&gt;).&lt;/p&gt;&lt;p&gt;Copyright © 2026 les développeurs de VMAN.&lt;br&gt;Licence : GNU General Public License, version 3 ou toute version ultérieure (GPL-3.0-or-later). VMAN est un logiciel libre fourni SANS AUCUNE GARANTIE ; voir le fichier LICENSE ou &lt;a href=&quot;https://www.gnu.org/licenses/gpl-3.0.html&quot;&gt;gnu.org/licenses&lt;/a&gt;.&lt;/p&gt;&lt;p&gt;Compilé avec Qt %3 ; QEMU vient de votre système.&lt;/p&gt;</translation>
    </message>
    <message>
        <location filename="../src/ui/MainWindow.cpp" line="301"/>
        <source>About VMAN</source>
        <translation>À propos de VMAN</translation>
    </message>
    <message>
        <location filename="../src/ui/MainWindow.cpp" line="308"/>
        <source>The REST API of this VMAN; click to copy the address</source>
        <translation>L’API REST de ce VMAN ; cliquez pour copier l’adresse</translation>
    </message>
    <message>
        <location filename="../src/ui/MainWindow.cpp" line="311"/>
        <source>Copied %1</source>
        <translation>%1 copié</translation>
    </message>
    <message>
        <location filename="../src/ui/MainWindow.cpp" line="327"/>
        <source>%1 running / %2 VMs</source>
        <translation>%1 en marche / %2 VM</translation>
    </message>
    <message>
        <location filename="../src/ui/MainWindow.cpp" line="330"/>
        <source>Observer: ok</source>
        <translation>Observateur : ok</translation>
    </message>
    <message>
        <location filename="../src/ui/MainWindow.cpp" line="330"/>
        <source>Observer: not running</source>
        <translation>Observateur : arrêté</translation>
    </message>
    <message>
        <location filename="../src/ui/MainWindow.cpp" line="332"/>
        <source> (last pass %1 s ago)</source>
        <translation> (dernier passage il y a %1 s)</translation>
    </message>
    <message>
        <location filename="../src/ui/MainWindow.cpp" line="415"/>
        <source>%1 failed: %2</source>
        <translation>Échec — %1 : %2</translation>
    </message>
    <message>
        <location filename="../src/ui/MainWindow.cpp" line="434"/>
        <source>Creating template</source>
        <translation>Création du modèle</translation>
    </message>
    <message>
        <location filename="../src/ui/MainWindow.cpp" line="442"/>
        <source>Delete template</source>
        <translation>Supprimer le modèle</translation>
    </message>
    <message>
        <location filename="../src/ui/MainWindow.cpp" line="442"/>
        <source>Delete template &apos;%1&apos;?</source>
        <translation>Supprimer le modèle « %1 » ?</translation>
    </message>
    <message>
        <location filename="../src/ui/MainWindow.cpp" line="446"/>
        <source>Deleting template</source>
        <translation>Suppression du modèle</translation>
    </message>
    <message>
        <location filename="../src/ui/MainWindow.cpp" line="456"/>
        <source>Creating VM</source>
        <translation>Création de la VM</translation>
    </message>
    <message>
        <location filename="../src/ui/MainWindow.cpp" line="466"/>
        <source>Starting &apos;%1&apos;</source>
        <translation>Démarrage de « %1 »</translation>
    </message>
    <message>
        <location filename="../src/ui/MainWindow.cpp" line="478"/>
        <source>Stopping &apos;%1&apos;</source>
        <translation>Arrêt de « %1 »</translation>
    </message>
    <message>
        <location filename="../src/ui/MainWindow.cpp" line="490"/>
        <source>Restarting &apos;%1&apos;</source>
        <translation>Redémarrage de « %1 »</translation>
    </message>
    <message numerus="yes">
        <location filename="../src/ui/MainWindow.cpp" line="508"/>
        <source>Delete %n virtual machine(s): %1?</source>
        <translation>
            <numerusform>Supprimer %n machine virtuelle : %1 ?</numerusform>
            <numerusform>Supprimer %n machines virtuelles : %1 ?</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../src/ui/MainWindow.cpp" line="509"/>
        <source>Their root disks and everything stored on them are lost. Attached disks are detached and kept.</source>
        <translation>Leurs disques système et tout leur contenu sont perdus. Les disques attachés sont détachés et conservés.</translation>
    </message>
    <message>
        <location filename="../src/ui/MainWindow.cpp" line="511"/>
        <source>Running machines are stopped at once, without shutting down.</source>
        <translation>Les machines en marche sont arrêtées immédiatement, sans extinction propre.</translation>
    </message>
    <message>
        <location filename="../src/ui/MainWindow.cpp" line="512"/>
        <source>Delete virtual machines</source>
        <translation>Supprimer des machines virtuelles</translation>
    </message>
    <message>
        <location filename="../src/ui/MainWindow.cpp" line="518"/>
        <location filename="../src/ui/MainWindow.cpp" line="574"/>
        <source>Deleting &apos;%1&apos;</source>
        <translation>Suppression de « %1 »</translation>
    </message>
    <message>
        <location filename="../src/ui/MainWindow.cpp" line="532"/>
        <source>Creating disk</source>
        <translation>Création du disque</translation>
    </message>
    <message>
        <location filename="../src/ui/MainWindow.cpp" line="547"/>
        <source>Attaching &apos;%1&apos;</source>
        <translation>Attachement de « %1 »</translation>
    </message>
    <message>
        <location filename="../src/ui/MainWindow.cpp" line="558"/>
        <source>Detaching &apos;%1&apos;</source>
        <translation>Détachement de « %1 »</translation>
    </message>
    <message>
        <location filename="../src/ui/MainWindow.cpp" line="567"/>
        <source>Delete disk</source>
        <translation>Supprimer le disque</translation>
    </message>
    <message>
        <location filename="../src/ui/MainWindow.cpp" line="568"/>
        <source>Delete disk &apos;%1&apos; (%2 GiB)?

Its image file and all data on it are lost.</source>
        <translation>Supprimer le disque « %1 » (%2 Gio) ?

Son fichier image et toutes ses données sont perdus.</translation>
    </message>
    <message>
        <location filename="../src/ui/MainWindow.cpp" line="605"/>
        <source>Virtual machines keep running</source>
        <translation>Les machines virtuelles continuent de tourner</translation>
    </message>
    <message>
        <location filename="../src/ui/MainWindow.cpp" line="606"/>
        <source>Closing VMAN leaves your virtual machines running: they are processes of their own. The next VMAN you start takes them over again.</source>
        <translation>Fermer VMAN laisse vos machines virtuelles tourner : ce sont des processus à part entière. Le prochain VMAN démarré les reprend en charge.</translation>
    </message>
</context>
<context>
    <name>vman::SettingsDialog</name>
    <message>
        <location filename="../src/ui/SettingsDialog.cpp" line="46"/>
        <source>Settings</source>
        <translation>Paramètres</translation>
    </message>
    <message>
        <location filename="../src/ui/SettingsDialog.cpp" line="60"/>
        <source>default: ~/.local/share/vman (or /var/lib/vman as root)</source>
        <translation>par défaut : ~/.local/share/vman (ou /var/lib/vman en root)</translation>
    </message>
    <message>
        <location filename="../src/ui/SettingsDialog.cpp" line="61"/>
        <source>none: VMs get an empty 10 GiB disk</source>
        <translation>aucun : les VM reçoivent un disque vide de 10 Gio</translation>
    </message>
    <message>
        <location filename="../src/ui/SettingsDialog.cpp" line="63"/>
        <source>Linked clone (instant)</source>
        <translation>Clone lié (instantané)</translation>
    </message>
    <message>
        <location filename="../src/ui/SettingsDialog.cpp" line="64"/>
        <source>Full copy (independent)</source>
        <translation>Copie complète (indépendante)</translation>
    </message>
    <message>
        <location filename="../src/ui/SettingsDialog.cpp" line="69"/>
        <source>none</source>
        <translation>aucun</translation>
    </message>
    <message>
        <location filename="../src/ui/SettingsDialog.cpp" line="74"/>
        <source> s</source>
        <translation> s</translation>
    </message>
    <message>
        <location filename="../src/ui/SettingsDialog.cpp" line="76"/>
        <source>Automatic (KVM when usable)</source>
        <translation>Automatique (KVM si utilisable)</translation>
    </message>
    <message>
        <location filename="../src/ui/SettingsDialog.cpp" line="78"/>
        <source>TCG (emulation)</source>
        <translation>TCG (émulation)</translation>
    </message>
    <message>
        <location filename="../src/ui/SettingsDialog.cpp" line="86"/>
        <source>Browse…</source>
        <translation>Parcourir…</translation>
    </message>
    <message>
        <location filename="../src/ui/SettingsDialog.cpp" line="88"/>
        <source>Default boot disk</source>
        <translation>Disque de démarrage par défaut</translation>
    </message>
    <message>
        <location filename="../src/ui/SettingsDialog.cpp" line="88"/>
        <source>qcow2 images (*.qcow2);;All files (*)</source>
        <translation>Images qcow2 (*.qcow2);;Tous les fichiers (*)</translation>
    </message>
    <message>
        <location filename="../src/ui/SettingsDialog.cpp" line="96"/>
        <source>Storage folder:</source>
        <translation>Dossier de stockage :</translation>
    </message>
    <message>
        <location filename="../src/ui/SettingsDialog.cpp" line="97"/>
        <source>Default boot disk:</source>
        <translation>Disque de démarrage par défaut :</translation>
    </message>
    <message>
        <location filename="../src/ui/SettingsDialog.cpp" line="98"/>
        <source>Root disks:</source>
        <translation>Disques système :</translation>
    </message>
    <message>
        <location filename="../src/ui/SettingsDialog.cpp" line="99"/>
        <source>API address:</source>
        <translation>Adresse de l’API :</translation>
    </message>
    <message>
        <location filename="../src/ui/SettingsDialog.cpp" line="100"/>
        <source>API port:</source>
        <translation>Port de l’API :</translation>
    </message>
    <message>
        <location filename="../src/ui/SettingsDialog.cpp" line="101"/>
        <source>API token:</source>
        <translation>Jeton de l’API :</translation>
    </message>
    <message>
        <location filename="../src/ui/SettingsDialog.cpp" line="102"/>
        <source>Observer interval:</source>
        <translation>Intervalle de l’observateur :</translation>
    </message>
    <message>
        <location filename="../src/ui/SettingsDialog.cpp" line="103"/>
        <source>Acceleration:</source>
        <translation>Accélération :</translation>
    </message>
    <message>
        <location filename="../src/ui/SettingsDialog.cpp" line="114"/>
        <source>Set by %1 in the %2; change it there</source>
        <translation>Fixé par %1 dans %2 ; modifiez-le là</translation>
    </message>
    <message>
        <location filename="../src/ui/SettingsDialog.cpp" line="118"/>
        <source>Stored as %1</source>
        <translation>Enregistré sous %1</translation>
    </message>
    <message>
        <location filename="../src/ui/SettingsDialog.cpp" line="126"/>
        <source>Changes apply the next time VMAN starts. Greyed settings are fixed by environment variables.</source>
        <translation>Les changements s’appliquent au prochain démarrage de VMAN. Les paramètres grisés sont fixés par des variables d’environnement.</translation>
    </message>
</context>
<context>
    <name>vman::TemplateDialog</name>
    <message>
        <location filename="../src/ui/ResourceDialogs.cpp" line="16"/>
        <source>New template</source>
        <translation>Nouveau modèle</translation>
    </message>
    <message>
        <location filename="../src/ui/ResourceDialogs.cpp" line="20"/>
        <source>e.g. small</source>
        <translation>p. ex. small</translation>
    </message>
    <message>
        <location filename="../src/ui/ResourceDialogs.cpp" line="29"/>
        <source> GiB</source>
        <translation> Gio</translation>
    </message>
    <message>
        <location filename="../src/ui/ResourceDialogs.cpp" line="30"/>
        <source>&amp;Name:</source>
        <translation>&amp;Nom :</translation>
    </message>
    <message>
        <location filename="../src/ui/ResourceDialogs.cpp" line="31"/>
        <source>&amp;vCPUs:</source>
        <translation>&amp;vCPU :</translation>
    </message>
    <message>
        <location filename="../src/ui/ResourceDialogs.cpp" line="32"/>
        <source>&amp;RAM:</source>
        <translation>&amp;RAM :</translation>
    </message>
</context>
<context>
    <name>vman::TemplateTableModel</name>
    <message>
        <location filename="../src/ui/TemplateTableModel.cpp" line="82"/>
        <source>%1 GiB</source>
        <translation>%1 Gio</translation>
    </message>
    <message>
        <location filename="../src/ui/TemplateTableModel.cpp" line="96"/>
        <source>Name</source>
        <translation>Nom</translation>
    </message>
    <message>
        <location filename="../src/ui/TemplateTableModel.cpp" line="97"/>
        <source>vCPUs</source>
        <translation>vCPU</translation>
    </message>
    <message>
        <location filename="../src/ui/TemplateTableModel.cpp" line="98"/>
        <source>RAM</source>
        <translation>RAM</translation>
    </message>
    <message>
        <location filename="../src/ui/TemplateTableModel.cpp" line="99"/>
        <source>VMs</source>
        <translation>VM</translation>
    </message>
    <message>
        <location filename="../src/ui/TemplateTableModel.cpp" line="100"/>
        <source>Created</source>
        <translation>Créé</translation>
    </message>
</context>
<context>
    <name>vman::VmDetailPane</name>
    <message>
        <location filename="../src/ui/VmDetailPane.cpp" line="41"/>
        <source>Screen</source>
        <translation>Écran</translation>
    </message>
    <message>
        <location filename="../src/ui/VmDetailPane.cpp" line="43"/>
        <source>Serial console</source>
        <translation>Console série</translation>
    </message>
    <message>
        <location filename="../src/ui/VmDetailPane.cpp" line="73"/>
        <source>No virtual machine selected</source>
        <translation>Aucune machine virtuelle sélectionnée</translation>
    </message>
    <message>
        <location filename="../src/ui/VmDetailPane.cpp" line="76"/>
        <source>No screen</source>
        <translation>Pas d’écran</translation>
    </message>
    <message>
        <location filename="../src/ui/VmDetailPane.cpp" line="81"/>
        <source>%1 (%2 GiB)</source>
        <translation>%1 (%2 Gio)</translation>
    </message>
    <message>
        <location filename="../src/ui/VmDetailPane.cpp" line="84"/>
        <source>%1:%2 → %3/%4</source>
        <translation>%1:%2 → %3/%4</translation>
    </message>
    <message>
        <location filename="../src/ui/VmDetailPane.cpp" line="86"/>
        <source>State: %1</source>
        <translation>État : %1</translation>
    </message>
    <message>
        <location filename="../src/ui/VmDetailPane.cpp" line="89"/>
        <source>Template: %1 (%2 vCPU, %3 GiB RAM)</source>
        <translation>Modèle : %1 (%2 vCPU, %3 Gio de RAM)</translation>
    </message>
    <message>
        <location filename="../src/ui/VmDetailPane.cpp" line="90"/>
        <source>Disks: %1</source>
        <translation>Disques : %1</translation>
    </message>
    <message>
        <location filename="../src/ui/VmDetailPane.cpp" line="90"/>
        <location filename="../src/ui/VmDetailPane.cpp" line="91"/>
        <source>none</source>
        <translation>aucun</translation>
    </message>
    <message>
        <location filename="../src/ui/VmDetailPane.cpp" line="91"/>
        <source>Port forwards: %1</source>
        <translation>Redirections de ports : %1</translation>
    </message>
    <message>
        <location filename="../src/ui/VmDetailPane.cpp" line="92"/>
        <source>Created: %1</source>
        <translation>Créé : %1</translation>
    </message>
    <message>
        <location filename="../src/ui/VmDetailPane.cpp" line="93"/>
        <source>Id: %1</source>
        <translation>Identifiant : %1</translation>
    </message>
    <message>
        <location filename="../src/ui/VmDetailPane.cpp" line="101"/>
        <source>Not running</source>
        <translation>Arrêtée</translation>
    </message>
</context>
<context>
    <name>vman::VmDialog</name>
    <message>
        <location filename="../src/ui/ResourceDialogs.cpp" line="51"/>
        <source>New virtual machine</source>
        <translation>Nouvelle machine virtuelle</translation>
    </message>
    <message>
        <location filename="../src/ui/ResourceDialogs.cpp" line="56"/>
        <source>%1 (%2 vCPU, %3 GiB)</source>
        <translation>%1 (%2 vCPU, %3 Gio)</translation>
    </message>
    <message>
        <location filename="../src/ui/ResourceDialogs.cpp" line="59"/>
        <source>optional: a name is generated</source>
        <translation>facultatif : un nom est généré</translation>
    </message>
    <message>
        <location filename="../src/ui/ResourceDialogs.cpp" line="62"/>
        <source>optional, e.g. 2222:22, 8080:80</source>
        <translation>facultatif, p. ex. 2222:22, 8080:80</translation>
    </message>
    <message>
        <location filename="../src/ui/ResourceDialogs.cpp" line="63"/>
        <source>Host ports forwarded to the guest: host:guest[/tcp|udp], separated by commas; an address may come first (0.0.0.0:2222:22).</source>
        <translation>Ports de l’hôte redirigés vers l’invité : hôte:invité[/tcp|udp], séparés par des virgules ; une adresse peut précéder (0.0.0.0:2222:22).</translation>
    </message>
    <message>
        <location filename="../src/ui/ResourceDialogs.cpp" line="65"/>
        <source>&amp;Template:</source>
        <translation>&amp;Modèle :</translation>
    </message>
    <message>
        <location filename="../src/ui/ResourceDialogs.cpp" line="66"/>
        <source>&amp;Name:</source>
        <translation>&amp;Nom :</translation>
    </message>
    <message>
        <location filename="../src/ui/ResourceDialogs.cpp" line="67"/>
        <source>&amp;Port forwards:</source>
        <translation>&amp;Redirections de ports :</translation>
    </message>
    <message>
        <location filename="../src/ui/ResourceDialogs.cpp" line="82"/>
        <source>&apos;%1&apos; is not host:guest[/protocol]</source>
        <translation>« %1 » n’est pas de la forme hôte:invité[/protocole]</translation>
    </message>
    <message>
        <location filename="../src/ui/ResourceDialogs.cpp" line="111"/>
        <source>Create a template first</source>
        <translation>Créez d’abord un modèle</translation>
    </message>
    <message>
        <location filename="../src/ui/ResourceDialogs.cpp" line="114"/>
        <source>ports</source>
        <translation>ports</translation>
    </message>
</context>
<context>
    <name>vman::VmTableModel</name>
    <message>
        <location filename="../src/ui/VmTableModel.cpp" line="73"/>
        <source>%1 GiB</source>
        <translation>%1 Gio</translation>
    </message>
    <message>
        <location filename="../src/ui/VmTableModel.cpp" line="103"/>
        <source>Name</source>
        <translation>Nom</translation>
    </message>
    <message>
        <location filename="../src/ui/VmTableModel.cpp" line="104"/>
        <source>State</source>
        <translation>État</translation>
    </message>
    <message>
        <location filename="../src/ui/VmTableModel.cpp" line="105"/>
        <source>Template</source>
        <translation>Modèle</translation>
    </message>
    <message>
        <location filename="../src/ui/VmTableModel.cpp" line="106"/>
        <source>vCPUs</source>
        <translation>vCPU</translation>
    </message>
    <message>
        <location filename="../src/ui/VmTableModel.cpp" line="107"/>
        <source>RAM</source>
        <translation>RAM</translation>
    </message>
    <message>
        <location filename="../src/ui/VmTableModel.cpp" line="108"/>
        <source>Disks</source>
        <translation>Disques</translation>
    </message>
    <message>
        <location filename="../src/ui/VmTableModel.cpp" line="109"/>
        <source>Port forwards</source>
        <translation>Redirections de ports</translation>
    </message>
    <message>
        <location filename="../src/ui/VmTableModel.cpp" line="110"/>
        <source>Created</source>
        <translation>Créé</translation>
    </message>
</context>
<context>
    <name>vman::ui</name>
    <message>
        <location filename="../src/ui/StateIcons.cpp" line="13"/>
        <source>stopped</source>
        <translation>arrêtée</translation>
    </message>
    <message>
        <location filename="../src/ui/StateIcons.cpp" line="14"/>
        <source>starting</source>
        <translation>démarrage</translation>
    </message>
    <message>
        <location filename="../src/ui/StateIcons.cpp" line="15"/>
        <source>running</source>
        <translation>en marche</translation>
    </message>
    <message>
        <location filename="../src/ui/StateIcons.cpp" line="16"/>
        <source>stopping</source>
        <translation>arrêt en cours</translation>
    </message>
    <message>
        <location filename="../src/ui/StateIcons.cpp" line="17"/>
        <source>paused</source>
        <translation>en pause</translation>
    </message>
    <message>
        <location filename="../src/ui/StateIcons.cpp" line="18"/>
        <source>error</source>
        <translation>erreur</translation>
    </message>
</context>
</TS>
