<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="fr">
<context>
    <name>BulkDisconnect</name>
    <message>
        <source>The server is no longer configured; nothing was sent.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The server gave no outcome.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>CertificateDialog</name>
    <message>
        <source>Certificate Changed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Untrusted Certificate</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Error</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Warning</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Warning: %1 (%2) presents a different certificate from the one pinned for it. Someone may be intercepting the connection, or the server&apos;s certificate was replaced. The console refuses this server until you pin the new certificate. Do so only after confirming its fingerprint with the server&apos;s administrator.</source>
        <extracomment>%1 server name, %2 host:port</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No certificate authority this computer trusts vouches for the certificate of %1 (%2). Compare its SHA-256 fingerprint with the server&apos;s own before you pin it; once pinned, the console accepts this certificate, and only this one, for this server.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Subject:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Issuer:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 (self-signed)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 to %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>(expired)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>(not valid yet)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Valid:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Names:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Refused because:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>SHA-256 fingerprint</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>SHA-256:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Thumbprint (SHA-1):</source>
        <extracomment>Windows lists certificates by their SHA-1 thumbprint (e.g. in winrm&apos;s listener).</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Pinned until now:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>I have confirmed the new fingerprint with the server&apos;s administrator</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Pin the New Certificate</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Pin This Certificate</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Keep &amp;Refusing</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Do &amp;Not Trust</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ConfirmDisconnectDialog</name>
    <message numerus="yes">
        <source>%1 and %n more</source>
        <comment>list of names, then a count</comment>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Disconnect %n session(s)</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Disconnect %n VPN session(s)?</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n user(s):</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n server(s):</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <source>Warning</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Optional, e.g. ticket number</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Reason or ticket:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Type %1 to confirm:</source>
        <extracomment>The user must type the number of sessions to confirm a large disconnect.</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>&amp;Disconnect %n</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
</context>
<context>
    <name>ConnectionTest</name>
    <message>
        <source>Testing…</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>Connected in %1 ms: %n tunnel(s) listed.</source>
        <extracomment>%1 is the round trip in milliseconds; then the number of tunnels listed.</extracomment>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
</context>
<context>
    <name>CredentialJob</name>
    <message>
        <source>No password is stored in the keychain for this server.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No keychain is available on this system (%1): the password is kept for this session only and must be entered again next time.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Access to the keychain was refused (%1): the password is kept for this session only.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The keychain reported an error (%1): the password is kept for this session only.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>DisconnectByListDialog</name>
    <message>
        <source>Disconnect by list</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Paste tunnel IP addresses or CIDR ranges (IPv4 or IPv6), one per line or separated by commas. Sessions on every server are matched.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Addresses and ranges</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Server</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>User</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Tunnel IPv4</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Tunnel IPv6</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Host name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Matching sessions</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Lines that matched nothing</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Continue…</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%n matching session(s)</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <source>Not an address or range: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Matched no session: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>&amp;Disconnect %n…</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
</context>
<context>
    <name>DisconnectController</name>
    <message>
        <source>%1 is an address of this computer: disconnecting it may cut off your own connection.</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%1 has %n session(s); only %2 selected.</source>
        <extracomment>%1 is a user name; %2 is the number of that user&apos;s sessions selected.</extracomment>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <source>The disconnect could not be recorded in the history, so nothing was sent.

%1</source>
        <extracomment>%1 says what is wrong with the history and how to fix it.</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>An outcome could not be recorded in the history; the job will show as Interrupted there.

%1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The end of the job could not be recorded in the history; it will show as Interrupted there.

%1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>History</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>DisconnectResultsDialog</name>
    <message>
        <source>Disconnect results</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Outcome of every session</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Retry failed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Copy</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Show in &amp;History</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Export Report…</source>
        <extracomment>Writes a report (CSV, JSON, HTML or PDF) of this disconnect job.</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%n disconnected</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n already gone</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n failed</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n unknown</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n invalid</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n still running</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n session(s): %1</source>
        <extracomment>Summary line of the results dialog, e.g. &quot;12 sessions: 10 disconnected, 2 failed&quot;.</extracomment>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>&amp;Retry %n failed</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
</context>
<context>
    <name>FilterBar</name>
    <message>
        <source>Filter: user, tunnel IP, host, external address (Ctrl+F)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Text filter</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Shows the sessions whose user, tunnel address, host name or external address contains the text</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Server filter</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Shows the sessions of one server</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Tunnel type filter</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Shows the sessions of one tunnel type</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>All tunnel types</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Activity filter</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Shows active or idle sessions</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Any activity</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Active</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Idle</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Connection type filter</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Shows VPN or DirectAccess sessions</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>VPN and DirectAccess</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>VPN</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>DirectAccess</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>IP or CIDR, e.g. 10.1.0.0/16</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Address filter</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Shows the sessions whose tunnel address is one of these addresses or in one of these ranges, separated by commas or spaces</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Clear</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Clear every filter</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Clear filters</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>All servers</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Not an address or range: %1</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>GssapiContext</name>
    <message>
        <source>the security context is already %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>complete</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>failed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the server sent a token before the client&apos;s first one</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the server answered without a Negotiate token</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the negotiated mechanism is neither Kerberos nor NTLM</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the server did not prove its identity (no Kerberos mutual authentication)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the server did not agree to message integrity</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the security context cannot encrypt messages</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>an empty message cannot be sealed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the message was not encrypted</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the security context is not established</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the sealed message does not verify: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the sealed message is out of sequence (replayed, reordered or one was lost)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the message was signed but not encrypted</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the service name %1 is not usable: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>NTLM needs a user name (DOMAIN\user) and a password</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the user name %1 is not usable: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>no credentials for %1: %2</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>HistoryController</name>
    <message>
        <source>&amp;History…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Every disconnect, with its sessions and outcomes (Ctrl+H)</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>HistoryItemModel</name>
    <message>
        <source>Pending</source>
        <extracomment>A session of a running job whose outcome has not arrived yet.</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 (code %2)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Outcome</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Server</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Tunnel address</source>
        <extracomment>The tunnel (host) IP address of a VPN session.</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>User</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Host name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>External address</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Tunnel type</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Connected since</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Bytes in</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Bytes out</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Server message</source>
        <extracomment>What the server said about the disconnect.</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Settled</source>
        <extracomment>When the outcome of a session was recorded.</extracomment>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>HistoryModel</name>
    <message>
        <source>The history is not open.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Running</source>
        <extracomment>A disconnect job whose outcomes are still arriving.</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Finished</source>
        <extracomment>A disconnect job where every session has its outcome.</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Interrupted</source>
        <extracomment>A disconnect job cut short (the program ended); its open sessions are Unknown.</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Started</source>
        <extracomment>When a disconnect job started.</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Operator</source>
        <extracomment>Who ran a disconnect job (OS user name).</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Workstation</source>
        <extracomment>The computer a disconnect job ran on.</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reason</source>
        <extracomment>The reason or ticket given for a disconnect job.</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>State</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sessions</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Disconnected</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Already gone</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Failed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Unknown</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Invalid</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Servers</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>HistoryReport</name>
    <message>
        <source>There is no job %1 in the history.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Pending</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Disconnected</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Already gone</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Failed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Unknown</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Invalid address</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>HistoryStore</name>
    <message>
        <source>unknown</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The SQLite driver of Qt (QSQLITE) is not installed; install it (Debian: libqt6sql6-sqlite).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The history folder %1 cannot be created: check its parent&apos;s permissions, or choose another folder with --data-dir.</source>
        <extracomment>%1 is a folder.</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>There is no history in %1 yet.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The history %1 was written by a newer version of RRAS Console (schema %2; this version knows %3). Update RRAS Console, or choose another folder with --data-dir.</source>
        <extracomment>%1 is the database file, %2 and %3 schema version numbers.</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The history %1 needs an update to schema %2, which a read-only file cannot take.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The program ended before the server&apos;s answer was recorded: the session may or may not have been disconnected.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The history is not open.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The history %1 is locked by another program. Let the other RRAS Console or rrasctl finish, then try again.</source>
        <extracomment>%1 is the database file.</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The history %1 is read-only. Make the file and its folder writable, or choose another folder with --data-dir.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The disk holding the history %1 is full. Free some space, then try again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The history %1 cannot be opened. Check that the file and its folder can be read and written, or choose another folder with --data-dir.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The history %1 is damaged or is not a history database. Move it aside: a new history starts in its place.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The history %1 could not be read or written: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The history %1 was opened read-only.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The lock file %1 cannot be created. Make the history folder writable, or choose another folder with --data-dir.</source>
        <extracomment>%1 is a file.</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No outcome was reported for this session.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>HistoryView</name>
    <message>
        <source>Disconnect History</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;From</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Jobs started on or after</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;To</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Jobs started on or before</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Operator</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Server</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>User</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Address</source>
        <extracomment>Placeholder of the filter on tunnel and external addresses.</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Outcome</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Any outcome</source>
        <extracomment>Outcome filter: no restriction.</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>C&amp;lear Filters</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Disconnect jobs</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sessions of the job</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Refresh</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Export Report…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Write the selected jobs (or every job shown) as CSV, JSON, HTML or PDF</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Select a job to see its sessions.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>, reason: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Job %1 by %2 on %3%4</source>
        <extracomment>%1 job number, %2 operator, %3 workstation, %4 &quot;, reason: ...&quot; or nothing.</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%n session(s)</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%1 of %n session(s) match the filters</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%1 of %n job(s) shown</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n selected</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
</context>
<context>
    <name>HostAddress</name>
    <message>
        <source>The address is empty.</source>
        <extracomment>A tunnel address the user typed was empty.</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The address &quot;%1&quot; contains a space.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not an IPv4 address: four numbers from 0 to 255 separated by dots, without leading zeros.</source>
        <extracomment>%1 is what the user typed; the rule follows.</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&quot;%1&quot;: IPv6 zone ids (%) are not tunnel addresses.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not an IPv6 address.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&quot;%1&quot; has an invalid prefix length: use 0 to %2.</source>
        <extracomment>%1 is the range as typed, %2 the largest prefix length (32 or 128).</extracomment>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>HtmlExporter</name>
    <message>
        <source>no jobs</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 to %2</source>
        <extracomment>A report&apos;s period: %1 and %2 are times.</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the beginning</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>now</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>none</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Period: %1 | Operator: %2 | %3 sessions: %4</source>
        <extracomment>Page header of a PDF report: %1 period, %2 operators, %3 session count, %4 counts.</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Disconnect report</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Period</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Operator</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Jobs</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sessions</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Generated</source>
        <extracomment>%1 is a time, %2 a user name.</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 by %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Outcome</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Server</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Address</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Users</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Host name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>External address</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Tunnel type</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Connected since</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Bytes in</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Bytes out</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Server message</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Settled</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Job %1, %2</source>
        <extracomment>%1 is a job number, %2 when it started.</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Operator: %1 on %2</source>
        <extracomment>%1 is a user name, %2 a computer name.</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reason: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>State: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Ended: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sessions: %1 (%2)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No disconnect jobs in this period.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>HttpConnection</name>
    <message>
        <source>the certificate (SHA-256 %1) is not the pinned one (SHA-256 %2)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1; certificate SHA-256 %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>another request is in progress</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the connection is not open</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the reply is too large (more than %1 bytes)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the reply&apos;s header block is larger than %1 bytes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the server&apos;s answer is not HTTP: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the reply has a malformed header line</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the reply uses an unsupported transfer encoding: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the reply&apos;s Content-Length is not a number</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the reply is too large (%1 bytes, the limit is %2 bytes)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the reply has a malformed chunk</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the connection closed in the middle of the reply</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the connection closed without a reply</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the connection closed while connecting</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>no connection within %1 ms</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>no complete reply within %1 ms</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>MainWindow</name>
    <message>
        <source>RRAS Console — Demo</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>RRAS Console</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Import Servers…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Add the servers of a JSON server list</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>E&amp;xport Servers…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Save the server list as JSON, without passwords</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Disconnect Sessions…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Disconnect by &amp;List…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Refresh</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Select &amp;All</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Copy</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Copy &amp;Host IPs</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Show &amp;Details</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Filter to This &amp;User</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Filter to This &amp;Server</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Find…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>C&amp;lear Filters</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Add Server…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Edit Server…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Remove Server</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Quit</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;About RRAS Console</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>About RRAS Console</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&lt;p&gt;&lt;b&gt;RRAS Console&lt;/b&gt; %1&lt;/p&gt;&lt;p&gt;Live VPN sessions of Windows RRAS servers, disconnected safely by tunnel address.&lt;/p&gt;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Go to &amp;Servers</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Go to &amp;Filter</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Go to Sessio&amp;ns</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Ne&amp;xt Area</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Pre&amp;vious Area</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Session &amp;Menu</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Disconnect the selected sessions by their tunnel address</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Paste tunnel addresses and ranges, preview the matching sessions, then disconnect them</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Ask every server for its sessions now</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Select every session the filters show</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Copy the selected rows as tab-separated text</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Copy the tunnel addresses of the selected sessions, one per line</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Show every field of the current session</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Show only the sessions of the selected session&apos;s user</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Show only the sessions of the selected session&apos;s server</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Filter by user, tunnel address, host name or external address</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Show every session again</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Watch another RRAS server</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Change how the selected server is reached</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Stop watching the selected server</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Close the console</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Version and purpose of RRAS Console</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Move the keyboard focus to the server list</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Move the keyboard focus to the filter bar</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Move the keyboard focus to the session table</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Move the keyboard focus to the next area of the window</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Move the keyboard focus to the previous area of the window</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Open the menu of the selected sessions</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Every disconnect, with its sessions and outcomes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <comment>tooltip: what the action does (its shortcut)</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sessions</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>Disconnecting: %1 of %n session(s) settled</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <source>&amp;File</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Edit</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Sessions</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;View</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Go To</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Columns</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Help</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Main toolbar</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Disconnect progress</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sessions shown</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sessions selected</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Servers live</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Last refresh</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>&amp;Disconnect %n Session(s)…</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%1 of %n tunnel(s) shown</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n selected</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%1 of %n server(s) live</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <source>Last refresh %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Not refreshed yet</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%n session(s) selected</source>
        <comment>table description for screen readers</comment>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <source>Remove server</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Stop watching %1 and remove it from the list?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Remove</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>OutcomeModel</name>
    <message>
        <source>Disconnecting…</source>
        <extracomment>A session whose disconnect request has not been answered yet.</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Disconnected</source>
        <extracomment>Outcome: the server confirmed it disconnected the session.</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Already gone</source>
        <extracomment>Outcome: the session was no longer in the server&apos;s list.</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Failed</source>
        <extracomment>Outcome: the server refused to disconnect the session.</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Unknown</source>
        <extracomment>Outcome: the call timed out or the link broke; nobody knows whether it happened.</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Invalid address</source>
        <extracomment>Outcome: the address was not a valid IP address and was never sent.</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 (code %2)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Outcome</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Server</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Tunnel address</source>
        <extracomment>The tunnel (host) IP address of a VPN session.</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>User</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Host name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Server message</source>
        <extracomment>What the server said about the disconnect.</extracomment>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>PdfExporter</name>
    <message>
        <source>Writing a PDF needs the graphical part of Qt (a QGuiApplication).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Disconnect report</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The PDF could not be started.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>RRAS Console: disconnect report</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A new page could not be added to the PDF.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Page %1 of %2</source>
        <extracomment>PDF page footer.</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The PDF could not be finished.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ProfileStore</name>
    <message>
        <source>The file is not valid JSON (%1 at offset %2).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The file is not a server list exported by RRAS Console.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The server list was written by a newer version of RRAS Console (format version %1).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Server %1 in the file carries a password. Passwords are never imported from files: remove it and enter it in the console.</source>
        <extracomment>%1 is the position of the server in the file, from 1.</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Server %1 in the file has no usable http or https address (&quot;%2&quot;).</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ReportExport</name>
    <message>
        <source>CSV for spreadsheets (*.csv)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>JSON (*.json)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>HTML page, printable (*.html *.htm)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>PDF document (*.pdf)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>disconnect-job-%1.csv</source>
        <extracomment>File name suggested for the report of one job; %1 is its number.</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>disconnect-report.csv</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Export Report</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ReportWriter</name>
    <message>
        <source>The write fell short.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cannot write %1: %2</source>
        <extracomment>%1 is a file, %2 the system&apos;s reason.</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The report could not be written to %1: %2. Any earlier file of that name is unchanged.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ServerConnection</name>
    <message>
        <source>NTLM needs the gss-ntlmssp package, which is not installed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Negotiate (Kerberos or NTLM)</source>
        <extracomment>Windows&apos; default WinRM authentication; it picks Kerberos or NTLM by itself.</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Kerberos</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>NTLM</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Basic</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ServerController</name>
    <message>
        <source>%1 has no saved password: edit the server to enter it for this session.</source>
        <extracomment>%1 is a server name</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No password for %1 in the keychain: edit the server to enter it.</source>
        <extracomment>%1 is a server name</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Nothing is saved in demo mode: the password is kept for this session only.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No keychain is available: the password is kept for this session only.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cannot read %1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 is too large to be a server list.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 lists no servers.</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>Imported %n server(s).</source>
        <extracomment>%n servers were imported</extracomment>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n server(s) without a password: edit to enter it.</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <source>Cannot write %1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Import Servers</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Server lists (*.json);;All files (*)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Export Servers</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Server lists (*.json)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Servers exported to %1 (without passwords).</source>
        <extracomment>%1 is a file path</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: certificate not trusted; the server stays refused. Edit the server to review it again.</source>
        <extracomment>%1 is a server name</extracomment>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ServerDialog</name>
    <message>
        <source>Write the user as DOMAIN\user, user@realm or, for a local account, just the name.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A Windows user name cannot contain &quot;%1&quot;.</source>
        <extracomment>%1 is a character such as &quot;:&quot; or &quot;*&quot;</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Remove the spaces around the user name.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Add Server</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Edit Server</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Server</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>rras1.corp.example or an address</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The WinRM host. A pasted address such as https://rras1:5986/wsman also sets the protocol and port.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Host:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>HTTPS</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>HTTP</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Protocol</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>P&amp;ort:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Protocol:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>as shown in the console; the host when empty</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Display name:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sign-in</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: %2</source>
        <extracomment>%1 lists authentication methods, %2 says why they cannot be chosen</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Authentication:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;User:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Pass&amp;word:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Remember the password in the system keychain</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Allow unencr&amp;ypted traffic (Basic over plain HTTP) for this server</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Warning: the password and every session&apos;s data cross the network readable by anyone on the path. The server must allow it too (AllowUnencrypted=true). Use HTTPS where you can.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Forget</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Stop trusting the pinned certificate for this server</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Certificate:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Polling</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>only when the WinRM host manages another RRAS server</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>RRAS &amp;computer:</source>
        <extracomment>ComputerName: the RRAS server a management server should act on.</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source> s</source>
        <extracomment>seconds</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Refresh &amp;every:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source> KB</source>
        <extracomment>kilobytes</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The largest reply the console asks for (w:MaxEnvelopeSize). The server&apos;s own MaxEnvelopeSizekb (500 by default) must allow it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Max en&amp;velope size:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Operation t&amp;imeout:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Test Connection</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Show Certificate…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Test result</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Enter the server&apos;s host name or address.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a host name or an IP address.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Another server is already called &quot;%1&quot;.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 cannot be used yet: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>DOMAIN\user or user@realm; empty: your Kerberos ticket</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>DOMAIN\user or user@realm; empty: no credentials</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Enter the password for %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>unchanged (kept for this session)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>unchanged (in the keychain)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The password is kept for this session only and asked for again after a restart.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Basic over HTTP sends the password readable by anyone on the network: use HTTPS, or allow unencrypted traffic for this server.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>verified against the system&apos;s certificate authorities</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>none (plain HTTP)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>pinned, SHA-256 %1</source>
        <extracomment>%1 is a SHA-256 fingerprint</extracomment>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ServerListModel</name>
    <message>
        <source>Last refreshed %1</source>
        <extracomment>%1 is a date and time.</extracomment>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ServerPanel</name>
    <message>
        <source>Servers</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Each server with its state, tunnel count and last refresh. Enter filters the table to the server.</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%n tunnel(s)</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <source>UNENCRYPTED</source>
        <extracomment>Marker on a server whose traffic is not encrypted (Basic over plain HTTP).</extracomment>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ServerPoller</name>
    <message>
        <source>Connecting…</source>
        <extracomment>A server whose first listing is on its way.</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Live</source>
        <extracomment>A server whose tunnel list is current.</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Refreshing…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Stale</source>
        <extracomment>The last refresh failed; the tunnels shown are from an earlier one.</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Authentication failed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Unreachable</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>TunnelDetailsDialog</name>
    <message>
        <source>%1 (%2 bytes)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Server</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>User names</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Tunnel IPv4 address</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Tunnel IPv6 address</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Host name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>External address</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Tunnel type</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Authentication method</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Connection type</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Transition technology</source>
        <extracomment>DirectAccess IPv6 transition technology (Teredo, 6to4, IP-HTTPS, …).</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Connected since</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Duration</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%n second(s)</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <source>Bytes in</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Bytes out</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Bandwidth</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Activity</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Health status</source>
        <extracomment>Network Access Protection health state, reported by older servers only.</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Routing domain</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Session %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>—</source>
        <comment>no value</comment>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>TunnelItemDelegate</name>
    <message>
        <source>%1 — %2</source>
        <comment>server name — operation</comment>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>TunnelTableModel</name>
    <message>
        <source>Disconnecting…</source>
        <extracomment>A row&apos;s state while its disconnect request is on its way.</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Disconnected</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Already gone</source>
        <extracomment>The session had ended before the disconnect request reached it.</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Disconnect failed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Outcome unknown</source>
        <extracomment>Whether the session was disconnected could not be confirmed.</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Invalid address</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: %2</source>
        <extracomment>%1 is an outcome such as &quot;Disconnect failed&quot;, %2 the server&apos;s message.</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Unknown</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Idle</source>
        <extracomment>A session that has not moved traffic lately.</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Active</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>VPN</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>DirectAccess</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Server</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>User</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Tunnel IPv4</source>
        <extracomment>The address the VPN server gave the client inside the tunnel.</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Tunnel IPv6</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Host name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>External address</source>
        <extracomment>The client&apos;s address on the internet, outside the tunnel.</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Tunnel type</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Auth method</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Connected since</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Duration</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Bytes in</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Bytes out</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Activity</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Connection type</source>
        <extracomment>VPN or DirectAccess.</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%L1 s</source>
        <extracomment>A duration in seconds, e.g. &quot;45 s&quot;.</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%L1 min</source>
        <extracomment>A duration in minutes, e.g. &quot;12 min&quot;.</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%L1 h %2 min</source>
        <extracomment>A duration in hours and minutes, e.g. &quot;2 h 05 min&quot;.</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%L1 d %L2 h</source>
        <extracomment>A duration in days and hours, e.g. &quot;3 d 4 h&quot;.</extracomment>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>WsmanCall</name>
    <message>
        <source>cancelled</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not an http or https address</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 authentication over unencrypted HTTP would expose the password</source>
        <extracomment>%1 is an authentication scheme such as Basic</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the reply is too large (%1 bytes, the limit is %2 bytes)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>no complete reply within %1 ms</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the certificate (SHA-256 %1) is not the pinned one (SHA-256 %2)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1; certificate SHA-256 %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the connection closed without a reply</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>HTTP 401 %1: the server refused the credentials</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>HTTP 413: the request is larger than the server&apos;s MaxEnvelopeSizekb</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>HTTP 200 with an empty body</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>HTTP %1 %2 with an empty body</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>HTTP %1 %2 with a method output instead of a fault</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>HTTP %1 %2 without a SOAP fault (%3)</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>WsmanError</name>
    <message>
        <source>No error.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The server could not be reached or the connection broke (%1). Check the host name and port, and that the WinRM service is listening on the server (winrm quickconfig).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The server did not answer in time. The operation may still have completed: refresh before retrying. If this keeps happening, raise the timeout here or MaxTimeoutms on the server.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Warning: the server presented a different certificate from the one pinned for it (%1). Someone may be intercepting the connection, or the server&apos;s certificate was replaced. Nothing was sent. Confirm the new SHA-256 fingerprint with the server&apos;s administrator before pinning it again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The secure connection could not be set up (%1). Check that the port has an HTTPS listener (usually 5986) and that the server accepts TLS 1.2 or later.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The server&apos;s certificate is not trusted (%1). Install the issuing certificate authority on this computer, or compare the certificate&apos;s SHA-256 fingerprint with the server&apos;s and pin it for this server.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The Kerberos ticket or the password has expired (%1). Sign in again (kinit on Linux) or renew the password, then retry.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No usable credentials for %1 authentication (%2). For Kerberos, get a ticket (kinit) or give user@REALM and the password, and check the realm and the clock; for NTLM, give DOMAIN\user and the password.</source>
        <extracomment>%1 is the authentication method (Negotiate), %2 what GSSAPI said.</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The credentials were not sent: %1. Use HTTPS, or explicitly allow unencrypted traffic for this server.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The server refused the credentials and offered no authentication method. Check the user name and password, and that the account may use WinRM.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The server refused the user name or password (it offers: %1). Check the credentials; local accounts must be members of Administrators.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The server does not accept this authentication method; it offers: %1. Choose one of these, or enable Basic on the server (winrm set winrm/config/service/auth @{Basic=&quot;true&quot;}).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The server answered HTTP 500 without a SOAP fault. WinRM does this when it cannot read the request; check that the address points to a WinRM listener.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The server answered HTTP %1 instead of a WS-Management reply. Check that the address points to the WinRM listener (…/wsman).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Access denied: the account needs administrator rights on the server (member of the local Administrators group). The server said: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The server does not know the RemoteAccess management classes: install the Remote Access role with its management tools on the server. The server said: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The server reported an error: %1 (code %2).</source>
        <extracomment>%1 is the server&apos;s message, %2 its numeric error code</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The server reported an error: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The server&apos;s reply exceeds the envelope size this console asks for: raise &quot;Max envelope size&quot; in this server&apos;s settings (the server&apos;s own limit, MaxEnvelopeSizekb, must be at least as large).</source>
        <extracomment>Keep MaxEnvelopeSizekb untranslated; &quot;Max envelope size&quot; is the server dialog&apos;s field.</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The server&apos;s reply exceeds its envelope limit: raise MaxEnvelopeSizekb on the server (winrm set winrm/config @{MaxEnvelopeSizekb=&quot;%1&quot;}).</source>
        <extracomment>Keep MaxEnvelopeSizekb and the winrm command untranslated.</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The server&apos;s reply could not be understood (%1). The address may not point to a WinRM server, or something on the way changed the reply.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The request was cancelled.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>WsmanRrasClient</name>
    <message>
        <source>ReturnValue %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>cancelled</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Not connected: the server does not list this address.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The server reported success but the session is still connected.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The request did not complete (%1); the session is still listed and may yet be disconnected.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The server reported success but did not list this address as disconnected</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1; the server&apos;s list could not be read to settle it: %2</source>
        <extracomment>%1: what the disconnect request returned; %2: why the list could not be read.</extracomment>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>WsmanSession</name>
    <message>
        <source>%1 cannot make a security context</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the security context cannot encrypt, and this server is reached over plain http</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the envelope could not be sealed: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the server refused the credentials</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the server closed the connection in the middle of the authentication</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the server accepted the connection without completing the authentication (no mutual authentication token), so it did not prove its identity</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the server closed the connection right after the authentication</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the sealed reply was rejected: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the sealed reply was rejected: it declares %1 bytes but %2 were sealed (tampered with)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the server answered HTTP %1 in plain text on an encrypted session (Content-Type %2); the reply was refused</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>main</name>
    <message>
        <source>Unknown language &quot;%1&quot;; using the system&apos;s.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Live VPN sessions of Windows RRAS servers, disconnected by tunnel address.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Start built-in simulated servers with changing tunnels.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Number of simulated servers (default 3).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Tunnels per simulated server (default 250).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Read and write settings in FILE (INI) instead of the user&apos;s configuration.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Show the console in LANGUAGE (e.g. de, fr, es, en) instead of the system&apos;s language or the ui/language setting.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Inject a fault into the last simulated server, as rras-sim --fault takes it (e.g. http500/DisconnectByHostIP); repeatable.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Keep the disconnect history in DIR instead of the user&apos;s data folder (also with --demo).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>RRAS Console</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The demo servers could not start: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Demo %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>History</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The disconnect history cannot be used, so disconnecting is not possible until this is fixed:

%1</source>
        <translation type="unfinished"></translation>
    </message>
</context>
</TS>
