<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="fr">
<context>
    <name>BulkDisconnect</name>
    <message>
        <source>The server is no longer configured; nothing was sent.</source>
        <translation>Le serveur n&apos;est plus configuré&#xa0;; rien n&apos;a été envoyé.</translation>
    </message>
    <message>
        <source>The server gave no outcome.</source>
        <translation>Le serveur n&apos;a renvoyé aucun résultat.</translation>
    </message>
</context>
<context>
    <name>CertificateDialog</name>
    <message>
        <source>Certificate Changed</source>
        <translation>Certificat modifié</translation>
    </message>
    <message>
        <source>Untrusted Certificate</source>
        <translation>Certificat non approuvé</translation>
    </message>
    <message>
        <source>Error</source>
        <translation>Erreur</translation>
    </message>
    <message>
        <source>Warning</source>
        <translation>Avertissement</translation>
    </message>
    <message>
        <source>Warning: %1 (%2) presents a different certificate from the one pinned for it. Someone may be intercepting the connection, or the server&apos;s certificate was replaced. The console refuses this server until you pin the new certificate. Do so only after confirming its fingerprint with the server&apos;s administrator.</source>
        <extracomment>%1 server name, %2 host:port</extracomment>
        <translation>Attention&#xa0;: %1 (%2) présente un certificat différent de celui épinglé pour lui. Quelqu&apos;un intercepte peut-être la connexion, ou le certificat du serveur a été remplacé. La console refuse ce serveur tant que vous n&apos;avez pas épinglé le nouveau certificat. Ne le faites qu&apos;après avoir vérifié son empreinte auprès de l&apos;administrateur du serveur.</translation>
    </message>
    <message>
        <source>No certificate authority this computer trusts vouches for the certificate of %1 (%2). Compare its SHA-256 fingerprint with the server&apos;s own before you pin it; once pinned, the console accepts this certificate, and only this one, for this server.</source>
        <translation>Aucune autorité de certification approuvée par cet ordinateur ne garantit le certificat de %1 (%2). Comparez son empreinte SHA-256 avec celle du serveur avant de l&apos;épingler&#xa0;; une fois épinglé, la console accepte ce certificat, et lui seul, pour ce serveur.</translation>
    </message>
    <message>
        <source>Subject:</source>
        <translation>Objet&#xa0;:</translation>
    </message>
    <message>
        <source>Issuer:</source>
        <translation>Émetteur&#xa0;:</translation>
    </message>
    <message>
        <source>%1 (self-signed)</source>
        <translation>%1 (auto-signé)</translation>
    </message>
    <message>
        <source>%1 to %2</source>
        <translation>du %1 au %2</translation>
    </message>
    <message>
        <source>Valid:</source>
        <translation>Validité&#xa0;:</translation>
    </message>
    <message>
        <source>Names:</source>
        <translation>Noms&#xa0;:</translation>
    </message>
    <message>
        <source>Refused because:</source>
        <translation>Refusé pour la raison suivante&#xa0;:</translation>
    </message>
    <message>
        <source>SHA-256 fingerprint</source>
        <translation>Empreinte SHA-256</translation>
    </message>
    <message>
        <source>SHA-256:</source>
        <translation>SHA-256&#xa0;:</translation>
    </message>
    <message>
        <source>Thumbprint (SHA-1):</source>
        <extracomment>Windows lists certificates by their SHA-1 thumbprint (e.g. in winrm&apos;s listener).</extracomment>
        <translation>Empreinte numérique (SHA-1)&#xa0;:</translation>
    </message>
    <message>
        <source>Pinned until now:</source>
        <translation>Épinglé jusqu&apos;ici&#xa0;:</translation>
    </message>
    <message>
        <source>I have confirmed the new fingerprint with the server&apos;s administrator</source>
        <translation>J&apos;ai vérifié la nouvelle empreinte auprès de l&apos;administrateur du serveur</translation>
    </message>
    <message>
        <source>&amp;Pin the New Certificate</source>
        <translation>É&amp;pingler le nouveau certificat</translation>
    </message>
    <message>
        <source>&amp;Pin This Certificate</source>
        <translation>É&amp;pingler ce certificat</translation>
    </message>
    <message>
        <source>Keep &amp;Refusing</source>
        <translation>Continuer à &amp;refuser</translation>
    </message>
    <message>
        <source>Do &amp;Not Trust</source>
        <translation>&amp;Ne pas faire confiance</translation>
    </message>
    <message>
        <source>%1 (expired)</source>
        <extracomment>%1 is the validity period (&quot;... to ...&quot;).</extracomment>
        <translation>%1 (expiré)</translation>
    </message>
    <message>
        <source>%1 (not valid yet)</source>
        <extracomment>%1 is the validity period (&quot;... to ...&quot;).</extracomment>
        <translation>%1 (pas encore valide)</translation>
    </message>
</context>
<context>
    <name>ConfirmDisconnectDialog</name>
    <message numerus="yes">
        <source>%1 and %n more</source>
        <comment>list of names, then a count</comment>
        <translation>
            <numerusform>%1 et %n autre</numerusform>
            <numerusform>%1 et %n autres</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Disconnect %n session(s)</source>
        <translation>
            <numerusform>Déconnecter %n session</numerusform>
            <numerusform>Déconnecter %n sessions</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Disconnect %n VPN session(s)?</source>
        <translation>
            <numerusform>Déconnecter %n session VPN&#xa0;?</numerusform>
            <numerusform>Déconnecter %n sessions VPN&#xa0;?</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n user(s):</source>
        <translation>
            <numerusform>%n utilisateur&#xa0;:</numerusform>
            <numerusform>%n utilisateurs&#xa0;:</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n server(s):</source>
        <translation>
            <numerusform>%n serveur&#xa0;:</numerusform>
            <numerusform>%n serveurs&#xa0;:</numerusform>
        </translation>
    </message>
    <message>
        <source>Warning</source>
        <translation>Avertissement</translation>
    </message>
    <message>
        <source>Optional, e.g. ticket number</source>
        <translation>Facultatif, par exemple numéro de ticket</translation>
    </message>
    <message>
        <source>&amp;Reason or ticket:</source>
        <translation>&amp;Motif ou ticket&#xa0;:</translation>
    </message>
    <message>
        <source>Type %1 to confirm:</source>
        <extracomment>The user must type the number of sessions to confirm a large disconnect.</extracomment>
        <translation>Tapez %1 pour confirmer&#xa0;:</translation>
    </message>
    <message numerus="yes">
        <source>&amp;Disconnect %n</source>
        <translation>
            <numerusform>&amp;Déconnecter %n</numerusform>
            <numerusform>&amp;Déconnecter %n</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>ConnectionTest</name>
    <message>
        <source>Testing…</source>
        <translation>Test en cours…</translation>
    </message>
    <message numerus="yes">
        <source>Connected in %1 ms: %n tunnel(s) listed.</source>
        <extracomment>%1 is the round trip in milliseconds; then the number of tunnels listed.</extracomment>
        <translation>
            <numerusform>Connecté en %1 ms&#xa0;: %n tunnel listé.</numerusform>
            <numerusform>Connecté en %1 ms&#xa0;: %n tunnels listés.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>CredentialJob</name>
    <message>
        <source>No password is stored in the keychain for this server.</source>
        <translation>Aucun mot de passe n&apos;est enregistré dans le trousseau pour ce serveur.</translation>
    </message>
    <message>
        <source>No keychain is available on this system (%1): the password is kept for this session only and must be entered again next time.</source>
        <translation>Aucun trousseau n&apos;est disponible sur ce système (%1)&#xa0;: le mot de passe est conservé pour cette session uniquement et devra être saisi de nouveau la prochaine fois.</translation>
    </message>
    <message>
        <source>Access to the keychain was refused (%1): the password is kept for this session only.</source>
        <translation>L&apos;accès au trousseau a été refusé (%1)&#xa0;: le mot de passe est conservé pour cette session uniquement.</translation>
    </message>
    <message>
        <source>The keychain reported an error (%1): the password is kept for this session only.</source>
        <translation>Le trousseau a signalé une erreur (%1)&#xa0;: le mot de passe est conservé pour cette session uniquement.</translation>
    </message>
</context>
<context>
    <name>DisconnectByListDialog</name>
    <message>
        <source>Disconnect by list</source>
        <translation>Déconnecter par liste</translation>
    </message>
    <message>
        <source>Paste tunnel IP addresses or CIDR ranges (IPv4 or IPv6), one per line or separated by commas. Sessions on every server are matched.</source>
        <translation>Collez des adresses IP de tunnel ou des plages CIDR (IPv4 ou IPv6), une par ligne ou séparées par des virgules. Les sessions de tous les serveurs sont prises en compte.</translation>
    </message>
    <message>
        <source>Addresses and ranges</source>
        <translation>Adresses et plages</translation>
    </message>
    <message>
        <source>Server</source>
        <translation>Serveur</translation>
    </message>
    <message>
        <source>User</source>
        <translation>Utilisateur</translation>
    </message>
    <message>
        <source>Tunnel IPv4</source>
        <translation>IPv4 du tunnel</translation>
    </message>
    <message>
        <source>Tunnel IPv6</source>
        <translation>IPv6 du tunnel</translation>
    </message>
    <message>
        <source>Host name</source>
        <translation>Nom d&apos;hôte</translation>
    </message>
    <message>
        <source>Matching sessions</source>
        <translation>Sessions correspondantes</translation>
    </message>
    <message>
        <source>Lines that matched nothing</source>
        <translation>Lignes sans correspondance</translation>
    </message>
    <message>
        <source>&amp;Continue…</source>
        <translation>&amp;Continuer…</translation>
    </message>
    <message numerus="yes">
        <source>%n matching session(s)</source>
        <translation>
            <numerusform>%n session correspondante</numerusform>
            <numerusform>%n sessions correspondantes</numerusform>
        </translation>
    </message>
    <message>
        <source>Not an address or range: %1</source>
        <translation>Ni une adresse ni une plage&#xa0;: %1</translation>
    </message>
    <message>
        <source>Matched no session: %1</source>
        <translation>Aucune session correspondante&#xa0;: %1</translation>
    </message>
    <message numerus="yes">
        <source>&amp;Disconnect %n…</source>
        <translation>
            <numerusform>&amp;Déconnecter %n…</numerusform>
            <numerusform>&amp;Déconnecter %n…</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>DisconnectController</name>
    <message>
        <source>%1 is an address of this computer: disconnecting it may cut off your own connection.</source>
        <translation>%1 est une adresse de cet ordinateur&#xa0;: la déconnecter risque de couper votre propre connexion.</translation>
    </message>
    <message numerus="yes">
        <source>%1 has %n session(s); only %2 selected.</source>
        <extracomment>%1 is a user name; %2 is the number of that user&apos;s sessions selected.</extracomment>
        <translation>
            <numerusform>%1 a %n session, dont %2 seulement dans la sélection.</numerusform>
            <numerusform>%1 a %n sessions, dont %2 seulement dans la sélection.</numerusform>
        </translation>
    </message>
    <message>
        <source>The disconnect could not be recorded in the history, so nothing was sent.

%1</source>
        <extracomment>%1 says what is wrong with the history and how to fix it.</extracomment>
        <translation>La déconnexion n&apos;a pas pu être enregistrée dans l&apos;historique, donc rien n&apos;a été envoyé.

%1</translation>
    </message>
    <message>
        <source>An outcome could not be recorded in the history; the job will show as Interrupted there.

%1</source>
        <translation>Un résultat n&apos;a pas pu être enregistré dans l&apos;historique&#xa0;; l&apos;opération y apparaîtra comme Interrompue.

%1</translation>
    </message>
    <message>
        <source>The end of the job could not be recorded in the history; it will show as Interrupted there.

%1</source>
        <translation>La fin de l&apos;opération n&apos;a pas pu être enregistrée dans l&apos;historique&#xa0;; elle y apparaîtra comme Interrompue.

%1</translation>
    </message>
    <message>
        <source>History</source>
        <translation>Historique</translation>
    </message>
</context>
<context>
    <name>DisconnectResultsDialog</name>
    <message>
        <source>Disconnect results</source>
        <translation>Résultats de la déconnexion</translation>
    </message>
    <message>
        <source>Outcome of every session</source>
        <translation>Résultat de chaque session</translation>
    </message>
    <message>
        <source>&amp;Retry failed</source>
        <translation>&amp;Réessayer les échecs</translation>
    </message>
    <message>
        <source>&amp;Copy</source>
        <translation>&amp;Copier</translation>
    </message>
    <message>
        <source>Show in &amp;History</source>
        <translation>Afficher dans l&apos;&amp;historique</translation>
    </message>
    <message>
        <source>&amp;Export Report…</source>
        <extracomment>Writes a report (CSV, JSON, HTML or PDF) of this disconnect job.</extracomment>
        <translation>&amp;Exporter le rapport…</translation>
    </message>
    <message numerus="yes">
        <source>%n disconnected</source>
        <translation>
            <numerusform>%n déconnectée</numerusform>
            <numerusform>%n déconnectées</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n already gone</source>
        <translation>
            <numerusform>%n déjà terminée</numerusform>
            <numerusform>%n déjà terminées</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n failed</source>
        <translation>
            <numerusform>%n en échec</numerusform>
            <numerusform>%n en échec</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n unknown</source>
        <translation>
            <numerusform>%n inconnue</numerusform>
            <numerusform>%n inconnues</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n invalid</source>
        <translation>
            <numerusform>%n non valide</numerusform>
            <numerusform>%n non valides</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n still running</source>
        <translation>
            <numerusform>%n encore en cours</numerusform>
            <numerusform>%n encore en cours</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n session(s): %1</source>
        <extracomment>Summary line of the results dialog, e.g. &quot;12 sessions: 10 disconnected, 2 failed&quot;.</extracomment>
        <translation>
            <numerusform>%n session&#xa0;: %1</numerusform>
            <numerusform>%n sessions&#xa0;: %1</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>&amp;Retry %n failed</source>
        <translation>
            <numerusform>&amp;Réessayer %n échec</numerusform>
            <numerusform>&amp;Réessayer les %n échecs</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>FilterBar</name>
    <message>
        <source>Filter: user, tunnel IP, host, external address (Ctrl+F)</source>
        <translation>Utilisateur, IP du tunnel, hôte, adresse externe (Ctrl+F)</translation>
    </message>
    <message>
        <source>Text filter</source>
        <translation>Filtre texte</translation>
    </message>
    <message>
        <source>Shows the sessions whose user, tunnel address, host name or external address contains the text</source>
        <translation>Affiche les sessions dont l&apos;utilisateur, l&apos;adresse du tunnel, le nom d&apos;hôte ou l&apos;adresse externe contient le texte</translation>
    </message>
    <message>
        <source>Server filter</source>
        <translation>Filtre serveur</translation>
    </message>
    <message>
        <source>Shows the sessions of one server</source>
        <translation>Affiche les sessions d&apos;un serveur</translation>
    </message>
    <message>
        <source>Tunnel type filter</source>
        <translation>Filtre type de tunnel</translation>
    </message>
    <message>
        <source>Shows the sessions of one tunnel type</source>
        <translation>Affiche les sessions d&apos;un type de tunnel</translation>
    </message>
    <message>
        <source>All tunnel types</source>
        <translation>Tous types de tunnel</translation>
    </message>
    <message>
        <source>Activity filter</source>
        <translation>Filtre activité</translation>
    </message>
    <message>
        <source>Shows active or idle sessions</source>
        <translation>Affiche les sessions actives ou inactives</translation>
    </message>
    <message>
        <source>Any activity</source>
        <translation>Toute activité</translation>
    </message>
    <message>
        <source>Active</source>
        <translation>Active</translation>
    </message>
    <message>
        <source>Idle</source>
        <translation>Inactive</translation>
    </message>
    <message>
        <source>Connection type filter</source>
        <translation>Filtre type de connexion</translation>
    </message>
    <message>
        <source>Shows VPN or DirectAccess sessions</source>
        <translation>Affiche les sessions VPN ou DirectAccess</translation>
    </message>
    <message>
        <source>VPN and DirectAccess</source>
        <translation>VPN et DirectAccess</translation>
    </message>
    <message>
        <source>VPN</source>
        <translation>VPN</translation>
    </message>
    <message>
        <source>DirectAccess</source>
        <translation>DirectAccess</translation>
    </message>
    <message>
        <source>IP or CIDR, e.g. 10.1.0.0/16</source>
        <translation>IP ou CIDR, par ex. 10.1.0.0/16</translation>
    </message>
    <message>
        <source>Address filter</source>
        <translation>Filtre d&apos;adresses</translation>
    </message>
    <message>
        <source>Shows the sessions whose tunnel address is one of these addresses or in one of these ranges, separated by commas or spaces</source>
        <translation>Affiche les sessions dont l&apos;adresse de tunnel est l&apos;une de ces adresses ou appartient à l&apos;une de ces plages, séparées par des virgules ou des espaces</translation>
    </message>
    <message>
        <source>Clear</source>
        <translation>Effacer</translation>
    </message>
    <message>
        <source>Clear every filter</source>
        <translation>Effacer tous les filtres</translation>
    </message>
    <message>
        <source>Clear filters</source>
        <translation>Effacer les filtres</translation>
    </message>
    <message>
        <source>All servers</source>
        <translation>Tous les serveurs</translation>
    </message>
    <message>
        <source>Not an address or range: %1</source>
        <translation>Ni une adresse ni une plage&#xa0;: %1</translation>
    </message>
</context>
<context>
    <name>GssapiContext</name>
    <message>
        <source>the server sent a token before the client&apos;s first one</source>
        <translation>le serveur a envoyé un jeton avant le premier jeton du client</translation>
    </message>
    <message>
        <source>the server answered without a Negotiate token</source>
        <translation>le serveur a répondu sans jeton Negotiate</translation>
    </message>
    <message>
        <source>the negotiated mechanism is neither Kerberos nor NTLM</source>
        <translation>le mécanisme négocié n&apos;est ni Kerberos ni NTLM</translation>
    </message>
    <message>
        <source>the server did not prove its identity (no Kerberos mutual authentication)</source>
        <translation>le serveur n&apos;a pas prouvé son identité (pas d&apos;authentification mutuelle Kerberos)</translation>
    </message>
    <message>
        <source>the server did not agree to message integrity</source>
        <translation>le serveur n&apos;a pas accepté l&apos;intégrité des messages</translation>
    </message>
    <message>
        <source>the security context cannot encrypt messages</source>
        <translation>le contexte de sécurité ne peut pas chiffrer les messages</translation>
    </message>
    <message>
        <source>an empty message cannot be sealed</source>
        <translation>un message vide ne peut pas être scellé</translation>
    </message>
    <message>
        <source>the message was not encrypted</source>
        <translation>le message n&apos;était pas chiffré</translation>
    </message>
    <message>
        <source>the security context is not established</source>
        <translation>le contexte de sécurité n&apos;est pas établi</translation>
    </message>
    <message>
        <source>the sealed message does not verify: %1</source>
        <translation>le message scellé n&apos;est pas vérifiable&#xa0;: %1</translation>
    </message>
    <message>
        <source>the sealed message is out of sequence (replayed, reordered or one was lost)</source>
        <translation>le message scellé est hors séquence (rejoué, réordonné, ou un message a été perdu)</translation>
    </message>
    <message>
        <source>the message was signed but not encrypted</source>
        <translation>le message était signé mais pas chiffré</translation>
    </message>
    <message>
        <source>the service name %1 is not usable: %2</source>
        <translation>le nom de service %1 est inutilisable&#xa0;: %2</translation>
    </message>
    <message>
        <source>NTLM needs a user name (DOMAIN\user) and a password</source>
        <translation>NTLM nécessite un nom d&apos;utilisateur (DOMAINE\utilisateur) et un mot de passe</translation>
    </message>
    <message>
        <source>the user name %1 is not usable: %2</source>
        <translation>le nom d&apos;utilisateur %1 est inutilisable&#xa0;: %2</translation>
    </message>
    <message>
        <source>no credentials for %1: %2</source>
        <translation>aucune information d&apos;identification pour %1&#xa0;: %2</translation>
    </message>
    <message>
        <source>the security context is already complete</source>
        <translation>le contexte de sécurité est déjà établi</translation>
    </message>
    <message>
        <source>the security context has already failed</source>
        <translation>le contexte de sécurité a déjà échoué</translation>
    </message>
</context>
<context>
    <name>HistoryController</name>
    <message>
        <source>&amp;History…</source>
        <translation>&amp;Historique…</translation>
    </message>
    <message>
        <source>Every disconnect, with its sessions and outcomes (Ctrl+H)</source>
        <translation>Chaque déconnexion, avec ses sessions et leurs résultats (Ctrl+H)</translation>
    </message>
</context>
<context>
    <name>HistoryItemModel</name>
    <message>
        <source>Pending</source>
        <extracomment>A session of a running job whose outcome has not arrived yet.</extracomment>
        <translation>En attente</translation>
    </message>
    <message>
        <source>%1 (code %2)</source>
        <translation>%1 (code %2)</translation>
    </message>
    <message>
        <source>Outcome</source>
        <translation>Résultat</translation>
    </message>
    <message>
        <source>Server</source>
        <translation>Serveur</translation>
    </message>
    <message>
        <source>Tunnel address</source>
        <extracomment>The tunnel (host) IP address of a VPN session.</extracomment>
        <translation>Adresse du tunnel</translation>
    </message>
    <message>
        <source>User</source>
        <translation>Utilisateur</translation>
    </message>
    <message>
        <source>Host name</source>
        <translation>Nom d&apos;hôte</translation>
    </message>
    <message>
        <source>External address</source>
        <translation>Adresse externe</translation>
    </message>
    <message>
        <source>Tunnel type</source>
        <translation>Type de tunnel</translation>
    </message>
    <message>
        <source>Connected since</source>
        <translation>Connecté depuis</translation>
    </message>
    <message>
        <source>Bytes in</source>
        <translation>Octets entrants</translation>
    </message>
    <message>
        <source>Bytes out</source>
        <translation>Octets sortants</translation>
    </message>
    <message>
        <source>Server message</source>
        <extracomment>What the server said about the disconnect.</extracomment>
        <translation>Message du serveur</translation>
    </message>
    <message>
        <source>Settled</source>
        <extracomment>When the outcome of a session was recorded.</extracomment>
        <translation>Résolu le</translation>
    </message>
</context>
<context>
    <name>HistoryModel</name>
    <message>
        <source>The history is not open.</source>
        <translation>L&apos;historique n&apos;est pas ouvert.</translation>
    </message>
    <message>
        <source>Running</source>
        <extracomment>A disconnect job whose outcomes are still arriving.</extracomment>
        <translation>En cours</translation>
    </message>
    <message>
        <source>Finished</source>
        <extracomment>A disconnect job where every session has its outcome.</extracomment>
        <translation>Terminée</translation>
    </message>
    <message>
        <source>Interrupted</source>
        <extracomment>A disconnect job cut short (the program ended); its open sessions are Unknown.</extracomment>
        <translation>Interrompue</translation>
    </message>
    <message>
        <source>Started</source>
        <extracomment>When a disconnect job started.</extracomment>
        <translation>Début</translation>
    </message>
    <message>
        <source>Operator</source>
        <extracomment>Who ran a disconnect job (OS user name).</extracomment>
        <translation>Opérateur</translation>
    </message>
    <message>
        <source>Workstation</source>
        <extracomment>The computer a disconnect job ran on.</extracomment>
        <translation>Poste de travail</translation>
    </message>
    <message>
        <source>Reason</source>
        <extracomment>The reason or ticket given for a disconnect job.</extracomment>
        <translation>Motif</translation>
    </message>
    <message>
        <source>State</source>
        <translation>État</translation>
    </message>
    <message>
        <source>Sessions</source>
        <translation>Sessions</translation>
    </message>
    <message>
        <source>Disconnected</source>
        <translation>Déconnectées</translation>
    </message>
    <message>
        <source>Already gone</source>
        <translation>Déjà terminées</translation>
    </message>
    <message>
        <source>Failed</source>
        <translation>Échecs</translation>
    </message>
    <message>
        <source>Unknown</source>
        <translation>Inconnues</translation>
    </message>
    <message>
        <source>Invalid</source>
        <translation>Non valides</translation>
    </message>
    <message>
        <source>Servers</source>
        <translation>Serveurs</translation>
    </message>
</context>
<context>
    <name>HistoryReport</name>
    <message>
        <source>There is no job %1 in the history.</source>
        <translation>L&apos;historique ne contient pas d&apos;opération %1.</translation>
    </message>
    <message>
        <source>Pending</source>
        <translation>En attente</translation>
    </message>
    <message>
        <source>Disconnected</source>
        <translation>Déconnectée</translation>
    </message>
    <message>
        <source>Already gone</source>
        <translation>Déjà terminée</translation>
    </message>
    <message>
        <source>Failed</source>
        <translation>Échec</translation>
    </message>
    <message>
        <source>Unknown</source>
        <translation>Inconnu</translation>
    </message>
    <message>
        <source>Invalid address</source>
        <translation>Adresse non valide</translation>
    </message>
</context>
<context>
    <name>HistoryStore</name>
    <message>
        <source>unknown</source>
        <translation>inconnu</translation>
    </message>
    <message>
        <source>The SQLite driver of Qt (QSQLITE) is not installed; install it (Debian: libqt6sql6-sqlite).</source>
        <translation>Le pilote SQLite de Qt (QSQLITE) n&apos;est pas installé&#xa0;; installez-le (Debian&#xa0;: libqt6sql6-sqlite).</translation>
    </message>
    <message>
        <source>The history folder %1 cannot be created: check its parent&apos;s permissions, or choose another folder with --data-dir.</source>
        <extracomment>%1 is a folder.</extracomment>
        <translation>Impossible de créer le dossier d&apos;historique %1&#xa0;: vérifiez les autorisations du dossier parent, ou choisissez un autre dossier avec --data-dir.</translation>
    </message>
    <message>
        <source>There is no history in %1 yet.</source>
        <translation>Il n&apos;y a pas encore d&apos;historique dans %1.</translation>
    </message>
    <message>
        <source>The history %1 was written by a newer version of RRAS Console (schema %2; this version knows %3). Update RRAS Console, or choose another folder with --data-dir.</source>
        <extracomment>%1 is the database file, %2 and %3 schema version numbers.</extracomment>
        <translation>L&apos;historique %1 a été écrit par une version plus récente de RRAS Console (schéma %2&#xa0;; cette version connaît le schéma %3). Mettez RRAS Console à jour, ou choisissez un autre dossier avec --data-dir.</translation>
    </message>
    <message>
        <source>The history %1 needs an update to schema %2, which a read-only file cannot take.</source>
        <translation>L&apos;historique %1 doit être mis à jour vers le schéma %2, ce qui est impossible pour un fichier en lecture seule.</translation>
    </message>
    <message>
        <source>The program ended before the server&apos;s answer was recorded: the session may or may not have been disconnected.</source>
        <translation>Le programme s&apos;est arrêté avant l&apos;enregistrement de la réponse du serveur&#xa0;: la session a peut-être été déconnectée, ou peut-être pas.</translation>
    </message>
    <message>
        <source>The history is not open.</source>
        <translation>L&apos;historique n&apos;est pas ouvert.</translation>
    </message>
    <message>
        <source>The history %1 is locked by another program. Let the other RRAS Console or rrasctl finish, then try again.</source>
        <extracomment>%1 is the database file.</extracomment>
        <translation>L&apos;historique %1 est verrouillé par un autre programme. Laissez l&apos;autre RRAS Console ou rrasctl terminer, puis réessayez.</translation>
    </message>
    <message>
        <source>The history %1 is read-only. Make the file and its folder writable, or choose another folder with --data-dir.</source>
        <translation>L&apos;historique %1 est en lecture seule. Rendez le fichier et son dossier accessibles en écriture, ou choisissez un autre dossier avec --data-dir.</translation>
    </message>
    <message>
        <source>The disk holding the history %1 is full. Free some space, then try again.</source>
        <translation>Le disque qui contient l&apos;historique %1 est plein. Libérez de l&apos;espace, puis réessayez.</translation>
    </message>
    <message>
        <source>The history %1 cannot be opened. Check that the file and its folder can be read and written, or choose another folder with --data-dir.</source>
        <translation>Impossible d&apos;ouvrir l&apos;historique %1. Vérifiez que le fichier et son dossier sont accessibles en lecture et en écriture, ou choisissez un autre dossier avec --data-dir.</translation>
    </message>
    <message>
        <source>The history %1 is damaged or is not a history database. Move it aside: a new history starts in its place.</source>
        <translation>L&apos;historique %1 est endommagé ou n&apos;est pas une base d&apos;historique. Déplacez-le ailleurs&#xa0;: un nouvel historique sera créé à sa place.</translation>
    </message>
    <message>
        <source>The history %1 could not be read or written: %2</source>
        <translation>Impossible de lire ou d&apos;écrire l&apos;historique %1&#xa0;: %2</translation>
    </message>
    <message>
        <source>The history %1 was opened read-only.</source>
        <translation>L&apos;historique %1 a été ouvert en lecture seule.</translation>
    </message>
    <message>
        <source>The lock file %1 cannot be created. Make the history folder writable, or choose another folder with --data-dir.</source>
        <extracomment>%1 is a file.</extracomment>
        <translation>Impossible de créer le fichier de verrou %1. Rendez le dossier d&apos;historique accessible en écriture, ou choisissez un autre dossier avec --data-dir.</translation>
    </message>
    <message>
        <source>No outcome was reported for this session.</source>
        <translation>Aucun résultat n&apos;a été signalé pour cette session.</translation>
    </message>
</context>
<context>
    <name>HistoryView</name>
    <message>
        <source>Disconnect History</source>
        <translation>Historique des déconnexions</translation>
    </message>
    <message>
        <source>&amp;From</source>
        <translation>&amp;Du</translation>
    </message>
    <message>
        <source>Jobs started on or after</source>
        <translation>Opérations commencées à partir du</translation>
    </message>
    <message>
        <source>&amp;To</source>
        <translation>&amp;Au</translation>
    </message>
    <message>
        <source>Jobs started on or before</source>
        <translation>Opérations commencées jusqu&apos;au</translation>
    </message>
    <message>
        <source>Operator</source>
        <translation>Opérateur</translation>
    </message>
    <message>
        <source>Server</source>
        <translation>Serveur</translation>
    </message>
    <message>
        <source>User</source>
        <translation>Utilisateur</translation>
    </message>
    <message>
        <source>Address</source>
        <extracomment>Placeholder of the filter on tunnel and external addresses.</extracomment>
        <translation>Adresse</translation>
    </message>
    <message>
        <source>Outcome</source>
        <translation>Résultat</translation>
    </message>
    <message>
        <source>Any outcome</source>
        <extracomment>Outcome filter: no restriction.</extracomment>
        <translation>Tout résultat</translation>
    </message>
    <message>
        <source>C&amp;lear Filters</source>
        <translation>&amp;Effacer les filtres</translation>
    </message>
    <message>
        <source>Disconnect jobs</source>
        <translation>Opérations de déconnexion</translation>
    </message>
    <message>
        <source>Sessions of the job</source>
        <translation>Sessions de l&apos;opération</translation>
    </message>
    <message>
        <source>&amp;Refresh</source>
        <translation>A&amp;ctualiser</translation>
    </message>
    <message>
        <source>&amp;Export Report…</source>
        <translation>E&amp;xporter le rapport…</translation>
    </message>
    <message>
        <source>Write the selected jobs (or every job shown) as CSV, JSON, HTML or PDF</source>
        <translation>Enregistrer les opérations sélectionnées (ou toutes celles affichées) en CSV, JSON, HTML ou PDF</translation>
    </message>
    <message>
        <source>Select a job to see its sessions.</source>
        <translation>Sélectionnez une opération pour voir ses sessions.</translation>
    </message>
    <message numerus="yes">
        <source>%n session(s)</source>
        <translation>
            <numerusform>%n session</numerusform>
            <numerusform>%n sessions</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%1 of %n job(s) shown</source>
        <translation>
            <numerusform>Opérations affichées&#xa0;: %1 sur %n</numerusform>
            <numerusform>Opérations affichées&#xa0;: %1 sur %n</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n selected</source>
        <translation>
            <numerusform>%n sélectionnée</numerusform>
            <numerusform>%n sélectionnées</numerusform>
        </translation>
    </message>
    <message>
        <source>Job %1 by %2 on %3</source>
        <extracomment>%1 job number, %2 operator, %3 workstation.</extracomment>
        <translation>Opération %1 par %2 sur %3</translation>
    </message>
    <message>
        <source>Job %1 by %2 on %3, reason: %4</source>
        <extracomment>%1 job number, %2 operator, %3 workstation, %4 the reason or ticket typed for the job.</extracomment>
        <translation>Opération %1 par %2 sur %3, motif&#xa0;: %4</translation>
    </message>
    <message numerus="yes">
        <source>%n session(s), %1 shown</source>
        <extracomment>%n sessions in the job, %1 of them left by the item filters.</extracomment>
        <translation>
            <numerusform>%n session, affichées&#xa0;: %1</numerusform>
            <numerusform>%n sessions, affichées&#xa0;: %1</numerusform>
        </translation>
    </message>
    <message>
        <source>%1: %2</source>
        <comment>job line</comment>
        <extracomment>The job line above its sessions: %1 the job, %2 the session count.</extracomment>
        <translation>%1&#xa0;: %2</translation>
    </message>
</context>
<context>
    <name>HostAddress</name>
    <message>
        <source>The address is empty.</source>
        <extracomment>A tunnel address the user typed was empty.</extracomment>
        <translation>L&apos;adresse est vide.</translation>
    </message>
    <message>
        <source>The address &quot;%1&quot; contains a space.</source>
        <translation>L&apos;adresse «&#xa0;%1&#xa0;» contient une espace.</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not an IPv4 address: four numbers from 0 to 255 separated by dots, without leading zeros.</source>
        <extracomment>%1 is what the user typed; the rule follows.</extracomment>
        <translation>«&#xa0;%1&#xa0;» n&apos;est pas une adresse IPv4&#xa0;: quatre nombres de 0 à 255 séparés par des points, sans zéros en tête.</translation>
    </message>
    <message>
        <source>&quot;%1&quot;: IPv6 zone ids (%) are not tunnel addresses.</source>
        <translation>«&#xa0;%1&#xa0;»&#xa0;: les identifiants de zone IPv6 (%) ne sont pas des adresses de tunnel.</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not an IPv6 address.</source>
        <translation>«&#xa0;%1&#xa0;» n&apos;est pas une adresse IPv6.</translation>
    </message>
    <message>
        <source>&quot;%1&quot; has an invalid prefix length: use 0 to %2.</source>
        <extracomment>%1 is the range as typed, %2 the largest prefix length (32 or 128).</extracomment>
        <translation>«&#xa0;%1&#xa0;» a une longueur de préfixe non valide&#xa0;: utilisez 0 à %2.</translation>
    </message>
</context>
<context>
    <name>HtmlExporter</name>
    <message>
        <source>no jobs</source>
        <translation>aucune opération</translation>
    </message>
    <message>
        <source>%1 to %2</source>
        <extracomment>A report&apos;s period: %1 and %2 are times.</extracomment>
        <translation>%1 – %2</translation>
    </message>
    <message>
        <source>the beginning</source>
        <translation>début</translation>
    </message>
    <message>
        <source>now</source>
        <translation>maintenant</translation>
    </message>
    <message>
        <source>none</source>
        <translation>aucun</translation>
    </message>
    <message>
        <source>Period: %1 | Operator: %2 | %3 sessions: %4</source>
        <extracomment>Page header of a PDF report: %1 period, %2 operators, %3 session count, %4 counts.</extracomment>
        <translation>Période&#xa0;: %1 | Opérateur&#xa0;: %2 | %3 sessions&#xa0;: %4</translation>
    </message>
    <message>
        <source>Disconnect report</source>
        <translation>Rapport de déconnexion</translation>
    </message>
    <message>
        <source>Period</source>
        <translation>Période</translation>
    </message>
    <message>
        <source>Operator</source>
        <translation>Opérateur</translation>
    </message>
    <message>
        <source>Jobs</source>
        <translation>Opérations</translation>
    </message>
    <message>
        <source>Sessions</source>
        <translation>Sessions</translation>
    </message>
    <message>
        <source>Generated</source>
        <extracomment>%1 is a time, %2 a user name.</extracomment>
        <translation>Généré</translation>
    </message>
    <message>
        <source>%1 by %2</source>
        <translation>%1 par %2</translation>
    </message>
    <message>
        <source>Outcome</source>
        <translation>Résultat</translation>
    </message>
    <message>
        <source>Server</source>
        <translation>Serveur</translation>
    </message>
    <message>
        <source>Address</source>
        <translation>Adresse</translation>
    </message>
    <message>
        <source>Users</source>
        <translation>Utilisateurs</translation>
    </message>
    <message>
        <source>Host name</source>
        <translation>Nom d&apos;hôte</translation>
    </message>
    <message>
        <source>External address</source>
        <translation>Adresse externe</translation>
    </message>
    <message>
        <source>Tunnel type</source>
        <translation>Type de tunnel</translation>
    </message>
    <message>
        <source>Connected since</source>
        <translation>Connecté depuis</translation>
    </message>
    <message>
        <source>Bytes in</source>
        <translation>Octets entrants</translation>
    </message>
    <message>
        <source>Bytes out</source>
        <translation>Octets sortants</translation>
    </message>
    <message>
        <source>Server message</source>
        <translation>Message du serveur</translation>
    </message>
    <message>
        <source>Settled</source>
        <translation>Résolu le</translation>
    </message>
    <message>
        <source>Job %1, %2</source>
        <extracomment>%1 is a job number, %2 when it started.</extracomment>
        <translation>Opération %1, %2</translation>
    </message>
    <message>
        <source>Operator: %1 on %2</source>
        <extracomment>%1 is a user name, %2 a computer name.</extracomment>
        <translation>Opérateur&#xa0;: %1 sur %2</translation>
    </message>
    <message>
        <source>Reason: %1</source>
        <translation>Motif&#xa0;: %1</translation>
    </message>
    <message>
        <source>State: %1</source>
        <translation>État&#xa0;: %1</translation>
    </message>
    <message>
        <source>Ended: %1</source>
        <translation>Fin&#xa0;: %1</translation>
    </message>
    <message>
        <source>Sessions: %1 (%2)</source>
        <translation>Sessions&#xa0;: %1 (%2)</translation>
    </message>
    <message>
        <source>No disconnect jobs in this period.</source>
        <translation>Aucune opération de déconnexion sur cette période.</translation>
    </message>
</context>
<context>
    <name>HttpConnection</name>
    <message>
        <source>the certificate (SHA-256 %1) is not the pinned one (SHA-256 %2)</source>
        <translation>le certificat (SHA-256 %1) n&apos;est pas celui épinglé (SHA-256 %2)</translation>
    </message>
    <message>
        <source>%1; certificate SHA-256 %2</source>
        <translation>%1&#xa0;; certificat SHA-256 %2</translation>
    </message>
    <message>
        <source>another request is in progress</source>
        <translation>une autre requête est en cours</translation>
    </message>
    <message>
        <source>the connection is not open</source>
        <translation>la connexion n&apos;est pas ouverte</translation>
    </message>
    <message>
        <source>the reply is too large (more than %1 bytes)</source>
        <translation>la réponse est trop volumineuse (plus de %1 octets)</translation>
    </message>
    <message>
        <source>the reply&apos;s header block is larger than %1 bytes</source>
        <translation>l&apos;en-tête de la réponse dépasse %1 octets</translation>
    </message>
    <message>
        <source>the server&apos;s answer is not HTTP: %1</source>
        <translation>la réponse du serveur n&apos;est pas du HTTP&#xa0;: %1</translation>
    </message>
    <message>
        <source>the reply has a malformed header line</source>
        <translation>la réponse contient une ligne d&apos;en-tête mal formée</translation>
    </message>
    <message>
        <source>the reply uses an unsupported transfer encoding: %1</source>
        <translation>la réponse utilise un encodage de transfert non pris en charge&#xa0;: %1</translation>
    </message>
    <message>
        <source>the reply&apos;s Content-Length is not a number</source>
        <translation>le Content-Length de la réponse n&apos;est pas un nombre</translation>
    </message>
    <message>
        <source>the reply is too large (%1 bytes, the limit is %2 bytes)</source>
        <translation>la réponse est trop volumineuse (%1 octets, la limite est de %2 octets)</translation>
    </message>
    <message>
        <source>the reply has a malformed chunk</source>
        <translation>la réponse contient un bloc (chunk) mal formé</translation>
    </message>
    <message>
        <source>the connection closed in the middle of the reply</source>
        <translation>la connexion a été fermée au milieu de la réponse</translation>
    </message>
    <message>
        <source>the connection closed without a reply</source>
        <translation>la connexion a été fermée sans réponse</translation>
    </message>
    <message>
        <source>the connection closed while connecting</source>
        <translation>la connexion a été fermée pendant son établissement</translation>
    </message>
    <message>
        <source>no connection within %1 ms</source>
        <translation>pas de connexion en moins de %1 ms</translation>
    </message>
    <message>
        <source>no complete reply within %1 ms</source>
        <translation>pas de réponse complète en moins de %1 ms</translation>
    </message>
</context>
<context>
    <name>MainWindow</name>
    <message>
        <source>RRAS Console — Demo</source>
        <translation>RRAS Console — Démo</translation>
    </message>
    <message>
        <source>RRAS Console</source>
        <translation>RRAS Console</translation>
    </message>
    <message>
        <source>&amp;Import Servers…</source>
        <translation>&amp;Importer des serveurs…</translation>
    </message>
    <message>
        <source>Add the servers of a JSON server list</source>
        <translation>Ajouter les serveurs d&apos;une liste de serveurs JSON</translation>
    </message>
    <message>
        <source>E&amp;xport Servers…</source>
        <translation>E&amp;xporter les serveurs…</translation>
    </message>
    <message>
        <source>Save the server list as JSON, without passwords</source>
        <translation>Enregistrer la liste des serveurs en JSON, sans les mots de passe</translation>
    </message>
    <message>
        <source>&amp;Disconnect Sessions…</source>
        <translation>&amp;Déconnecter les sessions…</translation>
    </message>
    <message>
        <source>Disconnect by &amp;List…</source>
        <translation>Déconnecter par &amp;liste…</translation>
    </message>
    <message>
        <source>&amp;Refresh</source>
        <translation>&amp;Actualiser</translation>
    </message>
    <message>
        <source>Select &amp;All</source>
        <translation>&amp;Tout sélectionner</translation>
    </message>
    <message>
        <source>&amp;Copy</source>
        <translation>&amp;Copier</translation>
    </message>
    <message>
        <source>Copy &amp;Host IPs</source>
        <translation>Copier les &amp;IP des tunnels</translation>
    </message>
    <message>
        <source>Show &amp;Details</source>
        <translation>Afficher les dé&amp;tails</translation>
    </message>
    <message>
        <source>Filter to This &amp;User</source>
        <translation>Filtrer sur cet &amp;utilisateur</translation>
    </message>
    <message>
        <source>Filter to This &amp;Server</source>
        <translation>Filtrer sur ce &amp;serveur</translation>
    </message>
    <message>
        <source>&amp;Find…</source>
        <translation>&amp;Rechercher…</translation>
    </message>
    <message>
        <source>C&amp;lear Filters</source>
        <translation>&amp;Effacer les filtres</translation>
    </message>
    <message>
        <source>&amp;Add Server…</source>
        <translation>&amp;Ajouter un serveur…</translation>
    </message>
    <message>
        <source>&amp;Edit Server…</source>
        <translation>&amp;Modifier le serveur…</translation>
    </message>
    <message>
        <source>&amp;Remove Server</source>
        <translation>&amp;Retirer le serveur</translation>
    </message>
    <message>
        <source>&amp;Quit</source>
        <translation>&amp;Quitter</translation>
    </message>
    <message>
        <source>&amp;About RRAS Console</source>
        <translation>À &amp;propos de RRAS Console</translation>
    </message>
    <message>
        <source>About RRAS Console</source>
        <translation>À propos de RRAS Console</translation>
    </message>
    <message>
        <source>&lt;p&gt;&lt;b&gt;RRAS Console&lt;/b&gt; %1&lt;/p&gt;&lt;p&gt;Live VPN sessions of Windows RRAS servers, disconnected safely by tunnel address.&lt;/p&gt;</source>
        <translation>&lt;p&gt;&lt;b&gt;RRAS Console&lt;/b&gt; %1&lt;/p&gt;&lt;p&gt;Les sessions VPN des serveurs Windows RRAS en direct, déconnectées en toute sécurité par adresse de tunnel.&lt;/p&gt;</translation>
    </message>
    <message>
        <source>Go to &amp;Servers</source>
        <translation>Aller aux &amp;serveurs</translation>
    </message>
    <message>
        <source>Go to &amp;Filter</source>
        <translation>Aller au &amp;filtre</translation>
    </message>
    <message>
        <source>Go to Sessio&amp;ns</source>
        <translation>Aller aux sessi&amp;ons</translation>
    </message>
    <message>
        <source>Ne&amp;xt Area</source>
        <translation>Zone s&amp;uivante</translation>
    </message>
    <message>
        <source>Pre&amp;vious Area</source>
        <translation>Zone &amp;précédente</translation>
    </message>
    <message>
        <source>Session &amp;Menu</source>
        <translation>&amp;Menu des sessions</translation>
    </message>
    <message>
        <source>Disconnect the selected sessions by their tunnel address</source>
        <translation>Déconnecter les sessions sélectionnées par leur adresse de tunnel</translation>
    </message>
    <message>
        <source>Paste tunnel addresses and ranges, preview the matching sessions, then disconnect them</source>
        <translation>Coller des adresses et plages de tunnel, prévisualiser les sessions correspondantes, puis les déconnecter</translation>
    </message>
    <message>
        <source>Ask every server for its sessions now</source>
        <translation>Demander maintenant ses sessions à chaque serveur</translation>
    </message>
    <message>
        <source>Select every session the filters show</source>
        <translation>Sélectionner toutes les sessions affichées par les filtres</translation>
    </message>
    <message>
        <source>Copy the selected rows as tab-separated text</source>
        <translation>Copier les lignes sélectionnées en texte séparé par des tabulations</translation>
    </message>
    <message>
        <source>Copy the tunnel addresses of the selected sessions, one per line</source>
        <translation>Copier les adresses de tunnel des sessions sélectionnées, une par ligne</translation>
    </message>
    <message>
        <source>Show every field of the current session</source>
        <translation>Afficher tous les champs de la session active</translation>
    </message>
    <message>
        <source>Show only the sessions of the selected session&apos;s user</source>
        <translation>N&apos;afficher que les sessions de l&apos;utilisateur de la session sélectionnée</translation>
    </message>
    <message>
        <source>Show only the sessions of the selected session&apos;s server</source>
        <translation>N&apos;afficher que les sessions du serveur de la session sélectionnée</translation>
    </message>
    <message>
        <source>Filter by user, tunnel address, host name or external address</source>
        <translation>Filtrer par utilisateur, adresse de tunnel, nom d&apos;hôte ou adresse externe</translation>
    </message>
    <message>
        <source>Show every session again</source>
        <translation>Afficher de nouveau toutes les sessions</translation>
    </message>
    <message>
        <source>Watch another RRAS server</source>
        <translation>Surveiller un autre serveur RRAS</translation>
    </message>
    <message>
        <source>Change how the selected server is reached</source>
        <translation>Modifier la façon de joindre le serveur sélectionné</translation>
    </message>
    <message>
        <source>Stop watching the selected server</source>
        <translation>Arrêter de surveiller le serveur sélectionné et le retirer de la liste</translation>
    </message>
    <message>
        <source>Close the console</source>
        <translation>Fermer la console</translation>
    </message>
    <message>
        <source>Version and purpose of RRAS Console</source>
        <translation>Version et rôle de RRAS Console</translation>
    </message>
    <message>
        <source>Move the keyboard focus to the server list</source>
        <translation>Placer le focus clavier sur la liste des serveurs</translation>
    </message>
    <message>
        <source>Move the keyboard focus to the filter bar</source>
        <translation>Placer le focus clavier sur la barre de filtres</translation>
    </message>
    <message>
        <source>Move the keyboard focus to the session table</source>
        <translation>Placer le focus clavier sur la table des sessions</translation>
    </message>
    <message>
        <source>Move the keyboard focus to the next area of the window</source>
        <translation>Placer le focus clavier sur la zone suivante de la fenêtre</translation>
    </message>
    <message>
        <source>Move the keyboard focus to the previous area of the window</source>
        <translation>Placer le focus clavier sur la zone précédente de la fenêtre</translation>
    </message>
    <message>
        <source>Open the menu of the selected sessions</source>
        <translation>Ouvrir le menu des sessions sélectionnées</translation>
    </message>
    <message>
        <source>Every disconnect, with its sessions and outcomes</source>
        <translation>Chaque déconnexion, avec ses sessions et leurs résultats</translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <comment>tooltip: what the action does (its shortcut)</comment>
        <translation>%1 (%2)</translation>
    </message>
    <message>
        <source>Sessions</source>
        <translation>Sessions</translation>
    </message>
    <message numerus="yes">
        <source>Disconnecting: %1 of %n session(s) settled</source>
        <translation>
            <numerusform>Déconnexion&#xa0;: %1 session sur %n résolue</numerusform>
            <numerusform>Déconnexion&#xa0;: %1 sessions sur %n résolues</numerusform>
        </translation>
    </message>
    <message>
        <source>&amp;File</source>
        <translation>&amp;Fichier</translation>
    </message>
    <message>
        <source>&amp;Edit</source>
        <translation>É&amp;dition</translation>
    </message>
    <message>
        <source>&amp;Sessions</source>
        <translation>&amp;Sessions</translation>
    </message>
    <message>
        <source>&amp;View</source>
        <translation>&amp;Affichage</translation>
    </message>
    <message>
        <source>&amp;Go To</source>
        <translation>A&amp;ller à</translation>
    </message>
    <message>
        <source>&amp;Columns</source>
        <translation>&amp;Colonnes</translation>
    </message>
    <message>
        <source>&amp;Help</source>
        <translation>A&amp;ide</translation>
    </message>
    <message>
        <source>Main toolbar</source>
        <translation>Barre d&apos;outils principale</translation>
    </message>
    <message>
        <source>Disconnect progress</source>
        <translation>Progression de la déconnexion</translation>
    </message>
    <message>
        <source>Sessions shown</source>
        <translation>Sessions affichées</translation>
    </message>
    <message>
        <source>Sessions selected</source>
        <translation>Sessions sélectionnées</translation>
    </message>
    <message>
        <source>Servers live</source>
        <translation>Serveurs en ligne</translation>
    </message>
    <message>
        <source>Last refresh</source>
        <translation>Dernière actualisation</translation>
    </message>
    <message numerus="yes">
        <source>&amp;Disconnect %n Session(s)…</source>
        <translation>
            <numerusform>&amp;Déconnecter %n session…</numerusform>
            <numerusform>&amp;Déconnecter %n sessions…</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%1 of %n tunnel(s) shown</source>
        <translation>
            <numerusform>%1 sur %n tunnel affiché</numerusform>
            <numerusform>%1 sur %n tunnels affichés</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n selected</source>
        <translation>
            <numerusform>%n sélectionnée</numerusform>
            <numerusform>%n sélectionnées</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%1 of %n server(s) live</source>
        <translation>
            <numerusform>%1 sur %n serveur en ligne</numerusform>
            <numerusform>%1 sur %n serveurs en ligne</numerusform>
        </translation>
    </message>
    <message>
        <source>Last refresh %1</source>
        <translation>Dernière actualisation %1</translation>
    </message>
    <message>
        <source>Not refreshed yet</source>
        <translation>Pas encore actualisé</translation>
    </message>
    <message numerus="yes">
        <source>%n session(s) selected</source>
        <comment>table description for screen readers</comment>
        <translation>
            <numerusform>%n session sélectionnée</numerusform>
            <numerusform>%n sessions sélectionnées</numerusform>
        </translation>
    </message>
    <message>
        <source>Remove server</source>
        <translation>Retirer le serveur</translation>
    </message>
    <message>
        <source>Stop watching %1 and remove it from the list?</source>
        <translation>Arrêter de surveiller %1 et le retirer de la liste&#xa0;?</translation>
    </message>
    <message>
        <source>&amp;Remove</source>
        <translation>&amp;Retirer</translation>
    </message>
</context>
<context>
    <name>OutcomeModel</name>
    <message>
        <source>Disconnecting…</source>
        <extracomment>A session whose disconnect request has not been answered yet.</extracomment>
        <translation>Déconnexion…</translation>
    </message>
    <message>
        <source>Disconnected</source>
        <extracomment>Outcome: the server confirmed it disconnected the session.</extracomment>
        <translation>Déconnectée</translation>
    </message>
    <message>
        <source>Already gone</source>
        <extracomment>Outcome: the session was no longer in the server&apos;s list.</extracomment>
        <translation>Déjà terminée</translation>
    </message>
    <message>
        <source>Failed</source>
        <extracomment>Outcome: the server refused to disconnect the session.</extracomment>
        <translation>Échec</translation>
    </message>
    <message>
        <source>Unknown</source>
        <extracomment>Outcome: the call timed out or the link broke; nobody knows whether it happened.</extracomment>
        <translation>Inconnu</translation>
    </message>
    <message>
        <source>Invalid address</source>
        <extracomment>Outcome: the address was not a valid IP address and was never sent.</extracomment>
        <translation>Adresse non valide</translation>
    </message>
    <message>
        <source>%1 (code %2)</source>
        <translation>%1 (code %2)</translation>
    </message>
    <message>
        <source>Outcome</source>
        <translation>Résultat</translation>
    </message>
    <message>
        <source>Server</source>
        <translation>Serveur</translation>
    </message>
    <message>
        <source>Tunnel address</source>
        <extracomment>The tunnel (host) IP address of a VPN session.</extracomment>
        <translation>Adresse du tunnel</translation>
    </message>
    <message>
        <source>User</source>
        <translation>Utilisateur</translation>
    </message>
    <message>
        <source>Host name</source>
        <translation>Nom d&apos;hôte</translation>
    </message>
    <message>
        <source>Server message</source>
        <extracomment>What the server said about the disconnect.</extracomment>
        <translation>Message du serveur</translation>
    </message>
</context>
<context>
    <name>PdfExporter</name>
    <message>
        <source>Writing a PDF needs the graphical part of Qt (a QGuiApplication).</source>
        <translation>L&apos;écriture d&apos;un PDF nécessite la partie graphique de Qt (une QGuiApplication).</translation>
    </message>
    <message>
        <source>Disconnect report</source>
        <translation>Rapport de déconnexion</translation>
    </message>
    <message>
        <source>The PDF could not be started.</source>
        <translation>Impossible de commencer le PDF.</translation>
    </message>
    <message>
        <source>RRAS Console: disconnect report</source>
        <translation>RRAS Console&#xa0;: rapport de déconnexion</translation>
    </message>
    <message>
        <source>A new page could not be added to the PDF.</source>
        <translation>Impossible d&apos;ajouter une nouvelle page au PDF.</translation>
    </message>
    <message>
        <source>Page %1 of %2</source>
        <extracomment>PDF page footer.</extracomment>
        <translation>Page %1 sur %2</translation>
    </message>
    <message>
        <source>The PDF could not be finished.</source>
        <translation>Impossible de terminer le PDF.</translation>
    </message>
</context>
<context>
    <name>ProfileStore</name>
    <message>
        <source>The file is not valid JSON (%1 at offset %2).</source>
        <translation>Le fichier n&apos;est pas un JSON valide (%1 à la position %2).</translation>
    </message>
    <message>
        <source>The file is not a server list exported by RRAS Console.</source>
        <translation>Le fichier n&apos;est pas une liste de serveurs exportée par RRAS Console.</translation>
    </message>
    <message>
        <source>The server list was written by a newer version of RRAS Console (format version %1).</source>
        <translation>La liste de serveurs a été écrite par une version plus récente de RRAS Console (version de format %1).</translation>
    </message>
    <message>
        <source>Server %1 in the file carries a password. Passwords are never imported from files: remove it and enter it in the console.</source>
        <extracomment>%1 is the position of the server in the file, from 1.</extracomment>
        <translation>Le serveur %1 du fichier contient un mot de passe. Les mots de passe ne sont jamais importés depuis un fichier&#xa0;: supprimez-le et saisissez-le dans la console.</translation>
    </message>
    <message>
        <source>Server %1 in the file has no usable http or https address (&quot;%2&quot;).</source>
        <translation>Le serveur %1 du fichier n&apos;a pas d&apos;adresse http ou https utilisable («&#xa0;%2&#xa0;»).</translation>
    </message>
</context>
<context>
    <name>ReportExport</name>
    <message>
        <source>CSV for spreadsheets (*.csv)</source>
        <translation>CSV pour tableurs (*.csv)</translation>
    </message>
    <message>
        <source>JSON (*.json)</source>
        <translation>JSON (*.json)</translation>
    </message>
    <message>
        <source>HTML page, printable (*.html *.htm)</source>
        <translation>Page HTML, imprimable (*.html *.htm)</translation>
    </message>
    <message>
        <source>PDF document (*.pdf)</source>
        <translation>Document PDF (*.pdf)</translation>
    </message>
    <message>
        <source>disconnect-job-%1.csv</source>
        <extracomment>File name suggested for the report of one job; %1 is its number.</extracomment>
        <translation>deconnexion-operation-%1.csv</translation>
    </message>
    <message>
        <source>disconnect-report.csv</source>
        <translation>rapport-deconnexion.csv</translation>
    </message>
    <message>
        <source>Export Report</source>
        <translation>Exporter le rapport</translation>
    </message>
</context>
<context>
    <name>ReportWriter</name>
    <message>
        <source>The write fell short.</source>
        <translation>L&apos;écriture est incomplète.</translation>
    </message>
    <message>
        <source>Cannot write %1: %2</source>
        <extracomment>%1 is a file, %2 the system&apos;s reason.</extracomment>
        <translation>Impossible d&apos;écrire %1&#xa0;: %2</translation>
    </message>
    <message>
        <source>The report could not be written to %1: %2. Any earlier file of that name is unchanged.</source>
        <translation>Le rapport n&apos;a pas pu être écrit dans %1&#xa0;: %2. Un éventuel fichier existant de ce nom n&apos;a pas été modifié.</translation>
    </message>
</context>
<context>
    <name>ServerConnection</name>
    <message>
        <source>NTLM needs the gss-ntlmssp package, which is not installed.</source>
        <translation>NTLM nécessite le paquet gss-ntlmssp, qui n&apos;est pas installé.</translation>
    </message>
    <message>
        <source>Negotiate (Kerberos or NTLM)</source>
        <extracomment>Windows&apos; default WinRM authentication; it picks Kerberos or NTLM by itself.</extracomment>
        <translation>Negotiate (Kerberos ou NTLM)</translation>
    </message>
    <message>
        <source>Kerberos</source>
        <translation>Kerberos</translation>
    </message>
    <message>
        <source>NTLM</source>
        <translation>NTLM</translation>
    </message>
    <message>
        <source>Basic</source>
        <translation>Basic</translation>
    </message>
</context>
<context>
    <name>ServerController</name>
    <message>
        <source>%1 has no saved password: edit the server to enter it for this session.</source>
        <extracomment>%1 is a server name</extracomment>
        <translation>%1 n&apos;a pas de mot de passe enregistré&#xa0;: modifiez le serveur pour le saisir pour cette session.</translation>
    </message>
    <message>
        <source>No password for %1 in the keychain: edit the server to enter it.</source>
        <extracomment>%1 is a server name</extracomment>
        <translation>Aucun mot de passe pour %1 dans le trousseau&#xa0;: modifiez le serveur pour le saisir.</translation>
    </message>
    <message>
        <source>Nothing is saved in demo mode: the password is kept for this session only.</source>
        <translation>Rien n&apos;est enregistré en mode démo&#xa0;: le mot de passe est conservé pour cette session uniquement.</translation>
    </message>
    <message>
        <source>No keychain is available: the password is kept for this session only.</source>
        <translation>Aucun trousseau n&apos;est disponible&#xa0;: le mot de passe est conservé pour cette session uniquement.</translation>
    </message>
    <message>
        <source>Cannot read %1: %2</source>
        <translation>Impossible de lire %1&#xa0;: %2</translation>
    </message>
    <message>
        <source>%1 is too large to be a server list.</source>
        <translation>%1 est trop volumineux pour être une liste de serveurs.</translation>
    </message>
    <message>
        <source>%1 lists no servers.</source>
        <translation>%1 ne contient aucun serveur.</translation>
    </message>
    <message numerus="yes">
        <source>Imported %n server(s).</source>
        <extracomment>%n servers were imported</extracomment>
        <translation>
            <numerusform>%n serveur importé.</numerusform>
            <numerusform>%n serveurs importés.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n server(s) without a password: edit to enter it.</source>
        <translation>
            <numerusform>%n serveur sans mot de passe&#xa0;: modifiez-le pour le saisir.</numerusform>
            <numerusform>%n serveurs sans mot de passe&#xa0;: modifiez-les pour le saisir.</numerusform>
        </translation>
    </message>
    <message>
        <source>Cannot write %1: %2</source>
        <translation>Impossible d&apos;écrire %1&#xa0;: %2</translation>
    </message>
    <message>
        <source>Import Servers</source>
        <translation>Importer des serveurs</translation>
    </message>
    <message>
        <source>Server lists (*.json);;All files (*)</source>
        <translation>Listes de serveurs (*.json);;Tous les fichiers (*)</translation>
    </message>
    <message>
        <source>Export Servers</source>
        <translation>Exporter les serveurs</translation>
    </message>
    <message>
        <source>Server lists (*.json)</source>
        <translation>Listes de serveurs (*.json)</translation>
    </message>
    <message>
        <source>Servers exported to %1 (without passwords).</source>
        <extracomment>%1 is a file path</extracomment>
        <translation>Serveurs exportés vers %1 (sans les mots de passe).</translation>
    </message>
    <message>
        <source>%1: certificate not trusted; the server stays refused. Edit the server to review it again.</source>
        <extracomment>%1 is a server name</extracomment>
        <translation>%1&#xa0;: certificat non approuvé&#xa0;; le serveur reste refusé. Modifiez le serveur pour l&apos;examiner de nouveau.</translation>
    </message>
</context>
<context>
    <name>ServerDialog</name>
    <message>
        <source>Write the user as DOMAIN\user, user@realm or, for a local account, just the name.</source>
        <translation>Saisissez l&apos;utilisateur sous la forme DOMAINE\utilisateur, utilisateur@domaine ou, pour un compte local, simplement le nom.</translation>
    </message>
    <message>
        <source>A Windows user name cannot contain &quot;%1&quot;.</source>
        <extracomment>%1 is a character such as &quot;:&quot; or &quot;*&quot;</extracomment>
        <translation>Un nom d&apos;utilisateur Windows ne peut pas contenir «&#xa0;%1&#xa0;».</translation>
    </message>
    <message>
        <source>Remove the spaces around the user name.</source>
        <translation>Supprimez les espaces autour du nom d&apos;utilisateur.</translation>
    </message>
    <message>
        <source>Add Server</source>
        <translation>Ajouter un serveur</translation>
    </message>
    <message>
        <source>Edit Server</source>
        <translation>Modifier le serveur</translation>
    </message>
    <message>
        <source>Server</source>
        <translation>Serveur</translation>
    </message>
    <message>
        <source>rras1.corp.example or an address</source>
        <translation>rras1.corp.example ou une adresse</translation>
    </message>
    <message>
        <source>The WinRM host. A pasted address such as https://rras1:5986/wsman also sets the protocol and port.</source>
        <translation>L&apos;hôte WinRM. Une adresse collée comme https://rras1:5986/wsman définit aussi le protocole et le port.</translation>
    </message>
    <message>
        <source>&amp;Host:</source>
        <translation>&amp;Hôte&#xa0;:</translation>
    </message>
    <message>
        <source>HTTPS</source>
        <translation>HTTPS</translation>
    </message>
    <message>
        <source>HTTP</source>
        <translation>HTTP</translation>
    </message>
    <message>
        <source>Protocol</source>
        <translation>Protocole</translation>
    </message>
    <message>
        <source>P&amp;ort:</source>
        <translation>&amp;Port&#xa0;:</translation>
    </message>
    <message>
        <source>&amp;Protocol:</source>
        <translation>P&amp;rotocole&#xa0;:</translation>
    </message>
    <message>
        <source>as shown in the console; the host when empty</source>
        <translation>tel qu&apos;affiché dans la console&#xa0;; l&apos;hôte si vide</translation>
    </message>
    <message>
        <source>&amp;Display name:</source>
        <translation>&amp;Nom affiché&#xa0;:</translation>
    </message>
    <message>
        <source>Sign-in</source>
        <translation>Identification</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <extracomment>%1 lists authentication methods, %2 says why they cannot be chosen</extracomment>
        <translation>%1&#xa0;: %2</translation>
    </message>
    <message>
        <source>&amp;Authentication:</source>
        <translation>&amp;Authentification&#xa0;:</translation>
    </message>
    <message>
        <source>&amp;User:</source>
        <translation>&amp;Utilisateur&#xa0;:</translation>
    </message>
    <message>
        <source>Pass&amp;word:</source>
        <translation>&amp;Mot de passe&#xa0;:</translation>
    </message>
    <message>
        <source>&amp;Remember the password in the system keychain</source>
        <translation>&amp;Enregistrer le mot de passe dans le trousseau du système</translation>
    </message>
    <message>
        <source>Allow unencr&amp;ypted traffic (Basic over plain HTTP) for this server</source>
        <translation>Autoriser le trafic non chi&amp;ffré (Basic sur HTTP simple) pour ce serveur</translation>
    </message>
    <message>
        <source>Warning: the password and every session&apos;s data cross the network readable by anyone on the path. The server must allow it too (AllowUnencrypted=true). Use HTTPS where you can.</source>
        <translation>Attention&#xa0;: le mot de passe et les données de chaque session traversent le réseau en clair, lisibles par quiconque se trouve sur le chemin. Le serveur doit aussi l&apos;autoriser (AllowUnencrypted=true). Utilisez HTTPS lorsque c&apos;est possible.</translation>
    </message>
    <message>
        <source>&amp;Forget</source>
        <translation>Ou&amp;blier</translation>
    </message>
    <message>
        <source>Stop trusting the pinned certificate for this server</source>
        <translation>Ne plus faire confiance au certificat épinglé pour ce serveur</translation>
    </message>
    <message>
        <source>Certificate:</source>
        <translation>Certificat&#xa0;:</translation>
    </message>
    <message>
        <source>Polling</source>
        <translation>Interrogation</translation>
    </message>
    <message>
        <source>only when the WinRM host manages another RRAS server</source>
        <translation>seulement si l&apos;hôte WinRM gère un autre serveur RRAS</translation>
    </message>
    <message>
        <source>RRAS &amp;computer:</source>
        <extracomment>ComputerName: the RRAS server a management server should act on.</extracomment>
        <translation>&amp;Ordinateur RRAS&#xa0;:</translation>
    </message>
    <message>
        <source> s</source>
        <extracomment>seconds</extracomment>
        <translation> s</translation>
    </message>
    <message>
        <source>Refresh &amp;every:</source>
        <translation>&amp;Intervalle d&apos;actualisation&#xa0;:</translation>
    </message>
    <message>
        <source> KB</source>
        <extracomment>kilobytes</extracomment>
        <translation> Ko</translation>
    </message>
    <message>
        <source>The largest reply the console asks for (w:MaxEnvelopeSize). The server&apos;s own MaxEnvelopeSizekb (500 by default) must allow it.</source>
        <translation>La plus grande réponse demandée par la console (w:MaxEnvelopeSize). La valeur MaxEnvelopeSizekb du serveur (500 par défaut) doit l&apos;autoriser.</translation>
    </message>
    <message>
        <source>Max en&amp;velope size:</source>
        <translation>Taille max. d&apos;en&amp;veloppe&#xa0;:</translation>
    </message>
    <message>
        <source>Operation t&amp;imeout:</source>
        <translation>&amp;Délai d&apos;expiration&#xa0;:</translation>
    </message>
    <message>
        <source>&amp;Test Connection</source>
        <translation>&amp;Tester la connexion</translation>
    </message>
    <message>
        <source>&amp;Show Certificate…</source>
        <translation>Affi&amp;cher le certificat…</translation>
    </message>
    <message>
        <source>Test result</source>
        <translation>Résultat du test</translation>
    </message>
    <message>
        <source>Enter the server&apos;s host name or address.</source>
        <translation>Saisissez le nom d&apos;hôte ou l&apos;adresse du serveur.</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a host name or an IP address.</source>
        <translation>«&#xa0;%1&#xa0;» n&apos;est ni un nom d&apos;hôte ni une adresse IP.</translation>
    </message>
    <message>
        <source>Another server is already called &quot;%1&quot;.</source>
        <translation>Un autre serveur s&apos;appelle déjà «&#xa0;%1&#xa0;».</translation>
    </message>
    <message>
        <source>%1 cannot be used yet: %2</source>
        <translation>%1 n&apos;est pas encore utilisable&#xa0;: %2</translation>
    </message>
    <message>
        <source>DOMAIN\user or user@realm; empty: your Kerberos ticket</source>
        <translation>DOMAINE\utilisateur ou utilisateur@domaine&#xa0;; vide&#xa0;: ticket Kerberos</translation>
    </message>
    <message>
        <source>DOMAIN\user or user@realm; empty: no credentials</source>
        <translation>DOMAINE\utilisateur ou utilisateur@domaine&#xa0;; vide&#xa0;: sans identifiants</translation>
    </message>
    <message>
        <source>Enter the password for %1.</source>
        <translation>Saisissez le mot de passe de %1.</translation>
    </message>
    <message>
        <source>unchanged (kept for this session)</source>
        <translation>inchangé (conservé pour cette session)</translation>
    </message>
    <message>
        <source>unchanged (in the keychain)</source>
        <translation>inchangé (dans le trousseau)</translation>
    </message>
    <message>
        <source>The password is kept for this session only and asked for again after a restart.</source>
        <translation>Le mot de passe est conservé pour cette session uniquement et sera redemandé après un redémarrage.</translation>
    </message>
    <message>
        <source>Basic over HTTP sends the password readable by anyone on the network: use HTTPS, or allow unencrypted traffic for this server.</source>
        <translation>Basic sur HTTP envoie le mot de passe lisible par quiconque sur le réseau&#xa0;: utilisez HTTPS, ou autorisez le trafic non chiffré pour ce serveur.</translation>
    </message>
    <message>
        <source>verified against the system&apos;s certificate authorities</source>
        <translation>vérifié auprès des autorités de certification du système</translation>
    </message>
    <message>
        <source>none (plain HTTP)</source>
        <translation>aucun (HTTP simple)</translation>
    </message>
    <message>
        <source>pinned, SHA-256 %1</source>
        <extracomment>%1 is a SHA-256 fingerprint</extracomment>
        <translation>épinglé, SHA-256 %1</translation>
    </message>
</context>
<context>
    <name>ServerListModel</name>
    <message>
        <source>Last refreshed %1</source>
        <extracomment>%1 is a date and time.</extracomment>
        <translation>Dernière actualisation %1</translation>
    </message>
</context>
<context>
    <name>ServerPanel</name>
    <message>
        <source>Servers</source>
        <translation>Serveurs</translation>
    </message>
    <message>
        <source>Each server with its state, tunnel count and last refresh. Enter filters the table to the server.</source>
        <translation>Chaque serveur avec son état, son nombre de tunnels et sa dernière actualisation. Entrée filtre la table sur ce serveur.</translation>
    </message>
    <message numerus="yes">
        <source>%n tunnel(s)</source>
        <translation>
            <numerusform>%n tunnel</numerusform>
            <numerusform>%n tunnels</numerusform>
        </translation>
    </message>
    <message>
        <source>UNENCRYPTED</source>
        <extracomment>Marker on a server whose traffic is not encrypted (Basic over plain HTTP).</extracomment>
        <translation>NON CHIFFRÉ</translation>
    </message>
</context>
<context>
    <name>ServerPoller</name>
    <message>
        <source>Connecting…</source>
        <extracomment>A server whose first listing is on its way.</extracomment>
        <translation>Connexion…</translation>
    </message>
    <message>
        <source>Live</source>
        <extracomment>A server whose tunnel list is current.</extracomment>
        <translation>En ligne</translation>
    </message>
    <message>
        <source>Refreshing…</source>
        <translation>Actualisation…</translation>
    </message>
    <message>
        <source>Stale</source>
        <extracomment>The last refresh failed; the tunnels shown are from an earlier one.</extracomment>
        <translation>Obsolète</translation>
    </message>
    <message>
        <source>Authentication failed</source>
        <translation>Échec de l&apos;authentification</translation>
    </message>
    <message>
        <source>Unreachable</source>
        <translation>Inaccessible</translation>
    </message>
</context>
<context>
    <name>TunnelDetailsDialog</name>
    <message>
        <source>%1 (%2 bytes)</source>
        <translation>%1 (%2 octets)</translation>
    </message>
    <message>
        <source>Server</source>
        <translation>Serveur</translation>
    </message>
    <message>
        <source>User names</source>
        <translation>Noms d&apos;utilisateur</translation>
    </message>
    <message>
        <source>Tunnel IPv4 address</source>
        <translation>Adresse IPv4 du tunnel</translation>
    </message>
    <message>
        <source>Tunnel IPv6 address</source>
        <translation>Adresse IPv6 du tunnel</translation>
    </message>
    <message>
        <source>Host name</source>
        <translation>Nom d&apos;hôte</translation>
    </message>
    <message>
        <source>External address</source>
        <translation>Adresse externe</translation>
    </message>
    <message>
        <source>Tunnel type</source>
        <translation>Type de tunnel</translation>
    </message>
    <message>
        <source>Authentication method</source>
        <translation>Méthode d&apos;authentification</translation>
    </message>
    <message>
        <source>Connection type</source>
        <translation>Type de connexion</translation>
    </message>
    <message>
        <source>Transition technology</source>
        <extracomment>DirectAccess IPv6 transition technology (Teredo, 6to4, IP-HTTPS, …).</extracomment>
        <translation>Technologie de transition</translation>
    </message>
    <message>
        <source>Connected since</source>
        <translation>Connecté depuis</translation>
    </message>
    <message>
        <source>Duration</source>
        <extracomment>%1 the duration as the table shows it (&quot;2 h 31 min&quot;), then the exact seconds.</extracomment>
        <translation>Durée</translation>
    </message>
    <message>
        <source>Bytes in</source>
        <translation>Octets entrants</translation>
    </message>
    <message>
        <source>Bytes out</source>
        <translation>Octets sortants</translation>
    </message>
    <message>
        <source>Bandwidth</source>
        <translation>Bande passante</translation>
    </message>
    <message>
        <source>Activity</source>
        <translation>Activité</translation>
    </message>
    <message>
        <source>Health status</source>
        <extracomment>Network Access Protection health state, reported by older servers only.</extracomment>
        <translation>État d&apos;intégrité</translation>
    </message>
    <message>
        <source>Routing domain</source>
        <translation>Domaine de routage</translation>
    </message>
    <message>
        <source>Session %1</source>
        <translation>Session %1</translation>
    </message>
    <message>
        <source>—</source>
        <comment>no value</comment>
        <translation>—</translation>
    </message>
    <message>
        <source>%1:</source>
        <comment>form label</comment>
        <extracomment>A field&apos;s label in the session details, %1 its name (&quot;Server&quot;, &quot;Host name&quot;, ...).</extracomment>
        <translation>%1&#xa0;:</translation>
    </message>
    <message numerus="yes">
        <source>%1 (%n second(s))</source>
        <translation>
            <numerusform>%1 (%n seconde)</numerusform>
            <numerusform>%1 (%n secondes)</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>TunnelItemDelegate</name>
    <message>
        <source>%1 — %2</source>
        <comment>server name — operation</comment>
        <translation>%1 — %2</translation>
    </message>
</context>
<context>
    <name>TunnelTableModel</name>
    <message>
        <source>Disconnecting…</source>
        <extracomment>A row&apos;s state while its disconnect request is on its way.</extracomment>
        <translation>Déconnexion…</translation>
    </message>
    <message>
        <source>Disconnected</source>
        <translation>Déconnectée</translation>
    </message>
    <message>
        <source>Already gone</source>
        <extracomment>The session had ended before the disconnect request reached it.</extracomment>
        <translation>Déjà terminée</translation>
    </message>
    <message>
        <source>Disconnect failed</source>
        <translation>Échec de la déconnexion</translation>
    </message>
    <message>
        <source>Outcome unknown</source>
        <extracomment>Whether the session was disconnected could not be confirmed.</extracomment>
        <translation>Résultat inconnu</translation>
    </message>
    <message>
        <source>Invalid address</source>
        <translation>Adresse non valide</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <extracomment>%1 is an outcome such as &quot;Disconnect failed&quot;, %2 the server&apos;s message.</extracomment>
        <translation>%1&#xa0;: %2</translation>
    </message>
    <message>
        <source>Unknown</source>
        <translation>Inconnu</translation>
    </message>
    <message>
        <source>Idle</source>
        <extracomment>A session that has not moved traffic lately.</extracomment>
        <translation>Inactive</translation>
    </message>
    <message>
        <source>Active</source>
        <translation>Active</translation>
    </message>
    <message>
        <source>VPN</source>
        <translation>VPN</translation>
    </message>
    <message>
        <source>DirectAccess</source>
        <translation>DirectAccess</translation>
    </message>
    <message>
        <source>Server</source>
        <translation>Serveur</translation>
    </message>
    <message>
        <source>User</source>
        <translation>Utilisateur</translation>
    </message>
    <message>
        <source>Tunnel IPv4</source>
        <extracomment>The address the VPN server gave the client inside the tunnel.</extracomment>
        <translation>IPv4 du tunnel</translation>
    </message>
    <message>
        <source>Tunnel IPv6</source>
        <translation>IPv6 du tunnel</translation>
    </message>
    <message>
        <source>Host name</source>
        <translation>Nom d&apos;hôte</translation>
    </message>
    <message>
        <source>External address</source>
        <extracomment>The client&apos;s address on the internet, outside the tunnel.</extracomment>
        <translation>Adresse externe</translation>
    </message>
    <message>
        <source>Tunnel type</source>
        <translation>Type de tunnel</translation>
    </message>
    <message>
        <source>Auth method</source>
        <translation>Authentification</translation>
    </message>
    <message>
        <source>Connected since</source>
        <translation>Connecté depuis</translation>
    </message>
    <message>
        <source>Duration</source>
        <translation>Durée</translation>
    </message>
    <message>
        <source>Bytes in</source>
        <translation>Octets entrants</translation>
    </message>
    <message>
        <source>Bytes out</source>
        <translation>Octets sortants</translation>
    </message>
    <message>
        <source>Activity</source>
        <translation>Activité</translation>
    </message>
    <message>
        <source>Connection type</source>
        <extracomment>VPN or DirectAccess.</extracomment>
        <translation>Type de connexion</translation>
    </message>
    <message>
        <source>%L1 s</source>
        <extracomment>A duration in seconds, e.g. &quot;45 s&quot;.</extracomment>
        <translation>%L1 s</translation>
    </message>
    <message>
        <source>%L1 min</source>
        <extracomment>A duration in minutes, e.g. &quot;12 min&quot;.</extracomment>
        <translation>%L1 min</translation>
    </message>
    <message>
        <source>%L1 h %2 min</source>
        <extracomment>A duration in hours and minutes, e.g. &quot;2 h 05 min&quot;.</extracomment>
        <translation>%L1 h %2 min</translation>
    </message>
    <message>
        <source>%L1 d %L2 h</source>
        <extracomment>A duration in days and hours, e.g. &quot;3 d 4 h&quot;.</extracomment>
        <translation>%L1 j %L2 h</translation>
    </message>
</context>
<context>
    <name>WsmanCall</name>
    <message>
        <source>cancelled</source>
        <translation>annulé</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not an http or https address</source>
        <translation>«&#xa0;%1&#xa0;» n&apos;est pas une adresse http ou https</translation>
    </message>
    <message>
        <source>%1 authentication over unencrypted HTTP would expose the password</source>
        <extracomment>%1 is an authentication scheme such as Basic</extracomment>
        <translation>l&apos;authentification %1 sur HTTP non chiffré exposerait le mot de passe</translation>
    </message>
    <message>
        <source>the reply is too large (%1 bytes, the limit is %2 bytes)</source>
        <translation>la réponse est trop volumineuse (%1 octets, la limite est de %2 octets)</translation>
    </message>
    <message>
        <source>no complete reply within %1 ms</source>
        <translation>pas de réponse complète en moins de %1 ms</translation>
    </message>
    <message>
        <source>the certificate (SHA-256 %1) is not the pinned one (SHA-256 %2)</source>
        <translation>le certificat (SHA-256 %1) n&apos;est pas celui épinglé (SHA-256 %2)</translation>
    </message>
    <message>
        <source>%1; certificate SHA-256 %2</source>
        <translation>%1&#xa0;; certificat SHA-256 %2</translation>
    </message>
    <message>
        <source>the connection closed without a reply</source>
        <translation>la connexion a été fermée sans réponse</translation>
    </message>
    <message>
        <source>HTTP 401 %1: the server refused the credentials</source>
        <translation>HTTP 401 %1&#xa0;: le serveur a refusé les informations d&apos;identification</translation>
    </message>
    <message>
        <source>HTTP 413: the request is larger than the server&apos;s MaxEnvelopeSizekb</source>
        <translation>HTTP 413&#xa0;: la requête dépasse la valeur MaxEnvelopeSizekb du serveur</translation>
    </message>
    <message>
        <source>HTTP 200 with an empty body</source>
        <translation>HTTP 200 avec un corps vide</translation>
    </message>
    <message>
        <source>HTTP %1 %2 with an empty body</source>
        <translation>HTTP %1 %2 avec un corps vide</translation>
    </message>
    <message>
        <source>HTTP %1 %2 with a method output instead of a fault</source>
        <translation>HTTP %1 %2 avec une sortie de méthode au lieu d&apos;une erreur SOAP</translation>
    </message>
    <message>
        <source>HTTP %1 %2 without a SOAP fault (%3)</source>
        <translation>HTTP %1 %2 sans erreur SOAP (%3)</translation>
    </message>
    <message>
        <source>the connection closed in the middle of the reply (%1)</source>
        <translation>la connexion a été fermée au milieu de la réponse (%1)</translation>
    </message>
</context>
<context>
    <name>WsmanError</name>
    <message>
        <source>No error.</source>
        <translation>Aucune erreur.</translation>
    </message>
    <message>
        <source>The server could not be reached or the connection broke (%1). Check the host name and port, and that the WinRM service is listening on the server (winrm quickconfig).</source>
        <translation>Le serveur est inaccessible ou la connexion a été interrompue (%1). Vérifiez le nom d&apos;hôte et le port, et que le service WinRM écoute sur le serveur (winrm quickconfig).</translation>
    </message>
    <message>
        <source>The server did not answer in time. The operation may still have completed: refresh before retrying. If this keeps happening, raise the timeout here or MaxTimeoutms on the server.</source>
        <translation>Le serveur n&apos;a pas répondu à temps. L&apos;opération a peut-être quand même abouti&#xa0;: actualisez avant de réessayer. Si cela se reproduit, augmentez le délai d&apos;expiration ici ou MaxTimeoutms sur le serveur.</translation>
    </message>
    <message>
        <source>Warning: the server presented a different certificate from the one pinned for it (%1). Someone may be intercepting the connection, or the server&apos;s certificate was replaced. Nothing was sent. Confirm the new SHA-256 fingerprint with the server&apos;s administrator before pinning it again.</source>
        <translation>Attention&#xa0;: le serveur a présenté un certificat différent de celui épinglé pour lui (%1). Quelqu&apos;un intercepte peut-être la connexion, ou le certificat du serveur a été remplacé. Rien n&apos;a été envoyé. Vérifiez la nouvelle empreinte SHA-256 auprès de l&apos;administrateur du serveur avant de l&apos;épingler de nouveau.</translation>
    </message>
    <message>
        <source>The secure connection could not be set up (%1). Check that the port has an HTTPS listener (usually 5986) and that the server accepts TLS 1.2 or later.</source>
        <translation>La connexion sécurisée n&apos;a pas pu être établie (%1). Vérifiez que le port a un écouteur HTTPS (en général 5986) et que le serveur accepte TLS 1.2 ou ultérieur.</translation>
    </message>
    <message>
        <source>The server&apos;s certificate is not trusted (%1). Install the issuing certificate authority on this computer, or compare the certificate&apos;s SHA-256 fingerprint with the server&apos;s and pin it for this server.</source>
        <translation>Le certificat du serveur n&apos;est pas approuvé (%1). Installez l&apos;autorité de certification émettrice sur cet ordinateur, ou comparez l&apos;empreinte SHA-256 du certificat avec celle du serveur et épinglez-le pour ce serveur.</translation>
    </message>
    <message>
        <source>The Kerberos ticket or the password has expired (%1). Sign in again (kinit on Linux) or renew the password, then retry.</source>
        <translation>Le ticket Kerberos ou le mot de passe a expiré (%1). Reconnectez-vous (kinit sous Linux) ou renouvelez le mot de passe, puis réessayez.</translation>
    </message>
    <message>
        <source>No usable credentials for %1 authentication (%2). For Kerberos, get a ticket (kinit) or give user@REALM and the password, and check the realm and the clock; for NTLM, give DOMAIN\user and the password.</source>
        <extracomment>%1 is the authentication method (Negotiate), %2 what GSSAPI said.</extracomment>
        <translation>Aucune information d&apos;identification utilisable pour l&apos;authentification %1 (%2). Pour Kerberos, obtenez un ticket (kinit) ou indiquez utilisateur@DOMAINE et le mot de passe, et vérifiez le domaine (realm) et l&apos;horloge&#xa0;; pour NTLM, indiquez DOMAINE\utilisateur et le mot de passe.</translation>
    </message>
    <message>
        <source>The credentials were not sent: %1. Use HTTPS, or explicitly allow unencrypted traffic for this server.</source>
        <translation>Les informations d&apos;identification n&apos;ont pas été envoyées&#xa0;: %1. Utilisez HTTPS, ou autorisez explicitement le trafic non chiffré pour ce serveur.</translation>
    </message>
    <message>
        <source>The server refused the credentials and offered no authentication method. Check the user name and password, and that the account may use WinRM.</source>
        <translation>Le serveur a refusé les informations d&apos;identification sans proposer de méthode d&apos;authentification. Vérifiez le nom d&apos;utilisateur et le mot de passe, et que le compte a le droit d&apos;utiliser WinRM.</translation>
    </message>
    <message>
        <source>The server refused the user name or password (it offers: %1). Check the credentials; local accounts must be members of Administrators.</source>
        <translation>Le serveur a refusé le nom d&apos;utilisateur ou le mot de passe (il propose&#xa0;: %1). Vérifiez les informations d&apos;identification&#xa0;; les comptes locaux doivent être membres du groupe Administrateurs.</translation>
    </message>
    <message>
        <source>The server does not accept this authentication method; it offers: %1. Choose one of these, or enable Basic on the server (winrm set winrm/config/service/auth @{Basic=&quot;true&quot;}).</source>
        <translation>Le serveur n&apos;accepte pas cette méthode d&apos;authentification&#xa0;; il propose&#xa0;: %1. Choisissez-en une, ou activez Basic sur le serveur (winrm set winrm/config/service/auth @{Basic=&quot;true&quot;}).</translation>
    </message>
    <message>
        <source>The server answered HTTP 500 without a SOAP fault. WinRM does this when it cannot read the request; check that the address points to a WinRM listener.</source>
        <translation>Le serveur a répondu HTTP 500 sans erreur SOAP. WinRM le fait lorsqu&apos;il ne peut pas lire la requête&#xa0;; vérifiez que l&apos;adresse pointe vers un écouteur WinRM.</translation>
    </message>
    <message>
        <source>The server answered HTTP %1 instead of a WS-Management reply. Check that the address points to the WinRM listener (…/wsman).</source>
        <translation>Le serveur a répondu HTTP %1 au lieu d&apos;une réponse WS-Management. Vérifiez que l&apos;adresse pointe vers l&apos;écouteur WinRM (…/wsman).</translation>
    </message>
    <message>
        <source>Access denied: the account needs administrator rights on the server (member of the local Administrators group). The server said: %1</source>
        <translation>Accès refusé&#xa0;: le compte doit avoir les droits d&apos;administrateur sur le serveur (membre du groupe local Administrateurs). Message du serveur&#xa0;: %1</translation>
    </message>
    <message>
        <source>The server does not know the RemoteAccess management classes: install the Remote Access role with its management tools on the server. The server said: %1</source>
        <translation>Le serveur ne connaît pas les classes de gestion RemoteAccess&#xa0;: installez sur le serveur le rôle Accès à distance avec ses outils de gestion. Message du serveur&#xa0;: %1</translation>
    </message>
    <message>
        <source>The server reported an error: %1 (code %2).</source>
        <extracomment>%1 is the server&apos;s message, %2 its numeric error code</extracomment>
        <translation>Le serveur a signalé une erreur&#xa0;: %1 (code %2).</translation>
    </message>
    <message>
        <source>The server reported an error: %1</source>
        <translation>Le serveur a signalé une erreur&#xa0;: %1</translation>
    </message>
    <message>
        <source>The server&apos;s reply exceeds the envelope size this console asks for: raise &quot;Max envelope size&quot; in this server&apos;s settings (the server&apos;s own limit, MaxEnvelopeSizekb, must be at least as large).</source>
        <extracomment>Keep MaxEnvelopeSizekb untranslated; &quot;Max envelope size&quot; is the server dialog&apos;s field.</extracomment>
        <translation>La réponse du serveur dépasse la taille d&apos;enveloppe demandée par cette console&#xa0;: augmentez «&#xa0;Taille max. d&apos;enveloppe&#xa0;» dans les paramètres de ce serveur (la limite propre du serveur, MaxEnvelopeSizekb, doit être au moins aussi grande).</translation>
    </message>
    <message>
        <source>The server&apos;s reply exceeds its envelope limit: raise MaxEnvelopeSizekb on the server (winrm set winrm/config @{MaxEnvelopeSizekb=&quot;%1&quot;}).</source>
        <extracomment>Keep MaxEnvelopeSizekb and the winrm command untranslated.</extracomment>
        <translation>La réponse du serveur dépasse sa limite d&apos;enveloppe&#xa0;: augmentez MaxEnvelopeSizekb sur le serveur (winrm set winrm/config @{MaxEnvelopeSizekb=&quot;%1&quot;}).</translation>
    </message>
    <message>
        <source>The server&apos;s reply could not be understood (%1). The address may not point to a WinRM server, or something on the way changed the reply.</source>
        <translation>La réponse du serveur est incompréhensible (%1). L&apos;adresse ne pointe peut-être pas vers un serveur WinRM, ou un équipement intermédiaire a modifié la réponse.</translation>
    </message>
    <message>
        <source>The request was cancelled.</source>
        <translation>La requête a été annulée.</translation>
    </message>
</context>
<context>
    <name>WsmanRrasClient</name>
    <message>
        <source>ReturnValue %1</source>
        <translation>ReturnValue %1</translation>
    </message>
    <message>
        <source>cancelled</source>
        <translation>annulé</translation>
    </message>
    <message>
        <source>Not connected: the server does not list this address.</source>
        <translation>Non connecté&#xa0;: le serveur ne liste pas cette adresse.</translation>
    </message>
    <message>
        <source>The server reported success but the session is still connected.</source>
        <translation>Le serveur a signalé un succès, mais la session est toujours connectée.</translation>
    </message>
    <message>
        <source>The request did not complete (%1); the session is still listed and may yet be disconnected.</source>
        <translation>La requête n&apos;a pas abouti (%1)&#xa0;; la session est toujours listée et pourrait encore être déconnectée.</translation>
    </message>
    <message>
        <source>The server reported success but did not list this address as disconnected</source>
        <translation>Le serveur a signalé un succès, mais n&apos;a pas listé cette adresse comme déconnectée</translation>
    </message>
    <message>
        <source>%1; the server&apos;s list could not be read to settle it: %2</source>
        <extracomment>%1: what the disconnect request returned; %2: why the list could not be read.</extracomment>
        <translation>%1&#xa0;; la liste du serveur n&apos;a pas pu être lue pour trancher&#xa0;: %2</translation>
    </message>
</context>
<context>
    <name>WsmanSession</name>
    <message>
        <source>%1 cannot make a security context</source>
        <translation>%1 ne peut pas créer de contexte de sécurité</translation>
    </message>
    <message>
        <source>the security context cannot encrypt, and this server is reached over plain http</source>
        <translation>le contexte de sécurité ne peut pas chiffrer, et ce serveur est joint en HTTP simple</translation>
    </message>
    <message>
        <source>the envelope could not be sealed: %1</source>
        <translation>l&apos;enveloppe n&apos;a pas pu être scellée&#xa0;: %1</translation>
    </message>
    <message>
        <source>the server refused the credentials</source>
        <translation>le serveur a refusé les informations d&apos;identification</translation>
    </message>
    <message>
        <source>the server closed the connection in the middle of the authentication</source>
        <translation>le serveur a fermé la connexion au milieu de l&apos;authentification</translation>
    </message>
    <message>
        <source>the server accepted the connection without completing the authentication (no mutual authentication token), so it did not prove its identity</source>
        <translation>le serveur a accepté la connexion sans terminer l&apos;authentification (pas de jeton d&apos;authentification mutuelle), il n&apos;a donc pas prouvé son identité</translation>
    </message>
    <message>
        <source>the server closed the connection right after the authentication</source>
        <translation>le serveur a fermé la connexion juste après l&apos;authentification</translation>
    </message>
    <message>
        <source>the sealed reply was rejected: %1</source>
        <translation>la réponse scellée a été rejetée&#xa0;: %1</translation>
    </message>
    <message>
        <source>the sealed reply was rejected: it declares %1 bytes but %2 were sealed (tampered with)</source>
        <translation>la réponse scellée a été rejetée&#xa0;: elle annonce %1 octets mais %2 ont été scellés (falsifiée)</translation>
    </message>
    <message>
        <source>the server answered HTTP %1 in plain text on an encrypted session (Content-Type %2); the reply was refused</source>
        <translation>le serveur a répondu HTTP %1 en texte clair sur une session chiffrée (Content-Type %2)&#xa0;; la réponse a été refusée</translation>
    </message>
</context>
<context>
    <name>main</name>
    <message>
        <source>Unknown language &quot;%1&quot;; using the system&apos;s.</source>
        <translation>Langue inconnue «&#xa0;%1&#xa0;»&#xa0;; la langue du système est utilisée.</translation>
    </message>
    <message>
        <source>Live VPN sessions of Windows RRAS servers, disconnected by tunnel address.</source>
        <translation>Les sessions VPN des serveurs Windows RRAS en direct, déconnectées par adresse de tunnel.</translation>
    </message>
    <message>
        <source>Start built-in simulated servers with changing tunnels.</source>
        <translation>Démarrer des serveurs simulés intégrés dont les tunnels évoluent.</translation>
    </message>
    <message>
        <source>Number of simulated servers (default 3).</source>
        <translation>Nombre de serveurs simulés (3 par défaut).</translation>
    </message>
    <message>
        <source>Tunnels per simulated server (default 250).</source>
        <translation>Tunnels par serveur simulé (250 par défaut).</translation>
    </message>
    <message>
        <source>Read and write settings in FILE (INI) instead of the user&apos;s configuration.</source>
        <translation>Lire et écrire les paramètres dans FILE (INI) au lieu de la configuration de l&apos;utilisateur.</translation>
    </message>
    <message>
        <source>Show the console in LANGUAGE (e.g. de, fr, es, en) instead of the system&apos;s language or the ui/language setting.</source>
        <translation>Afficher la console en LANGUAGE (par ex. de, fr, es, en) au lieu de la langue du système ou du paramètre ui/language.</translation>
    </message>
    <message>
        <source>Inject a fault into the last simulated server, as rras-sim --fault takes it (e.g. http500/DisconnectByHostIP); repeatable.</source>
        <translation>Injecter une panne dans le dernier serveur simulé, au format de rras-sim --fault (par ex. http500/DisconnectByHostIP)&#xa0;; option répétable.</translation>
    </message>
    <message>
        <source>Keep the disconnect history in DIR instead of the user&apos;s data folder (also with --demo).</source>
        <translation>Conserver l&apos;historique des déconnexions dans DIR au lieu du dossier de données de l&apos;utilisateur (aussi avec --demo).</translation>
    </message>
    <message>
        <source>RRAS Console</source>
        <translation>RRAS Console</translation>
    </message>
    <message>
        <source>The demo servers could not start: %1</source>
        <translation>Les serveurs de démo n&apos;ont pas pu démarrer&#xa0;: %1</translation>
    </message>
    <message>
        <source>Demo %1</source>
        <translation>Démo %1</translation>
    </message>
    <message>
        <source>History</source>
        <translation>Historique</translation>
    </message>
    <message>
        <source>The disconnect history cannot be used, so disconnecting is not possible until this is fixed:

%1</source>
        <translation>L&apos;historique des déconnexions est inutilisable&#xa0;; aucune déconnexion n&apos;est possible tant que le problème n&apos;est pas résolu&#xa0;:

%1</translation>
    </message>
</context>
</TS>
