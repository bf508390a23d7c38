<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="fr_FR">
<context>
    <name>QObject</name>
    <message>
        <location filename="../src/ui/MainWindow.cpp" line="183"/>
        <source>Search…</source>
        <translation>Rechercher…</translation>
    </message>
    <message>
        <location filename="../src/ui/MainWindow.cpp" line="687"/>
        <source>online</source>
        <translation>en ligne</translation>
    </message>
    <message>
        <location filename="../src/ui/MainWindow.cpp" line="688"/>
        <source>connecting…</source>
        <translation>connexion…</translation>
    </message>
    <message>
        <location filename="../src/ui/MainWindow.cpp" line="689"/>
        <source>offline, retrying</source>
        <translation>hors ligne, nouvel essai bientôt</translation>
    </message>
    <message>
        <location filename="../src/ui/MainWindow.cpp" line="690"/>
        <source>refused: its certificate changed</source>
        <translation>refusé : son certificat a changé</translation>
    </message>
    <message>
        <location filename="../src/ui/MainWindow.cpp" line="691"/>
        <source>refused: access revoked</source>
        <translation>refusé : accès révoqué</translation>
    </message>
</context>
<context>
    <name>vman::AddHostDialog</name>
    <message>
        <location filename="../src/ui/HostDialogs.cpp" line="14"/>
        <source>Add host</source>
        <translation>Ajouter un hôte</translation>
    </message>
    <message>
        <location filename="../src/ui/HostDialogs.cpp" line="16"/>
        <source>On the other computer, &lt;code&gt;vman --server&lt;/code&gt; prints a pairing code when it starts (or run &lt;code&gt;vman token create --name %1&lt;/code&gt; there). The code works once, for a few minutes.</source>
        <translation>Sur l’autre ordinateur, &lt;code&gt;vman --server&lt;/code&gt; affiche un code d’appairage au démarrage (ou lancez-y &lt;code&gt;vman token create --name %1&lt;/code&gt;). Le code sert une fois, pendant quelques minutes.</translation>
    </message>
    <message>
        <location filename="../src/ui/HostDialogs.cpp" line="35"/>
        <source>e.g. https://lab1:8000</source>
        <translation>p. ex. https://lab1:8000</translation>
    </message>
    <message>
        <location filename="../src/ui/HostDialogs.cpp" line="38"/>
        <source>e.g. 7KQ2M-XR4T9</source>
        <translation>p. ex. 7KQ2M-XR4T9</translation>
    </message>
    <message>
        <location filename="../src/ui/HostDialogs.cpp" line="41"/>
        <source>How this computer is listed among the host&apos;s clients (GET /auth/tokens), to revoke it later</source>
        <translation>Le nom sous lequel cet ordinateur figure parmi les clients de l’hôte (GET /auth/tokens), pour le révoquer plus tard</translation>
    </message>
    <message>
        <location filename="../src/ui/HostDialogs.cpp" line="42"/>
        <source>&amp;Address:</source>
        <translation>&amp;Adresse :</translation>
    </message>
    <message>
        <location filename="../src/ui/HostDialogs.cpp" line="43"/>
        <source>Pairing &amp;code:</source>
        <translation>&amp;Code d’appairage :</translation>
    </message>
    <message>
        <location filename="../src/ui/HostDialogs.cpp" line="44"/>
        <source>This computer&apos;s &amp;name there:</source>
        <translation>&amp;Nom de cet ordinateur là-bas :</translation>
    </message>
    <message>
        <location filename="../src/ui/HostDialogs.cpp" line="84"/>
        <source>it must be https://host:port, e.g. https://lab1:8000</source>
        <translation>elle doit être https://hôte:port, p. ex. https://lab1:8000</translation>
    </message>
    <message>
        <location filename="../src/ui/HostDialogs.cpp" line="86"/>
        <source>ten letters and digits, e.g. 7KQ2M-XR4T9</source>
        <translation>dix lettres et chiffres, p. ex. 7KQ2M-XR4T9</translation>
    </message>
</context>
<context>
    <name>vman::AttachDialog</name>
    <message>
        <location filename="../src/ui/ResourceDialogs.cpp" line="256"/>
        <source>Attach disk &apos;%1&apos;</source>
        <translation>Attacher le disque « %1 »</translation>
    </message>
    <message>
        <location filename="../src/ui/ResourceDialogs.cpp" line="261"/>
        <source>%1 (%2)</source>
        <translation>%1 (%2)</translation>
    </message>
    <message>
        <location filename="../src/ui/ResourceDialogs.cpp" line="262"/>
        <source>&amp;Virtual machine:</source>
        <translation>&amp;Machine virtuelle :</translation>
    </message>
    <message>
        <location filename="../src/ui/ResourceDialogs.cpp" line="275"/>
        <source>There is no virtual machine to attach it to</source>
        <translation>Aucune machine virtuelle à laquelle l’attacher</translation>
    </message>
</context>
<context>
    <name>vman::CloneDialog</name>
    <message>
        <location filename="../src/ui/VmChangeDialogs.cpp" line="139"/>
        <source>Clone &apos;%1&apos;</source>
        <translation>Cloner « %1 »</translation>
    </message>
    <message>
        <location filename="../src/ui/VmChangeDialogs.cpp" line="143"/>
        <source>optional: %1-clone</source>
        <translation>facultatif : %1-clone</translation>
    </message>
    <message>
        <location filename="../src/ui/VmChangeDialogs.cpp" line="144"/>
        <source>&amp;Linked: share the source&apos;s disk (fast, small; the source&apos;s disk becomes read-only underneath both)</source>
        <translation>&amp;Lié : partager le disque de la source (rapide, léger ; le disque de la source devient en lecture seule sous les deux)</translation>
    </message>
    <message>
        <location filename="../src/ui/VmChangeDialogs.cpp" line="146"/>
        <source>Copy its &amp;data disks too</source>
        <translation>Copier aussi ses disques de &amp;données</translation>
    </message>
    <message>
        <location filename="../src/ui/VmChangeDialogs.cpp" line="149"/>
        <source>The clone gets its own MAC address and no port forwards. Copying a large disk runs in the background.</source>
        <translation>Le clone reçoit sa propre adresse MAC et aucune redirection de port. La copie d&apos;un grand disque se fait en arrière-plan.</translation>
    </message>
    <message>
        <location filename="../src/ui/VmChangeDialogs.cpp" line="151"/>
        <source>&amp;Name:</source>
        <translation>&amp;Nom :</translation>
    </message>
</context>
<context>
    <name>vman::ConsoleWindow</name>
    <message>
        <location filename="../src/ui/ConsoleWindow.cpp" line="195"/>
        <source>%1 — console</source>
        <translation>%1 — console</translation>
    </message>
    <message>
        <location filename="../src/ui/ConsoleWindow.cpp" line="206"/>
        <source>Scale to fit</source>
        <translation>Ajuster à la fenêtre</translation>
    </message>
    <message>
        <location filename="../src/ui/ConsoleWindow.cpp" line="209"/>
        <source>Fit the guest&apos;s screen into the window, or show it pixel for pixel</source>
        <translation>Ajuster l&apos;écran de l&apos;invité à la fenêtre, ou l&apos;afficher pixel pour pixel</translation>
    </message>
    <message>
        <location filename="../src/ui/ConsoleWindow.cpp" line="213"/>
        <source>Grab keyboard</source>
        <translation>Capturer le clavier</translation>
    </message>
    <message>
        <location filename="../src/ui/ConsoleWindow.cpp" line="215"/>
        <source>Send every key to the guest, even the desktop&apos;s shortcuts (Ctrl+Alt+G releases it)</source>
        <translation>Envoyer toutes les touches à l&apos;invité, même les raccourcis du bureau (Ctrl+Alt+G le libère)</translation>
    </message>
    <message>
        <location filename="../src/ui/ConsoleWindow.cpp" line="218"/>
        <source>Full screen</source>
        <translation>Plein écran</translation>
    </message>
    <message>
        <location filename="../src/ui/ConsoleWindow.cpp" line="223"/>
        <source>Send key</source>
        <translation>Envoyer une touche</translation>
    </message>
    <message>
        <location filename="../src/ui/ConsoleWindow.cpp" line="236"/>
        <source>The keyboard is grabbed: every key goes to the guest. Press Ctrl+Alt+G to release it.</source>
        <translation>Le clavier est capturé : toutes les touches vont à l&apos;invité. Ctrl+Alt+G le libère.</translation>
    </message>
    <message>
        <location filename="../src/ui/ConsoleWindow.cpp" line="255"/>
        <source>&amp;Screen</source>
        <translation>&amp;Écran</translation>
    </message>
    <message>
        <location filename="../src/ui/ConsoleWindow.cpp" line="256"/>
        <source>Se&amp;rial console</source>
        <translation>Console sé&amp;rie</translation>
    </message>
    <message>
        <location filename="../src/ui/ConsoleWindow.cpp" line="316"/>
        <source>Ctrl+Alt+Del</source>
        <translation>Ctrl+Alt+Suppr</translation>
    </message>
    <message>
        <location filename="../src/ui/ConsoleWindow.cpp" line="317"/>
        <source>Ctrl+Alt+Backspace</source>
        <translation>Ctrl+Alt+Retour arrière</translation>
    </message>
    <message>
        <location filename="../src/ui/ConsoleWindow.cpp" line="318"/>
        <source>Print Screen</source>
        <translation>Impr. écran</translation>
    </message>
    <message>
        <location filename="../src/ui/ConsoleWindow.cpp" line="321"/>
        <source>Ctrl+Alt+F%1</source>
        <translation>Ctrl+Alt+F%1</translation>
    </message>
    <message>
        <location filename="../src/ui/ConsoleWindow.cpp" line="346"/>
        <source>%1 is %2</source>
        <translation>%1 est %2</translation>
    </message>
    <message>
        <location filename="../src/ui/ConsoleWindow.cpp" line="350"/>
        <source>click the screen and type: keys go to the guest</source>
        <translation>cliquez sur l&apos;écran et tapez : les touches vont à l&apos;invité</translation>
    </message>
    <message>
        <location filename="../src/ui/ConsoleWindow.cpp" line="352"/>
        <source>serial console not connected</source>
        <translation>console série non connectée</translation>
    </message>
    <message>
        <location filename="../src/ui/ConsoleWindow.cpp" line="353"/>
        <source>%1 is running — %2</source>
        <translation>%1 est en marche — %2</translation>
    </message>
    <message>
        <location filename="../src/ui/ConsoleWindow.cpp" line="342"/>
        <source>The virtual machine is gone</source>
        <translation>La machine virtuelle n’existe plus</translation>
    </message>
</context>
<context>
    <name>vman::DiskDialog</name>
    <message>
        <location filename="../src/ui/ResourceDialogs.cpp" line="222"/>
        <source>New disk</source>
        <translation>Nouveau disque</translation>
    </message>
    <message>
        <location filename="../src/ui/ResourceDialogs.cpp" line="228"/>
        <source> GiB</source>
        <translation> Gio</translation>
    </message>
    <message>
        <location filename="../src/ui/ResourceDialogs.cpp" line="231"/>
        <source>optional: a name is generated</source>
        <translation>facultatif : un nom est généré</translation>
    </message>
    <message>
        <location filename="../src/ui/ResourceDialogs.cpp" line="232"/>
        <source>&amp;Size:</source>
        <translation>&amp;Taille :</translation>
    </message>
    <message>
        <location filename="../src/ui/ResourceDialogs.cpp" line="233"/>
        <source>&amp;Name:</source>
        <translation>&amp;Nom :</translation>
    </message>
</context>
<context>
    <name>vman::DiskTableModel</name>
    <message>
        <location filename="../src/ui/DiskTableModel.cpp" line="51"/>
        <source>%1 GiB</source>
        <translation>%1 Gio</translation>
    </message>
    <message>
        <location filename="../src/ui/DiskTableModel.cpp" line="52"/>
        <source>ok</source>
        <translation>ok</translation>
    </message>
    <message>
        <location filename="../src/ui/DiskTableModel.cpp" line="52"/>
        <source>error</source>
        <translation>erreur</translation>
    </message>
    <message>
        <location filename="../src/ui/DiskTableModel.cpp" line="86"/>
        <source>Name</source>
        <translation>Nom</translation>
    </message>
    <message>
        <location filename="../src/ui/DiskTableModel.cpp" line="87"/>
        <source>Size</source>
        <translation>Taille</translation>
    </message>
    <message>
        <location filename="../src/ui/DiskTableModel.cpp" line="88"/>
        <source>State</source>
        <translation>État</translation>
    </message>
    <message>
        <location filename="../src/ui/DiskTableModel.cpp" line="89"/>
        <source>Attached to</source>
        <translation>Attaché à</translation>
    </message>
    <message>
        <location filename="../src/ui/DiskTableModel.cpp" line="90"/>
        <source>Created</source>
        <translation>Créé</translation>
    </message>
    <message>
        <location filename="../src/ui/DiskTableModel.cpp" line="91"/>
        <source>Host</source>
        <translation>Hôte</translation>
    </message>
</context>
<context>
    <name>vman::DownloadImageDialog</name>
    <message>
        <location filename="../src/ui/ImageDialogs.cpp" line="73"/>
        <source>Download image</source>
        <translation>Télécharger une image</translation>
    </message>
    <message>
        <location filename="../src/ui/ImageDialogs.cpp" line="79"/>
        <source>%1 (%2, about %3)</source>
        <translation>%1 (%2, environ %3)</translation>
    </message>
    <message>
        <location filename="../src/ui/ImageDialogs.cpp" line="79"/>
        <source>installer</source>
        <translation>installateur</translation>
    </message>
    <message>
        <location filename="../src/ui/ImageDialogs.cpp" line="79"/>
        <source>cloud image</source>
        <translation>image cloud</translation>
    </message>
    <message>
        <location filename="../src/ui/ImageDialogs.cpp" line="82"/>
        <source>Another URL…</source>
        <translation>Autre URL…</translation>
    </message>
    <message>
        <location filename="../src/ui/ImageDialogs.cpp" line="89"/>
        <source>optional: the download must match it</source>
        <translation>facultatif : le téléchargement doit y correspondre</translation>
    </message>
    <message>
        <location filename="../src/ui/ImageDialogs.cpp" line="92"/>
        <source>&amp;Image:</source>
        <translation>&amp;Image :</translation>
    </message>
    <message>
        <location filename="../src/ui/ImageDialogs.cpp" line="93"/>
        <source>&amp;URL:</source>
        <translation>&amp;URL :</translation>
    </message>
    <message>
        <location filename="../src/ui/ImageDialogs.cpp" line="94"/>
        <source>SHA-&amp;256:</source>
        <translation>SHA-&amp;256 :</translation>
    </message>
    <message>
        <location filename="../src/ui/ImageDialogs.cpp" line="95"/>
        <source>&amp;Name:</source>
        <translation>&amp;Nom :</translation>
    </message>
    <message>
        <location filename="../src/ui/ImageDialogs.cpp" line="117"/>
        <source>verified against %1</source>
        <translation>vérifiée avec %1</translation>
    </message>
</context>
<context>
    <name>vman::FormDialog</name>
    <message>
        <location filename="../src/ui/FormDialog.cpp" line="45"/>
        <source>the name</source>
        <translation>le nom</translation>
    </message>
    <message>
        <location filename="../src/ui/FormDialog.cpp" line="46"/>
        <source>the number of vCPUs</source>
        <translation>le nombre de vCPU</translation>
    </message>
    <message>
        <location filename="../src/ui/FormDialog.cpp" line="47"/>
        <source>the memory</source>
        <translation>la mémoire</translation>
    </message>
    <message>
        <location filename="../src/ui/FormDialog.cpp" line="48"/>
        <source>the root disk size</source>
        <translation>la taille du disque système</translation>
    </message>
    <message>
        <location filename="../src/ui/FormDialog.cpp" line="49"/>
        <source>the size</source>
        <translation>la taille</translation>
    </message>
    <message>
        <location filename="../src/ui/FormDialog.cpp" line="50"/>
        <source>the list of port forwards</source>
        <translation>la liste des redirections de ports</translation>
    </message>
    <message>
        <location filename="../src/ui/FormDialog.cpp" line="51"/>
        <source>the host port</source>
        <translation>le port de l&apos;hôte</translation>
    </message>
    <message>
        <location filename="../src/ui/FormDialog.cpp" line="52"/>
        <source>the guest port</source>
        <translation>le port de l&apos;invité</translation>
    </message>
    <message>
        <location filename="../src/ui/FormDialog.cpp" line="53"/>
        <source>the host address</source>
        <translation>l&apos;adresse de l&apos;hôte</translation>
    </message>
    <message>
        <location filename="../src/ui/FormDialog.cpp" line="54"/>
        <source>the protocol</source>
        <translation>le protocole</translation>
    </message>
    <message>
        <location filename="../src/ui/FormDialog.cpp" line="55"/>
        <source>the file</source>
        <translation>le fichier</translation>
    </message>
    <message>
        <location filename="../src/ui/FormDialog.cpp" line="56"/>
        <source>the address</source>
        <translation>l&apos;adresse</translation>
    </message>
    <message>
        <location filename="../src/ui/FormDialog.cpp" line="57"/>
        <source>the image</source>
        <translation>l&apos;image</translation>
    </message>
    <message>
        <location filename="../src/ui/FormDialog.cpp" line="58"/>
        <source>the CD image</source>
        <translation>l&apos;image de CD</translation>
    </message>
    <message>
        <location filename="../src/ui/FormDialog.cpp" line="59"/>
        <source>the boot order</source>
        <translation>l&apos;ordre de démarrage</translation>
    </message>
    <message>
        <location filename="../src/ui/FormDialog.cpp" line="60"/>
        <source>the firmware</source>
        <translation>le micrologiciel</translation>
    </message>
    <message>
        <location filename="../src/ui/FormDialog.cpp" line="61"/>
        <source>the template</source>
        <translation>le modèle</translation>
    </message>
    <message>
        <location filename="../src/ui/FormDialog.cpp" line="62"/>
        <source>the cloud-init settings</source>
        <translation>les réglages cloud-init</translation>
    </message>
    <message>
        <location filename="../src/ui/FormDialog.cpp" line="63"/>
        <source>the SSH key</source>
        <translation>la clé SSH</translation>
    </message>
    <message>
        <location filename="../src/ui/FormDialog.cpp" line="64"/>
        <source>the host name</source>
        <translation>le nom d&apos;hôte</translation>
    </message>
    <message>
        <location filename="../src/ui/FormDialog.cpp" line="65"/>
        <source>the user data</source>
        <translation>les données utilisateur</translation>
    </message>
    <message>
        <location filename="../src/ui/FormDialog.cpp" line="66"/>
        <source>the network configuration</source>
        <translation>la configuration réseau</translation>
    </message>
    <message>
        <location filename="../src/ui/FormDialog.cpp" line="67"/>
        <source>the vendor data</source>
        <translation>les données du fournisseur</translation>
    </message>
    <message>
        <location filename="../src/ui/FormDialog.cpp" line="68"/>
        <source>the ready marker</source>
        <translation>le marqueur « prête »</translation>
    </message>
    <message>
        <location filename="../src/ui/FormDialog.cpp" line="69"/>
        <source>the default user</source>
        <translation>l&apos;utilisateur par défaut</translation>
    </message>
    <message>
        <location filename="../src/ui/FormDialog.cpp" line="70"/>
        <source>the pairing code</source>
        <translation>le code d’appairage</translation>
    </message>
    <message>
        <location filename="../src/ui/FormDialog.cpp" line="83"/>
        <source>Port %1 (%2) is already in use on this host: give the VM another host port.</source>
        <translation>Le port %1 (%2) est déjà utilisé sur cet hôte : donnez à la VM un autre port de l&apos;hôte.</translation>
    </message>
    <message>
        <location filename="../src/ui/FormDialog.cpp" line="85"/>
        <source>A disk of this VM is in use by another program.</source>
        <translation>Un disque de cette VM est utilisé par un autre programme.</translation>
    </message>
    <message>
        <location filename="../src/ui/FormDialog.cpp" line="87"/>
        <source>KVM is not available on this host: choose TCG acceleration in the settings.</source>
        <translation>KVM n&apos;est pas disponible sur cet hôte : choisissez l&apos;accélération TCG dans les paramètres.</translation>
    </message>
    <message>
        <location filename="../src/ui/FormDialog.cpp" line="89"/>
        <source>This host does not have enough free memory for the VM.</source>
        <translation>Cet hôte n&apos;a pas assez de mémoire libre pour la VM.</translation>
    </message>
    <message>
        <location filename="../src/ui/FormDialog.cpp" line="91"/>
        <source>The disk holding VMAN&apos;s storage is full.</source>
        <translation>Le disque qui contient le stockage de VMAN est plein.</translation>
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
        <translation>%1 Gio</translation>
    </message>
    <message>
        <location filename="../src/ui/FormDialog.cpp" line="115"/>
        <source>Enter %1.</source>
        <translation>Saisissez %1.</translation>
    </message>
    <message>
        <location filename="../src/ui/FormDialog.cpp" line="117"/>
        <source>%1 is too long: at most %2 characters.</source>
        <translation>%1 est trop long : %2 caractères au plus.</translation>
    </message>
    <message>
        <location filename="../src/ui/FormDialog.cpp" line="119"/>
        <source>%1 may contain letters, digits and dashes, in parts separated by dots; no part may start or end with a dash.</source>
        <translation>%1 peut contenir des lettres, des chiffres et des tirets, en parties séparées par des points ; aucune partie ne peut commencer ni finir par un tiret.</translation>
    </message>
    <message>
        <location filename="../src/ui/FormDialog.cpp" line="123"/>
        <source>%1 may contain letters, digits, dots, dashes and underscores, and must start with a letter or digit.</source>
        <translation>%1 peut contenir des lettres, des chiffres, des points, des tirets et des soulignés, et doit commencer par une lettre ou un chiffre.</translation>
    </message>
    <message>
        <location filename="../src/ui/FormDialog.cpp" line="125"/>
        <source>%1 must be at least %2.</source>
        <translation>%1 doit valoir au moins %2.</translation>
    </message>
    <message>
        <location filename="../src/ui/FormDialog.cpp" line="127"/>
        <source>%1 must be at most %2.</source>
        <translation>%1 doit valoir au plus %2.</translation>
    </message>
    <message>
        <location filename="../src/ui/FormDialog.cpp" line="129"/>
        <source>%1 must be an IPv4 address, such as 127.0.0.1.</source>
        <translation>%1 doit être une adresse IPv4, par exemple 127.0.0.1.</translation>
    </message>
    <message>
        <location filename="../src/ui/FormDialog.cpp" line="131"/>
        <source>Too many entries in %1: at most %2.</source>
        <translation>Trop d&apos;entrées dans %1 : %2 au plus.</translation>
    </message>
    <message>
        <location filename="../src/ui/FormDialog.cpp" line="121"/>
        <location filename="../src/ui/FormDialog.cpp" line="133"/>
        <source>%1: %2</source>
        <translation>%1 : %2</translation>
    </message>
</context>
<context>
    <name>vman::ImageTableModel</name>
    <message>
        <location filename="../src/ui/ImageTableModel.cpp" line="62"/>
        <source>ISO (installer)</source>
        <translation>ISO (installation)</translation>
    </message>
    <message>
        <location filename="../src/ui/ImageTableModel.cpp" line="69"/>
        <source>%1 (%2 on disk)</source>
        <translation>%1 (%2 sur disque)</translation>
    </message>
    <message>
        <location filename="../src/ui/ImageTableModel.cpp" line="72"/>
        <source>ready (read-only)</source>
        <translation>prête (lecture seule)</translation>
    </message>
    <message>
        <location filename="../src/ui/ImageTableModel.cpp" line="72"/>
        <source>ready</source>
        <translation>prête</translation>
    </message>
    <message>
        <location filename="../src/ui/ImageTableModel.cpp" line="74"/>
        <source>error</source>
        <translation>erreur</translation>
    </message>
    <message>
        <location filename="../src/ui/ImageTableModel.cpp" line="77"/>
        <source>%1 of %2</source>
        <translation>%1 sur %2</translation>
    </message>
    <message>
        <location filename="../src/ui/ImageTableModel.cpp" line="78"/>
        <source>%1 arrived</source>
        <translation>%1 reçus</translation>
    </message>
    <message>
        <location filename="../src/ui/ImageTableModel.cpp" line="95"/>
        <source>SHA-256: %1</source>
        <translation>SHA-256 : %1</translation>
    </message>
    <message>
        <location filename="../src/ui/ImageTableModel.cpp" line="111"/>
        <source>Name</source>
        <translation>Nom</translation>
    </message>
    <message>
        <location filename="../src/ui/ImageTableModel.cpp" line="112"/>
        <source>Format</source>
        <translation>Format</translation>
    </message>
    <message>
        <location filename="../src/ui/ImageTableModel.cpp" line="113"/>
        <source>Size</source>
        <translation>Taille</translation>
    </message>
    <message>
        <location filename="../src/ui/ImageTableModel.cpp" line="114"/>
        <source>State</source>
        <translation>État</translation>
    </message>
    <message>
        <location filename="../src/ui/ImageTableModel.cpp" line="115"/>
        <source>Source</source>
        <translation>Source</translation>
    </message>
    <message>
        <location filename="../src/ui/ImageTableModel.cpp" line="116"/>
        <source>Added</source>
        <translation>Ajoutée</translation>
    </message>
    <message>
        <location filename="../src/ui/ImageTableModel.cpp" line="117"/>
        <source>Host</source>
        <translation>Hôte</translation>
    </message>
</context>
<context>
    <name>vman::ImportImageDialog</name>
    <message>
        <location filename="../src/ui/ImageDialogs.cpp" line="20"/>
        <source>Import image</source>
        <translation>Importer une image</translation>
    </message>
    <message>
        <location filename="../src/ui/ImageDialogs.cpp" line="25"/>
        <source>&amp;Browse…</source>
        <translation>&amp;Parcourir…</translation>
    </message>
    <message>
        <location filename="../src/ui/ImageDialogs.cpp" line="27"/>
        <source>Choose a disk image or ISO</source>
        <translation>Choisir une image disque ou un ISO</translation>
    </message>
    <message>
        <location filename="../src/ui/ImageDialogs.cpp" line="28"/>
        <source>Disk images and ISOs (*.qcow2 *.img *.raw *.iso);;All files (*)</source>
        <translation>Images disque et ISO (*.qcow2 *.img *.raw *.iso);;Tous les fichiers (*)</translation>
    </message>
    <message>
        <location filename="../src/ui/ImageDialogs.cpp" line="37"/>
        <source>&amp;File:</source>
        <translation>&amp;Fichier :</translation>
    </message>
    <message>
        <location filename="../src/ui/ImageDialogs.cpp" line="38"/>
        <source>&amp;Name:</source>
        <translation>&amp;Nom :</translation>
    </message>
</context>
<context>
    <name>vman::InsertCdDialog</name>
    <message>
        <location filename="../src/ui/ImageDialogs.cpp" line="152"/>
        <source>Insert CD into &apos;%1&apos;</source>
        <translation>Insérer un CD dans « %1 »</translation>
    </message>
    <message>
        <location filename="../src/ui/ImageDialogs.cpp" line="158"/>
        <source>%1 (%2)</source>
        <translation>%1 (%2)</translation>
    </message>
    <message>
        <location filename="../src/ui/ImageDialogs.cpp" line="160"/>
        <source>&amp;ISO image:</source>
        <translation>Image &amp;ISO :</translation>
    </message>
    <message>
        <location filename="../src/ui/ImageDialogs.cpp" line="172"/>
        <source>The image library has no ISO yet: import or download one on the Images tab</source>
        <translation>La bibliothèque d&apos;images ne contient pas encore d&apos;ISO : importez-en ou téléchargez-en un dans l&apos;onglet Images</translation>
    </message>
</context>
<context>
    <name>vman::LogDock</name>
    <message>
        <location filename="../src/ui/LogDock.cpp" line="20"/>
        <source>Log</source>
        <translation>Journal</translation>
    </message>
    <message>
        <location filename="../src/ui/LogDock.cpp" line="28"/>
        <source>Debug and above</source>
        <translation>Débogage et plus</translation>
    </message>
    <message>
        <location filename="../src/ui/LogDock.cpp" line="29"/>
        <source>Info and above</source>
        <translation>Info et plus</translation>
    </message>
    <message>
        <location filename="../src/ui/LogDock.cpp" line="30"/>
        <source>Warnings and errors</source>
        <translation>Avertissements et erreurs</translation>
    </message>
    <message>
        <location filename="../src/ui/LogDock.cpp" line="31"/>
        <source>Errors only</source>
        <translation>Erreurs seulement</translation>
    </message>
    <message>
        <location filename="../src/ui/LogDock.cpp" line="35"/>
        <source>Search the log…</source>
        <translation>Rechercher dans le journal…</translation>
    </message>
    <message>
        <location filename="../src/ui/LogDock.cpp" line="39"/>
        <source>Whose log to show</source>
        <translation>Le journal de quel hôte afficher</translation>
    </message>
    <message>
        <location filename="../src/ui/LogDock.cpp" line="82"/>
        <source>This computer</source>
        <translation>Cet ordinateur</translation>
    </message>
    <message>
        <location filename="../src/ui/LogDock.cpp" line="133"/>
        <source>… lines were missed (the host keeps its last %1) …</source>
        <translation>… des lignes ont été manquées (l’hôte garde ses %1 dernières) …</translation>
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
        <translation>Fermer ce message</translation>
    </message>
    <message>
        <location filename="../src/ui/MainWindow.cpp" line="260"/>
        <source>&amp;Machines</source>
        <translation>&amp;Machines</translation>
    </message>
    <message>
        <location filename="../src/ui/MainWindow.cpp" line="261"/>
        <source>&amp;Disks</source>
        <translation>&amp;Disques</translation>
    </message>
    <message>
        <location filename="../src/ui/MainWindow.cpp" line="262"/>
        <source>&amp;Templates</source>
        <translation>&amp;Modèles</translation>
    </message>
    <message>
        <location filename="../src/ui/MainWindow.cpp" line="263"/>
        <source>&amp;Images</source>
        <translation>&amp;Images</translation>
    </message>
    <message>
        <location filename="../src/ui/MainWindow.cpp" line="272"/>
        <source>&amp;Log</source>
        <translation>&amp;Journal</translation>
    </message>
    <message>
        <location filename="../src/ui/MainWindow.cpp" line="337"/>
        <source>&amp;New VM…</source>
        <translation>&amp;Nouvelle VM…</translation>
    </message>
    <message>
        <location filename="../src/ui/MainWindow.cpp" line="337"/>
        <source>Create a virtual machine from a template</source>
        <translation>Créer une machine virtuelle à partir d’un modèle</translation>
    </message>
    <message>
        <location filename="../src/ui/MainWindow.cpp" line="338"/>
        <source>&amp;Start</source>
        <translation>&amp;Démarrer</translation>
    </message>
    <message>
        <location filename="../src/ui/MainWindow.cpp" line="338"/>
        <source>Start the selected virtual machines</source>
        <translation>Démarrer les machines virtuelles sélectionnées</translation>
    </message>
    <message>
        <location filename="../src/ui/MainWindow.cpp" line="339"/>
        <source>S&amp;top</source>
        <translation>A&amp;rrêter</translation>
    </message>
    <message>
        <location filename="../src/ui/MainWindow.cpp" line="339"/>
        <source>Shut the selected virtual machines down (ACPI power button)</source>
        <translation>Éteindre les machines virtuelles sélectionnées (bouton d’alimentation ACPI)</translation>
    </message>
    <message>
        <location filename="../src/ui/MainWindow.cpp" line="340"/>
        <source>&amp;Force stop</source>
        <translation>&amp;Forcer l’arrêt</translation>
    </message>
    <message>
        <location filename="../src/ui/MainWindow.cpp" line="340"/>
        <source>Stop the selected virtual machines at once</source>
        <translation>Arrêter immédiatement les machines virtuelles sélectionnées</translation>
    </message>
    <message>
        <location filename="../src/ui/MainWindow.cpp" line="341"/>
        <source>&amp;Restart</source>
        <translation>Red&amp;émarrer</translation>
    </message>
    <message>
        <location filename="../src/ui/MainWindow.cpp" line="341"/>
        <source>Restart the selected virtual machines</source>
        <translation>Redémarrer les machines virtuelles sélectionnées</translation>
    </message>
    <message>
        <location filename="../src/ui/MainWindow.cpp" line="342"/>
        <source>&amp;Pause</source>
        <translation>&amp;Pause</translation>
    </message>
    <message>
        <location filename="../src/ui/MainWindow.cpp" line="342"/>
        <source>Freeze the selected virtual machines (their memory stays; they answer nothing meanwhile)</source>
        <translation>Geler les machines virtuelles sélectionnées (leur mémoire est conservée ; elles ne répondent plus entre-temps)</translation>
    </message>
    <message>
        <location filename="../src/ui/MainWindow.cpp" line="343"/>
        <source>Res&amp;ume</source>
        <translation>Rep&amp;rendre</translation>
    </message>
    <message>
        <location filename="../src/ui/MainWindow.cpp" line="343"/>
        <source>Let the selected paused virtual machines run again</source>
        <translation>Relancer les machines virtuelles en pause sélectionnées</translation>
    </message>
    <message>
        <location filename="../src/ui/MainWindow.cpp" line="344"/>
        <source>&amp;Console</source>
        <translation>&amp;Console</translation>
    </message>
    <message>
        <location filename="../src/ui/MainWindow.cpp" line="344"/>
        <source>Open the screen and serial console of the selected virtual machine</source>
        <translation>Ouvrir l’écran et la console série de la machine virtuelle sélectionnée</translation>
    </message>
    <message>
        <location filename="../src/ui/MainWindow.cpp" line="348"/>
        <source>Open SS&amp;H terminal</source>
        <translation>Ouvrir un terminal SS&amp;H</translation>
    </message>
    <message>
        <location filename="../src/ui/MainWindow.cpp" line="348"/>
        <source>Log in to the selected virtual machine with ssh, in your terminal</source>
        <translation>Se connecter à la machine virtuelle sélectionnée avec ssh, dans votre terminal</translation>
    </message>
    <message>
        <location filename="../src/ui/MainWindow.cpp" line="349"/>
        <source>Copy SSH co&amp;mmand</source>
        <translation>Copier la co&amp;mmande SSH</translation>
    </message>
    <message>
        <location filename="../src/ui/MainWindow.cpp" line="349"/>
        <source>Copy the ssh command that logs in to the selected virtual machine</source>
        <translation>Copier la commande ssh qui se connecte à la machine virtuelle sélectionnée</translation>
    </message>
    <message>
        <location filename="../src/ui/MainWindow.cpp" line="350"/>
        <source>&amp;Edit…</source>
        <translation>&amp;Modifier…</translation>
    </message>
    <message>
        <location filename="../src/ui/MainWindow.cpp" line="350"/>
        <source>Change the selected virtual machine&apos;s name, size, boot order and port forwards</source>
        <translation>Modifier le nom, la taille, l&apos;ordre de démarrage et les redirections de port de la machine virtuelle sélectionnée</translation>
    </message>
    <message>
        <location filename="../src/ui/MainWindow.cpp" line="351"/>
        <source>C&amp;lone…</source>
        <translation>C&amp;loner…</translation>
    </message>
    <message>
        <location filename="../src/ui/MainWindow.cpp" line="351"/>
        <source>Make a copy of the selected stopped virtual machine</source>
        <translation>Faire une copie de la machine virtuelle arrêtée sélectionnée</translation>
    </message>
    <message>
        <location filename="../src/ui/MainWindow.cpp" line="352"/>
        <source>S&amp;napshots…</source>
        <translation>I&amp;nstantanés…</translation>
    </message>
    <message>
        <location filename="../src/ui/MainWindow.cpp" line="352"/>
        <source>Take, revert to and delete snapshots of the selected virtual machine</source>
        <translation>Prendre, restaurer et supprimer des instantanés de la machine virtuelle sélectionnée</translation>
    </message>
    <message>
        <location filename="../src/ui/MainWindow.cpp" line="353"/>
        <source>&amp;Delete VM…</source>
        <translation>&amp;Supprimer la VM…</translation>
    </message>
    <message>
        <location filename="../src/ui/MainWindow.cpp" line="353"/>
        <source>Delete the selected virtual machines</source>
        <translation>Supprimer les machines virtuelles sélectionnées</translation>
    </message>
    <message>
        <location filename="../src/ui/MainWindow.cpp" line="354"/>
        <source>New &amp;disk…</source>
        <translation>Nouveau &amp;disque…</translation>
    </message>
    <message>
        <location filename="../src/ui/MainWindow.cpp" line="354"/>
        <source>Create a disk</source>
        <translation>Créer un disque</translation>
    </message>
    <message>
        <location filename="../src/ui/MainWindow.cpp" line="355"/>
        <source>&amp;Attach…</source>
        <translation>&amp;Attacher…</translation>
    </message>
    <message>
        <location filename="../src/ui/MainWindow.cpp" line="355"/>
        <source>Attach the selected disk to a virtual machine</source>
        <translation>Attacher le disque sélectionné à une machine virtuelle</translation>
    </message>
    <message>
        <location filename="../src/ui/MainWindow.cpp" line="356"/>
        <source>De&amp;tach</source>
        <translation>Dé&amp;tacher</translation>
    </message>
    <message>
        <location filename="../src/ui/MainWindow.cpp" line="356"/>
        <source>Detach the selected disk from its virtual machine</source>
        <translation>Détacher le disque sélectionné de sa machine virtuelle</translation>
    </message>
    <message>
        <location filename="../src/ui/MainWindow.cpp" line="357"/>
        <source>&amp;Grow…</source>
        <translation>A&amp;grandir…</translation>
    </message>
    <message>
        <location filename="../src/ui/MainWindow.cpp" line="357"/>
        <source>Make the selected disk larger</source>
        <translation>Agrandir le disque sélectionné</translation>
    </message>
    <message>
        <location filename="../src/ui/MainWindow.cpp" line="358"/>
        <source>Delete disk…</source>
        <translation>Supprimer le disque…</translation>
    </message>
    <message>
        <location filename="../src/ui/MainWindow.cpp" line="358"/>
        <source>Delete the selected disk and its image file</source>
        <translation>Supprimer le disque sélectionné et son fichier image</translation>
    </message>
    <message>
        <location filename="../src/ui/MainWindow.cpp" line="359"/>
        <source>New &amp;template…</source>
        <translation>Nouveau &amp;modèle…</translation>
    </message>
    <message>
        <location filename="../src/ui/MainWindow.cpp" line="359"/>
        <source>Create a size template</source>
        <translation>Créer un modèle de taille</translation>
    </message>
    <message>
        <location filename="../src/ui/MainWindow.cpp" line="360"/>
        <source>Delete template…</source>
        <translation>Supprimer le modèle…</translation>
    </message>
    <message>
        <location filename="../src/ui/MainWindow.cpp" line="360"/>
        <source>Delete the selected template</source>
        <translation>Supprimer le modèle sélectionné</translation>
    </message>
    <message>
        <location filename="../src/ui/MainWindow.cpp" line="361"/>
        <source>&amp;Insert CD…</source>
        <translation>&amp;Insérer un CD…</translation>
    </message>
    <message>
        <location filename="../src/ui/MainWindow.cpp" line="361"/>
        <source>Put an ISO image into the selected virtual machine&apos;s CD-ROM drive</source>
        <translation>Mettre une image ISO dans le lecteur CD-ROM de la machine virtuelle sélectionnée</translation>
    </message>
    <message>
        <location filename="../src/ui/MainWindow.cpp" line="362"/>
        <source>&amp;Eject CD</source>
        <translation>É&amp;jecter le CD</translation>
    </message>
    <message>
        <location filename="../src/ui/MainWindow.cpp" line="362"/>
        <source>Empty the selected virtual machine&apos;s CD-ROM drive</source>
        <translation>Vider le lecteur CD-ROM de la machine virtuelle sélectionnée</translation>
    </message>
    <message>
        <location filename="../src/ui/MainWindow.cpp" line="366"/>
        <source>&amp;Import image…</source>
        <translation>&amp;Importer une image…</translation>
    </message>
    <message>
        <location filename="../src/ui/MainWindow.cpp" line="366"/>
        <source>Add a disk image or ISO from this computer to the image library</source>
        <translation>Ajouter une image disque ou un ISO de cet ordinateur à la bibliothèque d&apos;images</translation>
    </message>
    <message>
        <location filename="../src/ui/MainWindow.cpp" line="367"/>
        <source>Do&amp;wnload image…</source>
        <translation>&amp;Télécharger une image…</translation>
    </message>
    <message>
        <location filename="../src/ui/MainWindow.cpp" line="367"/>
        <source>Download a well-known image, or one from a URL, into the image library</source>
        <translation>Télécharger une image connue, ou depuis une URL, dans la bibliothèque d&apos;images</translation>
    </message>
    <message>
        <location filename="../src/ui/MainWindow.cpp" line="368"/>
        <location filename="../src/ui/MainWindow.cpp" line="905"/>
        <source>Delete image…</source>
        <translation>Supprimer l&apos;image…</translation>
    </message>
    <message>
        <location filename="../src/ui/MainWindow.cpp" line="368"/>
        <source>Delete the selected image, or cancel its download</source>
        <translation>Supprimer l&apos;image sélectionnée, ou annuler son téléchargement</translation>
    </message>
    <message>
        <location filename="../src/ui/MainWindow.cpp" line="369"/>
        <source>Add &amp;host…</source>
        <translation>Ajouter un &amp;hôte…</translation>
    </message>
    <message>
        <location filename="../src/ui/MainWindow.cpp" line="369"/>
        <source>Manage the virtual machines of another computer&apos;s VMAN in this window</source>
        <translation>Gérer dans cette fenêtre les machines virtuelles du VMAN d’un autre ordinateur</translation>
    </message>
    <message>
        <location filename="../src/ui/MainWindow.cpp" line="370"/>
        <source>Re&amp;move host…</source>
        <translation>&amp;Retirer un hôte…</translation>
    </message>
    <message>
        <location filename="../src/ui/MainWindow.cpp" line="370"/>
        <source>Stop showing a remote host and end this computer&apos;s access to it</source>
        <translation>Ne plus afficher un hôte distant et mettre fin à l’accès de cet ordinateur</translation>
    </message>
    <message>
        <location filename="../src/ui/MainWindow.cpp" line="371"/>
        <source>&amp;Settings…</source>
        <translation>&amp;Paramètres…</translation>
    </message>
    <message>
        <location filename="../src/ui/MainWindow.cpp" line="371"/>
        <source>Change VMAN&apos;s settings</source>
        <translation>Modifier les paramètres de VMAN</translation>
    </message>
    <message>
        <location filename="../src/ui/MainWindow.cpp" line="372"/>
        <source>&amp;About VMAN</source>
        <translation>&amp;À propos de VMAN</translation>
    </message>
    <message>
        <location filename="../src/ui/MainWindow.cpp" line="372"/>
        <source>Version, license and where the API is</source>
        <translation>Version, licence et adresse de l’API</translation>
    </message>
    <message>
        <location filename="../src/ui/MainWindow.cpp" line="373"/>
        <source>&amp;Quit</source>
        <translation>&amp;Quitter</translation>
    </message>
    <message>
        <location filename="../src/ui/MainWindow.cpp" line="373"/>
        <source>Close VMAN (virtual machines keep running)</source>
        <translation>Fermer VMAN (les machines virtuelles continuent de tourner)</translation>
    </message>
    <message>
        <location filename="../src/ui/MainWindow.cpp" line="390"/>
        <source>&amp;File</source>
        <translation>&amp;Fichier</translation>
    </message>
    <message>
        <location filename="../src/ui/MainWindow.cpp" line="397"/>
        <source>&amp;Machine</source>
        <translation>&amp;Machine</translation>
    </message>
    <message>
        <location filename="../src/ui/MainWindow.cpp" line="403"/>
        <source>&amp;Disk</source>
        <translation>&amp;Disque</translation>
    </message>
    <message>
        <location filename="../src/ui/MainWindow.cpp" line="406"/>
        <source>&amp;Template</source>
        <translation>&amp;Modèle</translation>
    </message>
    <message>
        <location filename="../src/ui/MainWindow.cpp" line="409"/>
        <source>Ima&amp;ge</source>
        <translation>Ima&amp;ge</translation>
    </message>
    <message>
        <location filename="../src/ui/MainWindow.cpp" line="412"/>
        <source>&amp;View</source>
        <translation>&amp;Affichage</translation>
    </message>
    <message>
        <location filename="../src/ui/MainWindow.cpp" line="413"/>
        <source>&amp;Help</source>
        <translation>&amp;Aide</translation>
    </message>
    <message>
        <location filename="../src/ui/MainWindow.cpp" line="416"/>
        <source>Main</source>
        <translation>Principale</translation>
    </message>
    <message>
        <location filename="../src/ui/MainWindow.cpp" line="429"/>
        <source>Show the things of one host only; new machines, disks, templates and images go to it</source>
        <translation>N’afficher que ce qui est sur un hôte ; les nouvelles machines, disques, modèles et images y sont créés</translation>
    </message>
    <message>
        <location filename="../src/ui/MainWindow.cpp" line="459"/>
        <source>All states</source>
        <translation>Tous les états</translation>
    </message>
    <message>
        <location filename="../src/ui/MainWindow.cpp" line="478"/>
        <source>New template…</source>
        <translation>Nouveau modèle…</translation>
    </message>
    <message>
        <location filename="../src/ui/MainWindow.cpp" line="567"/>
        <source>&lt;h3&gt;VMAN %1&lt;/h3&gt;&lt;p&gt;Manages QEMU virtual machines on this computer, in this window and through its REST API at &lt;a href=&quot;%2&quot;&gt;%2&lt;/a&gt; (documentation: &lt;a href=&quot;%2/docs&quot;&gt;%2/docs&lt;/a&gt;).&lt;/p&gt;&lt;p&gt;Copyright © 2026 the VMAN developers.&lt;br&gt;License: GNU General Public License, version 3 or any later version (GPL-3.0-or-later). VMAN is free software and comes with ABSOLUTELY NO WARRANTY; see the file LICENSE or &lt;a href=&quot;https://www.gnu.org/licenses/gpl-3.0.html&quot;&gt;gnu.org/licenses&lt;/a&gt;.&lt;/p&gt;&lt;p&gt;Built with Qt %3; running QEMU from your system.&lt;/p&gt;</source>
        <translation>&lt;h3&gt;VMAN %1&lt;/h3&gt;&lt;p&gt;Gère les machines virtuelles QEMU de cet ordinateur, dans cette fenêtre et par son API REST à &lt;a href=&quot;%2&quot;&gt;%2&lt;/a&gt; (documentation : &lt;a href=&quot;%2/docs&quot;&gt;%2/docs&lt;/a&gt;).&lt;/p&gt;&lt;p&gt;Copyright © 2026 les développeurs de VMAN.&lt;br&gt;Licence : GNU General Public License, version 3 ou toute version ultérieure (GPL-3.0-or-later). VMAN est un logiciel libre fourni SANS AUCUNE GARANTIE ; voir le fichier LICENSE ou &lt;a href=&quot;https://www.gnu.org/licenses/gpl-3.0.html&quot;&gt;gnu.org/licenses&lt;/a&gt;.&lt;/p&gt;&lt;p&gt;Compilé avec Qt %3 ; QEMU vient de votre système.&lt;/p&gt;</translation>
    </message>
    <message>
        <location filename="../src/ui/MainWindow.cpp" line="580"/>
        <source>About VMAN</source>
        <translation>À propos de VMAN</translation>
    </message>
    <message>
        <location filename="../src/ui/MainWindow.cpp" line="587"/>
        <source>The REST API of this VMAN; click to copy the address</source>
        <translation>L’API REST de ce VMAN ; cliquez pour copier l’adresse</translation>
    </message>
    <message>
        <location filename="../src/ui/MainWindow.cpp" line="591"/>
        <source>Copied %1</source>
        <translation>%1 copié</translation>
    </message>
    <message>
        <location filename="../src/ui/MainWindow.cpp" line="663"/>
        <source>All hosts</source>
        <translation>Tous les hôtes</translation>
    </message>
    <message>
        <location filename="../src/ui/MainWindow.cpp" line="711"/>
        <source>%1 (%2): %3</source>
        <translation>%1 (%2) : %3</translation>
    </message>
    <message>
        <location filename="../src/ui/MainWindow.cpp" line="717"/>
        <source>%1 running / %2 VMs</source>
        <translation>%1 en marche / %2 VM</translation>
    </message>
    <message>
        <location filename="../src/ui/MainWindow.cpp" line="727"/>
        <source>Observer: ok</source>
        <translation>Observateur : ok</translation>
    </message>
    <message>
        <location filename="../src/ui/MainWindow.cpp" line="727"/>
        <source>Observer: not running</source>
        <translation>Observateur : arrêté</translation>
    </message>
    <message>
        <location filename="../src/ui/MainWindow.cpp" line="729"/>
        <source> (last pass %1 s ago)</source>
        <translation> (dernier passage il y a %1 s)</translation>
    </message>
    <message>
        <location filename="../src/ui/MainWindow.cpp" line="905"/>
        <location filename="../src/ui/MainWindow.cpp" line="1304"/>
        <source>Cancel download</source>
        <translation>Annuler le téléchargement</translation>
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
        <translation>Sélectionnez d&apos;abord une machine virtuelle.</translation>
    </message>
    <message>
        <location filename="../src/ui/MainWindow.cpp" line="913"/>
        <source>Select a virtual machine on the Machines tab.</source>
        <translation>Sélectionnez une machine virtuelle dans l&apos;onglet « Machines ».</translation>
    </message>
    <message>
        <location filename="../src/ui/MainWindow.cpp" line="915"/>
        <source>Wait until the operation in progress has finished.</source>
        <translation>Attendez la fin de l&apos;opération en cours.</translation>
    </message>
    <message>
        <location filename="../src/ui/MainWindow.cpp" line="916"/>
        <source>Only stopped virtual machines can be started.</source>
        <translation>Seules les machines virtuelles arrêtées peuvent être démarrées.</translation>
    </message>
    <message>
        <location filename="../src/ui/MainWindow.cpp" line="917"/>
        <source>Only running virtual machines can be shut down.</source>
        <translation>Seules les machines virtuelles en marche peuvent être éteintes.</translation>
    </message>
    <message>
        <location filename="../src/ui/MainWindow.cpp" line="918"/>
        <source>The virtual machine is not running.</source>
        <translation>La machine virtuelle n&apos;est pas en marche.</translation>
    </message>
    <message>
        <location filename="../src/ui/MainWindow.cpp" line="919"/>
        <source>Only running virtual machines can be restarted.</source>
        <translation>Seules les machines virtuelles en marche peuvent être redémarrées.</translation>
    </message>
    <message>
        <location filename="../src/ui/MainWindow.cpp" line="920"/>
        <location filename="../src/ui/MainWindow.cpp" line="924"/>
        <location filename="../src/ui/MainWindow.cpp" line="926"/>
        <location filename="../src/ui/MainWindow.cpp" line="932"/>
        <location filename="../src/ui/MainWindow.cpp" line="933"/>
        <source>Select exactly one virtual machine.</source>
        <translation>Sélectionnez une seule machine virtuelle.</translation>
    </message>
    <message>
        <location filename="../src/ui/MainWindow.cpp" line="921"/>
        <source>Only running virtual machines can be paused.</source>
        <translation>Seules les machines virtuelles en marche peuvent être mises en pause.</translation>
    </message>
    <message>
        <location filename="../src/ui/MainWindow.cpp" line="922"/>
        <source>Only paused virtual machines can be resumed.</source>
        <translation>Seules les machines virtuelles en pause peuvent reprendre.</translation>
    </message>
    <message>
        <location filename="../src/ui/MainWindow.cpp" line="925"/>
        <source>The CD-ROM drive is empty.</source>
        <translation>Le lecteur de CD-ROM est vide.</translation>
    </message>
    <message>
        <location filename="../src/ui/MainWindow.cpp" line="928"/>
        <source>Stop the virtual machine first: a running machine&apos;s disks change while they are copied.</source>
        <translation>Arrêtez d&apos;abord la machine virtuelle : les disques d&apos;une machine en marche changent pendant leur copie.</translation>
    </message>
    <message>
        <location filename="../src/ui/MainWindow.cpp" line="931"/>
        <source>The virtual machine forwards no host port to its SSH port (22): give it an SSH key under cloud-init, or add a port forward.</source>
        <translation>La machine virtuelle ne redirige aucun port de l&apos;hôte vers son port SSH (22) : donnez-lui une clé SSH dans cloud-init, ou ajoutez une redirection de port.</translation>
    </message>
    <message>
        <location filename="../src/ui/MainWindow.cpp" line="934"/>
        <source>Start the virtual machine first.</source>
        <translation>Démarrez d&apos;abord la machine virtuelle.</translation>
    </message>
    <message>
        <location filename="../src/ui/MainWindow.cpp" line="935"/>
        <source>%1 is not connected.</source>
        <translation>%1 n’est pas connecté.</translation>
    </message>
    <message>
        <location filename="../src/ui/MainWindow.cpp" line="935"/>
        <source>Add a host first (File ▸ Add host…).</source>
        <translation>Ajoutez d’abord un hôte (Fichier ▸ Ajouter un hôte…).</translation>
    </message>
    <message>
        <location filename="../src/ui/MainWindow.cpp" line="936"/>
        <source>Create a template first (Template ▸ New template…): a virtual machine takes its size from a template.</source>
        <translation>Créez d&apos;abord un modèle (Modèle ▸ Nouveau modèle…) : une machine virtuelle prend sa taille d&apos;un modèle.</translation>
    </message>
    <message>
        <location filename="../src/ui/MainWindow.cpp" line="930"/>
        <location filename="../src/ui/MainWindow.cpp" line="941"/>
        <source>Select a disk on the Disks tab.</source>
        <translation>Sélectionnez un disque dans l&apos;onglet « Disques ».</translation>
    </message>
    <message>
        <location filename="../src/ui/MainWindow.cpp" line="940"/>
        <source>Files of this computer can only be imported into its own VMAN; download the image on %1 instead.</source>
        <translation>Les fichiers de cet ordinateur ne s’importent que dans son propre VMAN ; téléchargez plutôt l’image sur %1.</translation>
    </message>
    <message>
        <location filename="../src/ui/MainWindow.cpp" line="942"/>
        <source>The disk is attached already.</source>
        <translation>Le disque est déjà attaché.</translation>
    </message>
    <message>
        <location filename="../src/ui/MainWindow.cpp" line="942"/>
        <source>Create a virtual machine first.</source>
        <translation>Créez d&apos;abord une machine virtuelle.</translation>
    </message>
    <message>
        <location filename="../src/ui/MainWindow.cpp" line="943"/>
        <source>The disk is not attached.</source>
        <translation>Le disque n&apos;est pas attaché.</translation>
    </message>
    <message>
        <location filename="../src/ui/MainWindow.cpp" line="944"/>
        <source>Detach the disk first.</source>
        <translation>Détachez d&apos;abord le disque.</translation>
    </message>
    <message>
        <location filename="../src/ui/MainWindow.cpp" line="945"/>
        <source>Select a template on the Templates tab.</source>
        <translation>Sélectionnez un modèle dans l&apos;onglet « Modèles ».</translation>
    </message>
    <message>
        <location filename="../src/ui/MainWindow.cpp" line="945"/>
        <source>Virtual machines use this template.</source>
        <translation>Des machines virtuelles utilisent ce modèle.</translation>
    </message>
    <message>
        <location filename="../src/ui/MainWindow.cpp" line="950"/>
        <source>Only hosts added with Add host… can be removed.</source>
        <translation>Seuls les hôtes ajoutés avec « Ajouter un hôte… » peuvent être retirés.</translation>
    </message>
    <message>
        <location filename="../src/ui/MainWindow.cpp" line="951"/>
        <source>Select an image on the Images tab.</source>
        <translation>Sélectionnez une image dans l&apos;onglet « Images ».</translation>
    </message>
    <message>
        <location filename="../src/ui/MainWindow.cpp" line="951"/>
        <source>This image is the VMAN_DEFAULT_BOOT_DISK setting: change the setting to remove it.</source>
        <translation>Cette image est le paramètre VMAN_DEFAULT_BOOT_DISK : modifiez le paramètre pour la retirer.</translation>
    </message>
    <message>
        <location filename="../src/ui/MainWindow.cpp" line="970"/>
        <source>&lt;p&gt;&lt;b&gt;No virtual machines yet.&lt;/b&gt;&lt;/p&gt;</source>
        <translation>&lt;p&gt;&lt;b&gt;Aucune machine virtuelle pour le moment.&lt;/b&gt;&lt;/p&gt;</translation>
    </message>
    <message>
        <location filename="../src/ui/MainWindow.cpp" line="972"/>
        <source>&lt;p&gt;&lt;b&gt;%1 is not connected&lt;/b&gt; (%2).&lt;/p&gt;</source>
        <translation>&lt;p&gt;&lt;b&gt;%1 n’est pas connecté&lt;/b&gt; (%2).&lt;/p&gt;</translation>
    </message>
    <message>
        <location filename="../src/ui/MainWindow.cpp" line="974"/>
        <source>&lt;p&gt;A virtual machine takes its size (vCPUs, memory) from a template: create one with &lt;i&gt;Template ▸ New template…&lt;/i&gt;, then a machine with &lt;i&gt;New VM…&lt;/i&gt;&lt;/p&gt;</source>
        <translation>&lt;p&gt;Une machine virtuelle prend sa taille (vCPU, mémoire) d&apos;un modèle : créez-en un avec &lt;i&gt;Modèle ▸ Nouveau modèle…&lt;/i&gt;, puis une machine avec &lt;i&gt;Nouvelle VM…&lt;/i&gt;&lt;/p&gt;</translation>
    </message>
    <message>
        <location filename="../src/ui/MainWindow.cpp" line="977"/>
        <source>&lt;p&gt;Create one with &lt;i&gt;New VM…&lt;/i&gt; (%1).&lt;/p&gt;</source>
        <translation>&lt;p&gt;Créez-en une avec &lt;i&gt;Nouvelle VM…&lt;/i&gt; (%1).&lt;/p&gt;</translation>
    </message>
    <message>
        <location filename="../src/ui/MainWindow.cpp" line="981"/>
        <source>&lt;p&gt;To install an operating system, add its ISO or a cloud image with &lt;i&gt;Image ▸ Import image…&lt;/i&gt; or &lt;i&gt;Download image…&lt;/i&gt;.&lt;/p&gt;</source>
        <translation>&lt;p&gt;Pour installer un système d&apos;exploitation, ajoutez son ISO ou une image cloud avec &lt;i&gt;Image ▸ Importer une image…&lt;/i&gt; ou &lt;i&gt;Télécharger une image…&lt;/i&gt;.&lt;/p&gt;</translation>
    </message>
    <message>
        <location filename="../src/ui/MainWindow.cpp" line="982"/>
        <source>&lt;p&gt;New machines boot an image from the Images tab, or install from an ISO in their CD-ROM drive.&lt;/p&gt;</source>
        <translation>&lt;p&gt;Les nouvelles machines démarrent une image de l&apos;onglet « Images », ou s&apos;installent depuis un ISO dans leur lecteur de CD-ROM.&lt;/p&gt;</translation>
    </message>
    <message>
        <location filename="../src/ui/MainWindow.cpp" line="991"/>
        <source>%1 failed: %2</source>
        <translation>Échec — %1 : %2</translation>
    </message>
    <message>
        <location filename="../src/ui/MainWindow.cpp" line="1016"/>
        <source>Creating template</source>
        <translation>Création du modèle</translation>
    </message>
    <message>
        <location filename="../src/ui/MainWindow.cpp" line="1025"/>
        <source>Delete template</source>
        <translation>Supprimer le modèle</translation>
    </message>
    <message>
        <location filename="../src/ui/MainWindow.cpp" line="1025"/>
        <source>Delete template &apos;%1&apos;?</source>
        <translation>Supprimer le modèle « %1 » ?</translation>
    </message>
    <message>
        <location filename="../src/ui/MainWindow.cpp" line="1027"/>
        <source>Deleting template</source>
        <translation>Suppression du modèle</translation>
    </message>
    <message>
        <location filename="../src/ui/MainWindow.cpp" line="1042"/>
        <source>Creating VM</source>
        <translation>Création de la VM</translation>
    </message>
    <message>
        <location filename="../src/ui/MainWindow.cpp" line="1059"/>
        <source>Changing &apos;%1&apos;</source>
        <translation>Modification de « %1 »</translation>
    </message>
    <message>
        <location filename="../src/ui/MainWindow.cpp" line="1076"/>
        <source>Cloning &apos;%1&apos;</source>
        <translation>Clonage de « %1 »</translation>
    </message>
    <message>
        <location filename="../src/ui/MainWindow.cpp" line="1104"/>
        <source>Growing &apos;%1&apos;</source>
        <translation>Agrandissement de « %1 »</translation>
    </message>
    <message>
        <location filename="../src/ui/MainWindow.cpp" line="1111"/>
        <source>Starting &apos;%1&apos;</source>
        <translation>Démarrage de « %1 »</translation>
    </message>
    <message>
        <location filename="../src/ui/MainWindow.cpp" line="1129"/>
        <source>Force stop</source>
        <translation>Arrêt forcé</translation>
    </message>
    <message>
        <location filename="../src/ui/MainWindow.cpp" line="1130"/>
        <source>Stop %1 at once, without letting the guest shut down?

Like pulling the power plug: data the guest has not written yet is lost.</source>
        <translation>Arrêter %1 immédiatement, sans laisser l&apos;invité s&apos;éteindre ?

Comme débrancher la prise : les données que l&apos;invité n&apos;a pas encore écrites sont perdues.</translation>
    </message>
    <message>
        <location filename="../src/ui/MainWindow.cpp" line="1139"/>
        <source>Stopping &apos;%1&apos;</source>
        <translation>Arrêt de « %1 »</translation>
    </message>
    <message>
        <location filename="../src/ui/MainWindow.cpp" line="1151"/>
        <source>Pausing &apos;%1&apos;</source>
        <translation>La mise en pause de « %1 »</translation>
    </message>
    <message>
        <location filename="../src/ui/MainWindow.cpp" line="1153"/>
        <source>Resuming &apos;%1&apos;</source>
        <translation>La reprise de « %1 »</translation>
    </message>
    <message>
        <location filename="../src/ui/MainWindow.cpp" line="1162"/>
        <source>Restarting &apos;%1&apos;</source>
        <translation>Redémarrage de « %1 »</translation>
    </message>
    <message numerus="yes">
        <location filename="../src/ui/MainWindow.cpp" line="1183"/>
        <source>Delete %n virtual machine(s): %1?</source>
        <translation>
            <numerusform>Supprimer %n machine virtuelle : %1 ?</numerusform>
            <numerusform>Supprimer %n machines virtuelles : %1 ?</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../src/ui/MainWindow.cpp" line="1184"/>
        <source>Their root disks and everything stored on them are lost. Attached disks are detached and kept.</source>
        <translation>Leurs disques système et tout leur contenu sont perdus. Les disques attachés sont détachés et conservés.</translation>
    </message>
    <message>
        <location filename="../src/ui/MainWindow.cpp" line="1186"/>
        <source>Running machines are stopped at once, without shutting down.</source>
        <translation>Les machines en marche sont arrêtées immédiatement, sans extinction propre.</translation>
    </message>
    <message>
        <location filename="../src/ui/MainWindow.cpp" line="1187"/>
        <source>Delete virtual machines</source>
        <translation>Supprimer des machines virtuelles</translation>
    </message>
    <message>
        <location filename="../src/ui/MainWindow.cpp" line="1192"/>
        <location filename="../src/ui/MainWindow.cpp" line="1260"/>
        <location filename="../src/ui/MainWindow.cpp" line="1311"/>
        <source>Deleting &apos;%1&apos;</source>
        <translation>Suppression de « %1 »</translation>
    </message>
    <message>
        <location filename="../src/ui/MainWindow.cpp" line="1208"/>
        <source>Creating disk</source>
        <translation>Création du disque</translation>
    </message>
    <message>
        <location filename="../src/ui/MainWindow.cpp" line="1224"/>
        <source>Attaching &apos;%1&apos;</source>
        <translation>Attachement de « %1 »</translation>
    </message>
    <message>
        <location filename="../src/ui/MainWindow.cpp" line="1237"/>
        <source>Detach disk</source>
        <translation>Détacher le disque</translation>
    </message>
    <message>
        <location filename="../src/ui/MainWindow.cpp" line="1238"/>
        <source>Detach disk &apos;%1&apos; from the running VM &apos;%2&apos;?

The guest sees the disk removed: anything it has not written to the disk yet may be lost.</source>
        <translation>Détacher le disque « %1 » de la VM en marche « %2 » ?

L&apos;invité voit le disque disparaître : ce qu&apos;il n&apos;a pas encore écrit sur le disque peut être perdu.</translation>
    </message>
    <message>
        <location filename="../src/ui/MainWindow.cpp" line="1244"/>
        <source>Detaching &apos;%1&apos;</source>
        <translation>Détachement de « %1 »</translation>
    </message>
    <message>
        <location filename="../src/ui/MainWindow.cpp" line="1254"/>
        <source>Delete disk</source>
        <translation>Supprimer le disque</translation>
    </message>
    <message>
        <location filename="../src/ui/MainWindow.cpp" line="1255"/>
        <source>Delete disk &apos;%1&apos; (%2 GiB)?

Its image file and all data on it are lost.</source>
        <translation>Supprimer le disque « %1 » (%2 Gio) ?

Son fichier image et toutes ses données sont perdus.</translation>
    </message>
    <message>
        <location filename="../src/ui/MainWindow.cpp" line="1268"/>
        <source>Import a disk image or ISO</source>
        <translation>Importer une image disque ou un ISO</translation>
    </message>
    <message>
        <location filename="../src/ui/MainWindow.cpp" line="1269"/>
        <source>Disk images and ISOs (*.qcow2 *.img *.raw *.iso);;All files (*)</source>
        <translation>Images disque et ISO (*.qcow2 *.img *.raw *.iso);;Tous les fichiers (*)</translation>
    </message>
    <message>
        <location filename="../src/ui/MainWindow.cpp" line="1277"/>
        <source>Importing &apos;%1&apos;</source>
        <translation>L&apos;import de « %1 »</translation>
    </message>
    <message>
        <location filename="../src/ui/MainWindow.cpp" line="1289"/>
        <source>Downloading &apos;%1&apos;</source>
        <translation>Le téléchargement de « %1 »</translation>
    </message>
    <message>
        <location filename="../src/ui/MainWindow.cpp" line="1301"/>
        <source>Cancel the download of &apos;%1&apos;? What arrived so far is removed.</source>
        <translation>Annuler le téléchargement de « %1 » ? Ce qui est déjà arrivé est supprimé.</translation>
    </message>
    <message>
        <location filename="../src/ui/MainWindow.cpp" line="1302"/>
        <source>Delete image &apos;%1&apos; (%2)?

Its file is removed from the image library.</source>
        <translation>Supprimer l&apos;image « %1 » (%2) ?

Son fichier est retiré de la bibliothèque d&apos;images.</translation>
    </message>
    <message>
        <location filename="../src/ui/MainWindow.cpp" line="1304"/>
        <source>Delete image</source>
        <translation>Supprimer l&apos;image</translation>
    </message>
    <message>
        <location filename="../src/ui/MainWindow.cpp" line="1325"/>
        <source>Inserting a CD into &apos;%1&apos;</source>
        <translation>L&apos;insertion d&apos;un CD dans « %1 »</translation>
    </message>
    <message>
        <location filename="../src/ui/MainWindow.cpp" line="1333"/>
        <source>Ejecting the CD of &apos;%1&apos;</source>
        <translation>L&apos;éjection du CD de « %1 »</translation>
    </message>
    <message>
        <location filename="../src/ui/MainWindow.cpp" line="1343"/>
        <source>&apos;%1&apos; booted from its CD (%2) and has now %3. If an installation finished, eject the CD so that the next boot starts the installed system. &lt;a href=&quot;eject&quot;&gt;Eject the CD&lt;/a&gt; · &lt;a href=&quot;keep&quot;&gt;Keep it&lt;/a&gt;</source>
        <translation>« %1 » a démarré depuis son CD (%2) et vient d&apos;être %3. Si une installation est terminée, éjectez le CD pour que le prochain démarrage lance le système installé. &lt;a href=&quot;eject&quot;&gt;Éjecter le CD&lt;/a&gt; · &lt;a href=&quot;keep&quot;&gt;Le garder&lt;/a&gt;</translation>
    </message>
    <message>
        <location filename="../src/ui/MainWindow.cpp" line="1346"/>
        <source>powered off</source>
        <translation>éteinte</translation>
    </message>
    <message>
        <location filename="../src/ui/MainWindow.cpp" line="1346"/>
        <source>restarted</source>
        <translation>redémarrée</translation>
    </message>
    <message>
        <location filename="../src/ui/MainWindow.cpp" line="1358"/>
        <source>Copied: %1</source>
        <translation>Copié : %1</translation>
    </message>
    <message>
        <location filename="../src/ui/MainWindow.cpp" line="1373"/>
        <source>Opening a terminal</source>
        <translation>L&apos;ouverture d&apos;un terminal</translation>
    </message>
    <message>
        <location filename="../src/ui/MainWindow.cpp" line="1373"/>
        <source>%1 could not be started. The ssh command was copied instead: %2</source>
        <translation>%1 n&apos;a pas pu être lancé. La commande ssh a été copiée à la place : %2</translation>
    </message>
    <message>
        <location filename="../src/ui/MainWindow.cpp" line="1374"/>
        <source>no terminal program was found (set TERMINAL). The ssh command was copied instead: %1</source>
        <translation>aucun programme de terminal trouvé (définissez TERMINAL). La commande ssh a été copiée à la place : %1</translation>
    </message>
    <message>
        <location filename="../src/ui/MainWindow.cpp" line="1377"/>
        <source>Opened %1 with: %2</source>
        <translation>%1 ouvert avec : %2</translation>
    </message>
    <message>
        <location filename="../src/ui/MainWindowHosts.cpp" line="53"/>
        <location filename="../src/ui/MainWindowHosts.cpp" line="67"/>
        <location filename="../src/ui/MainWindowHosts.cpp" line="185"/>
        <location filename="../src/ui/MainWindowHosts.cpp" line="189"/>
        <source>Connecting to %1</source>
        <translation>Connexion à %1</translation>
    </message>
    <message>
        <location filename="../src/ui/MainWindowHosts.cpp" line="90"/>
        <source>Connecting to %1…</source>
        <translation>Connexion à %1…</translation>
    </message>
    <message>
        <location filename="../src/ui/MainWindowHosts.cpp" line="99"/>
        <source>%1 presents a certificate with the SHA-256 fingerprint

%2

Is it the fingerprint its vman --server printed when it started? Only then is this really that computer, and only then is the pairing code sent.</source>
        <translation>%1 présente un certificat d’empreinte SHA-256

%2

Est-ce l’empreinte que son vman --server a affichée au démarrage ? Alors seulement, c’est bien cet ordinateur, et alors seulement le code d’appairage est envoyé.</translation>
    </message>
    <message>
        <location filename="../src/ui/MainWindowHosts.cpp" line="104"/>
        <source>Pairing with %1…</source>
        <translation>Appairage avec %1…</translation>
    </message>
    <message>
        <location filename="../src/ui/MainWindowHosts.cpp" line="96"/>
        <location filename="../src/ui/MainWindowHosts.cpp" line="110"/>
        <source>Pairing with %1</source>
        <translation>Appairage avec %1</translation>
    </message>
    <message>
        <location filename="../src/ui/MainWindowHosts.cpp" line="102"/>
        <source>Trust %1?</source>
        <translation>Faire confiance à %1 ?</translation>
    </message>
    <message>
        <location filename="../src/ui/MainWindowHosts.cpp" line="115"/>
        <source>Remembering %1</source>
        <translation>Mémorisation de %1</translation>
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
        <translation>Retirer l’hôte</translation>
    </message>
    <message>
        <location filename="../src/ui/MainWindowHosts.cpp" line="137"/>
        <source>Host:</source>
        <translation>Hôte :</translation>
    </message>
    <message>
        <location filename="../src/ui/MainWindowHosts.cpp" line="145"/>
        <source>Stop showing %1 here and end this computer&apos;s access to it? Its virtual machines keep running there. Adding it again needs a new pairing code.</source>
        <translation>Ne plus afficher %1 ici et mettre fin à l’accès de cet ordinateur ? Ses machines virtuelles continuent d’y tourner. Pour l’ajouter de nouveau, il faut un nouveau code d’appairage.</translation>
    </message>
    <message>
        <location filename="../src/ui/MainWindowHosts.cpp" line="166"/>
        <source>Forgetting %1</source>
        <translation>Oubli de %1</translation>
    </message>
    <message>
        <location filename="../src/ui/MainWindowHosts.cpp" line="186"/>
        <source>it now shows another certificate than the one paired with, so VMAN refused it, as SSH does with a changed host key. Someone may be in between. If its certificate was renewed on purpose, remove the host and add it again with a new pairing code.</source>
        <translation>il présente maintenant un autre certificat que lors de l’appairage ; VMAN l’a donc refusé, comme SSH le fait pour une clé d’hôte changée. Quelqu’un est peut-être au milieu. Si son certificat a été renouvelé exprès, retirez l’hôte et ajoutez-le de nouveau avec un nouveau code d’appairage.</translation>
    </message>
    <message>
        <location filename="../src/ui/MainWindowHosts.cpp" line="190"/>
        <source>it no longer accepts this computer&apos;s token (revoked there?). Remove the host and add it again with a new pairing code.</source>
        <translation>il n’accepte plus le jeton de cet ordinateur (révoqué là-bas ?). Retirez l’hôte et ajoutez-le de nouveau avec un nouveau code d’appairage.</translation>
    </message>
    <message>
        <location filename="../src/ui/MainWindow.cpp" line="1414"/>
        <source>Virtual machines keep running</source>
        <translation>Les machines virtuelles continuent de tourner</translation>
    </message>
    <message>
        <location filename="../src/ui/MainWindow.cpp" line="1415"/>
        <source>Closing VMAN leaves your virtual machines running: they are processes of their own. The next VMAN you start takes them over again.</source>
        <translation>Fermer VMAN laisse vos machines virtuelles tourner : ce sont des processus à part entière. Le prochain VMAN démarré les reprend en charge.</translation>
    </message>
</context>
<context>
    <name>vman::ResizeDiskDialog</name>
    <message>
        <location filename="../src/ui/VmChangeDialogs.cpp" line="175"/>
        <source>Grow disk &apos;%1&apos;</source>
        <translation>Agrandir le disque « %1 »</translation>
    </message>
    <message>
        <location filename="../src/ui/VmChangeDialogs.cpp" line="181"/>
        <source> GiB</source>
        <translation> Gio</translation>
    </message>
    <message>
        <location filename="../src/ui/VmChangeDialogs.cpp" line="182"/>
        <source>New &amp;size:</source>
        <translation>Nouvelle &amp;taille :</translation>
    </message>
    <message>
        <location filename="../src/ui/VmChangeDialogs.cpp" line="183"/>
        <source>Its machine is running: the guest sees the new size at once. Its partitions and file systems are the guest&apos;s to grow.</source>
        <translation>Sa machine est en marche : l&apos;invité voit la nouvelle taille aussitôt. C&apos;est à l&apos;invité d&apos;agrandir ses partitions et systèmes de fichiers.</translation>
    </message>
    <message>
        <location filename="../src/ui/VmChangeDialogs.cpp" line="184"/>
        <source>Disks only grow. The partitions and file systems on it are the guest&apos;s to grow.</source>
        <translation>Les disques ne font que grandir. C&apos;est à l&apos;invité d&apos;agrandir les partitions et systèmes de fichiers.</translation>
    </message>
    <message>
        <location filename="../src/ui/VmChangeDialogs.cpp" line="200"/>
        <source>Choose a larger size: the disk has %1 GiB now.</source>
        <translation>Choisissez une taille plus grande : le disque fait %1 Gio.</translation>
    </message>
</context>
<context>
    <name>vman::SettingsDialog</name>
    <message>
        <location filename="../src/ui/SettingsDialog.cpp" line="72"/>
        <source>Settings</source>
        <translation>Paramètres</translation>
    </message>
    <message>
        <location filename="../src/ui/SettingsDialog.cpp" line="86"/>
        <source>default: ~/.local/share/vman (or /var/lib/vman as root)</source>
        <translation>par défaut : ~/.local/share/vman (ou /var/lib/vman en root)</translation>
    </message>
    <message>
        <location filename="../src/ui/SettingsDialog.cpp" line="87"/>
        <source>none: VMs get an empty 10 GiB disk</source>
        <translation>aucun : les VM reçoivent un disque vide de 10 Gio</translation>
    </message>
    <message>
        <location filename="../src/ui/SettingsDialog.cpp" line="89"/>
        <source>Linked clone (instant)</source>
        <translation>Clone lié (instantané)</translation>
    </message>
    <message>
        <location filename="../src/ui/SettingsDialog.cpp" line="90"/>
        <source>Full copy (independent)</source>
        <translation>Copie complète (indépendante)</translation>
    </message>
    <message>
        <location filename="../src/ui/SettingsDialog.cpp" line="95"/>
        <source>none</source>
        <translation>aucun</translation>
    </message>
    <message>
        <location filename="../src/ui/SettingsDialog.cpp" line="100"/>
        <source> s</source>
        <translation> s</translation>
    </message>
    <message>
        <location filename="../src/ui/SettingsDialog.cpp" line="102"/>
        <source>Automatic (KVM when usable)</source>
        <translation>Automatique (KVM si utilisable)</translation>
    </message>
    <message>
        <location filename="../src/ui/SettingsDialog.cpp" line="104"/>
        <source>TCG (emulation)</source>
        <translation>TCG (émulation)</translation>
    </message>
    <message>
        <location filename="../src/ui/SettingsDialog.cpp" line="112"/>
        <source>Browse…</source>
        <translation>Parcourir…</translation>
    </message>
    <message>
        <location filename="../src/ui/SettingsDialog.cpp" line="114"/>
        <source>Default boot disk</source>
        <translation>Disque de démarrage par défaut</translation>
    </message>
    <message>
        <location filename="../src/ui/SettingsDialog.cpp" line="114"/>
        <source>qcow2 images (*.qcow2);;All files (*)</source>
        <translation>Images qcow2 (*.qcow2);;Tous les fichiers (*)</translation>
    </message>
    <message>
        <location filename="../src/ui/SettingsDialog.cpp" line="122"/>
        <source>Storage folder:</source>
        <translation>Dossier de stockage :</translation>
    </message>
    <message>
        <location filename="../src/ui/SettingsDialog.cpp" line="123"/>
        <source>Default boot disk:</source>
        <translation>Disque de démarrage par défaut :</translation>
    </message>
    <message>
        <location filename="../src/ui/SettingsDialog.cpp" line="124"/>
        <source>Root disks:</source>
        <translation>Disques système :</translation>
    </message>
    <message>
        <location filename="../src/ui/SettingsDialog.cpp" line="125"/>
        <source>API address:</source>
        <translation>Adresse de l’API :</translation>
    </message>
    <message>
        <location filename="../src/ui/SettingsDialog.cpp" line="126"/>
        <source>API port:</source>
        <translation>Port de l’API :</translation>
    </message>
    <message>
        <location filename="../src/ui/SettingsDialog.cpp" line="127"/>
        <source>API token:</source>
        <translation>Jeton de l’API :</translation>
    </message>
    <message>
        <location filename="../src/ui/SettingsDialog.cpp" line="128"/>
        <source>Observer interval:</source>
        <translation>Intervalle de l’observateur :</translation>
    </message>
    <message>
        <location filename="../src/ui/SettingsDialog.cpp" line="129"/>
        <source>Acceleration:</source>
        <translation>Accélération :</translation>
    </message>
    <message>
        <location filename="../src/ui/SettingsDialog.cpp" line="140"/>
        <source>Set by %1 in the %2; change it there</source>
        <translation>Fixé par %1 dans %2 ; modifiez-le là</translation>
    </message>
    <message>
        <location filename="../src/ui/SettingsDialog.cpp" line="144"/>
        <source>Stored as %1</source>
        <translation>Enregistré sous %1</translation>
    </message>
    <message>
        <location filename="../src/ui/SettingsDialog.cpp" line="152"/>
        <source>Changes apply the next time VMAN starts. Greyed settings are fixed by environment variables.</source>
        <translation>Les changements s’appliquent au prochain démarrage de VMAN. Les paramètres grisés sont fixés par des variables d’environnement.</translation>
    </message>
</context>
<context>
    <name>vman::SnapshotsDialog</name>
    <message>
        <location filename="../src/ui/SnapshotsDialog.cpp" line="24"/>
        <source>Snapshots of &apos;%1&apos;</source>
        <translation>Instantanés de « %1 »</translation>
    </message>
    <message>
        <location filename="../src/ui/SnapshotsDialog.cpp" line="28"/>
        <source>Name</source>
        <translation>Nom</translation>
    </message>
    <message>
        <location filename="../src/ui/SnapshotsDialog.cpp" line="28"/>
        <source>Taken</source>
        <translation>Pris le</translation>
    </message>
    <message>
        <location filename="../src/ui/SnapshotsDialog.cpp" line="28"/>
        <source>Holds</source>
        <translation>Contient</translation>
    </message>
    <message>
        <location filename="../src/ui/SnapshotsDialog.cpp" line="28"/>
        <source>Memory saved</source>
        <translation>Mémoire enregistrée</translation>
    </message>
    <message>
        <location filename="../src/ui/SnapshotsDialog.cpp" line="28"/>
        <source>Description</source>
        <translation>Description</translation>
    </message>
    <message>
        <location filename="../src/ui/SnapshotsDialog.cpp" line="35"/>
        <source>&amp;Take snapshot…</source>
        <translation>&amp;Prendre un instantané…</translation>
    </message>
    <message>
        <location filename="../src/ui/SnapshotsDialog.cpp" line="36"/>
        <source>&amp;Revert…</source>
        <translation>&amp;Restaurer…</translation>
    </message>
    <message>
        <location filename="../src/ui/SnapshotsDialog.cpp" line="37"/>
        <source>&amp;Delete…</source>
        <translation>&amp;Supprimer…</translation>
    </message>
    <message>
        <location filename="../src/ui/SnapshotsDialog.cpp" line="107"/>
        <source>memory and disks</source>
        <translation>mémoire et disques</translation>
    </message>
    <message>
        <location filename="../src/ui/SnapshotsDialog.cpp" line="107"/>
        <source>disks</source>
        <translation>disques</translation>
    </message>
    <message>
        <location filename="../src/ui/SnapshotsDialog.cpp" line="122"/>
        <source>The virtual machine is gone.</source>
        <translation>La machine virtuelle n&apos;existe plus.</translation>
    </message>
    <message>
        <location filename="../src/ui/SnapshotsDialog.cpp" line="123"/>
        <source>Wait until the operation in progress has finished.</source>
        <translation>Attendez la fin de l&apos;opération en cours.</translation>
    </message>
    <message>
        <location filename="../src/ui/SnapshotsDialog.cpp" line="124"/>
        <source>The virtual machine is %1; wait until it runs or has stopped.</source>
        <translation>La machine virtuelle est %1 ; attendez qu&apos;elle tourne ou soit arrêtée.</translation>
    </message>
    <message>
        <location filename="../src/ui/SnapshotsDialog.cpp" line="125"/>
        <source>Select a snapshot first.</source>
        <translation>Sélectionnez d&apos;abord un instantané.</translation>
    </message>
    <message>
        <location filename="../src/ui/SnapshotsDialog.cpp" line="126"/>
        <source>Snapshot of its disks (it is stopped)</source>
        <translation>Instantané de ses disques (elle est arrêtée)</translation>
    </message>
    <message>
        <location filename="../src/ui/SnapshotsDialog.cpp" line="127"/>
        <source>Snapshot of its memory and disks; the guest pauses while its memory is saved</source>
        <translation>Instantané de sa mémoire et de ses disques ; l&apos;invité s&apos;interrompt pendant l&apos;enregistrement de sa mémoire</translation>
    </message>
    <message>
        <location filename="../src/ui/SnapshotsDialog.cpp" line="129"/>
        <source>Go back to the selected snapshot</source>
        <translation>Revenir à l&apos;instantané sélectionné</translation>
    </message>
    <message>
        <location filename="../src/ui/SnapshotsDialog.cpp" line="130"/>
        <source>Delete the selected snapshot (the machine stays as it is)</source>
        <translation>Supprimer l&apos;instantané sélectionné (la machine reste telle quelle)</translation>
    </message>
    <message>
        <location filename="../src/ui/SnapshotsDialog.cpp" line="140"/>
        <source>Everything &apos;%1&apos; wrote to its disks since %2 is lost.</source>
        <translation>Tout ce que « %1 » a écrit sur ses disques depuis %2 est perdu.</translation>
    </message>
    <message>
        <location filename="../src/ui/SnapshotsDialog.cpp" line="142"/>
        <source>It starts again where it was when the snapshot was taken.</source>
        <translation>Elle redémarre là où elle en était lors de l&apos;instantané.</translation>
    </message>
    <message>
        <location filename="../src/ui/SnapshotsDialog.cpp" line="143"/>
        <source>Its running programs go back to where they were then.</source>
        <translation>Ses programmes en cours reviennent là où ils en étaient alors.</translation>
    </message>
    <message>
        <location filename="../src/ui/SnapshotsDialog.cpp" line="145"/>
        <source>Its size goes back to %1 vCPUs and %2 GiB.</source>
        <translation>Sa taille redevient %1 vCPU et %2 Gio.</translation>
    </message>
    <message>
        <location filename="../src/ui/SnapshotsDialog.cpp" line="151"/>
        <source>%1 failed: %2</source>
        <translation>%1 a échoué : %2</translation>
    </message>
    <message>
        <location filename="../src/ui/SnapshotsDialog.cpp" line="165"/>
        <location filename="../src/ui/SnapshotsDialog.cpp" line="172"/>
        <source>Taking the snapshot</source>
        <translation>La prise de l&apos;instantané</translation>
    </message>
    <message>
        <location filename="../src/ui/SnapshotsDialog.cpp" line="166"/>
        <source>Taking the snapshot…</source>
        <translation>Prise de l&apos;instantané…</translation>
    </message>
    <message>
        <location filename="../src/ui/SnapshotsDialog.cpp" line="173"/>
        <source>Snapshot &apos;%1&apos; taken.</source>
        <translation>Instantané « %1 » pris.</translation>
    </message>
    <message>
        <location filename="../src/ui/SnapshotsDialog.cpp" line="182"/>
        <source>Reverting to &apos;%1&apos;…</source>
        <translation>Retour à « %1 »…</translation>
    </message>
    <message>
        <location filename="../src/ui/SnapshotsDialog.cpp" line="188"/>
        <source>Reverting to &apos;%1&apos;</source>
        <translation>Le retour à « %1 »</translation>
    </message>
    <message>
        <location filename="../src/ui/SnapshotsDialog.cpp" line="189"/>
        <source>Back at snapshot &apos;%1&apos;.</source>
        <translation>De retour à l&apos;instantané « %1 ».</translation>
    </message>
    <message>
        <location filename="../src/ui/SnapshotsDialog.cpp" line="198"/>
        <source>Deleting &apos;%1&apos;…</source>
        <translation>Suppression de « %1 »…</translation>
    </message>
    <message>
        <location filename="../src/ui/SnapshotsDialog.cpp" line="204"/>
        <source>Deleting &apos;%1&apos;</source>
        <translation>La suppression de « %1 »</translation>
    </message>
    <message>
        <location filename="../src/ui/SnapshotsDialog.cpp" line="205"/>
        <source>Snapshot &apos;%1&apos; deleted.</source>
        <translation>Instantané « %1 » supprimé.</translation>
    </message>
    <message>
        <location filename="../src/ui/SnapshotsDialog.cpp" line="213"/>
        <source>Take snapshot</source>
        <translation>Prendre un instantané</translation>
    </message>
    <message>
        <location filename="../src/ui/SnapshotsDialog.cpp" line="213"/>
        <source>Name (empty: one is generated):</source>
        <translation>Nom (vide : généré) :</translation>
    </message>
    <message>
        <location filename="../src/ui/SnapshotsDialog.cpp" line="223"/>
        <source>Revert to &apos;%1&apos;</source>
        <translation>Revenir à « %1 »</translation>
    </message>
    <message>
        <location filename="../src/ui/SnapshotsDialog.cpp" line="233"/>
        <source>Delete snapshot</source>
        <translation>Supprimer l&apos;instantané</translation>
    </message>
    <message>
        <location filename="../src/ui/SnapshotsDialog.cpp" line="233"/>
        <source>Delete snapshot &apos;%1&apos;? The machine stays as it is; you can no longer go back to it.</source>
        <translation>Supprimer l&apos;instantané « %1 » ? La machine reste telle quelle ; vous ne pourrez plus y revenir.</translation>
    </message>
</context>
<context>
    <name>vman::TemplateDialog</name>
    <message>
        <location filename="../src/ui/ResourceDialogs.cpp" line="22"/>
        <source>New template</source>
        <translation>Nouveau modèle</translation>
    </message>
    <message>
        <location filename="../src/ui/ResourceDialogs.cpp" line="26"/>
        <source>e.g. small</source>
        <translation>p. ex. small</translation>
    </message>
    <message>
        <location filename="../src/ui/ResourceDialogs.cpp" line="35"/>
        <source> GiB</source>
        <translation> Gio</translation>
    </message>
    <message>
        <location filename="../src/ui/ResourceDialogs.cpp" line="36"/>
        <source>&amp;Name:</source>
        <translation>&amp;Nom :</translation>
    </message>
    <message>
        <location filename="../src/ui/ResourceDialogs.cpp" line="37"/>
        <source>&amp;vCPUs:</source>
        <translation>&amp;vCPU :</translation>
    </message>
    <message>
        <location filename="../src/ui/ResourceDialogs.cpp" line="38"/>
        <source>&amp;RAM:</source>
        <translation>&amp;RAM :</translation>
    </message>
</context>
<context>
    <name>vman::TemplateTableModel</name>
    <message>
        <location filename="../src/ui/TemplateTableModel.cpp" line="69"/>
        <source>%1 GiB</source>
        <translation>%1 Gio</translation>
    </message>
    <message>
        <location filename="../src/ui/TemplateTableModel.cpp" line="83"/>
        <source>Name</source>
        <translation>Nom</translation>
    </message>
    <message>
        <location filename="../src/ui/TemplateTableModel.cpp" line="84"/>
        <source>vCPUs</source>
        <translation>vCPU</translation>
    </message>
    <message>
        <location filename="../src/ui/TemplateTableModel.cpp" line="85"/>
        <source>Memory</source>
        <translation>Mémoire</translation>
    </message>
    <message>
        <location filename="../src/ui/TemplateTableModel.cpp" line="86"/>
        <source>VMs</source>
        <translation>VM</translation>
    </message>
    <message>
        <location filename="../src/ui/TemplateTableModel.cpp" line="87"/>
        <source>Created</source>
        <translation>Créé</translation>
    </message>
    <message>
        <location filename="../src/ui/TemplateTableModel.cpp" line="88"/>
        <source>Host</source>
        <translation>Hôte</translation>
    </message>
</context>
<context>
    <name>vman::TerminalView</name>
    <message>
        <location filename="../src/ui/ConsoleWindow.cpp" line="120"/>
        <source>&amp;Copy</source>
        <translation>&amp;Copier</translation>
    </message>
    <message>
        <location filename="../src/ui/ConsoleWindow.cpp" line="123"/>
        <source>&amp;Paste to the guest</source>
        <translation>Co&amp;ller dans l&apos;invité</translation>
    </message>
    <message>
        <location filename="../src/ui/ConsoleWindow.cpp" line="127"/>
        <source>Select &amp;all</source>
        <translation>&amp;Tout sélectionner</translation>
    </message>
</context>
<context>
    <name>vman::VmDetailPane</name>
    <message>
        <location filename="../src/ui/VmDetailPane.cpp" line="73"/>
        <source>Screen</source>
        <translation>Écran</translation>
    </message>
    <message>
        <location filename="../src/ui/VmDetailPane.cpp" line="75"/>
        <source>Serial console</source>
        <translation>Console série</translation>
    </message>
    <message>
        <location filename="../src/ui/VmDetailPane.cpp" line="140"/>
        <source>No virtual machine selected</source>
        <translation>Aucune machine virtuelle sélectionnée</translation>
    </message>
    <message>
        <location filename="../src/ui/VmDetailPane.cpp" line="46"/>
        <source>Double-click to open the console</source>
        <translation>Double-cliquez pour ouvrir la console</translation>
    </message>
    <message>
        <location filename="../src/ui/VmDetailPane.cpp" line="40"/>
        <source>CPU use over the last five minutes (percent of one core)</source>
        <translation>Utilisation du processeur ces cinq dernières minutes (pourcentage d&apos;un cœur)</translation>
    </message>
    <message>
        <location filename="../src/ui/VmDetailPane.cpp" line="149"/>
        <source>%1 (%2 GiB)</source>
        <translation>%1 (%2 Gio)</translation>
    </message>
    <message>
        <location filename="../src/ui/VmDetailPane.cpp" line="152"/>
        <source>%1:%2 → %3/%4</source>
        <translation>%1:%2 → %3/%4</translation>
    </message>
    <message>
        <location filename="../src/ui/VmDetailPane.cpp" line="154"/>
        <source>State: %1</source>
        <translation>État : %1</translation>
    </message>
    <message>
        <location filename="../src/ui/VmDetailPane.cpp" line="157"/>
        <source>Template: %1 (%2 vCPU, %3 GiB RAM)</source>
        <translation>Modèle : %1 (%2 vCPU, %3 Gio de RAM)</translation>
    </message>
    <message>
        <location filename="../src/ui/VmDetailPane.cpp" line="162"/>
        <source>%1 GiB</source>
        <translation>%1 Gio</translation>
    </message>
    <message>
        <location filename="../src/ui/VmDetailPane.cpp" line="162"/>
        <source>its size</source>
        <translation>sa taille</translation>
    </message>
    <message>
        <location filename="../src/ui/VmDetailPane.cpp" line="164"/>
        <source>Root disk: empty, %1</source>
        <translation>Disque système : vide, %1</translation>
    </message>
    <message>
        <location filename="../src/ui/VmDetailPane.cpp" line="164"/>
        <source>10 GiB</source>
        <translation>10 Gio</translation>
    </message>
    <message>
        <location filename="../src/ui/VmDetailPane.cpp" line="165"/>
        <source>Root disk: from image %1, %2</source>
        <translation>Disque système : depuis l&apos;image %1, %2</translation>
    </message>
    <message>
        <location filename="../src/ui/VmDetailPane.cpp" line="166"/>
        <source>CD: %1</source>
        <translation>CD : %1</translation>
    </message>
    <message>
        <location filename="../src/ui/VmDetailPane.cpp" line="166"/>
        <source>empty</source>
        <translation>vide</translation>
    </message>
    <message>
        <location filename="../src/ui/VmDetailPane.cpp" line="169"/>
        <source>CD</source>
        <translation>CD</translation>
    </message>
    <message>
        <location filename="../src/ui/VmDetailPane.cpp" line="169"/>
        <source>disk</source>
        <translation>disque</translation>
    </message>
    <message>
        <location filename="../src/ui/VmDetailPane.cpp" line="170"/>
        <source>Boots: %1, %2</source>
        <translation>Démarre : %1, %2</translation>
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
        <translation>Disques : %1</translation>
    </message>
    <message>
        <location filename="../src/ui/VmDetailPane.cpp" line="171"/>
        <location filename="../src/ui/VmDetailPane.cpp" line="172"/>
        <source>none</source>
        <translation>aucun</translation>
    </message>
    <message>
        <location filename="../src/ui/VmDetailPane.cpp" line="172"/>
        <source>Port forwards: %1</source>
        <translation>Redirections de ports : %1</translation>
    </message>
    <message>
        <location filename="../src/ui/VmDetailPane.cpp" line="175"/>
        <source>its guest agent answers</source>
        <translation>son agent invité répond</translation>
    </message>
    <message>
        <location filename="../src/ui/VmDetailPane.cpp" line="176"/>
        <source>its SSH server answers</source>
        <translation>son serveur SSH répond</translation>
    </message>
    <message>
        <location filename="../src/ui/VmDetailPane.cpp" line="177"/>
        <source>its console showed the ready marker</source>
        <translation>sa console a affiché le marqueur « prête »</translation>
    </message>
    <message>
        <location filename="../src/ui/VmDetailPane.cpp" line="178"/>
        <source>Guest: ready (%1)</source>
        <translation>Invité : prêt (%1)</translation>
    </message>
    <message>
        <location filename="../src/ui/VmDetailPane.cpp" line="178"/>
        <source>Guest: not ready yet</source>
        <translation>Invité : pas encore prêt</translation>
    </message>
    <message>
        <location filename="../src/ui/VmDetailPane.cpp" line="180"/>
        <source>Operating system: %1</source>
        <translation>Système d&apos;exploitation : %1</translation>
    </message>
    <message>
        <location filename="../src/ui/VmDetailPane.cpp" line="180"/>
        <source>unknown</source>
        <translation>inconnu</translation>
    </message>
    <message>
        <location filename="../src/ui/VmDetailPane.cpp" line="181"/>
        <source>IP addresses: %1</source>
        <translation>Adresses IP : %1</translation>
    </message>
    <message>
        <location filename="../src/ui/VmDetailPane.cpp" line="181"/>
        <source>none reported</source>
        <translation>aucune signalée</translation>
    </message>
    <message numerus="yes">
        <location filename="../src/ui/VmDetailPane.cpp" line="185"/>
        <source>Cloud-init: host name %1, %n SSH key(s)</source>
        <translation>
            <numerusform>Cloud-init : nom d&apos;hôte %1, %n clé SSH</numerusform>
            <numerusform>Cloud-init : nom d&apos;hôte %1, %n clés SSH</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../src/ui/VmDetailPane.cpp" line="187"/>
        <source>SSH: %1</source>
        <translation>SSH : %1</translation>
    </message>
    <message>
        <location filename="../src/ui/VmDetailPane.cpp" line="188"/>
        <source>Created: %1</source>
        <translation>Créé : %1</translation>
    </message>
    <message>
        <location filename="../src/ui/VmDetailPane.cpp" line="189"/>
        <source>Id: %1</source>
        <translation>Identifiant : %1</translation>
    </message>
    <message>
        <location filename="../src/ui/VmDetailPane.cpp" line="222"/>
        <source>CPU: %1 % of one core</source>
        <translation>Processeur : %1 % d&apos;un cœur</translation>
    </message>
    <message>
        <location filename="../src/ui/VmDetailPane.cpp" line="224"/>
        <source>memory: %1 in use (%2 GiB given)</source>
        <translation>mémoire : %1 utilisée (%2 Gio attribués)</translation>
    </message>
</context>
<context>
    <name>vman::VmDialog</name>
    <message>
        <location filename="../src/ui/ResourceDialogs.cpp" line="57"/>
        <source>New virtual machine</source>
        <translation>Nouvelle machine virtuelle</translation>
    </message>
    <message>
        <location filename="../src/ui/ResourceDialogs.cpp" line="62"/>
        <source>%1 (%2 vCPU, %3 GiB)</source>
        <translation>%1 (%2 vCPU, %3 Gio)</translation>
    </message>
    <message>
        <location filename="../src/ui/ResourceDialogs.cpp" line="65"/>
        <source>optional: a name is generated</source>
        <translation>facultatif : un nom est généré</translation>
    </message>
    <message>
        <location filename="../src/ui/ResourceDialogs.cpp" line="69"/>
        <source>Default (template or library)</source>
        <translation>Par défaut (modèle ou bibliothèque)</translation>
    </message>
    <message>
        <location filename="../src/ui/ResourceDialogs.cpp" line="70"/>
        <source>Empty disk (install from a CD)</source>
        <translation>Disque vide (installer depuis un CD)</translation>
    </message>
    <message>
        <location filename="../src/ui/ResourceDialogs.cpp" line="73"/>
        <source>None</source>
        <translation>Aucun</translation>
    </message>
    <message>
        <location filename="../src/ui/ResourceDialogs.cpp" line="76"/>
        <source>%1 (%2, %3)</source>
        <translation>%1 (%2, %3)</translation>
    </message>
    <message>
        <location filename="../src/ui/ResourceDialogs.cpp" line="77"/>
        <source>%1 (not ready)</source>
        <translation>%1 (pas prête)</translation>
    </message>
    <message>
        <location filename="../src/ui/ResourceDialogs.cpp" line="83"/>
        <source> GiB</source>
        <translation> Gio</translation>
    </message>
    <message>
        <location filename="../src/ui/ResourceDialogs.cpp" line="84"/>
        <source>Default</source>
        <translation>Par défaut</translation>
    </message>
    <message>
        <location filename="../src/ui/ResourceDialogs.cpp" line="85"/>
        <source>The root disk&apos;s size. Default: the image&apos;s size, or 10 GiB for an empty disk. A disk made from an image is never smaller than the image.</source>
        <translation>Taille du disque système. Par défaut : la taille de l&apos;image, ou 10 Gio pour un disque vide. Un disque issu d&apos;une image n&apos;est jamais plus petit que l&apos;image.</translation>
    </message>
    <message>
        <location filename="../src/ui/ResourceDialogs.cpp" line="89"/>
        <source>Default (template, else BIOS)</source>
        <translation>Par défaut (modèle, sinon BIOS)</translation>
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
        <translation>facultatif, p. ex. 2222:22, 8080:80</translation>
    </message>
    <message>
        <location filename="../src/ui/ResourceDialogs.cpp" line="95"/>
        <source>Host ports forwarded to the guest: host:guest[/tcp|udp], separated by commas; an address may come first (0.0.0.0:2222:22).</source>
        <translation>Ports de l’hôte redirigés vers l’invité : hôte:invité[/tcp|udp], séparés par des virgules ; une adresse peut précéder (0.0.0.0:2222:22).</translation>
    </message>
    <message>
        <location filename="../src/ui/ResourceDialogs.cpp" line="97"/>
        <source>&amp;Template:</source>
        <translation>&amp;Modèle :</translation>
    </message>
    <message>
        <location filename="../src/ui/ResourceDialogs.cpp" line="98"/>
        <source>&amp;Name:</source>
        <translation>&amp;Nom :</translation>
    </message>
    <message>
        <location filename="../src/ui/ResourceDialogs.cpp" line="99"/>
        <source>Boot &amp;image:</source>
        <translation>&amp;Image de démarrage :</translation>
    </message>
    <message>
        <location filename="../src/ui/ResourceDialogs.cpp" line="100"/>
        <source>&amp;Disk size:</source>
        <translation>Taille du &amp;disque :</translation>
    </message>
    <message>
        <location filename="../src/ui/ResourceDialogs.cpp" line="101"/>
        <source>Install from &amp;CD:</source>
        <translation>Installer depuis le &amp;CD :</translation>
    </message>
    <message>
        <location filename="../src/ui/ResourceDialogs.cpp" line="102"/>
        <source>&amp;Firmware:</source>
        <translation>&amp;Micrologiciel :</translation>
    </message>
    <message>
        <location filename="../src/ui/ResourceDialogs.cpp" line="103"/>
        <source>&amp;Port forwards:</source>
        <translation>&amp;Redirections de ports :</translation>
    </message>
    <message>
        <location filename="../src/ui/ResourceDialogs.cpp" line="106"/>
        <source>Set up with clo&amp;ud-init (cloud images)</source>
        <translation>Configurer avec clo&amp;ud-init (images cloud)</translation>
    </message>
    <message>
        <location filename="../src/ui/ResourceDialogs.cpp" line="113"/>
        <source>ssh-ed25519 AAAA… (the contents of your ~/.ssh/id_ed25519.pub)</source>
        <translation>ssh-ed25519 AAAA… (le contenu de votre ~/.ssh/id_ed25519.pub)</translation>
    </message>
    <message>
        <location filename="../src/ui/ResourceDialogs.cpp" line="114"/>
        <source>Your OpenSSH public key, for the image&apos;s default user. VMAN forwards a free host port to the guest&apos;s SSH port and shows the ssh command.</source>
        <translation>Votre clé publique OpenSSH, pour l&apos;utilisateur par défaut de l&apos;image. VMAN redirige un port libre de l&apos;hôte vers le port SSH de l&apos;invité et affiche la commande ssh.</translation>
    </message>
    <message>
        <location filename="../src/ui/ResourceDialogs.cpp" line="118"/>
        <source>optional: from the VM&apos;s name</source>
        <translation>facultatif : dérivé du nom de la VM</translation>
    </message>
    <message>
        <location filename="../src/ui/ResourceDialogs.cpp" line="121"/>
        <source>optional, e.g.
#cloud-config
packages: [nginx]</source>
        <translation>facultatif, p. ex.
#cloud-config
packages: [nginx]</translation>
    </message>
    <message>
        <location filename="../src/ui/ResourceDialogs.cpp" line="125"/>
        <source>SSH &amp;key:</source>
        <translation>&amp;Clé SSH :</translation>
    </message>
    <message>
        <location filename="../src/ui/ResourceDialogs.cpp" line="126"/>
        <source>&amp;Host name:</source>
        <translation>Nom d&apos;&amp;hôte :</translation>
    </message>
    <message>
        <location filename="../src/ui/ResourceDialogs.cpp" line="127"/>
        <source>Us&amp;er data:</source>
        <translation>Données utilisat&amp;eur :</translation>
    </message>
    <message>
        <location filename="../src/ui/ResourceDialogs.cpp" line="158"/>
        <source>&apos;%1&apos; is not host:guest[/protocol]</source>
        <translation>« %1 » n’est pas de la forme hôte:invité[/protocole]</translation>
    </message>
    <message>
        <location filename="../src/ui/ResourceDialogs.cpp" line="213"/>
        <source>Create a template first</source>
        <translation>Créez d’abord un modèle</translation>
    </message>
    <message>
        <location filename="../src/ui/ResourceDialogs.cpp" line="216"/>
        <source>ports</source>
        <translation>ports</translation>
    </message>
</context>
<context>
    <name>vman::VmEditDialog</name>
    <message>
        <location filename="../src/ui/VmChangeDialogs.cpp" line="40"/>
        <source>Edit &apos;%1&apos;</source>
        <translation>Modifier « %1 »</translation>
    </message>
    <message>
        <location filename="../src/ui/VmChangeDialogs.cpp" line="51"/>
        <location filename="../src/ui/VmChangeDialogs.cpp" line="59"/>
        <source> GiB</source>
        <translation> Gio</translation>
    </message>
    <message>
        <location filename="../src/ui/VmChangeDialogs.cpp" line="60"/>
        <source>The root disk only grows. On a running machine it grows at once; the guest&apos;s partition and file system are its own to grow.</source>
        <translation>Le disque système ne fait que grandir. Sur une machine en marche, il grandit aussitôt ; c&apos;est à l&apos;invité d&apos;agrandir sa partition et son système de fichiers.</translation>
    </message>
    <message>
        <location filename="../src/ui/VmChangeDialogs.cpp" line="64"/>
        <source>Default</source>
        <translation>Par défaut</translation>
    </message>
    <message>
        <location filename="../src/ui/VmChangeDialogs.cpp" line="65"/>
        <source>Disk, then CD</source>
        <translation>Disque, puis CD</translation>
    </message>
    <message>
        <location filename="../src/ui/VmChangeDialogs.cpp" line="66"/>
        <source>CD, then disk</source>
        <translation>CD, puis disque</translation>
    </message>
    <message>
        <location filename="../src/ui/VmChangeDialogs.cpp" line="67"/>
        <source>Disk only</source>
        <translation>Disque seul</translation>
    </message>
    <message>
        <location filename="../src/ui/VmChangeDialogs.cpp" line="68"/>
        <source>CD only</source>
        <translation>CD seul</translation>
    </message>
    <message>
        <location filename="../src/ui/VmChangeDialogs.cpp" line="75"/>
        <source>none, e.g. 2222:22, 8080:80</source>
        <translation>aucune, p. ex. 2222:22, 8080:80</translation>
    </message>
    <message>
        <location filename="../src/ui/VmChangeDialogs.cpp" line="77"/>
        <source>&amp;Name:</source>
        <translation>&amp;Nom :</translation>
    </message>
    <message>
        <location filename="../src/ui/VmChangeDialogs.cpp" line="78"/>
        <source>&amp;vCPUs:</source>
        <translation>&amp;vCPU :</translation>
    </message>
    <message>
        <location filename="../src/ui/VmChangeDialogs.cpp" line="79"/>
        <source>&amp;Memory:</source>
        <translation>&amp;Mémoire :</translation>
    </message>
    <message>
        <location filename="../src/ui/VmChangeDialogs.cpp" line="80"/>
        <source>Root &amp;disk:</source>
        <translation>&amp;Disque système :</translation>
    </message>
    <message>
        <location filename="../src/ui/VmChangeDialogs.cpp" line="81"/>
        <source>&amp;Boot order:</source>
        <translation>&amp;Ordre de démarrage :</translation>
    </message>
    <message>
        <location filename="../src/ui/VmChangeDialogs.cpp" line="82"/>
        <source>&amp;Port forwards:</source>
        <translation>&amp;Redirections de port :</translation>
    </message>
    <message>
        <location filename="../src/ui/VmChangeDialogs.cpp" line="87"/>
        <source>Stop the virtual machine to change this.</source>
        <translation>Arrêtez la machine virtuelle pour modifier ceci.</translation>
    </message>
    <message>
        <location filename="../src/ui/VmChangeDialogs.cpp" line="89"/>
        <source>The machine is running: its name and root disk size can change now; stop it to change its vCPUs, memory, boot order and port forwards.</source>
        <translation>La machine est en marche : son nom et la taille de son disque système peuvent changer maintenant ; arrêtez-la pour modifier ses vCPU, sa mémoire, son ordre de démarrage et ses redirections de port.</translation>
    </message>
</context>
<context>
    <name>vman::VmTableModel</name>
    <message>
        <location filename="../src/ui/VmTableModel.cpp" line="198"/>
        <source>%1 GiB</source>
        <translation>%1 Gio</translation>
    </message>
    <message>
        <location filename="../src/ui/VmTableModel.cpp" line="116"/>
        <source>CPU: %1 % of one core</source>
        <translation>CPU : %1 % d&apos;un cœur</translation>
    </message>
    <message>
        <location filename="../src/ui/VmTableModel.cpp" line="137"/>
        <source>Name</source>
        <translation>Nom</translation>
    </message>
    <message>
        <location filename="../src/ui/VmTableModel.cpp" line="138"/>
        <source>State</source>
        <translation>État</translation>
    </message>
    <message>
        <location filename="../src/ui/VmTableModel.cpp" line="139"/>
        <source>Template</source>
        <translation>Modèle</translation>
    </message>
    <message>
        <location filename="../src/ui/VmTableModel.cpp" line="140"/>
        <source>vCPUs</source>
        <translation>vCPU</translation>
    </message>
    <message>
        <location filename="../src/ui/VmTableModel.cpp" line="141"/>
        <source>Memory</source>
        <translation>Mémoire</translation>
    </message>
    <message>
        <location filename="../src/ui/VmTableModel.cpp" line="145"/>
        <source>Host</source>
        <translation>Hôte</translation>
    </message>
    <message>
        <location filename="../src/ui/VmTableModel.cpp" line="197"/>
        <source>%1 / %2 GiB</source>
        <translation>%1 / %2 Gio</translation>
    </message>
    <message>
        <location filename="../src/ui/VmTableModel.cpp" line="204"/>
        <source>Its QEMU holds %1 of host memory; the guest was given %2 GiB</source>
        <translation>Son QEMU occupe %1 de la mémoire de l’hôte ; l’invité a reçu %2 Gio</translation>
    </message>
    <message>
        <location filename="../src/ui/VmTableModel.cpp" line="208"/>
        <source>The guest gets %1 GiB when it runs</source>
        <translation>L’invité reçoit %1 Gio quand il tourne</translation>
    </message>
    <message>
        <location filename="../src/ui/VmTableModel.cpp" line="142"/>
        <source>Disks</source>
        <translation>Disques</translation>
    </message>
    <message>
        <location filename="../src/ui/VmTableModel.cpp" line="143"/>
        <source>Ports</source>
        <translation>Ports</translation>
    </message>
    <message>
        <location filename="../src/ui/VmTableModel.cpp" line="144"/>
        <source>Created</source>
        <translation>Créé</translation>
    </message>
</context>
<context>
    <name>vman::console::ConsoleView</name>
    <message>
        <location filename="../src/ui/console/ConsoleView.cpp" line="46"/>
        <location filename="../src/ui/console/ConsoleView.cpp" line="83"/>
        <location filename="../src/ui/console/ConsoleView.cpp" line="103"/>
        <source>No screen</source>
        <translation>Pas d&apos;écran</translation>
    </message>
    <message>
        <location filename="../src/ui/console/ConsoleView.cpp" line="93"/>
        <source>Waiting for the screen…</source>
        <translation>En attente de l&apos;écran…</translation>
    </message>
    <message>
        <location filename="../src/ui/console/ConsoleView.cpp" line="103"/>
        <source>The screen closed: %1</source>
        <translation>L&apos;écran s&apos;est fermé : %1</translation>
    </message>
</context>
<context>
    <name>vman::console::WebSocketStream</name>
    <message>
        <location filename="../src/ui/console/WebSocketStream.cpp" line="26"/>
        <source>cannot create a socket pair: %1</source>
        <translation>impossible de créer une paire de sockets : %1</translation>
    </message>
    <message>
        <location filename="../src/ui/console/WebSocketStream.cpp" line="30"/>
        <source>cannot use a socket pair</source>
        <translation>impossible d&apos;utiliser la paire de sockets</translation>
    </message>
</context>
<context>
    <name>vman::ui</name>
    <message>
        <location filename="../src/ui/StateIcons.cpp" line="14"/>
        <source>stopped</source>
        <translation>arrêtée</translation>
    </message>
    <message>
        <location filename="../src/ui/StateIcons.cpp" line="15"/>
        <source>starting</source>
        <translation>démarrage</translation>
    </message>
    <message>
        <location filename="../src/ui/StateIcons.cpp" line="16"/>
        <source>running</source>
        <translation>en marche</translation>
    </message>
    <message>
        <location filename="../src/ui/StateIcons.cpp" line="17"/>
        <source>stopping</source>
        <translation>arrêt en cours</translation>
    </message>
    <message>
        <location filename="../src/ui/StateIcons.cpp" line="18"/>
        <source>paused</source>
        <translation>en pause</translation>
    </message>
    <message>
        <location filename="../src/ui/StateIcons.cpp" line="19"/>
        <source>error</source>
        <translation>erreur</translation>
    </message>
    <message>
        <location filename="../src/ui/HostTableModel.cpp" line="11"/>
        <source>This computer</source>
        <translation>Cet ordinateur</translation>
    </message>
</context>
</TS>
