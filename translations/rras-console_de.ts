<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="de">
<context>
    <name>BulkDisconnect</name>
    <message>
        <source>The server is no longer configured; nothing was sent.</source>
        <translation>Der Server ist nicht mehr eingerichtet; es wurde nichts gesendet.</translation>
    </message>
    <message>
        <source>The server gave no outcome.</source>
        <translation>Der Server hat kein Ergebnis gemeldet.</translation>
    </message>
</context>
<context>
    <name>CertificateDialog</name>
    <message>
        <source>Certificate Changed</source>
        <translation>Zertifikat geändert</translation>
    </message>
    <message>
        <source>Untrusted Certificate</source>
        <translation>Nicht vertrauenswürdiges Zertifikat</translation>
    </message>
    <message>
        <source>Error</source>
        <translation>Fehler</translation>
    </message>
    <message>
        <source>Warning</source>
        <translation>Warnung</translation>
    </message>
    <message>
        <source>Warning: %1 (%2) presents a different certificate from the one pinned for it. Someone may be intercepting the connection, or the server&apos;s certificate was replaced. The console refuses this server until you pin the new certificate. Do so only after confirming its fingerprint with the server&apos;s administrator.</source>
        <extracomment>%1 server name, %2 host:port</extracomment>
        <translation>Warnung: %1 (%2) legt ein anderes Zertifikat vor als das für ihn hinterlegte. Möglicherweise wird die Verbindung abgefangen, oder das Zertifikat des Servers wurde ersetzt. Die Konsole lehnt diesen Server ab, bis Sie das neue Zertifikat hinterlegen. Tun Sie das erst, nachdem Sie den Fingerabdruck mit dem Administrator des Servers abgeglichen haben.</translation>
    </message>
    <message>
        <source>No certificate authority this computer trusts vouches for the certificate of %1 (%2). Compare its SHA-256 fingerprint with the server&apos;s own before you pin it; once pinned, the console accepts this certificate, and only this one, for this server.</source>
        <translation>Keine Zertifizierungsstelle, der dieser Computer vertraut, bestätigt das Zertifikat von %1 (%2). Vergleichen Sie seinen SHA-256-Fingerabdruck mit dem auf dem Server, bevor Sie es hinterlegen. Danach akzeptiert die Konsole für diesen Server dieses Zertifikat und nur dieses.</translation>
    </message>
    <message>
        <source>Subject:</source>
        <translation>Antragsteller:</translation>
    </message>
    <message>
        <source>Issuer:</source>
        <translation>Aussteller:</translation>
    </message>
    <message>
        <source>%1 (self-signed)</source>
        <translation>%1 (selbstsigniert)</translation>
    </message>
    <message>
        <source>%1 to %2</source>
        <translation>%1 bis %2</translation>
    </message>
    <message>
        <source>Valid:</source>
        <translation>Gültig:</translation>
    </message>
    <message>
        <source>Names:</source>
        <translation>Namen:</translation>
    </message>
    <message>
        <source>Refused because:</source>
        <translation>Abgelehnt, weil:</translation>
    </message>
    <message>
        <source>SHA-256 fingerprint</source>
        <translation>SHA-256-Fingerabdruck</translation>
    </message>
    <message>
        <source>SHA-256:</source>
        <translation>SHA-256:</translation>
    </message>
    <message>
        <source>Thumbprint (SHA-1):</source>
        <extracomment>Windows lists certificates by their SHA-1 thumbprint (e.g. in winrm&apos;s listener).</extracomment>
        <translation>Fingerabdruck (SHA-1):</translation>
    </message>
    <message>
        <source>Pinned until now:</source>
        <translation>Bisher hinterlegt:</translation>
    </message>
    <message>
        <source>I have confirmed the new fingerprint with the server&apos;s administrator</source>
        <translation>Ich habe den neuen Fingerabdruck mit dem Administrator des Servers abgeglichen</translation>
    </message>
    <message>
        <source>&amp;Pin the New Certificate</source>
        <translation>Neues Zertifikat &amp;hinterlegen</translation>
    </message>
    <message>
        <source>&amp;Pin This Certificate</source>
        <translation>Dieses Zertifikat &amp;hinterlegen</translation>
    </message>
    <message>
        <source>Keep &amp;Refusing</source>
        <translation>&amp;Weiterhin ablehnen</translation>
    </message>
    <message>
        <source>Do &amp;Not Trust</source>
        <translation>&amp;Nicht vertrauen</translation>
    </message>
    <message>
        <source>%1 (expired)</source>
        <extracomment>%1 is the validity period (&quot;... to ...&quot;).</extracomment>
        <translation>%1 (abgelaufen)</translation>
    </message>
    <message>
        <source>%1 (not valid yet)</source>
        <extracomment>%1 is the validity period (&quot;... to ...&quot;).</extracomment>
        <translation>%1 (noch nicht gültig)</translation>
    </message>
</context>
<context>
    <name>ConfirmDisconnectDialog</name>
    <message numerus="yes">
        <source>%1 and %n more</source>
        <comment>list of names, then a count</comment>
        <translation>
            <numerusform>%1 und %n weiterer</numerusform>
            <numerusform>%1 und %n weitere</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Disconnect %n session(s)</source>
        <translation>
            <numerusform>%n Sitzung trennen</numerusform>
            <numerusform>%n Sitzungen trennen</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Disconnect %n VPN session(s)?</source>
        <translation>
            <numerusform>%n VPN-Sitzung trennen?</numerusform>
            <numerusform>%n VPN-Sitzungen trennen?</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n user(s):</source>
        <translation>
            <numerusform>%n Benutzer:</numerusform>
            <numerusform>%n Benutzer:</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n server(s):</source>
        <translation>
            <numerusform>%n Server:</numerusform>
            <numerusform>%n Server:</numerusform>
        </translation>
    </message>
    <message>
        <source>Warning</source>
        <translation>Warnung</translation>
    </message>
    <message>
        <source>Optional, e.g. ticket number</source>
        <translation>Optional, z. B. Ticketnummer</translation>
    </message>
    <message>
        <source>&amp;Reason or ticket:</source>
        <translation>&amp;Grund oder Ticket:</translation>
    </message>
    <message>
        <source>Type %1 to confirm:</source>
        <extracomment>The user must type the number of sessions to confirm a large disconnect.</extracomment>
        <translation>Zur Bestätigung %1 eingeben:</translation>
    </message>
    <message numerus="yes">
        <source>&amp;Disconnect %n</source>
        <translation>
            <numerusform>%n &amp;trennen</numerusform>
            <numerusform>%n &amp;trennen</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>ConnectionTest</name>
    <message>
        <source>Testing…</source>
        <translation>Wird getestet…</translation>
    </message>
    <message numerus="yes">
        <source>Connected in %1 ms: %n tunnel(s) listed.</source>
        <extracomment>%1 is the round trip in milliseconds; then the number of tunnels listed.</extracomment>
        <translation>
            <numerusform>Verbunden in %1 ms: %n Tunnel aufgelistet.</numerusform>
            <numerusform>Verbunden in %1 ms: %n Tunnel aufgelistet.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>CredentialJob</name>
    <message>
        <source>No password is stored in the keychain for this server.</source>
        <translation>Für diesen Server ist kein Kennwort im Schlüsselbund gespeichert.</translation>
    </message>
    <message>
        <source>No keychain is available on this system (%1): the password is kept for this session only and must be entered again next time.</source>
        <translation>Auf diesem System ist kein Schlüsselbund verfügbar (%1): Das Kennwort wird nur bis zum Beenden der Konsole behalten und muss beim nächsten Start erneut eingegeben werden.</translation>
    </message>
    <message>
        <source>Access to the keychain was refused (%1): the password is kept for this session only.</source>
        <translation>Der Zugriff auf den Schlüsselbund wurde verweigert (%1): Das Kennwort wird nur bis zum Beenden der Konsole behalten.</translation>
    </message>
    <message>
        <source>The keychain reported an error (%1): the password is kept for this session only.</source>
        <translation>Der Schlüsselbund hat einen Fehler gemeldet (%1): Das Kennwort wird nur bis zum Beenden der Konsole behalten.</translation>
    </message>
</context>
<context>
    <name>DisconnectByListDialog</name>
    <message>
        <source>Disconnect by list</source>
        <translation>Nach Liste trennen</translation>
    </message>
    <message>
        <source>Paste tunnel IP addresses or CIDR ranges (IPv4 or IPv6), one per line or separated by commas. Sessions on every server are matched.</source>
        <translation>Fügen Sie Tunnel-IP-Adressen oder CIDR-Bereiche (IPv4 oder IPv6) ein, eine pro Zeile oder durch Kommas getrennt. Es werden die Sitzungen auf allen Servern abgeglichen.</translation>
    </message>
    <message>
        <source>Addresses and ranges</source>
        <translation>Adressen und Bereiche</translation>
    </message>
    <message>
        <source>Server</source>
        <translation>Server</translation>
    </message>
    <message>
        <source>User</source>
        <translation>Benutzer</translation>
    </message>
    <message>
        <source>Tunnel IPv4</source>
        <translation>Tunnel-IPv4</translation>
    </message>
    <message>
        <source>Tunnel IPv6</source>
        <translation>Tunnel-IPv6</translation>
    </message>
    <message>
        <source>Host name</source>
        <translation>Hostname</translation>
    </message>
    <message>
        <source>Matching sessions</source>
        <translation>Passende Sitzungen</translation>
    </message>
    <message>
        <source>Lines that matched nothing</source>
        <translation>Zeilen ohne Treffer</translation>
    </message>
    <message>
        <source>&amp;Continue…</source>
        <translation>&amp;Weiter…</translation>
    </message>
    <message numerus="yes">
        <source>%n matching session(s)</source>
        <translation>
            <numerusform>%n passende Sitzung</numerusform>
            <numerusform>%n passende Sitzungen</numerusform>
        </translation>
    </message>
    <message>
        <source>Not an address or range: %1</source>
        <translation>Keine Adresse und kein Bereich: %1</translation>
    </message>
    <message>
        <source>Matched no session: %1</source>
        <translation>Keine Sitzung gefunden: %1</translation>
    </message>
    <message numerus="yes">
        <source>&amp;Disconnect %n…</source>
        <translation>
            <numerusform>%n &amp;trennen…</numerusform>
            <numerusform>%n &amp;trennen…</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>DisconnectController</name>
    <message>
        <source>%1 is an address of this computer: disconnecting it may cut off your own connection.</source>
        <translation>%1 ist eine Adresse dieses Computers: Wenn Sie sie trennen, trennen Sie möglicherweise Ihre eigene Verbindung.</translation>
    </message>
    <message numerus="yes">
        <source>%1 has %n session(s); only %2 selected.</source>
        <extracomment>%1 is a user name; %2 is the number of that user&apos;s sessions selected.</extracomment>
        <translation>
            <numerusform>%1 hat %n Sitzung; nur %2 ausgewählt.</numerusform>
            <numerusform>%1 hat %n Sitzungen; nur %2 ausgewählt.</numerusform>
        </translation>
    </message>
    <message>
        <source>The disconnect could not be recorded in the history, so nothing was sent.

%1</source>
        <extracomment>%1 says what is wrong with the history and how to fix it.</extracomment>
        <translation>Das Trennen konnte nicht im Verlauf gespeichert werden, daher wurde nichts gesendet.

%1</translation>
    </message>
    <message>
        <source>An outcome could not be recorded in the history; the job will show as Interrupted there.

%1</source>
        <translation>Ein Ergebnis konnte nicht im Verlauf gespeichert werden; der Auftrag erscheint dort als „Unterbrochen“.

%1</translation>
    </message>
    <message>
        <source>The end of the job could not be recorded in the history; it will show as Interrupted there.

%1</source>
        <translation>Das Ende des Auftrags konnte nicht im Verlauf gespeichert werden; er erscheint dort als „Unterbrochen“.

%1</translation>
    </message>
    <message>
        <source>History</source>
        <translation>Verlauf</translation>
    </message>
</context>
<context>
    <name>DisconnectResultsDialog</name>
    <message>
        <source>Disconnect results</source>
        <translation>Ergebnisse des Trennens</translation>
    </message>
    <message>
        <source>Outcome of every session</source>
        <translation>Ergebnis jeder Sitzung</translation>
    </message>
    <message>
        <source>&amp;Retry failed</source>
        <translation>Fehlgeschlagene &amp;wiederholen</translation>
    </message>
    <message>
        <source>&amp;Copy</source>
        <translation>&amp;Kopieren</translation>
    </message>
    <message>
        <source>Show in &amp;History</source>
        <translation>Im &amp;Verlauf anzeigen</translation>
    </message>
    <message>
        <source>&amp;Export Report…</source>
        <extracomment>Writes a report (CSV, JSON, HTML or PDF) of this disconnect job.</extracomment>
        <translation>Bericht &amp;exportieren…</translation>
    </message>
    <message numerus="yes">
        <source>%n disconnected</source>
        <translation>
            <numerusform>%n getrennt</numerusform>
            <numerusform>%n getrennt</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n already gone</source>
        <translation>
            <numerusform>%n bereits beendet</numerusform>
            <numerusform>%n bereits beendet</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n failed</source>
        <translation>
            <numerusform>%n fehlgeschlagen</numerusform>
            <numerusform>%n fehlgeschlagen</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n unknown</source>
        <translation>
            <numerusform>%n unbekannt</numerusform>
            <numerusform>%n unbekannt</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n invalid</source>
        <translation>
            <numerusform>%n ungültig</numerusform>
            <numerusform>%n ungültig</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n still running</source>
        <translation>
            <numerusform>%n läuft noch</numerusform>
            <numerusform>%n laufen noch</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n session(s): %1</source>
        <extracomment>Summary line of the results dialog, e.g. &quot;12 sessions: 10 disconnected, 2 failed&quot;.</extracomment>
        <translation>
            <numerusform>%n Sitzung: %1</numerusform>
            <numerusform>%n Sitzungen: %1</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>&amp;Retry %n failed</source>
        <translation>
            <numerusform>%n fehlgeschlagene &amp;wiederholen</numerusform>
            <numerusform>%n fehlgeschlagene &amp;wiederholen</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>FilterBar</name>
    <message>
        <source>Filter: user, tunnel IP, host, external address (Ctrl+F)</source>
        <translation>Benutzer, Tunnel-IP, Host, externe Adresse (Strg+F)</translation>
    </message>
    <message>
        <source>Text filter</source>
        <translation>Textfilter</translation>
    </message>
    <message>
        <source>Shows the sessions whose user, tunnel address, host name or external address contains the text</source>
        <translation>Zeigt die Sitzungen, deren Benutzer, Tunneladresse, Hostname oder externe Adresse den Text enthält</translation>
    </message>
    <message>
        <source>Server filter</source>
        <translation>Serverfilter</translation>
    </message>
    <message>
        <source>Shows the sessions of one server</source>
        <translation>Zeigt die Sitzungen eines Servers</translation>
    </message>
    <message>
        <source>Tunnel type filter</source>
        <translation>Tunneltypfilter</translation>
    </message>
    <message>
        <source>Shows the sessions of one tunnel type</source>
        <translation>Zeigt die Sitzungen eines Tunneltyps</translation>
    </message>
    <message>
        <source>All tunnel types</source>
        <translation>Alle Tunneltypen</translation>
    </message>
    <message>
        <source>Activity filter</source>
        <translation>Aktivitätsfilter</translation>
    </message>
    <message>
        <source>Shows active or idle sessions</source>
        <translation>Zeigt aktive oder inaktive Sitzungen</translation>
    </message>
    <message>
        <source>Any activity</source>
        <translation>Jede Aktivität</translation>
    </message>
    <message>
        <source>Active</source>
        <translation>Aktiv</translation>
    </message>
    <message>
        <source>Idle</source>
        <translation>Inaktiv</translation>
    </message>
    <message>
        <source>Connection type filter</source>
        <translation>Verbindungstypfilter</translation>
    </message>
    <message>
        <source>Shows VPN or DirectAccess sessions</source>
        <translation>Zeigt VPN- oder DirectAccess-Sitzungen</translation>
    </message>
    <message>
        <source>VPN and DirectAccess</source>
        <translation>VPN und DirectAccess</translation>
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
        <translation>IP oder CIDR, z. B. 10.1.0.0/16</translation>
    </message>
    <message>
        <source>Address filter</source>
        <translation>Adressfilter</translation>
    </message>
    <message>
        <source>Shows the sessions whose tunnel address is one of these addresses or in one of these ranges, separated by commas or spaces</source>
        <translation>Zeigt die Sitzungen, deren Tunneladresse eine dieser Adressen ist oder in einem dieser Bereiche liegt (durch Kommas oder Leerzeichen getrennt)</translation>
    </message>
    <message>
        <source>Clear</source>
        <translation>Zurücksetzen</translation>
    </message>
    <message>
        <source>Clear every filter</source>
        <translation>Alle Filter zurücksetzen</translation>
    </message>
    <message>
        <source>Clear filters</source>
        <translation>Filter zurücksetzen</translation>
    </message>
    <message>
        <source>All servers</source>
        <translation>Alle Server</translation>
    </message>
    <message>
        <source>Not an address or range: %1</source>
        <translation>Keine Adresse und kein Bereich: %1</translation>
    </message>
</context>
<context>
    <name>GssapiContext</name>
    <message>
        <source>the server sent a token before the client&apos;s first one</source>
        <translation>der Server hat ein Token vor dem ersten Token des Clients gesendet</translation>
    </message>
    <message>
        <source>the server answered without a Negotiate token</source>
        <translation>der Server hat ohne Negotiate-Token geantwortet</translation>
    </message>
    <message>
        <source>the negotiated mechanism is neither Kerberos nor NTLM</source>
        <translation>der ausgehandelte Mechanismus ist weder Kerberos noch NTLM</translation>
    </message>
    <message>
        <source>the server did not prove its identity (no Kerberos mutual authentication)</source>
        <translation>der Server hat seine Identität nicht nachgewiesen (keine gegenseitige Kerberos-Authentifizierung)</translation>
    </message>
    <message>
        <source>the server did not agree to message integrity</source>
        <translation>der Server hat der Nachrichtenintegrität nicht zugestimmt</translation>
    </message>
    <message>
        <source>the security context cannot encrypt messages</source>
        <translation>der Sicherheitskontext kann keine Nachrichten verschlüsseln</translation>
    </message>
    <message>
        <source>an empty message cannot be sealed</source>
        <translation>eine leere Nachricht kann nicht versiegelt werden</translation>
    </message>
    <message>
        <source>the message was not encrypted</source>
        <translation>die Nachricht war nicht verschlüsselt</translation>
    </message>
    <message>
        <source>the security context is not established</source>
        <translation>der Sicherheitskontext ist nicht hergestellt</translation>
    </message>
    <message>
        <source>the sealed message does not verify: %1</source>
        <translation>die versiegelte Nachricht lässt sich nicht prüfen: %1</translation>
    </message>
    <message>
        <source>the sealed message is out of sequence (replayed, reordered or one was lost)</source>
        <translation>die versiegelte Nachricht kommt außer der Reihe (wiederholt, vertauscht oder eine ging verloren)</translation>
    </message>
    <message>
        <source>the message was signed but not encrypted</source>
        <translation>die Nachricht war signiert, aber nicht verschlüsselt</translation>
    </message>
    <message>
        <source>the service name %1 is not usable: %2</source>
        <translation>der Dienstname %1 ist nicht verwendbar: %2</translation>
    </message>
    <message>
        <source>NTLM needs a user name (DOMAIN\user) and a password</source>
        <translation>NTLM benötigt einen Benutzernamen (DOMÄNE\Benutzer) und ein Kennwort</translation>
    </message>
    <message>
        <source>the user name %1 is not usable: %2</source>
        <translation>der Benutzername %1 ist nicht verwendbar: %2</translation>
    </message>
    <message>
        <source>no credentials for %1: %2</source>
        <translation>keine Anmeldeinformationen für %1: %2</translation>
    </message>
    <message>
        <source>the security context is already complete</source>
        <translation>der Sicherheitskontext ist bereits hergestellt</translation>
    </message>
    <message>
        <source>the security context has already failed</source>
        <translation>der Sicherheitskontext ist bereits fehlgeschlagen</translation>
    </message>
</context>
<context>
    <name>HistoryController</name>
    <message>
        <source>&amp;History…</source>
        <translation>&amp;Verlauf…</translation>
    </message>
    <message>
        <source>Every disconnect, with its sessions and outcomes (Ctrl+H)</source>
        <translation>Jedes Trennen mit seinen Sitzungen und Ergebnissen (Strg+H)</translation>
    </message>
</context>
<context>
    <name>HistoryItemModel</name>
    <message>
        <source>Pending</source>
        <extracomment>A session of a running job whose outcome has not arrived yet.</extracomment>
        <translation>Ausstehend</translation>
    </message>
    <message>
        <source>%1 (code %2)</source>
        <translation>%1 (Code %2)</translation>
    </message>
    <message>
        <source>Outcome</source>
        <translation>Ergebnis</translation>
    </message>
    <message>
        <source>Server</source>
        <translation>Server</translation>
    </message>
    <message>
        <source>Tunnel address</source>
        <extracomment>The tunnel (host) IP address of a VPN session.</extracomment>
        <translation>Tunneladresse</translation>
    </message>
    <message>
        <source>User</source>
        <translation>Benutzer</translation>
    </message>
    <message>
        <source>Host name</source>
        <translation>Hostname</translation>
    </message>
    <message>
        <source>External address</source>
        <translation>Externe Adresse</translation>
    </message>
    <message>
        <source>Tunnel type</source>
        <translation>Tunneltyp</translation>
    </message>
    <message>
        <source>Connected since</source>
        <translation>Verbunden seit</translation>
    </message>
    <message>
        <source>Bytes in</source>
        <translation>Bytes empfangen</translation>
    </message>
    <message>
        <source>Bytes out</source>
        <translation>Bytes gesendet</translation>
    </message>
    <message>
        <source>Server message</source>
        <extracomment>What the server said about the disconnect.</extracomment>
        <translation>Servermeldung</translation>
    </message>
    <message>
        <source>Settled</source>
        <extracomment>When the outcome of a session was recorded.</extracomment>
        <translation>Abgeschlossen</translation>
    </message>
</context>
<context>
    <name>HistoryModel</name>
    <message>
        <source>The history is not open.</source>
        <translation>Der Verlauf ist nicht geöffnet.</translation>
    </message>
    <message>
        <source>Running</source>
        <extracomment>A disconnect job whose outcomes are still arriving.</extracomment>
        <translation>Läuft</translation>
    </message>
    <message>
        <source>Finished</source>
        <extracomment>A disconnect job where every session has its outcome.</extracomment>
        <translation>Beendet</translation>
    </message>
    <message>
        <source>Interrupted</source>
        <extracomment>A disconnect job cut short (the program ended); its open sessions are Unknown.</extracomment>
        <translation>Unterbrochen</translation>
    </message>
    <message>
        <source>Started</source>
        <extracomment>When a disconnect job started.</extracomment>
        <translation>Gestartet</translation>
    </message>
    <message>
        <source>Operator</source>
        <extracomment>Who ran a disconnect job (OS user name).</extracomment>
        <translation>Bearbeiter</translation>
    </message>
    <message>
        <source>Workstation</source>
        <extracomment>The computer a disconnect job ran on.</extracomment>
        <translation>Computer</translation>
    </message>
    <message>
        <source>Reason</source>
        <extracomment>The reason or ticket given for a disconnect job.</extracomment>
        <translation>Grund</translation>
    </message>
    <message>
        <source>State</source>
        <translation>Status</translation>
    </message>
    <message>
        <source>Sessions</source>
        <translation>Sitzungen</translation>
    </message>
    <message>
        <source>Disconnected</source>
        <translation>Getrennt</translation>
    </message>
    <message>
        <source>Already gone</source>
        <translation>Bereits beendet</translation>
    </message>
    <message>
        <source>Failed</source>
        <translation>Fehlgeschlagen</translation>
    </message>
    <message>
        <source>Unknown</source>
        <translation>Unbekannt</translation>
    </message>
    <message>
        <source>Invalid</source>
        <translation>Ungültig</translation>
    </message>
    <message>
        <source>Servers</source>
        <translation>Server</translation>
    </message>
</context>
<context>
    <name>HistoryReport</name>
    <message>
        <source>There is no job %1 in the history.</source>
        <translation>Im Verlauf gibt es keinen Auftrag %1.</translation>
    </message>
    <message>
        <source>Pending</source>
        <translation>Ausstehend</translation>
    </message>
    <message>
        <source>Disconnected</source>
        <translation>Getrennt</translation>
    </message>
    <message>
        <source>Already gone</source>
        <translation>Bereits beendet</translation>
    </message>
    <message>
        <source>Failed</source>
        <translation>Fehlgeschlagen</translation>
    </message>
    <message>
        <source>Unknown</source>
        <translation>Unbekannt</translation>
    </message>
    <message>
        <source>Invalid address</source>
        <translation>Ungültige Adresse</translation>
    </message>
</context>
<context>
    <name>HistoryStore</name>
    <message>
        <source>unknown</source>
        <translation>unbekannt</translation>
    </message>
    <message>
        <source>The SQLite driver of Qt (QSQLITE) is not installed; install it (Debian: libqt6sql6-sqlite).</source>
        <translation>Der SQLite-Treiber von Qt (QSQLITE) ist nicht installiert; installieren Sie ihn (Debian: libqt6sql6-sqlite).</translation>
    </message>
    <message>
        <source>The history folder %1 cannot be created: check its parent&apos;s permissions, or choose another folder with --data-dir.</source>
        <extracomment>%1 is a folder.</extracomment>
        <translation>Der Verlaufsordner %1 kann nicht angelegt werden: Prüfen Sie die Berechtigungen des übergeordneten Ordners, oder wählen Sie mit --data-dir einen anderen Ordner.</translation>
    </message>
    <message>
        <source>There is no history in %1 yet.</source>
        <translation>In %1 gibt es noch keinen Verlauf.</translation>
    </message>
    <message>
        <source>The history %1 was written by a newer version of RRAS Console (schema %2; this version knows %3). Update RRAS Console, or choose another folder with --data-dir.</source>
        <extracomment>%1 is the database file, %2 and %3 schema version numbers.</extracomment>
        <translation>Der Verlauf %1 wurde von einer neueren Version von RRAS Console geschrieben (Schema %2; diese Version kennt %3). Aktualisieren Sie RRAS Console, oder wählen Sie mit --data-dir einen anderen Ordner.</translation>
    </message>
    <message>
        <source>The history %1 needs an update to schema %2, which a read-only file cannot take.</source>
        <translation>Der Verlauf %1 muss auf Schema %2 aktualisiert werden, was bei einer schreibgeschützten Datei nicht möglich ist.</translation>
    </message>
    <message>
        <source>The program ended before the server&apos;s answer was recorded: the session may or may not have been disconnected.</source>
        <translation>Das Programm wurde beendet, bevor die Antwort des Servers gespeichert war: Die Sitzung wurde möglicherweise getrennt, möglicherweise auch nicht.</translation>
    </message>
    <message>
        <source>The history is not open.</source>
        <translation>Der Verlauf ist nicht geöffnet.</translation>
    </message>
    <message>
        <source>The history %1 is locked by another program. Let the other RRAS Console or rrasctl finish, then try again.</source>
        <extracomment>%1 is the database file.</extracomment>
        <translation>Der Verlauf %1 ist von einem anderen Programm gesperrt. Warten Sie, bis die andere RRAS Console oder rrasctl fertig ist, und versuchen Sie es dann erneut.</translation>
    </message>
    <message>
        <source>The history %1 is read-only. Make the file and its folder writable, or choose another folder with --data-dir.</source>
        <translation>Der Verlauf %1 ist schreibgeschützt. Machen Sie die Datei und ihren Ordner beschreibbar, oder wählen Sie mit --data-dir einen anderen Ordner.</translation>
    </message>
    <message>
        <source>The disk holding the history %1 is full. Free some space, then try again.</source>
        <translation>Der Datenträger mit dem Verlauf %1 ist voll. Geben Sie Speicherplatz frei, und versuchen Sie es dann erneut.</translation>
    </message>
    <message>
        <source>The history %1 cannot be opened. Check that the file and its folder can be read and written, or choose another folder with --data-dir.</source>
        <translation>Der Verlauf %1 kann nicht geöffnet werden. Prüfen Sie, ob die Datei und ihr Ordner lesbar und beschreibbar sind, oder wählen Sie mit --data-dir einen anderen Ordner.</translation>
    </message>
    <message>
        <source>The history %1 is damaged or is not a history database. Move it aside: a new history starts in its place.</source>
        <translation>Der Verlauf %1 ist beschädigt oder keine Verlaufsdatenbank. Verschieben Sie die Datei: An ihrer Stelle wird ein neuer Verlauf angelegt.</translation>
    </message>
    <message>
        <source>The history %1 could not be read or written: %2</source>
        <translation>Der Verlauf %1 konnte nicht gelesen oder geschrieben werden: %2</translation>
    </message>
    <message>
        <source>The history %1 was opened read-only.</source>
        <translation>Der Verlauf %1 wurde schreibgeschützt geöffnet.</translation>
    </message>
    <message>
        <source>The lock file %1 cannot be created. Make the history folder writable, or choose another folder with --data-dir.</source>
        <extracomment>%1 is a file.</extracomment>
        <translation>Die Sperrdatei %1 kann nicht angelegt werden. Machen Sie den Verlaufsordner beschreibbar, oder wählen Sie mit --data-dir einen anderen Ordner.</translation>
    </message>
    <message>
        <source>No outcome was reported for this session.</source>
        <translation>Für diese Sitzung wurde kein Ergebnis gemeldet.</translation>
    </message>
</context>
<context>
    <name>HistoryView</name>
    <message>
        <source>Disconnect History</source>
        <translation>Trennverlauf</translation>
    </message>
    <message>
        <source>&amp;From</source>
        <translation>&amp;Von</translation>
    </message>
    <message>
        <source>Jobs started on or after</source>
        <translation>Nur Aufträge, die ab diesem Zeitpunkt gestartet wurden</translation>
    </message>
    <message>
        <source>&amp;To</source>
        <translation>&amp;Bis</translation>
    </message>
    <message>
        <source>Jobs started on or before</source>
        <translation>Nur Aufträge, die bis zu diesem Zeitpunkt gestartet wurden</translation>
    </message>
    <message>
        <source>Operator</source>
        <translation>Bearbeiter</translation>
    </message>
    <message>
        <source>Server</source>
        <translation>Server</translation>
    </message>
    <message>
        <source>User</source>
        <translation>Benutzer</translation>
    </message>
    <message>
        <source>Address</source>
        <extracomment>Placeholder of the filter on tunnel and external addresses.</extracomment>
        <translation>Adresse</translation>
    </message>
    <message>
        <source>Outcome</source>
        <translation>Ergebnis</translation>
    </message>
    <message>
        <source>Any outcome</source>
        <extracomment>Outcome filter: no restriction.</extracomment>
        <translation>Jedes Ergebnis</translation>
    </message>
    <message>
        <source>C&amp;lear Filters</source>
        <translation>Filter &amp;zurücksetzen</translation>
    </message>
    <message>
        <source>Disconnect jobs</source>
        <translation>Trennaufträge</translation>
    </message>
    <message>
        <source>Sessions of the job</source>
        <translation>Sitzungen des Auftrags</translation>
    </message>
    <message>
        <source>&amp;Refresh</source>
        <translation>&amp;Aktualisieren</translation>
    </message>
    <message>
        <source>&amp;Export Report…</source>
        <translation>Bericht &amp;exportieren…</translation>
    </message>
    <message>
        <source>Write the selected jobs (or every job shown) as CSV, JSON, HTML or PDF</source>
        <translation>Die ausgewählten Aufträge (oder alle angezeigten) als CSV, JSON, HTML oder PDF speichern</translation>
    </message>
    <message>
        <source>Select a job to see its sessions.</source>
        <translation>Wählen Sie einen Auftrag aus, um seine Sitzungen zu sehen.</translation>
    </message>
    <message numerus="yes">
        <source>%n session(s)</source>
        <translation>
            <numerusform>%n Sitzung</numerusform>
            <numerusform>%n Sitzungen</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%1 of %n job(s) shown</source>
        <translation>
            <numerusform>%1 von %n Auftrag angezeigt</numerusform>
            <numerusform>%1 von %n Aufträgen angezeigt</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n selected</source>
        <translation>
            <numerusform>%n ausgewählt</numerusform>
            <numerusform>%n ausgewählt</numerusform>
        </translation>
    </message>
    <message>
        <source>Job %1 by %2 on %3</source>
        <extracomment>%1 job number, %2 operator, %3 workstation.</extracomment>
        <translation>Auftrag %1 von %2 auf %3</translation>
    </message>
    <message>
        <source>Job %1 by %2 on %3, reason: %4</source>
        <extracomment>%1 job number, %2 operator, %3 workstation, %4 the reason or ticket typed for the job.</extracomment>
        <translation>Auftrag %1 von %2 auf %3, Grund: %4</translation>
    </message>
    <message numerus="yes">
        <source>%n session(s), %1 shown</source>
        <extracomment>%n sessions in the job, %1 of them left by the item filters.</extracomment>
        <translation>
            <numerusform>%n Sitzung, %1 angezeigt</numerusform>
            <numerusform>%n Sitzungen, %1 angezeigt</numerusform>
        </translation>
    </message>
    <message>
        <source>%1: %2</source>
        <comment>job line</comment>
        <extracomment>The job line above its sessions: %1 the job, %2 the session count.</extracomment>
        <translation>%1: %2</translation>
    </message>
</context>
<context>
    <name>HostAddress</name>
    <message>
        <source>The address is empty.</source>
        <extracomment>A tunnel address the user typed was empty.</extracomment>
        <translation>Die Adresse ist leer.</translation>
    </message>
    <message>
        <source>The address &quot;%1&quot; contains a space.</source>
        <translation>Die Adresse „%1“ enthält ein Leerzeichen.</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not an IPv4 address: four numbers from 0 to 255 separated by dots, without leading zeros.</source>
        <extracomment>%1 is what the user typed; the rule follows.</extracomment>
        <translation>„%1“ ist keine IPv4-Adresse: vier Zahlen von 0 bis 255, durch Punkte getrennt, ohne führende Nullen.</translation>
    </message>
    <message>
        <source>&quot;%1&quot;: IPv6 zone ids (%) are not tunnel addresses.</source>
        <translation>„%1“: IPv6-Zonen-IDs (%) sind keine Tunneladressen.</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not an IPv6 address.</source>
        <translation>„%1“ ist keine IPv6-Adresse.</translation>
    </message>
    <message>
        <source>&quot;%1&quot; has an invalid prefix length: use 0 to %2.</source>
        <extracomment>%1 is the range as typed, %2 the largest prefix length (32 or 128).</extracomment>
        <translation>„%1“ hat eine ungültige Präfixlänge: Verwenden Sie 0 bis %2.</translation>
    </message>
</context>
<context>
    <name>HtmlExporter</name>
    <message>
        <source>no jobs</source>
        <translation>keine Aufträge</translation>
    </message>
    <message>
        <source>%1 to %2</source>
        <extracomment>A report&apos;s period: %1 and %2 are times.</extracomment>
        <translation>%1 bis %2</translation>
    </message>
    <message>
        <source>the beginning</source>
        <translation>Anfang</translation>
    </message>
    <message>
        <source>now</source>
        <translation>jetzt</translation>
    </message>
    <message>
        <source>none</source>
        <translation>keine</translation>
    </message>
    <message>
        <source>Period: %1 | Operator: %2 | %3 sessions: %4</source>
        <extracomment>Page header of a PDF report: %1 period, %2 operators, %3 session count, %4 counts.</extracomment>
        <translation>Zeitraum: %1 | Bearbeiter: %2 | %3 Sitzungen: %4</translation>
    </message>
    <message>
        <source>Disconnect report</source>
        <translation>Trennbericht</translation>
    </message>
    <message>
        <source>Period</source>
        <translation>Zeitraum</translation>
    </message>
    <message>
        <source>Operator</source>
        <translation>Bearbeiter</translation>
    </message>
    <message>
        <source>Jobs</source>
        <translation>Aufträge</translation>
    </message>
    <message>
        <source>Sessions</source>
        <translation>Sitzungen</translation>
    </message>
    <message>
        <source>Generated</source>
        <extracomment>%1 is a time, %2 a user name.</extracomment>
        <translation>Erstellt</translation>
    </message>
    <message>
        <source>%1 by %2</source>
        <translation>%1 von %2</translation>
    </message>
    <message>
        <source>Outcome</source>
        <translation>Ergebnis</translation>
    </message>
    <message>
        <source>Server</source>
        <translation>Server</translation>
    </message>
    <message>
        <source>Address</source>
        <translation>Adresse</translation>
    </message>
    <message>
        <source>Users</source>
        <translation>Benutzer</translation>
    </message>
    <message>
        <source>Host name</source>
        <translation>Hostname</translation>
    </message>
    <message>
        <source>External address</source>
        <translation>Externe Adresse</translation>
    </message>
    <message>
        <source>Tunnel type</source>
        <translation>Tunneltyp</translation>
    </message>
    <message>
        <source>Connected since</source>
        <translation>Verbunden seit</translation>
    </message>
    <message>
        <source>Bytes in</source>
        <translation>Bytes empfangen</translation>
    </message>
    <message>
        <source>Bytes out</source>
        <translation>Bytes gesendet</translation>
    </message>
    <message>
        <source>Server message</source>
        <translation>Servermeldung</translation>
    </message>
    <message>
        <source>Settled</source>
        <translation>Abgeschlossen</translation>
    </message>
    <message>
        <source>Job %1, %2</source>
        <extracomment>%1 is a job number, %2 when it started.</extracomment>
        <translation>Auftrag %1, %2</translation>
    </message>
    <message>
        <source>Operator: %1 on %2</source>
        <extracomment>%1 is a user name, %2 a computer name.</extracomment>
        <translation>Bearbeiter: %1 auf %2</translation>
    </message>
    <message>
        <source>Reason: %1</source>
        <translation>Grund: %1</translation>
    </message>
    <message>
        <source>State: %1</source>
        <translation>Status: %1</translation>
    </message>
    <message>
        <source>Ended: %1</source>
        <translation>Beendet: %1</translation>
    </message>
    <message>
        <source>Sessions: %1 (%2)</source>
        <translation>Sitzungen: %1 (%2)</translation>
    </message>
    <message>
        <source>No disconnect jobs in this period.</source>
        <translation>Keine Trennaufträge in diesem Zeitraum.</translation>
    </message>
</context>
<context>
    <name>HttpConnection</name>
    <message>
        <source>the certificate (SHA-256 %1) is not the pinned one (SHA-256 %2)</source>
        <translation>das Zertifikat (SHA-256 %1) ist nicht das hinterlegte (SHA-256 %2)</translation>
    </message>
    <message>
        <source>%1; certificate SHA-256 %2</source>
        <translation>%1; Zertifikat SHA-256 %2</translation>
    </message>
    <message>
        <source>another request is in progress</source>
        <translation>eine andere Anfrage läuft bereits</translation>
    </message>
    <message>
        <source>the connection is not open</source>
        <translation>die Verbindung ist nicht geöffnet</translation>
    </message>
    <message>
        <source>the reply is too large (more than %1 bytes)</source>
        <translation>die Antwort ist zu groß (mehr als %1 Bytes)</translation>
    </message>
    <message>
        <source>the reply&apos;s header block is larger than %1 bytes</source>
        <translation>der Header-Block der Antwort ist größer als %1 Bytes</translation>
    </message>
    <message>
        <source>the server&apos;s answer is not HTTP: %1</source>
        <translation>die Antwort des Servers ist kein HTTP: %1</translation>
    </message>
    <message>
        <source>the reply has a malformed header line</source>
        <translation>die Antwort enthält eine fehlerhafte Header-Zeile</translation>
    </message>
    <message>
        <source>the reply uses an unsupported transfer encoding: %1</source>
        <translation>die Antwort verwendet eine nicht unterstützte Transfer-Codierung: %1</translation>
    </message>
    <message>
        <source>the reply&apos;s Content-Length is not a number</source>
        <translation>die Content-Length der Antwort ist keine Zahl</translation>
    </message>
    <message>
        <source>the reply is too large (%1 bytes, the limit is %2 bytes)</source>
        <translation>die Antwort ist zu groß (%1 Bytes, die Grenze liegt bei %2 Bytes)</translation>
    </message>
    <message>
        <source>the reply has a malformed chunk</source>
        <translation>die Antwort enthält einen fehlerhaften Chunk</translation>
    </message>
    <message>
        <source>the connection closed in the middle of the reply</source>
        <translation>die Verbindung wurde mitten in der Antwort geschlossen</translation>
    </message>
    <message>
        <source>the connection closed without a reply</source>
        <translation>die Verbindung wurde ohne Antwort geschlossen</translation>
    </message>
    <message>
        <source>the connection closed while connecting</source>
        <translation>die Verbindung wurde beim Verbindungsaufbau geschlossen</translation>
    </message>
    <message>
        <source>no connection within %1 ms</source>
        <translation>keine Verbindung innerhalb von %1 ms</translation>
    </message>
    <message>
        <source>no complete reply within %1 ms</source>
        <translation>keine vollständige Antwort innerhalb von %1 ms</translation>
    </message>
</context>
<context>
    <name>MainWindow</name>
    <message>
        <source>RRAS Console — Demo</source>
        <translation>RRAS Console — Demo</translation>
    </message>
    <message>
        <source>RRAS Console</source>
        <translation>RRAS Console</translation>
    </message>
    <message>
        <source>&amp;Import Servers…</source>
        <translation>Server &amp;importieren…</translation>
    </message>
    <message>
        <source>Add the servers of a JSON server list</source>
        <translation>Die Server einer JSON-Serverliste hinzufügen</translation>
    </message>
    <message>
        <source>E&amp;xport Servers…</source>
        <translation>Server e&amp;xportieren…</translation>
    </message>
    <message>
        <source>Save the server list as JSON, without passwords</source>
        <translation>Die Serverliste als JSON speichern, ohne Kennwörter</translation>
    </message>
    <message>
        <source>&amp;Disconnect Sessions…</source>
        <translation>Sitzungen &amp;trennen…</translation>
    </message>
    <message>
        <source>Disconnect by &amp;List…</source>
        <translation>Nach &amp;Liste trennen…</translation>
    </message>
    <message>
        <source>&amp;Refresh</source>
        <translation>&amp;Aktualisieren</translation>
    </message>
    <message>
        <source>Select &amp;All</source>
        <translation>&amp;Alle auswählen</translation>
    </message>
    <message>
        <source>&amp;Copy</source>
        <translation>&amp;Kopieren</translation>
    </message>
    <message>
        <source>Copy &amp;Host IPs</source>
        <translation>&amp;Host-IPs kopieren</translation>
    </message>
    <message>
        <source>Show &amp;Details</source>
        <translation>&amp;Details anzeigen</translation>
    </message>
    <message>
        <source>Filter to This &amp;User</source>
        <translation>Nur diesen &amp;Benutzer anzeigen</translation>
    </message>
    <message>
        <source>Filter to This &amp;Server</source>
        <translation>Nur diesen &amp;Server anzeigen</translation>
    </message>
    <message>
        <source>&amp;Find…</source>
        <translation>&amp;Suchen…</translation>
    </message>
    <message>
        <source>C&amp;lear Filters</source>
        <translation>Filter &amp;zurücksetzen</translation>
    </message>
    <message>
        <source>&amp;Add Server…</source>
        <translation>Server &amp;hinzufügen…</translation>
    </message>
    <message>
        <source>&amp;Edit Server…</source>
        <translation>Server bea&amp;rbeiten…</translation>
    </message>
    <message>
        <source>&amp;Remove Server</source>
        <translation>Server &amp;entfernen</translation>
    </message>
    <message>
        <source>&amp;Quit</source>
        <translation>&amp;Beenden</translation>
    </message>
    <message>
        <source>&amp;About RRAS Console</source>
        <translation>&amp;Info über RRAS Console</translation>
    </message>
    <message>
        <source>About RRAS Console</source>
        <translation>Info über RRAS Console</translation>
    </message>
    <message>
        <source>&lt;p&gt;&lt;b&gt;RRAS Console&lt;/b&gt; %1&lt;/p&gt;&lt;p&gt;Live VPN sessions of Windows RRAS servers, disconnected safely by tunnel address.&lt;/p&gt;</source>
        <translation>&lt;p&gt;&lt;b&gt;RRAS Console&lt;/b&gt; %1&lt;/p&gt;&lt;p&gt;Live-Ansicht der VPN-Sitzungen von Windows-RRAS-Servern; Sitzungen werden sicher über ihre Tunneladresse getrennt.&lt;/p&gt;</translation>
    </message>
    <message>
        <source>Go to &amp;Servers</source>
        <translation>Zur &amp;Serverliste</translation>
    </message>
    <message>
        <source>Go to &amp;Filter</source>
        <translation>Zur &amp;Filterleiste</translation>
    </message>
    <message>
        <source>Go to Sessio&amp;ns</source>
        <translation>Zur Sitzungs&amp;tabelle</translation>
    </message>
    <message>
        <source>Ne&amp;xt Area</source>
        <translation>&amp;Nächster Bereich</translation>
    </message>
    <message>
        <source>Pre&amp;vious Area</source>
        <translation>&amp;Vorheriger Bereich</translation>
    </message>
    <message>
        <source>Session &amp;Menu</source>
        <translation>Sitzungs&amp;menü</translation>
    </message>
    <message>
        <source>Disconnect the selected sessions by their tunnel address</source>
        <translation>Die ausgewählten Sitzungen über ihre Tunneladresse trennen</translation>
    </message>
    <message>
        <source>Paste tunnel addresses and ranges, preview the matching sessions, then disconnect them</source>
        <translation>Tunneladressen und -bereiche einfügen, die passenden Sitzungen prüfen und dann trennen</translation>
    </message>
    <message>
        <source>Ask every server for its sessions now</source>
        <translation>Jeden Server jetzt nach seinen Sitzungen fragen</translation>
    </message>
    <message>
        <source>Select every session the filters show</source>
        <translation>Alle Sitzungen auswählen, die die Filter anzeigen</translation>
    </message>
    <message>
        <source>Copy the selected rows as tab-separated text</source>
        <translation>Die ausgewählten Zeilen als tabulatorgetrennten Text kopieren</translation>
    </message>
    <message>
        <source>Copy the tunnel addresses of the selected sessions, one per line</source>
        <translation>Die Tunneladressen der ausgewählten Sitzungen kopieren, eine pro Zeile</translation>
    </message>
    <message>
        <source>Show every field of the current session</source>
        <translation>Alle Felder der aktuellen Sitzung anzeigen</translation>
    </message>
    <message>
        <source>Show only the sessions of the selected session&apos;s user</source>
        <translation>Nur die Sitzungen des Benutzers der ausgewählten Sitzung anzeigen</translation>
    </message>
    <message>
        <source>Show only the sessions of the selected session&apos;s server</source>
        <translation>Nur die Sitzungen des Servers der ausgewählten Sitzung anzeigen</translation>
    </message>
    <message>
        <source>Filter by user, tunnel address, host name or external address</source>
        <translation>Nach Benutzer, Tunneladresse, Hostname oder externer Adresse filtern</translation>
    </message>
    <message>
        <source>Show every session again</source>
        <translation>Wieder alle Sitzungen anzeigen</translation>
    </message>
    <message>
        <source>Watch another RRAS server</source>
        <translation>Einen weiteren RRAS-Server überwachen</translation>
    </message>
    <message>
        <source>Change how the selected server is reached</source>
        <translation>Ändern, wie der ausgewählte Server erreicht wird</translation>
    </message>
    <message>
        <source>Stop watching the selected server</source>
        <translation>Den ausgewählten Server nicht mehr überwachen</translation>
    </message>
    <message>
        <source>Close the console</source>
        <translation>Die Konsole schließen</translation>
    </message>
    <message>
        <source>Version and purpose of RRAS Console</source>
        <translation>Version und Zweck von RRAS Console</translation>
    </message>
    <message>
        <source>Move the keyboard focus to the server list</source>
        <translation>Den Tastaturfokus in die Serverliste setzen</translation>
    </message>
    <message>
        <source>Move the keyboard focus to the filter bar</source>
        <translation>Den Tastaturfokus in die Filterleiste setzen</translation>
    </message>
    <message>
        <source>Move the keyboard focus to the session table</source>
        <translation>Den Tastaturfokus in die Sitzungstabelle setzen</translation>
    </message>
    <message>
        <source>Move the keyboard focus to the next area of the window</source>
        <translation>Den Tastaturfokus in den nächsten Bereich des Fensters setzen</translation>
    </message>
    <message>
        <source>Move the keyboard focus to the previous area of the window</source>
        <translation>Den Tastaturfokus in den vorherigen Bereich des Fensters setzen</translation>
    </message>
    <message>
        <source>Open the menu of the selected sessions</source>
        <translation>Das Menü der ausgewählten Sitzungen öffnen</translation>
    </message>
    <message>
        <source>Every disconnect, with its sessions and outcomes</source>
        <translation>Jedes Trennen mit seinen Sitzungen und Ergebnissen</translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <comment>tooltip: what the action does (its shortcut)</comment>
        <translation>%1 (%2)</translation>
    </message>
    <message>
        <source>Sessions</source>
        <translation>Sitzungen</translation>
    </message>
    <message numerus="yes">
        <source>Disconnecting: %1 of %n session(s) settled</source>
        <translation>
            <numerusform>Trennen: %1 von %n Sitzung abgeschlossen</numerusform>
            <numerusform>Trennen: %1 von %n Sitzungen abgeschlossen</numerusform>
        </translation>
    </message>
    <message>
        <source>&amp;File</source>
        <translation>&amp;Datei</translation>
    </message>
    <message>
        <source>&amp;Edit</source>
        <translation>&amp;Bearbeiten</translation>
    </message>
    <message>
        <source>&amp;Sessions</source>
        <translation>&amp;Sitzungen</translation>
    </message>
    <message>
        <source>&amp;View</source>
        <translation>&amp;Ansicht</translation>
    </message>
    <message>
        <source>&amp;Go To</source>
        <translation>&amp;Wechseln zu</translation>
    </message>
    <message>
        <source>&amp;Columns</source>
        <translation>S&amp;palten</translation>
    </message>
    <message>
        <source>&amp;Help</source>
        <translation>&amp;Hilfe</translation>
    </message>
    <message>
        <source>Main toolbar</source>
        <translation>Hauptsymbolleiste</translation>
    </message>
    <message>
        <source>Disconnect progress</source>
        <translation>Fortschritt des Trennens</translation>
    </message>
    <message>
        <source>Sessions shown</source>
        <translation>Angezeigte Sitzungen</translation>
    </message>
    <message>
        <source>Sessions selected</source>
        <translation>Ausgewählte Sitzungen</translation>
    </message>
    <message>
        <source>Servers live</source>
        <translation>Aktuelle Server</translation>
    </message>
    <message>
        <source>Last refresh</source>
        <translation>Letzte Aktualisierung</translation>
    </message>
    <message numerus="yes">
        <source>&amp;Disconnect %n Session(s)…</source>
        <translation>
            <numerusform>%n Sitzung &amp;trennen…</numerusform>
            <numerusform>%n Sitzungen &amp;trennen…</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%1 of %n tunnel(s) shown</source>
        <translation>
            <numerusform>%1 von %n Tunnel angezeigt</numerusform>
            <numerusform>%1 von %n Tunneln angezeigt</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n selected</source>
        <translation>
            <numerusform>%n ausgewählt</numerusform>
            <numerusform>%n ausgewählt</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%1 of %n server(s) live</source>
        <translation>
            <numerusform>%1 von %n Server aktuell</numerusform>
            <numerusform>%1 von %n Servern aktuell</numerusform>
        </translation>
    </message>
    <message>
        <source>Last refresh %1</source>
        <translation>Zuletzt aktualisiert %1</translation>
    </message>
    <message>
        <source>Not refreshed yet</source>
        <translation>Noch nicht aktualisiert</translation>
    </message>
    <message numerus="yes">
        <source>%n session(s) selected</source>
        <comment>table description for screen readers</comment>
        <translation>
            <numerusform>%n Sitzung ausgewählt</numerusform>
            <numerusform>%n Sitzungen ausgewählt</numerusform>
        </translation>
    </message>
    <message>
        <source>Remove server</source>
        <translation>Server entfernen</translation>
    </message>
    <message>
        <source>Stop watching %1 and remove it from the list?</source>
        <translation>%1 nicht mehr überwachen und aus der Liste entfernen?</translation>
    </message>
    <message>
        <source>&amp;Remove</source>
        <translation>&amp;Entfernen</translation>
    </message>
</context>
<context>
    <name>OutcomeModel</name>
    <message>
        <source>Disconnecting…</source>
        <extracomment>A session whose disconnect request has not been answered yet.</extracomment>
        <translation>Wird getrennt…</translation>
    </message>
    <message>
        <source>Disconnected</source>
        <extracomment>Outcome: the server confirmed it disconnected the session.</extracomment>
        <translation>Getrennt</translation>
    </message>
    <message>
        <source>Already gone</source>
        <extracomment>Outcome: the session was no longer in the server&apos;s list.</extracomment>
        <translation>Bereits beendet</translation>
    </message>
    <message>
        <source>Failed</source>
        <extracomment>Outcome: the server refused to disconnect the session.</extracomment>
        <translation>Fehlgeschlagen</translation>
    </message>
    <message>
        <source>Unknown</source>
        <extracomment>Outcome: the call timed out or the link broke; nobody knows whether it happened.</extracomment>
        <translation>Unbekannt</translation>
    </message>
    <message>
        <source>Invalid address</source>
        <extracomment>Outcome: the address was not a valid IP address and was never sent.</extracomment>
        <translation>Ungültige Adresse</translation>
    </message>
    <message>
        <source>%1 (code %2)</source>
        <translation>%1 (Code %2)</translation>
    </message>
    <message>
        <source>Outcome</source>
        <translation>Ergebnis</translation>
    </message>
    <message>
        <source>Server</source>
        <translation>Server</translation>
    </message>
    <message>
        <source>Tunnel address</source>
        <extracomment>The tunnel (host) IP address of a VPN session.</extracomment>
        <translation>Tunneladresse</translation>
    </message>
    <message>
        <source>User</source>
        <translation>Benutzer</translation>
    </message>
    <message>
        <source>Host name</source>
        <translation>Hostname</translation>
    </message>
    <message>
        <source>Server message</source>
        <extracomment>What the server said about the disconnect.</extracomment>
        <translation>Servermeldung</translation>
    </message>
</context>
<context>
    <name>PdfExporter</name>
    <message>
        <source>Writing a PDF needs the graphical part of Qt (a QGuiApplication).</source>
        <translation>Zum Schreiben einer PDF-Datei wird der grafische Teil von Qt benötigt (eine QGuiApplication).</translation>
    </message>
    <message>
        <source>Disconnect report</source>
        <translation>Trennbericht</translation>
    </message>
    <message>
        <source>The PDF could not be started.</source>
        <translation>Die PDF-Datei konnte nicht angelegt werden.</translation>
    </message>
    <message>
        <source>RRAS Console: disconnect report</source>
        <translation>RRAS Console: Trennbericht</translation>
    </message>
    <message>
        <source>A new page could not be added to the PDF.</source>
        <translation>Der PDF-Datei konnte keine neue Seite hinzugefügt werden.</translation>
    </message>
    <message>
        <source>Page %1 of %2</source>
        <extracomment>PDF page footer.</extracomment>
        <translation>Seite %1 von %2</translation>
    </message>
    <message>
        <source>The PDF could not be finished.</source>
        <translation>Die PDF-Datei konnte nicht abgeschlossen werden.</translation>
    </message>
</context>
<context>
    <name>ProfileStore</name>
    <message>
        <source>The file is not valid JSON (%1 at offset %2).</source>
        <translation>Die Datei ist kein gültiges JSON (%1 bei Position %2).</translation>
    </message>
    <message>
        <source>The file is not a server list exported by RRAS Console.</source>
        <translation>Die Datei ist keine von RRAS Console exportierte Serverliste.</translation>
    </message>
    <message>
        <source>The server list was written by a newer version of RRAS Console (format version %1).</source>
        <translation>Die Serverliste wurde von einer neueren Version von RRAS Console geschrieben (Formatversion %1).</translation>
    </message>
    <message>
        <source>Server %1 in the file carries a password. Passwords are never imported from files: remove it and enter it in the console.</source>
        <extracomment>%1 is the position of the server in the file, from 1.</extracomment>
        <translation>Server %1 in der Datei enthält ein Kennwort. Kennwörter werden nie aus Dateien importiert: Entfernen Sie es, und geben Sie es in der Konsole ein.</translation>
    </message>
    <message>
        <source>Server %1 in the file has no usable http or https address (&quot;%2&quot;).</source>
        <translation>Server %1 in der Datei hat keine verwendbare http- oder https-Adresse („%2“).</translation>
    </message>
</context>
<context>
    <name>ReportExport</name>
    <message>
        <source>CSV for spreadsheets (*.csv)</source>
        <translation>CSV für Tabellenkalkulationen (*.csv)</translation>
    </message>
    <message>
        <source>JSON (*.json)</source>
        <translation>JSON (*.json)</translation>
    </message>
    <message>
        <source>HTML page, printable (*.html *.htm)</source>
        <translation>HTML-Seite, druckbar (*.html *.htm)</translation>
    </message>
    <message>
        <source>PDF document (*.pdf)</source>
        <translation>PDF-Dokument (*.pdf)</translation>
    </message>
    <message>
        <source>disconnect-job-%1.csv</source>
        <extracomment>File name suggested for the report of one job; %1 is its number.</extracomment>
        <translation>trennauftrag-%1.csv</translation>
    </message>
    <message>
        <source>disconnect-report.csv</source>
        <translation>trennbericht.csv</translation>
    </message>
    <message>
        <source>Export Report</source>
        <translation>Bericht exportieren</translation>
    </message>
</context>
<context>
    <name>ReportWriter</name>
    <message>
        <source>The write fell short.</source>
        <translation>Die Datei wurde nicht vollständig geschrieben.</translation>
    </message>
    <message>
        <source>Cannot write %1: %2</source>
        <extracomment>%1 is a file, %2 the system&apos;s reason.</extracomment>
        <translation>%1 kann nicht geschrieben werden: %2</translation>
    </message>
    <message>
        <source>The report could not be written to %1: %2. Any earlier file of that name is unchanged.</source>
        <translation>Der Bericht konnte nicht in %1 geschrieben werden: %2. Eine ältere Datei dieses Namens bleibt unverändert.</translation>
    </message>
</context>
<context>
    <name>ServerConnection</name>
    <message>
        <source>NTLM needs the gss-ntlmssp package, which is not installed.</source>
        <translation>NTLM benötigt das Paket gss-ntlmssp, das nicht installiert ist.</translation>
    </message>
    <message>
        <source>Negotiate (Kerberos or NTLM)</source>
        <extracomment>Windows&apos; default WinRM authentication; it picks Kerberos or NTLM by itself.</extracomment>
        <translation>Negotiate (Kerberos oder NTLM)</translation>
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
        <translation>Für %1 ist kein Kennwort gespeichert: Bearbeiten Sie den Server, um es einzugeben (es gilt bis zum Beenden der Konsole).</translation>
    </message>
    <message>
        <source>No password for %1 in the keychain: edit the server to enter it.</source>
        <extracomment>%1 is a server name</extracomment>
        <translation>Kein Kennwort für %1 im Schlüsselbund: Bearbeiten Sie den Server, um es einzugeben.</translation>
    </message>
    <message>
        <source>Nothing is saved in demo mode: the password is kept for this session only.</source>
        <translation>Im Demomodus wird nichts gespeichert: Das Kennwort wird nur bis zum Beenden der Konsole behalten.</translation>
    </message>
    <message>
        <source>No keychain is available: the password is kept for this session only.</source>
        <translation>Kein Schlüsselbund verfügbar: Das Kennwort wird nur bis zum Beenden der Konsole behalten.</translation>
    </message>
    <message>
        <source>Cannot read %1: %2</source>
        <translation>%1 kann nicht gelesen werden: %2</translation>
    </message>
    <message>
        <source>%1 is too large to be a server list.</source>
        <translation>%1 ist zu groß für eine Serverliste.</translation>
    </message>
    <message>
        <source>%1 lists no servers.</source>
        <translation>%1 enthält keine Server.</translation>
    </message>
    <message numerus="yes">
        <source>Imported %n server(s).</source>
        <extracomment>%n servers were imported</extracomment>
        <translation>
            <numerusform>%n Server importiert.</numerusform>
            <numerusform>%n Server importiert.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n server(s) without a password: edit to enter it.</source>
        <translation>
            <numerusform>%n Server ohne Kennwort: Bearbeiten Sie ihn, um es einzugeben.</numerusform>
            <numerusform>%n Server ohne Kennwort: Bearbeiten Sie sie, um die Kennwörter einzugeben.</numerusform>
        </translation>
    </message>
    <message>
        <source>Cannot write %1: %2</source>
        <translation>%1 kann nicht geschrieben werden: %2</translation>
    </message>
    <message>
        <source>Import Servers</source>
        <translation>Server importieren</translation>
    </message>
    <message>
        <source>Server lists (*.json);;All files (*)</source>
        <translation>Serverlisten (*.json);;Alle Dateien (*)</translation>
    </message>
    <message>
        <source>Export Servers</source>
        <translation>Server exportieren</translation>
    </message>
    <message>
        <source>Server lists (*.json)</source>
        <translation>Serverlisten (*.json)</translation>
    </message>
    <message>
        <source>Servers exported to %1 (without passwords).</source>
        <extracomment>%1 is a file path</extracomment>
        <translation>Server nach %1 exportiert (ohne Kennwörter).</translation>
    </message>
    <message>
        <source>%1: certificate not trusted; the server stays refused. Edit the server to review it again.</source>
        <extracomment>%1 is a server name</extracomment>
        <translation>%1: Zertifikat nicht vertrauenswürdig; der Server bleibt abgelehnt. Bearbeiten Sie den Server, um es erneut zu prüfen.</translation>
    </message>
</context>
<context>
    <name>ServerDialog</name>
    <message>
        <source>Write the user as DOMAIN\user, user@realm or, for a local account, just the name.</source>
        <translation>Geben Sie den Benutzer als DOMÄNE\Benutzer, Benutzer@Bereich oder bei einem lokalen Konto nur den Namen ein.</translation>
    </message>
    <message>
        <source>A Windows user name cannot contain &quot;%1&quot;.</source>
        <extracomment>%1 is a character such as &quot;:&quot; or &quot;*&quot;</extracomment>
        <translation>Ein Windows-Benutzername darf „%1“ nicht enthalten.</translation>
    </message>
    <message>
        <source>Remove the spaces around the user name.</source>
        <translation>Entfernen Sie die Leerzeichen vor und nach dem Benutzernamen.</translation>
    </message>
    <message>
        <source>Add Server</source>
        <translation>Server hinzufügen</translation>
    </message>
    <message>
        <source>Edit Server</source>
        <translation>Server bearbeiten</translation>
    </message>
    <message>
        <source>Server</source>
        <translation>Server</translation>
    </message>
    <message>
        <source>rras1.corp.example or an address</source>
        <translation>rras1.corp.example oder eine Adresse</translation>
    </message>
    <message>
        <source>The WinRM host. A pasted address such as https://rras1:5986/wsman also sets the protocol and port.</source>
        <translation>Der WinRM-Host. Eine eingefügte Adresse wie https://rras1:5986/wsman setzt auch Protokoll und Port.</translation>
    </message>
    <message>
        <source>&amp;Host:</source>
        <translation>&amp;Host:</translation>
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
        <translation>Protokoll</translation>
    </message>
    <message>
        <source>P&amp;ort:</source>
        <translation>P&amp;ort:</translation>
    </message>
    <message>
        <source>&amp;Protocol:</source>
        <translation>&amp;Protokoll:</translation>
    </message>
    <message>
        <source>as shown in the console; the host when empty</source>
        <translation>wie in der Konsole angezeigt; leer: der Host</translation>
    </message>
    <message>
        <source>&amp;Display name:</source>
        <translation>&amp;Anzeigename:</translation>
    </message>
    <message>
        <source>Sign-in</source>
        <translation>Anmeldung</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <extracomment>%1 lists authentication methods, %2 says why they cannot be chosen</extracomment>
        <translation>%1: %2</translation>
    </message>
    <message>
        <source>&amp;Authentication:</source>
        <translation>A&amp;uthentifizierung:</translation>
    </message>
    <message>
        <source>&amp;User:</source>
        <translation>&amp;Benutzer:</translation>
    </message>
    <message>
        <source>Pass&amp;word:</source>
        <translation>&amp;Kennwort:</translation>
    </message>
    <message>
        <source>&amp;Remember the password in the system keychain</source>
        <translation>Kennwort im &amp;Schlüsselbund des Systems speichern</translation>
    </message>
    <message>
        <source>Allow unencr&amp;ypted traffic (Basic over plain HTTP) for this server</source>
        <translation>Unverschlüsselten &amp;Datenverkehr (Basic über reines HTTP) für diesen Server zulassen</translation>
    </message>
    <message>
        <source>Warning: the password and every session&apos;s data cross the network readable by anyone on the path. The server must allow it too (AllowUnencrypted=true). Use HTTPS where you can.</source>
        <translation>Warnung: Das Kennwort und die Daten jeder Sitzung gehen für jeden auf dem Weg lesbar über das Netzwerk. Auch der Server muss dies zulassen (AllowUnencrypted=true). Verwenden Sie nach Möglichkeit HTTPS.</translation>
    </message>
    <message>
        <source>&amp;Forget</source>
        <translation>&amp;Vergessen</translation>
    </message>
    <message>
        <source>Stop trusting the pinned certificate for this server</source>
        <translation>Dem hinterlegten Zertifikat für diesen Server nicht mehr vertrauen</translation>
    </message>
    <message>
        <source>Certificate:</source>
        <translation>Zertifikat:</translation>
    </message>
    <message>
        <source>Polling</source>
        <translation>Abfrage</translation>
    </message>
    <message>
        <source>only when the WinRM host manages another RRAS server</source>
        <translation>nur wenn der WinRM-Host einen anderen RRAS-Server verwaltet</translation>
    </message>
    <message>
        <source>RRAS &amp;computer:</source>
        <extracomment>ComputerName: the RRAS server a management server should act on.</extracomment>
        <translation>RRAS-&amp;Computer:</translation>
    </message>
    <message>
        <source> s</source>
        <extracomment>seconds</extracomment>
        <translation> s</translation>
    </message>
    <message>
        <source>Refresh &amp;every:</source>
        <translation>Aktualisieren a&amp;lle:</translation>
    </message>
    <message>
        <source> KB</source>
        <extracomment>kilobytes</extracomment>
        <translation> KB</translation>
    </message>
    <message>
        <source>The largest reply the console asks for (w:MaxEnvelopeSize). The server&apos;s own MaxEnvelopeSizekb (500 by default) must allow it.</source>
        <translation>Die größte Antwort, die die Konsole anfordert (w:MaxEnvelopeSize). MaxEnvelopeSizekb des Servers (Standard: 500) muss sie zulassen.</translation>
    </message>
    <message>
        <source>Max en&amp;velope size:</source>
        <translation>Max. U&amp;mschlaggröße:</translation>
    </message>
    <message>
        <source>Operation t&amp;imeout:</source>
        <translation>&amp;Zeitlimit für Vorgänge:</translation>
    </message>
    <message>
        <source>&amp;Test Connection</source>
        <translation>Verbindung &amp;testen</translation>
    </message>
    <message>
        <source>&amp;Show Certificate…</source>
        <translation>Zertifikat a&amp;nzeigen…</translation>
    </message>
    <message>
        <source>Test result</source>
        <translation>Testergebnis</translation>
    </message>
    <message>
        <source>Enter the server&apos;s host name or address.</source>
        <translation>Geben Sie den Hostnamen oder die Adresse des Servers ein.</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a host name or an IP address.</source>
        <translation>„%1“ ist weder ein Hostname noch eine IP-Adresse.</translation>
    </message>
    <message>
        <source>Another server is already called &quot;%1&quot;.</source>
        <translation>Es gibt bereits einen Server namens „%1“.</translation>
    </message>
    <message>
        <source>%1 cannot be used yet: %2</source>
        <translation>%1 kann noch nicht verwendet werden: %2</translation>
    </message>
    <message>
        <source>DOMAIN\user or user@realm; empty: your Kerberos ticket</source>
        <translation>DOMÄNE\Benutzer oder Benutzer@Bereich; leer: Ihr Kerberos-Ticket</translation>
    </message>
    <message>
        <source>DOMAIN\user or user@realm; empty: no credentials</source>
        <translation>DOMÄNE\Benutzer oder Benutzer@Bereich; leer: keine Anmeldeinformationen</translation>
    </message>
    <message>
        <source>Enter the password for %1.</source>
        <translation>Geben Sie das Kennwort für %1 ein.</translation>
    </message>
    <message>
        <source>unchanged (kept for this session)</source>
        <translation>unverändert (bis zum Beenden der Konsole behalten)</translation>
    </message>
    <message>
        <source>unchanged (in the keychain)</source>
        <translation>unverändert (im Schlüsselbund)</translation>
    </message>
    <message>
        <source>The password is kept for this session only and asked for again after a restart.</source>
        <translation>Das Kennwort wird nur bis zum Beenden der Konsole behalten und nach einem Neustart erneut abgefragt.</translation>
    </message>
    <message>
        <source>Basic over HTTP sends the password readable by anyone on the network: use HTTPS, or allow unencrypted traffic for this server.</source>
        <translation>Basic über HTTP sendet das Kennwort für jeden im Netzwerk lesbar: Verwenden Sie HTTPS, oder lassen Sie unverschlüsselten Datenverkehr für diesen Server zu.</translation>
    </message>
    <message>
        <source>verified against the system&apos;s certificate authorities</source>
        <translation>gegen die Zertifizierungsstellen des Systems geprüft</translation>
    </message>
    <message>
        <source>none (plain HTTP)</source>
        <translation>keines (reines HTTP)</translation>
    </message>
    <message>
        <source>pinned, SHA-256 %1</source>
        <extracomment>%1 is a SHA-256 fingerprint</extracomment>
        <translation>hinterlegt, SHA-256 %1</translation>
    </message>
</context>
<context>
    <name>ServerListModel</name>
    <message>
        <source>Last refreshed %1</source>
        <extracomment>%1 is a date and time.</extracomment>
        <translation>Zuletzt aktualisiert %1</translation>
    </message>
</context>
<context>
    <name>ServerPanel</name>
    <message>
        <source>Servers</source>
        <translation>Server</translation>
    </message>
    <message>
        <source>Each server with its state, tunnel count and last refresh. Enter filters the table to the server.</source>
        <translation>Jeder Server mit Status, Tunnelanzahl und letzter Aktualisierung. Mit der Eingabetaste wird die Tabelle auf den Server gefiltert.</translation>
    </message>
    <message numerus="yes">
        <source>%n tunnel(s)</source>
        <translation>
            <numerusform>%n Tunnel</numerusform>
            <numerusform>%n Tunnel</numerusform>
        </translation>
    </message>
    <message>
        <source>UNENCRYPTED</source>
        <extracomment>Marker on a server whose traffic is not encrypted (Basic over plain HTTP).</extracomment>
        <translation>UNVERSCHLÜSSELT</translation>
    </message>
</context>
<context>
    <name>ServerPoller</name>
    <message>
        <source>Connecting…</source>
        <extracomment>A server whose first listing is on its way.</extracomment>
        <translation>Verbindung wird hergestellt…</translation>
    </message>
    <message>
        <source>Live</source>
        <extracomment>A server whose tunnel list is current.</extracomment>
        <translation>Aktuell</translation>
    </message>
    <message>
        <source>Refreshing…</source>
        <translation>Wird aktualisiert…</translation>
    </message>
    <message>
        <source>Stale</source>
        <extracomment>The last refresh failed; the tunnels shown are from an earlier one.</extracomment>
        <translation>Veraltet</translation>
    </message>
    <message>
        <source>Authentication failed</source>
        <translation>Authentifizierung fehlgeschlagen</translation>
    </message>
    <message>
        <source>Unreachable</source>
        <translation>Nicht erreichbar</translation>
    </message>
</context>
<context>
    <name>TunnelDetailsDialog</name>
    <message>
        <source>%1 (%2 bytes)</source>
        <translation>%1 (%2 Bytes)</translation>
    </message>
    <message>
        <source>Server</source>
        <translation>Server</translation>
    </message>
    <message>
        <source>User names</source>
        <translation>Benutzernamen</translation>
    </message>
    <message>
        <source>Tunnel IPv4 address</source>
        <translation>Tunnel-IPv4-Adresse</translation>
    </message>
    <message>
        <source>Tunnel IPv6 address</source>
        <translation>Tunnel-IPv6-Adresse</translation>
    </message>
    <message>
        <source>Host name</source>
        <translation>Hostname</translation>
    </message>
    <message>
        <source>External address</source>
        <translation>Externe Adresse</translation>
    </message>
    <message>
        <source>Tunnel type</source>
        <translation>Tunneltyp</translation>
    </message>
    <message>
        <source>Authentication method</source>
        <translation>Authentifizierungsmethode</translation>
    </message>
    <message>
        <source>Connection type</source>
        <translation>Verbindungstyp</translation>
    </message>
    <message>
        <source>Transition technology</source>
        <extracomment>DirectAccess IPv6 transition technology (Teredo, 6to4, IP-HTTPS, …).</extracomment>
        <translation>Übergangstechnologie</translation>
    </message>
    <message>
        <source>Connected since</source>
        <translation>Verbunden seit</translation>
    </message>
    <message>
        <source>Duration</source>
        <extracomment>%1 the duration as the table shows it (&quot;2 h 31 min&quot;), then the exact seconds.</extracomment>
        <translation>Dauer</translation>
    </message>
    <message>
        <source>Bytes in</source>
        <translation>Bytes empfangen</translation>
    </message>
    <message>
        <source>Bytes out</source>
        <translation>Bytes gesendet</translation>
    </message>
    <message>
        <source>Bandwidth</source>
        <translation>Bandbreite</translation>
    </message>
    <message>
        <source>Activity</source>
        <translation>Aktivität</translation>
    </message>
    <message>
        <source>Health status</source>
        <extracomment>Network Access Protection health state, reported by older servers only.</extracomment>
        <translation>Integritätsstatus</translation>
    </message>
    <message>
        <source>Routing domain</source>
        <translation>Routingdomäne</translation>
    </message>
    <message>
        <source>Session %1</source>
        <translation>Sitzung %1</translation>
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
        <translation>%1:</translation>
    </message>
    <message numerus="yes">
        <source>%1 (%n second(s))</source>
        <translation>
            <numerusform>%1 (%n Sekunde)</numerusform>
            <numerusform>%1 (%n Sekunden)</numerusform>
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
        <translation>Wird getrennt…</translation>
    </message>
    <message>
        <source>Disconnected</source>
        <translation>Getrennt</translation>
    </message>
    <message>
        <source>Already gone</source>
        <extracomment>The session had ended before the disconnect request reached it.</extracomment>
        <translation>Bereits beendet</translation>
    </message>
    <message>
        <source>Disconnect failed</source>
        <translation>Trennen fehlgeschlagen</translation>
    </message>
    <message>
        <source>Outcome unknown</source>
        <extracomment>Whether the session was disconnected could not be confirmed.</extracomment>
        <translation>Ergebnis unbekannt</translation>
    </message>
    <message>
        <source>Invalid address</source>
        <translation>Ungültige Adresse</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <extracomment>%1 is an outcome such as &quot;Disconnect failed&quot;, %2 the server&apos;s message.</extracomment>
        <translation>%1: %2</translation>
    </message>
    <message>
        <source>Unknown</source>
        <translation>Unbekannt</translation>
    </message>
    <message>
        <source>Idle</source>
        <extracomment>A session that has not moved traffic lately.</extracomment>
        <translation>Inaktiv</translation>
    </message>
    <message>
        <source>Active</source>
        <translation>Aktiv</translation>
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
        <translation>Server</translation>
    </message>
    <message>
        <source>User</source>
        <translation>Benutzer</translation>
    </message>
    <message>
        <source>Tunnel IPv4</source>
        <extracomment>The address the VPN server gave the client inside the tunnel.</extracomment>
        <translation>Tunnel-IPv4</translation>
    </message>
    <message>
        <source>Tunnel IPv6</source>
        <translation>Tunnel-IPv6</translation>
    </message>
    <message>
        <source>Host name</source>
        <translation>Hostname</translation>
    </message>
    <message>
        <source>External address</source>
        <extracomment>The client&apos;s address on the internet, outside the tunnel.</extracomment>
        <translation>Externe Adresse</translation>
    </message>
    <message>
        <source>Tunnel type</source>
        <translation>Tunneltyp</translation>
    </message>
    <message>
        <source>Auth method</source>
        <translation>Auth.-Methode</translation>
    </message>
    <message>
        <source>Connected since</source>
        <translation>Verbunden seit</translation>
    </message>
    <message>
        <source>Duration</source>
        <translation>Dauer</translation>
    </message>
    <message>
        <source>Bytes in</source>
        <translation>Bytes empfangen</translation>
    </message>
    <message>
        <source>Bytes out</source>
        <translation>Bytes gesendet</translation>
    </message>
    <message>
        <source>Activity</source>
        <translation>Aktivität</translation>
    </message>
    <message>
        <source>Connection type</source>
        <extracomment>VPN or DirectAccess.</extracomment>
        <translation>Verbindungstyp</translation>
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
        <translation>%L1 d %L2 h</translation>
    </message>
</context>
<context>
    <name>WsmanCall</name>
    <message>
        <source>cancelled</source>
        <translation>abgebrochen</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not an http or https address</source>
        <translation>„%1“ ist keine http- oder https-Adresse</translation>
    </message>
    <message>
        <source>%1 authentication over unencrypted HTTP would expose the password</source>
        <extracomment>%1 is an authentication scheme such as Basic</extracomment>
        <translation>%1-Authentifizierung über unverschlüsseltes HTTP würde das Kennwort preisgeben</translation>
    </message>
    <message>
        <source>the reply is too large (%1 bytes, the limit is %2 bytes)</source>
        <translation>die Antwort ist zu groß (%1 Bytes, die Grenze liegt bei %2 Bytes)</translation>
    </message>
    <message>
        <source>no complete reply within %1 ms</source>
        <translation>keine vollständige Antwort innerhalb von %1 ms</translation>
    </message>
    <message>
        <source>the certificate (SHA-256 %1) is not the pinned one (SHA-256 %2)</source>
        <translation>das Zertifikat (SHA-256 %1) ist nicht das hinterlegte (SHA-256 %2)</translation>
    </message>
    <message>
        <source>%1; certificate SHA-256 %2</source>
        <translation>%1; Zertifikat SHA-256 %2</translation>
    </message>
    <message>
        <source>the connection closed without a reply</source>
        <translation>die Verbindung wurde ohne Antwort geschlossen</translation>
    </message>
    <message>
        <source>HTTP 401 %1: the server refused the credentials</source>
        <translation>HTTP 401 %1: Der Server hat die Anmeldeinformationen abgelehnt</translation>
    </message>
    <message>
        <source>HTTP 413: the request is larger than the server&apos;s MaxEnvelopeSizekb</source>
        <translation>HTTP 413: Die Anfrage ist größer als MaxEnvelopeSizekb des Servers</translation>
    </message>
    <message>
        <source>HTTP 200 with an empty body</source>
        <translation>HTTP 200 mit leerem Inhalt</translation>
    </message>
    <message>
        <source>HTTP %1 %2 with an empty body</source>
        <translation>HTTP %1 %2 mit leerem Inhalt</translation>
    </message>
    <message>
        <source>HTTP %1 %2 with a method output instead of a fault</source>
        <translation>HTTP %1 %2 mit einer Methodenausgabe statt eines Faults</translation>
    </message>
    <message>
        <source>HTTP %1 %2 without a SOAP fault (%3)</source>
        <translation>HTTP %1 %2 ohne SOAP-Fault (%3)</translation>
    </message>
    <message>
        <source>the connection closed in the middle of the reply (%1)</source>
        <translation>die Verbindung wurde mitten in der Antwort geschlossen (%1)</translation>
    </message>
</context>
<context>
    <name>WsmanError</name>
    <message>
        <source>No error.</source>
        <translation>Kein Fehler.</translation>
    </message>
    <message>
        <source>The server could not be reached or the connection broke (%1). Check the host name and port, and that the WinRM service is listening on the server (winrm quickconfig).</source>
        <translation>Der Server war nicht erreichbar, oder die Verbindung ist abgebrochen (%1). Prüfen Sie Hostname und Port und ob der WinRM-Dienst auf dem Server lauscht (winrm quickconfig).</translation>
    </message>
    <message>
        <source>The server did not answer in time. The operation may still have completed: refresh before retrying. If this keeps happening, raise the timeout here or MaxTimeoutms on the server.</source>
        <translation>Der Server hat nicht rechtzeitig geantwortet. Der Vorgang wurde möglicherweise trotzdem ausgeführt: Aktualisieren Sie, bevor Sie es erneut versuchen. Wenn das öfter passiert, erhöhen Sie hier das Zeitlimit oder MaxTimeoutms auf dem Server.</translation>
    </message>
    <message>
        <source>Warning: the server presented a different certificate from the one pinned for it (%1). Someone may be intercepting the connection, or the server&apos;s certificate was replaced. Nothing was sent. Confirm the new SHA-256 fingerprint with the server&apos;s administrator before pinning it again.</source>
        <translation>Warnung: Der Server hat ein anderes Zertifikat vorgelegt als das für ihn hinterlegte (%1). Möglicherweise wird die Verbindung abgefangen, oder das Zertifikat des Servers wurde ersetzt. Es wurde nichts gesendet. Gleichen Sie den neuen SHA-256-Fingerabdruck mit dem Administrator des Servers ab, bevor Sie ihn erneut hinterlegen.</translation>
    </message>
    <message>
        <source>The secure connection could not be set up (%1). Check that the port has an HTTPS listener (usually 5986) and that the server accepts TLS 1.2 or later.</source>
        <translation>Die sichere Verbindung konnte nicht aufgebaut werden (%1). Prüfen Sie, ob der Port einen HTTPS-Listener hat (meist 5986) und ob der Server TLS 1.2 oder neuer akzeptiert.</translation>
    </message>
    <message>
        <source>The server&apos;s certificate is not trusted (%1). Install the issuing certificate authority on this computer, or compare the certificate&apos;s SHA-256 fingerprint with the server&apos;s and pin it for this server.</source>
        <translation>Das Zertifikat des Servers ist nicht vertrauenswürdig (%1). Installieren Sie die ausstellende Zertifizierungsstelle auf diesem Computer, oder vergleichen Sie den SHA-256-Fingerabdruck des Zertifikats mit dem auf dem Server und hinterlegen Sie es für diesen Server.</translation>
    </message>
    <message>
        <source>The Kerberos ticket or the password has expired (%1). Sign in again (kinit on Linux) or renew the password, then retry.</source>
        <translation>Das Kerberos-Ticket oder das Kennwort ist abgelaufen (%1). Melden Sie sich erneut an (unter Linux mit kinit) oder erneuern Sie das Kennwort, und versuchen Sie es dann erneut.</translation>
    </message>
    <message>
        <source>No usable credentials for %1 authentication (%2). For Kerberos, get a ticket (kinit) or give user@REALM and the password, and check the realm and the clock; for NTLM, give DOMAIN\user and the password.</source>
        <extracomment>%1 is the authentication method (Negotiate), %2 what GSSAPI said.</extracomment>
        <translation>Keine verwendbaren Anmeldeinformationen für die %1-Authentifizierung (%2). Für Kerberos: Besorgen Sie ein Ticket (kinit) oder geben Sie Benutzer@BEREICH und das Kennwort an, und prüfen Sie Bereich und Uhrzeit. Für NTLM: Geben Sie DOMÄNE\Benutzer und das Kennwort an.</translation>
    </message>
    <message>
        <source>The credentials were not sent: %1. Use HTTPS, or explicitly allow unencrypted traffic for this server.</source>
        <translation>Die Anmeldeinformationen wurden nicht gesendet: %1. Verwenden Sie HTTPS, oder lassen Sie unverschlüsselten Datenverkehr für diesen Server ausdrücklich zu.</translation>
    </message>
    <message>
        <source>The server refused the credentials and offered no authentication method. Check the user name and password, and that the account may use WinRM.</source>
        <translation>Der Server hat die Anmeldeinformationen abgelehnt und keine Authentifizierungsmethode angeboten. Prüfen Sie Benutzername und Kennwort und ob das Konto WinRM verwenden darf.</translation>
    </message>
    <message>
        <source>The server refused the user name or password (it offers: %1). Check the credentials; local accounts must be members of Administrators.</source>
        <translation>Der Server hat Benutzername oder Kennwort abgelehnt (er bietet an: %1). Prüfen Sie die Anmeldeinformationen; lokale Konten müssen Mitglied der Gruppe „Administratoren“ sein.</translation>
    </message>
    <message>
        <source>The server does not accept this authentication method; it offers: %1. Choose one of these, or enable Basic on the server (winrm set winrm/config/service/auth @{Basic=&quot;true&quot;}).</source>
        <translation>Der Server akzeptiert diese Authentifizierungsmethode nicht; er bietet an: %1. Wählen Sie eine davon, oder aktivieren Sie Basic auf dem Server (winrm set winrm/config/service/auth @{Basic=&quot;true&quot;}).</translation>
    </message>
    <message>
        <source>The server answered HTTP 500 without a SOAP fault. WinRM does this when it cannot read the request; check that the address points to a WinRM listener.</source>
        <translation>Der Server hat mit HTTP 500 ohne SOAP-Fault geantwortet. WinRM tut das, wenn es die Anfrage nicht lesen kann; prüfen Sie, ob die Adresse auf einen WinRM-Listener zeigt.</translation>
    </message>
    <message>
        <source>The server answered HTTP %1 instead of a WS-Management reply. Check that the address points to the WinRM listener (…/wsman).</source>
        <translation>Der Server hat mit HTTP %1 statt mit einer WS-Management-Antwort geantwortet. Prüfen Sie, ob die Adresse auf den WinRM-Listener zeigt (…/wsman).</translation>
    </message>
    <message>
        <source>Access denied: the account needs administrator rights on the server (member of the local Administrators group). The server said: %1</source>
        <translation>Zugriff verweigert: Das Konto benötigt Administratorrechte auf dem Server (Mitglied der lokalen Gruppe „Administratoren“). Meldung des Servers: %1</translation>
    </message>
    <message>
        <source>The server does not know the RemoteAccess management classes: install the Remote Access role with its management tools on the server. The server said: %1</source>
        <translation>Der Server kennt die Verwaltungsklassen von RemoteAccess nicht: Installieren Sie auf dem Server die Rolle „Remotezugriff“ mit ihren Verwaltungstools. Meldung des Servers: %1</translation>
    </message>
    <message>
        <source>The server reported an error: %1 (code %2).</source>
        <extracomment>%1 is the server&apos;s message, %2 its numeric error code</extracomment>
        <translation>Der Server hat einen Fehler gemeldet: %1 (Code %2).</translation>
    </message>
    <message>
        <source>The server reported an error: %1</source>
        <translation>Der Server hat einen Fehler gemeldet: %1</translation>
    </message>
    <message>
        <source>The server&apos;s reply exceeds the envelope size this console asks for: raise &quot;Max envelope size&quot; in this server&apos;s settings (the server&apos;s own limit, MaxEnvelopeSizekb, must be at least as large).</source>
        <extracomment>Keep MaxEnvelopeSizekb untranslated; &quot;Max envelope size&quot; is the server dialog&apos;s field.</extracomment>
        <translation>Die Antwort des Servers überschreitet die Umschlaggröße, die diese Konsole anfordert: Erhöhen Sie „Max. Umschlaggröße“ in den Einstellungen dieses Servers (die Grenze des Servers selbst, MaxEnvelopeSizekb, muss mindestens ebenso groß sein).</translation>
    </message>
    <message>
        <source>The server&apos;s reply exceeds its envelope limit: raise MaxEnvelopeSizekb on the server (winrm set winrm/config @{MaxEnvelopeSizekb=&quot;%1&quot;}).</source>
        <extracomment>Keep MaxEnvelopeSizekb and the winrm command untranslated.</extracomment>
        <translation>Die Antwort des Servers überschreitet seine Umschlaggrenze: Erhöhen Sie MaxEnvelopeSizekb auf dem Server (winrm set winrm/config @{MaxEnvelopeSizekb=&quot;%1&quot;}).</translation>
    </message>
    <message>
        <source>The server&apos;s reply could not be understood (%1). The address may not point to a WinRM server, or something on the way changed the reply.</source>
        <translation>Die Antwort des Servers war unverständlich (%1). Die Adresse zeigt möglicherweise nicht auf einen WinRM-Server, oder etwas auf dem Weg hat die Antwort verändert.</translation>
    </message>
    <message>
        <source>The request was cancelled.</source>
        <translation>Die Anfrage wurde abgebrochen.</translation>
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
        <translation>abgebrochen</translation>
    </message>
    <message>
        <source>Not connected: the server does not list this address.</source>
        <translation>Nicht verbunden: Der Server führt diese Adresse nicht auf.</translation>
    </message>
    <message>
        <source>The server reported success but the session is still connected.</source>
        <translation>Der Server hat Erfolg gemeldet, aber die Sitzung ist noch verbunden.</translation>
    </message>
    <message>
        <source>The request did not complete (%1); the session is still listed and may yet be disconnected.</source>
        <translation>Die Anfrage wurde nicht abgeschlossen (%1); die Sitzung ist noch aufgeführt und wird möglicherweise doch noch getrennt.</translation>
    </message>
    <message>
        <source>The server reported success but did not list this address as disconnected</source>
        <translation>Der Server hat Erfolg gemeldet, diese Adresse aber nicht als getrennt aufgeführt</translation>
    </message>
    <message>
        <source>%1; the server&apos;s list could not be read to settle it: %2</source>
        <extracomment>%1: what the disconnect request returned; %2: why the list could not be read.</extracomment>
        <translation>%1; die Liste des Servers konnte zur Klärung nicht gelesen werden: %2</translation>
    </message>
</context>
<context>
    <name>WsmanSession</name>
    <message>
        <source>%1 cannot make a security context</source>
        <translation>%1 kann keinen Sicherheitskontext herstellen</translation>
    </message>
    <message>
        <source>the security context cannot encrypt, and this server is reached over plain http</source>
        <translation>der Sicherheitskontext kann nicht verschlüsseln, und dieser Server wird über reines HTTP erreicht</translation>
    </message>
    <message>
        <source>the envelope could not be sealed: %1</source>
        <translation>der Umschlag konnte nicht versiegelt werden: %1</translation>
    </message>
    <message>
        <source>the server refused the credentials</source>
        <translation>der Server hat die Anmeldeinformationen abgelehnt</translation>
    </message>
    <message>
        <source>the server closed the connection in the middle of the authentication</source>
        <translation>der Server hat die Verbindung mitten in der Authentifizierung geschlossen</translation>
    </message>
    <message>
        <source>the server accepted the connection without completing the authentication (no mutual authentication token), so it did not prove its identity</source>
        <translation>der Server hat die Verbindung angenommen, ohne die Authentifizierung abzuschließen (kein Token für die gegenseitige Authentifizierung), und damit seine Identität nicht nachgewiesen</translation>
    </message>
    <message>
        <source>the server closed the connection right after the authentication</source>
        <translation>der Server hat die Verbindung direkt nach der Authentifizierung geschlossen</translation>
    </message>
    <message>
        <source>the sealed reply was rejected: %1</source>
        <translation>die versiegelte Antwort wurde abgelehnt: %1</translation>
    </message>
    <message>
        <source>the sealed reply was rejected: it declares %1 bytes but %2 were sealed (tampered with)</source>
        <translation>die versiegelte Antwort wurde abgelehnt: Sie gibt %1 Bytes an, versiegelt waren aber %2 (manipuliert)</translation>
    </message>
    <message>
        <source>the server answered HTTP %1 in plain text on an encrypted session (Content-Type %2); the reply was refused</source>
        <translation>der Server hat auf einer verschlüsselten Verbindung mit HTTP %1 im Klartext geantwortet (Content-Type %2); die Antwort wurde abgelehnt</translation>
    </message>
</context>
<context>
    <name>main</name>
    <message>
        <source>Unknown language &quot;%1&quot;; using the system&apos;s.</source>
        <translation>Unbekannte Sprache „%1“; die Sprache des Systems wird verwendet.</translation>
    </message>
    <message>
        <source>Live VPN sessions of Windows RRAS servers, disconnected by tunnel address.</source>
        <translation>Live-Ansicht der VPN-Sitzungen von Windows-RRAS-Servern; Trennen über die Tunneladresse.</translation>
    </message>
    <message>
        <source>Start built-in simulated servers with changing tunnels.</source>
        <translation>Integrierte simulierte Server mit wechselnden Tunneln starten.</translation>
    </message>
    <message>
        <source>Number of simulated servers (default 3).</source>
        <translation>Anzahl der simulierten Server (Standard: 3).</translation>
    </message>
    <message>
        <source>Tunnels per simulated server (default 250).</source>
        <translation>Tunnel pro simuliertem Server (Standard: 250).</translation>
    </message>
    <message>
        <source>Read and write settings in FILE (INI) instead of the user&apos;s configuration.</source>
        <translation>Einstellungen aus FILE (INI) lesen und dorthin schreiben statt in die Konfiguration des Benutzers.</translation>
    </message>
    <message>
        <source>Show the console in LANGUAGE (e.g. de, fr, es, en) instead of the system&apos;s language or the ui/language setting.</source>
        <translation>Die Konsole in LANGUAGE anzeigen (z. B. de, fr, es, en) statt in der Sprache des Systems oder der Einstellung ui/language.</translation>
    </message>
    <message>
        <source>Inject a fault into the last simulated server, as rras-sim --fault takes it (e.g. http500/DisconnectByHostIP); repeatable.</source>
        <translation>Einen Fehler in den letzten simulierten Server einschleusen, im Format von rras-sim --fault (z. B. http500/DisconnectByHostIP); mehrfach angebbar.</translation>
    </message>
    <message>
        <source>Keep the disconnect history in DIR instead of the user&apos;s data folder (also with --demo).</source>
        <translation>Den Trennverlauf in DIR statt im Datenordner des Benutzers speichern (auch mit --demo).</translation>
    </message>
    <message>
        <source>RRAS Console</source>
        <translation>RRAS Console</translation>
    </message>
    <message>
        <source>The demo servers could not start: %1</source>
        <translation>Die Demoserver konnten nicht gestartet werden: %1</translation>
    </message>
    <message>
        <source>Demo %1</source>
        <translation>Demo %1</translation>
    </message>
    <message>
        <source>History</source>
        <translation>Verlauf</translation>
    </message>
    <message>
        <source>The disconnect history cannot be used, so disconnecting is not possible until this is fixed:

%1</source>
        <translation>Der Trennverlauf kann nicht verwendet werden; Trennen ist erst wieder möglich, wenn dies behoben ist:

%1</translation>
    </message>
</context>
</TS>
