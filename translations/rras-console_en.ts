<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="en_US">
<context>
    <name>ConfirmDisconnectDialog</name>
    <message numerus="yes">
        <source>%1 and %n more</source>
        <comment>list of names, then a count</comment>
        <translation>
            <numerusform>%1 and %n more</numerusform>
            <numerusform>%1 and %n more</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Disconnect %n session(s)</source>
        <translation>
            <numerusform>Disconnect %n session</numerusform>
            <numerusform>Disconnect %n sessions</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Disconnect %n VPN session(s)?</source>
        <translation>
            <numerusform>Disconnect %n VPN session?</numerusform>
            <numerusform>Disconnect %n VPN sessions?</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n user(s):</source>
        <translation>
            <numerusform>%n user:</numerusform>
            <numerusform>%n users:</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n server(s):</source>
        <translation>
            <numerusform>%n server:</numerusform>
            <numerusform>%n servers:</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>&amp;Disconnect %n</source>
        <translation>
            <numerusform>&amp;Disconnect %n</numerusform>
            <numerusform>&amp;Disconnect %n</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>ConnectionTest</name>
    <message numerus="yes">
        <source>Connected in %1 ms: %n tunnel(s) listed.</source>
        <extracomment>%1 is the round trip in milliseconds; then the number of tunnels listed.</extracomment>
        <translation>
            <numerusform>Connected in %1 ms: %n tunnel listed.</numerusform>
            <numerusform>Connected in %1 ms: %n tunnels listed.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>DisconnectByListDialog</name>
    <message numerus="yes">
        <source>%n matching session(s)</source>
        <translation>
            <numerusform>%n matching session</numerusform>
            <numerusform>%n matching sessions</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>&amp;Disconnect %n…</source>
        <translation>
            <numerusform>&amp;Disconnect %n…</numerusform>
            <numerusform>&amp;Disconnect %n…</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>DisconnectController</name>
    <message numerus="yes">
        <source>%1 has %n session(s); only %2 selected.</source>
        <extracomment>%1 is a user name; %2 is the number of that user&apos;s sessions selected.</extracomment>
        <translation>
            <numerusform>%1 has %n session; only %2 selected.</numerusform>
            <numerusform>%1 has %n sessions; only %2 selected.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>DisconnectResultsDialog</name>
    <message numerus="yes">
        <source>%n disconnected</source>
        <translation>
            <numerusform>%n disconnected</numerusform>
            <numerusform>%n disconnected</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n already gone</source>
        <translation>
            <numerusform>%n already gone</numerusform>
            <numerusform>%n already gone</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n failed</source>
        <translation>
            <numerusform>%n failed</numerusform>
            <numerusform>%n failed</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n unknown</source>
        <translation>
            <numerusform>%n unknown</numerusform>
            <numerusform>%n unknown</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n invalid</source>
        <translation>
            <numerusform>%n invalid</numerusform>
            <numerusform>%n invalid</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n still running</source>
        <translation>
            <numerusform>%n still running</numerusform>
            <numerusform>%n still running</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n session(s): %1</source>
        <extracomment>Summary line of the results dialog, e.g. &quot;12 sessions: 10 disconnected, 2 failed&quot;.</extracomment>
        <translation>
            <numerusform>%n session: %1</numerusform>
            <numerusform>%n sessions: %1</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>&amp;Retry %n failed</source>
        <translation>
            <numerusform>&amp;Retry %n failed</numerusform>
            <numerusform>&amp;Retry %n failed</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>HistoryView</name>
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
            <numerusform>%1 of %n job shown</numerusform>
            <numerusform>%1 of %n jobs shown</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n selected</source>
        <translation>
            <numerusform>%n selected</numerusform>
            <numerusform>%n selected</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n session(s), %1 shown</source>
        <extracomment>%n sessions in the job, %1 of them left by the item filters.</extracomment>
        <translation>
            <numerusform>%n session, %1 shown</numerusform>
            <numerusform>%n sessions, %1 shown</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>MainWindow</name>
    <message numerus="yes">
        <source>Disconnecting: %1 of %n session(s) settled</source>
        <translation>
            <numerusform>Disconnecting: %1 of %n session settled</numerusform>
            <numerusform>Disconnecting: %1 of %n sessions settled</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>&amp;Disconnect %n Session(s)…</source>
        <translation>
            <numerusform>&amp;Disconnect %n Session…</numerusform>
            <numerusform>&amp;Disconnect %n Sessions…</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%1 of %n tunnel(s) shown</source>
        <translation>
            <numerusform>%1 of %n tunnel shown</numerusform>
            <numerusform>%1 of %n tunnels shown</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n selected</source>
        <translation>
            <numerusform>%n selected</numerusform>
            <numerusform>%n selected</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%1 of %n server(s) live</source>
        <translation>
            <numerusform>%1 of %n server live</numerusform>
            <numerusform>%1 of %n servers live</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n session(s) selected</source>
        <comment>table description for screen readers</comment>
        <translation>
            <numerusform>%n session selected</numerusform>
            <numerusform>%n sessions selected</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>ServerController</name>
    <message numerus="yes">
        <source>Imported %n server(s).</source>
        <extracomment>%n servers were imported</extracomment>
        <translation>
            <numerusform>Imported %n server.</numerusform>
            <numerusform>Imported %n servers.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n server(s) without a password: edit to enter it.</source>
        <translation>
            <numerusform>%n server without a password: edit to enter it.</numerusform>
            <numerusform>%n servers without a password: edit to enter it.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>ServerPanel</name>
    <message numerus="yes">
        <source>%n tunnel(s)</source>
        <translation>
            <numerusform>%n tunnel</numerusform>
            <numerusform>%n tunnels</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>TunnelDetailsDialog</name>
    <message numerus="yes">
        <source>%1 (%n second(s))</source>
        <translation>
            <numerusform>%1 (%n second)</numerusform>
            <numerusform>%1 (%n seconds)</numerusform>
        </translation>
    </message>
</context>
</TS>
