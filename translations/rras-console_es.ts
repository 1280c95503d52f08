<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="es">
<context>
    <name>BulkDisconnect</name>
    <message>
        <source>The server is no longer configured; nothing was sent.</source>
        <translation>El servidor ya no está configurado; no se envió nada.</translation>
    </message>
    <message>
        <source>The server gave no outcome.</source>
        <translation>El servidor no devolvió ningún resultado.</translation>
    </message>
</context>
<context>
    <name>CertificateDialog</name>
    <message>
        <source>Certificate Changed</source>
        <translation>Certificado cambiado</translation>
    </message>
    <message>
        <source>Untrusted Certificate</source>
        <translation>Certificado que no es de confianza</translation>
    </message>
    <message>
        <source>Error</source>
        <translation>Error</translation>
    </message>
    <message>
        <source>Warning</source>
        <translation>Advertencia</translation>
    </message>
    <message>
        <source>Warning: %1 (%2) presents a different certificate from the one pinned for it. Someone may be intercepting the connection, or the server&apos;s certificate was replaced. The console refuses this server until you pin the new certificate. Do so only after confirming its fingerprint with the server&apos;s administrator.</source>
        <extracomment>%1 server name, %2 host:port</extracomment>
        <translation>Advertencia: %1 (%2) presenta un certificado distinto del que tiene anclado. Es posible que alguien esté interceptando la conexión o que se haya reemplazado el certificado del servidor. La consola rechaza este servidor hasta que ancle el certificado nuevo. Hágalo solo después de confirmar su huella digital con el administrador del servidor.</translation>
    </message>
    <message>
        <source>No certificate authority this computer trusts vouches for the certificate of %1 (%2). Compare its SHA-256 fingerprint with the server&apos;s own before you pin it; once pinned, the console accepts this certificate, and only this one, for this server.</source>
        <translation>Ninguna entidad de certificación de confianza para este equipo avala el certificado de %1 (%2). Compare su huella digital SHA-256 con la del propio servidor antes de anclarlo; una vez anclado, la consola acepta este certificado, y solo este, para este servidor.</translation>
    </message>
    <message>
        <source>Subject:</source>
        <translation>Asunto:</translation>
    </message>
    <message>
        <source>Issuer:</source>
        <translation>Emisor:</translation>
    </message>
    <message>
        <source>%1 (self-signed)</source>
        <translation>%1 (autofirmado)</translation>
    </message>
    <message>
        <source>%1 to %2</source>
        <translation>del %1 al %2</translation>
    </message>
    <message>
        <source>Valid:</source>
        <translation>Válido:</translation>
    </message>
    <message>
        <source>Names:</source>
        <translation>Nombres:</translation>
    </message>
    <message>
        <source>Refused because:</source>
        <translation>Rechazado porque:</translation>
    </message>
    <message>
        <source>SHA-256 fingerprint</source>
        <translation>Huella digital SHA-256</translation>
    </message>
    <message>
        <source>SHA-256:</source>
        <translation>SHA-256:</translation>
    </message>
    <message>
        <source>Thumbprint (SHA-1):</source>
        <extracomment>Windows lists certificates by their SHA-1 thumbprint (e.g. in winrm&apos;s listener).</extracomment>
        <translation>Huella digital (SHA-1):</translation>
    </message>
    <message>
        <source>Pinned until now:</source>
        <translation>Anclado hasta ahora:</translation>
    </message>
    <message>
        <source>I have confirmed the new fingerprint with the server&apos;s administrator</source>
        <translation>He confirmado la huella digital nueva con el administrador del servidor</translation>
    </message>
    <message>
        <source>&amp;Pin the New Certificate</source>
        <translation>&amp;Anclar el certificado nuevo</translation>
    </message>
    <message>
        <source>&amp;Pin This Certificate</source>
        <translation>&amp;Anclar este certificado</translation>
    </message>
    <message>
        <source>Keep &amp;Refusing</source>
        <translation>Seguir &amp;rechazando</translation>
    </message>
    <message>
        <source>Do &amp;Not Trust</source>
        <translation>&amp;No confiar</translation>
    </message>
    <message>
        <source>%1 (expired)</source>
        <extracomment>%1 is the validity period (&quot;... to ...&quot;).</extracomment>
        <translation>%1 (caducado)</translation>
    </message>
    <message>
        <source>%1 (not valid yet)</source>
        <extracomment>%1 is the validity period (&quot;... to ...&quot;).</extracomment>
        <translation>%1 (aún no es válido)</translation>
    </message>
</context>
<context>
    <name>ConfirmDisconnectDialog</name>
    <message numerus="yes">
        <source>%1 and %n more</source>
        <comment>list of names, then a count</comment>
        <translation>
            <numerusform>%1 y %n más</numerusform>
            <numerusform>%1 y %n más</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Disconnect %n session(s)</source>
        <translation>
            <numerusform>Desconectar %n sesión</numerusform>
            <numerusform>Desconectar %n sesiones</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Disconnect %n VPN session(s)?</source>
        <translation>
            <numerusform>¿Desconectar %n sesión VPN?</numerusform>
            <numerusform>¿Desconectar %n sesiones VPN?</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n user(s):</source>
        <translation>
            <numerusform>%n usuario:</numerusform>
            <numerusform>%n usuarios:</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n server(s):</source>
        <translation>
            <numerusform>%n servidor:</numerusform>
            <numerusform>%n servidores:</numerusform>
        </translation>
    </message>
    <message>
        <source>Warning</source>
        <translation>Advertencia</translation>
    </message>
    <message>
        <source>Optional, e.g. ticket number</source>
        <translation>Opcional, p. ej., número de incidencia</translation>
    </message>
    <message>
        <source>&amp;Reason or ticket:</source>
        <translation>&amp;Motivo o incidencia:</translation>
    </message>
    <message>
        <source>Type %1 to confirm:</source>
        <extracomment>The user must type the number of sessions to confirm a large disconnect.</extracomment>
        <translation>Escriba %1 para confirmar:</translation>
    </message>
    <message numerus="yes">
        <source>&amp;Disconnect %n</source>
        <translation>
            <numerusform>&amp;Desconectar %n</numerusform>
            <numerusform>&amp;Desconectar %n</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>ConnectionTest</name>
    <message>
        <source>Testing…</source>
        <translation>Probando…</translation>
    </message>
    <message numerus="yes">
        <source>Connected in %1 ms: %n tunnel(s) listed.</source>
        <extracomment>%1 is the round trip in milliseconds; then the number of tunnels listed.</extracomment>
        <translation>
            <numerusform>Conectado en %1 ms: %n túnel enumerado.</numerusform>
            <numerusform>Conectado en %1 ms: %n túneles enumerados.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>CredentialJob</name>
    <message>
        <source>No password is stored in the keychain for this server.</source>
        <translation>No hay ninguna contraseña almacenada en el llavero para este servidor.</translation>
    </message>
    <message>
        <source>No keychain is available on this system (%1): the password is kept for this session only and must be entered again next time.</source>
        <translation>No hay ningún llavero disponible en este sistema (%1): la contraseña se conserva solo hasta que se cierre la consola y habrá que escribirla de nuevo la próxima vez.</translation>
    </message>
    <message>
        <source>Access to the keychain was refused (%1): the password is kept for this session only.</source>
        <translation>Se denegó el acceso al llavero (%1): la contraseña se conserva solo hasta que se cierre la consola.</translation>
    </message>
    <message>
        <source>The keychain reported an error (%1): the password is kept for this session only.</source>
        <translation>El llavero notificó un error (%1): la contraseña se conserva solo hasta que se cierre la consola.</translation>
    </message>
</context>
<context>
    <name>DisconnectByListDialog</name>
    <message>
        <source>Disconnect by list</source>
        <translation>Desconectar por lista</translation>
    </message>
    <message>
        <source>Paste tunnel IP addresses or CIDR ranges (IPv4 or IPv6), one per line or separated by commas. Sessions on every server are matched.</source>
        <translation>Pegue direcciones IP de túnel o intervalos CIDR (IPv4 o IPv6), uno por línea o separados por comas. Se buscan coincidencias entre las sesiones de todos los servidores.</translation>
    </message>
    <message>
        <source>Addresses and ranges</source>
        <translation>Direcciones e intervalos</translation>
    </message>
    <message>
        <source>Server</source>
        <translation>Servidor</translation>
    </message>
    <message>
        <source>User</source>
        <translation>Usuario</translation>
    </message>
    <message>
        <source>Tunnel IPv4</source>
        <translation>IPv4 del túnel</translation>
    </message>
    <message>
        <source>Tunnel IPv6</source>
        <translation>IPv6 del túnel</translation>
    </message>
    <message>
        <source>Host name</source>
        <translation>Nombre de host</translation>
    </message>
    <message>
        <source>Matching sessions</source>
        <translation>Sesiones coincidentes</translation>
    </message>
    <message>
        <source>Lines that matched nothing</source>
        <translation>Líneas sin coincidencias</translation>
    </message>
    <message>
        <source>&amp;Continue…</source>
        <translation>&amp;Continuar…</translation>
    </message>
    <message numerus="yes">
        <source>%n matching session(s)</source>
        <translation>
            <numerusform>%n sesión coincidente</numerusform>
            <numerusform>%n sesiones coincidentes</numerusform>
        </translation>
    </message>
    <message>
        <source>Not an address or range: %1</source>
        <translation>No es una dirección ni un intervalo: %1</translation>
    </message>
    <message>
        <source>Matched no session: %1</source>
        <translation>No coincide con ninguna sesión: %1</translation>
    </message>
    <message numerus="yes">
        <source>&amp;Disconnect %n…</source>
        <translation>
            <numerusform>&amp;Desconectar %n…</numerusform>
            <numerusform>&amp;Desconectar %n…</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>DisconnectController</name>
    <message>
        <source>%1 is an address of this computer: disconnecting it may cut off your own connection.</source>
        <translation>%1 es una dirección de este equipo: al desconectarla puede cortar su propia conexión.</translation>
    </message>
    <message numerus="yes">
        <source>%1 has %n session(s); only %2 selected.</source>
        <extracomment>%1 is a user name; %2 is the number of that user&apos;s sessions selected.</extracomment>
        <translation>
            <numerusform>%1 tiene %n sesión; seleccionadas: solo %2.</numerusform>
            <numerusform>%1 tiene %n sesiones; seleccionadas: solo %2.</numerusform>
        </translation>
    </message>
    <message>
        <source>The disconnect could not be recorded in the history, so nothing was sent.

%1</source>
        <extracomment>%1 says what is wrong with the history and how to fix it.</extracomment>
        <translation>No se pudo registrar la desconexión en el historial, así que no se envió nada.

%1</translation>
    </message>
    <message>
        <source>An outcome could not be recorded in the history; the job will show as Interrupted there.

%1</source>
        <translation>No se pudo registrar un resultado en el historial; el trabajo aparecerá allí como Interrumpido.

%1</translation>
    </message>
    <message>
        <source>The end of the job could not be recorded in the history; it will show as Interrupted there.

%1</source>
        <translation>No se pudo registrar el final del trabajo en el historial; aparecerá allí como Interrumpido.

%1</translation>
    </message>
    <message>
        <source>History</source>
        <translation>Historial</translation>
    </message>
</context>
<context>
    <name>DisconnectResultsDialog</name>
    <message>
        <source>Disconnect results</source>
        <translation>Resultados de la desconexión</translation>
    </message>
    <message>
        <source>Outcome of every session</source>
        <translation>Resultado de cada sesión</translation>
    </message>
    <message>
        <source>&amp;Retry failed</source>
        <translation>&amp;Reintentar fallidas</translation>
    </message>
    <message>
        <source>&amp;Copy</source>
        <translation>&amp;Copiar</translation>
    </message>
    <message>
        <source>Show in &amp;History</source>
        <translation>Mostrar en el &amp;historial</translation>
    </message>
    <message>
        <source>&amp;Export Report…</source>
        <extracomment>Writes a report (CSV, JSON, HTML or PDF) of this disconnect job.</extracomment>
        <translation>&amp;Exportar informe…</translation>
    </message>
    <message numerus="yes">
        <source>%n disconnected</source>
        <translation>
            <numerusform>%n desconectada</numerusform>
            <numerusform>%n desconectadas</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n already gone</source>
        <translation>
            <numerusform>%n ya cerrada</numerusform>
            <numerusform>%n ya cerradas</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n failed</source>
        <translation>
            <numerusform>%n fallida</numerusform>
            <numerusform>%n fallidas</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n unknown</source>
        <translation>
            <numerusform>%n sin confirmar</numerusform>
            <numerusform>%n sin confirmar</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n invalid</source>
        <translation>
            <numerusform>%n no válida</numerusform>
            <numerusform>%n no válidas</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n still running</source>
        <translation>
            <numerusform>%n en curso</numerusform>
            <numerusform>%n en curso</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n session(s): %1</source>
        <extracomment>Summary line of the results dialog, e.g. &quot;12 sessions: 10 disconnected, 2 failed&quot;.</extracomment>
        <translation>
            <numerusform>%n sesión: %1</numerusform>
            <numerusform>%n sesiones: %1</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>&amp;Retry %n failed</source>
        <translation>
            <numerusform>&amp;Reintentar %n sesión</numerusform>
            <numerusform>&amp;Reintentar %n sesiones</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>FilterBar</name>
    <message>
        <source>Filter: user, tunnel IP, host, external address (Ctrl+F)</source>
        <translation>Filtrar: usuario, IP de túnel, host, dirección externa (Ctrl+F)</translation>
    </message>
    <message>
        <source>Text filter</source>
        <translation>Filtro de texto</translation>
    </message>
    <message>
        <source>Shows the sessions whose user, tunnel address, host name or external address contains the text</source>
        <translation>Muestra las sesiones cuyo usuario, dirección de túnel, nombre de host o dirección externa contiene el texto</translation>
    </message>
    <message>
        <source>Server filter</source>
        <translation>Filtro de servidor</translation>
    </message>
    <message>
        <source>Shows the sessions of one server</source>
        <translation>Muestra las sesiones de un servidor</translation>
    </message>
    <message>
        <source>Tunnel type filter</source>
        <translation>Filtro de tipo de túnel</translation>
    </message>
    <message>
        <source>Shows the sessions of one tunnel type</source>
        <translation>Muestra las sesiones de un tipo de túnel</translation>
    </message>
    <message>
        <source>All tunnel types</source>
        <translation>Todos los túneles</translation>
    </message>
    <message>
        <source>Activity filter</source>
        <translation>Filtro de actividad</translation>
    </message>
    <message>
        <source>Shows active or idle sessions</source>
        <translation>Muestra las sesiones activas o inactivas</translation>
    </message>
    <message>
        <source>Any activity</source>
        <translation>Cualquier actividad</translation>
    </message>
    <message>
        <source>Active</source>
        <translation>Activas</translation>
    </message>
    <message>
        <source>Idle</source>
        <translation>Inactivas</translation>
    </message>
    <message>
        <source>Connection type filter</source>
        <translation>Filtro de tipo de conexión</translation>
    </message>
    <message>
        <source>Shows VPN or DirectAccess sessions</source>
        <translation>Muestra las sesiones VPN o DirectAccess</translation>
    </message>
    <message>
        <source>VPN and DirectAccess</source>
        <translation>VPN y DirectAccess</translation>
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
        <translation>IP o CIDR, p. ej., 10.1.0.0/16</translation>
    </message>
    <message>
        <source>Address filter</source>
        <translation>Filtro de direcciones</translation>
    </message>
    <message>
        <source>Shows the sessions whose tunnel address is one of these addresses or in one of these ranges, separated by commas or spaces</source>
        <translation>Muestra las sesiones cuya dirección de túnel es una de estas direcciones o está en uno de estos intervalos, separados por comas o espacios</translation>
    </message>
    <message>
        <source>Clear</source>
        <translation>Borrar</translation>
    </message>
    <message>
        <source>Clear every filter</source>
        <translation>Borrar todos los filtros</translation>
    </message>
    <message>
        <source>Clear filters</source>
        <translation>Borrar filtros</translation>
    </message>
    <message>
        <source>All servers</source>
        <translation>Todos los servidores</translation>
    </message>
    <message>
        <source>Not an address or range: %1</source>
        <translation>No es una dirección ni un intervalo: %1</translation>
    </message>
</context>
<context>
    <name>GssapiContext</name>
    <message>
        <source>the server sent a token before the client&apos;s first one</source>
        <translation>el servidor envió un token antes del primero del cliente</translation>
    </message>
    <message>
        <source>the server answered without a Negotiate token</source>
        <translation>el servidor respondió sin un token Negotiate</translation>
    </message>
    <message>
        <source>the negotiated mechanism is neither Kerberos nor NTLM</source>
        <translation>el mecanismo negociado no es ni Kerberos ni NTLM</translation>
    </message>
    <message>
        <source>the server did not prove its identity (no Kerberos mutual authentication)</source>
        <translation>el servidor no demostró su identidad (sin autenticación mutua de Kerberos)</translation>
    </message>
    <message>
        <source>the server did not agree to message integrity</source>
        <translation>el servidor no aceptó la integridad de los mensajes</translation>
    </message>
    <message>
        <source>the security context cannot encrypt messages</source>
        <translation>el contexto de seguridad no puede cifrar mensajes</translation>
    </message>
    <message>
        <source>an empty message cannot be sealed</source>
        <translation>no se puede sellar un mensaje vacío</translation>
    </message>
    <message>
        <source>the message was not encrypted</source>
        <translation>el mensaje no estaba cifrado</translation>
    </message>
    <message>
        <source>the security context is not established</source>
        <translation>el contexto de seguridad no está establecido</translation>
    </message>
    <message>
        <source>the sealed message does not verify: %1</source>
        <translation>el mensaje sellado no se puede verificar: %1</translation>
    </message>
    <message>
        <source>the sealed message is out of sequence (replayed, reordered or one was lost)</source>
        <translation>el mensaje sellado está fuera de secuencia (reenviado, reordenado o se perdió alguno)</translation>
    </message>
    <message>
        <source>the message was signed but not encrypted</source>
        <translation>el mensaje estaba firmado, pero no cifrado</translation>
    </message>
    <message>
        <source>the service name %1 is not usable: %2</source>
        <translation>el nombre de servicio %1 no se puede usar: %2</translation>
    </message>
    <message>
        <source>NTLM needs a user name (DOMAIN\user) and a password</source>
        <translation>NTLM necesita un nombre de usuario (DOMINIO\usuario) y una contraseña</translation>
    </message>
    <message>
        <source>the user name %1 is not usable: %2</source>
        <translation>el nombre de usuario %1 no se puede usar: %2</translation>
    </message>
    <message>
        <source>no credentials for %1: %2</source>
        <translation>no hay credenciales para %1: %2</translation>
    </message>
    <message>
        <source>the security context is already complete</source>
        <translation>el contexto de seguridad ya está establecido</translation>
    </message>
    <message>
        <source>the security context has already failed</source>
        <translation>el contexto de seguridad ya está en estado de error</translation>
    </message>
</context>
<context>
    <name>HistoryController</name>
    <message>
        <source>&amp;History…</source>
        <translation>&amp;Historial…</translation>
    </message>
    <message>
        <source>Every disconnect, with its sessions and outcomes (Ctrl+H)</source>
        <translation>Todas las desconexiones, con sus sesiones y resultados (Ctrl+H)</translation>
    </message>
</context>
<context>
    <name>HistoryItemModel</name>
    <message>
        <source>Pending</source>
        <extracomment>A session of a running job whose outcome has not arrived yet.</extracomment>
        <translation>Pendiente</translation>
    </message>
    <message>
        <source>%1 (code %2)</source>
        <translation>%1 (código %2)</translation>
    </message>
    <message>
        <source>Outcome</source>
        <translation>Resultado</translation>
    </message>
    <message>
        <source>Server</source>
        <translation>Servidor</translation>
    </message>
    <message>
        <source>Tunnel address</source>
        <extracomment>The tunnel (host) IP address of a VPN session.</extracomment>
        <translation>Dirección de túnel</translation>
    </message>
    <message>
        <source>User</source>
        <translation>Usuario</translation>
    </message>
    <message>
        <source>Host name</source>
        <translation>Nombre de host</translation>
    </message>
    <message>
        <source>External address</source>
        <translation>Dirección externa</translation>
    </message>
    <message>
        <source>Tunnel type</source>
        <translation>Tipo de túnel</translation>
    </message>
    <message>
        <source>Connected since</source>
        <translation>Conectado desde</translation>
    </message>
    <message>
        <source>Bytes in</source>
        <translation>Bytes de entrada</translation>
    </message>
    <message>
        <source>Bytes out</source>
        <translation>Bytes de salida</translation>
    </message>
    <message>
        <source>Server message</source>
        <extracomment>What the server said about the disconnect.</extracomment>
        <translation>Mensaje del servidor</translation>
    </message>
    <message>
        <source>Settled</source>
        <extracomment>When the outcome of a session was recorded.</extracomment>
        <translation>Resolución</translation>
    </message>
</context>
<context>
    <name>HistoryModel</name>
    <message>
        <source>The history is not open.</source>
        <translation>El historial no está abierto.</translation>
    </message>
    <message>
        <source>Running</source>
        <extracomment>A disconnect job whose outcomes are still arriving.</extracomment>
        <translation>En curso</translation>
    </message>
    <message>
        <source>Finished</source>
        <extracomment>A disconnect job where every session has its outcome.</extracomment>
        <translation>Finalizado</translation>
    </message>
    <message>
        <source>Interrupted</source>
        <extracomment>A disconnect job cut short (the program ended); its open sessions are Unknown.</extracomment>
        <translation>Interrumpido</translation>
    </message>
    <message>
        <source>Started</source>
        <extracomment>When a disconnect job started.</extracomment>
        <translation>Inicio</translation>
    </message>
    <message>
        <source>Operator</source>
        <extracomment>Who ran a disconnect job (OS user name).</extracomment>
        <translation>Operador</translation>
    </message>
    <message>
        <source>Workstation</source>
        <extracomment>The computer a disconnect job ran on.</extracomment>
        <translation>Equipo</translation>
    </message>
    <message>
        <source>Reason</source>
        <extracomment>The reason or ticket given for a disconnect job.</extracomment>
        <translation>Motivo</translation>
    </message>
    <message>
        <source>State</source>
        <translation>Estado</translation>
    </message>
    <message>
        <source>Sessions</source>
        <translation>Sesiones</translation>
    </message>
    <message>
        <source>Disconnected</source>
        <translation>Desconectadas</translation>
    </message>
    <message>
        <source>Already gone</source>
        <translation>Ya cerradas</translation>
    </message>
    <message>
        <source>Failed</source>
        <translation>Fallidas</translation>
    </message>
    <message>
        <source>Unknown</source>
        <translation>Sin confirmar</translation>
    </message>
    <message>
        <source>Invalid</source>
        <translation>No válidas</translation>
    </message>
    <message>
        <source>Servers</source>
        <translation>Servidores</translation>
    </message>
</context>
<context>
    <name>HistoryReport</name>
    <message>
        <source>There is no job %1 in the history.</source>
        <translation>No existe el trabajo %1 en el historial.</translation>
    </message>
    <message>
        <source>Pending</source>
        <translation>Pendiente</translation>
    </message>
    <message>
        <source>Disconnected</source>
        <translation>Desconectada</translation>
    </message>
    <message>
        <source>Already gone</source>
        <translation>Ya cerrada</translation>
    </message>
    <message>
        <source>Failed</source>
        <translation>Fallida</translation>
    </message>
    <message>
        <source>Unknown</source>
        <translation>Sin confirmar</translation>
    </message>
    <message>
        <source>Invalid address</source>
        <translation>Dirección no válida</translation>
    </message>
</context>
<context>
    <name>HistoryStore</name>
    <message>
        <source>unknown</source>
        <translation>desconocido</translation>
    </message>
    <message>
        <source>The SQLite driver of Qt (QSQLITE) is not installed; install it (Debian: libqt6sql6-sqlite).</source>
        <translation>El controlador SQLite de Qt (QSQLITE) no está instalado; instálelo (Debian: libqt6sql6-sqlite).</translation>
    </message>
    <message>
        <source>The history folder %1 cannot be created: check its parent&apos;s permissions, or choose another folder with --data-dir.</source>
        <extracomment>%1 is a folder.</extracomment>
        <translation>No se puede crear la carpeta del historial %1: compruebe los permisos de la carpeta que la contiene o elija otra carpeta con --data-dir.</translation>
    </message>
    <message>
        <source>There is no history in %1 yet.</source>
        <translation>Todavía no hay historial en %1.</translation>
    </message>
    <message>
        <source>The history %1 was written by a newer version of RRAS Console (schema %2; this version knows %3). Update RRAS Console, or choose another folder with --data-dir.</source>
        <extracomment>%1 is the database file, %2 and %3 schema version numbers.</extracomment>
        <translation>El historial %1 lo escribió una versión más reciente de RRAS Console (esquema %2; esta versión conoce hasta el %3). Actualice RRAS Console o elija otra carpeta con --data-dir.</translation>
    </message>
    <message>
        <source>The history %1 needs an update to schema %2, which a read-only file cannot take.</source>
        <translation>El historial %1 necesita actualizarse al esquema %2, lo que no es posible en un archivo de solo lectura.</translation>
    </message>
    <message>
        <source>The program ended before the server&apos;s answer was recorded: the session may or may not have been disconnected.</source>
        <translation>El programa terminó antes de registrar la respuesta del servidor: puede que la sesión se haya desconectado o no.</translation>
    </message>
    <message>
        <source>The history is not open.</source>
        <translation>El historial no está abierto.</translation>
    </message>
    <message>
        <source>The history %1 is locked by another program. Let the other RRAS Console or rrasctl finish, then try again.</source>
        <extracomment>%1 is the database file.</extracomment>
        <translation>Otro programa tiene bloqueado el historial %1. Espere a que termine la otra instancia de RRAS Console o rrasctl y vuelva a intentarlo.</translation>
    </message>
    <message>
        <source>The history %1 is read-only. Make the file and its folder writable, or choose another folder with --data-dir.</source>
        <translation>El historial %1 es de solo lectura. Permita escribir en el archivo y en su carpeta, o elija otra carpeta con --data-dir.</translation>
    </message>
    <message>
        <source>The disk holding the history %1 is full. Free some space, then try again.</source>
        <translation>El disco que contiene el historial %1 está lleno. Libere espacio y vuelva a intentarlo.</translation>
    </message>
    <message>
        <source>The history %1 cannot be opened. Check that the file and its folder can be read and written, or choose another folder with --data-dir.</source>
        <translation>No se puede abrir el historial %1. Compruebe que se pueden leer y escribir el archivo y su carpeta, o elija otra carpeta con --data-dir.</translation>
    </message>
    <message>
        <source>The history %1 is damaged or is not a history database. Move it aside: a new history starts in its place.</source>
        <translation>El historial %1 está dañado o no es una base de datos de historial. Muévalo a otra ubicación: en su lugar se creará un historial nuevo.</translation>
    </message>
    <message>
        <source>The history %1 could not be read or written: %2</source>
        <translation>No se pudo leer o escribir el historial %1: %2</translation>
    </message>
    <message>
        <source>The history %1 was opened read-only.</source>
        <translation>El historial %1 se abrió en modo de solo lectura.</translation>
    </message>
    <message>
        <source>The lock file %1 cannot be created. Make the history folder writable, or choose another folder with --data-dir.</source>
        <extracomment>%1 is a file.</extracomment>
        <translation>No se puede crear el archivo de bloqueo %1. Permita escribir en la carpeta del historial o elija otra carpeta con --data-dir.</translation>
    </message>
    <message>
        <source>No outcome was reported for this session.</source>
        <translation>No se notificó ningún resultado para esta sesión.</translation>
    </message>
</context>
<context>
    <name>HistoryView</name>
    <message>
        <source>Disconnect History</source>
        <translation>Historial de desconexiones</translation>
    </message>
    <message>
        <source>&amp;From</source>
        <translation>&amp;Desde</translation>
    </message>
    <message>
        <source>Jobs started on or after</source>
        <translation>Trabajos iniciados en esta fecha o después</translation>
    </message>
    <message>
        <source>&amp;To</source>
        <translation>&amp;Hasta</translation>
    </message>
    <message>
        <source>Jobs started on or before</source>
        <translation>Trabajos iniciados en esta fecha o antes</translation>
    </message>
    <message>
        <source>Operator</source>
        <translation>Operador</translation>
    </message>
    <message>
        <source>Server</source>
        <translation>Servidor</translation>
    </message>
    <message>
        <source>User</source>
        <translation>Usuario</translation>
    </message>
    <message>
        <source>Address</source>
        <extracomment>Placeholder of the filter on tunnel and external addresses.</extracomment>
        <translation>Dirección</translation>
    </message>
    <message>
        <source>Outcome</source>
        <translation>Resultado</translation>
    </message>
    <message>
        <source>Any outcome</source>
        <extracomment>Outcome filter: no restriction.</extracomment>
        <translation>Cualquier resultado</translation>
    </message>
    <message>
        <source>C&amp;lear Filters</source>
        <translation>Borrar fi&amp;ltros</translation>
    </message>
    <message>
        <source>Disconnect jobs</source>
        <translation>Trabajos de desconexión</translation>
    </message>
    <message>
        <source>Sessions of the job</source>
        <translation>Sesiones del trabajo</translation>
    </message>
    <message>
        <source>&amp;Refresh</source>
        <translation>&amp;Actualizar</translation>
    </message>
    <message>
        <source>&amp;Export Report…</source>
        <translation>&amp;Exportar informe…</translation>
    </message>
    <message>
        <source>Write the selected jobs (or every job shown) as CSV, JSON, HTML or PDF</source>
        <translation>Escribe los trabajos seleccionados (o todos los mostrados) como CSV, JSON, HTML o PDF</translation>
    </message>
    <message>
        <source>Select a job to see its sessions.</source>
        <translation>Seleccione un trabajo para ver sus sesiones.</translation>
    </message>
    <message numerus="yes">
        <source>%n session(s)</source>
        <translation>
            <numerusform>%n sesión</numerusform>
            <numerusform>%n sesiones</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%1 of %n job(s) shown</source>
        <translation>
            <numerusform>Trabajos mostrados: %1 de %n</numerusform>
            <numerusform>Trabajos mostrados: %1 de %n</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n selected</source>
        <translation>
            <numerusform>%n seleccionado</numerusform>
            <numerusform>%n seleccionados</numerusform>
        </translation>
    </message>
    <message>
        <source>Job %1 by %2 on %3</source>
        <extracomment>%1 job number, %2 operator, %3 workstation.</extracomment>
        <translation>Trabajo %1 (%2 en %3)</translation>
    </message>
    <message>
        <source>Job %1 by %2 on %3, reason: %4</source>
        <extracomment>%1 job number, %2 operator, %3 workstation, %4 the reason or ticket typed for the job.</extracomment>
        <translation>Trabajo %1 (%2 en %3, motivo: %4)</translation>
    </message>
    <message numerus="yes">
        <source>%n session(s), %1 shown</source>
        <extracomment>%n sessions in the job, %1 of them left by the item filters.</extracomment>
        <translation>
            <numerusform>%n sesión, mostradas: %1</numerusform>
            <numerusform>%n sesiones, mostradas: %1</numerusform>
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
        <translation>La dirección está vacía.</translation>
    </message>
    <message>
        <source>The address &quot;%1&quot; contains a space.</source>
        <translation>La dirección &quot;%1&quot; contiene un espacio.</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not an IPv4 address: four numbers from 0 to 255 separated by dots, without leading zeros.</source>
        <extracomment>%1 is what the user typed; the rule follows.</extracomment>
        <translation>&quot;%1&quot; no es una dirección IPv4: cuatro números de 0 a 255 separados por puntos, sin ceros a la izquierda.</translation>
    </message>
    <message>
        <source>&quot;%1&quot;: IPv6 zone ids (%) are not tunnel addresses.</source>
        <translation>&quot;%1&quot;: los identificadores de zona IPv6 (%) no son direcciones de túnel.</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not an IPv6 address.</source>
        <translation>&quot;%1&quot; no es una dirección IPv6.</translation>
    </message>
    <message>
        <source>&quot;%1&quot; has an invalid prefix length: use 0 to %2.</source>
        <extracomment>%1 is the range as typed, %2 the largest prefix length (32 or 128).</extracomment>
        <translation>&quot;%1&quot; tiene una longitud de prefijo no válida: use de 0 a %2.</translation>
    </message>
</context>
<context>
    <name>HtmlExporter</name>
    <message>
        <source>no jobs</source>
        <translation>sin trabajos</translation>
    </message>
    <message>
        <source>%1 to %2</source>
        <extracomment>A report&apos;s period: %1 and %2 are times.</extracomment>
        <translation>%1 – %2</translation>
    </message>
    <message>
        <source>the beginning</source>
        <translation>el inicio</translation>
    </message>
    <message>
        <source>now</source>
        <translation>ahora</translation>
    </message>
    <message>
        <source>none</source>
        <translation>ninguno</translation>
    </message>
    <message>
        <source>Period: %1 | Operator: %2 | %3 sessions: %4</source>
        <extracomment>Page header of a PDF report: %1 period, %2 operators, %3 session count, %4 counts.</extracomment>
        <translation>Período: %1 | Operador: %2 | %3 sesiones: %4</translation>
    </message>
    <message>
        <source>Disconnect report</source>
        <translation>Informe de desconexiones</translation>
    </message>
    <message>
        <source>Period</source>
        <translation>Período</translation>
    </message>
    <message>
        <source>Operator</source>
        <translation>Operador</translation>
    </message>
    <message>
        <source>Jobs</source>
        <translation>Trabajos</translation>
    </message>
    <message>
        <source>Sessions</source>
        <translation>Sesiones</translation>
    </message>
    <message>
        <source>Generated</source>
        <extracomment>%1 is a time, %2 a user name.</extracomment>
        <translation>Generado</translation>
    </message>
    <message>
        <source>%1 by %2</source>
        <translation>%1 por %2</translation>
    </message>
    <message>
        <source>Outcome</source>
        <translation>Resultado</translation>
    </message>
    <message>
        <source>Server</source>
        <translation>Servidor</translation>
    </message>
    <message>
        <source>Address</source>
        <translation>Dirección</translation>
    </message>
    <message>
        <source>Users</source>
        <translation>Usuarios</translation>
    </message>
    <message>
        <source>Host name</source>
        <translation>Nombre de host</translation>
    </message>
    <message>
        <source>External address</source>
        <translation>Dirección externa</translation>
    </message>
    <message>
        <source>Tunnel type</source>
        <translation>Tipo de túnel</translation>
    </message>
    <message>
        <source>Connected since</source>
        <translation>Conectado desde</translation>
    </message>
    <message>
        <source>Bytes in</source>
        <translation>Bytes de entrada</translation>
    </message>
    <message>
        <source>Bytes out</source>
        <translation>Bytes de salida</translation>
    </message>
    <message>
        <source>Server message</source>
        <translation>Mensaje del servidor</translation>
    </message>
    <message>
        <source>Settled</source>
        <translation>Resolución</translation>
    </message>
    <message>
        <source>Job %1, %2</source>
        <extracomment>%1 is a job number, %2 when it started.</extracomment>
        <translation>Trabajo %1, %2</translation>
    </message>
    <message>
        <source>Operator: %1 on %2</source>
        <extracomment>%1 is a user name, %2 a computer name.</extracomment>
        <translation>Operador: %1 en %2</translation>
    </message>
    <message>
        <source>Reason: %1</source>
        <translation>Motivo: %1</translation>
    </message>
    <message>
        <source>State: %1</source>
        <translation>Estado: %1</translation>
    </message>
    <message>
        <source>Ended: %1</source>
        <translation>Finalizado: %1</translation>
    </message>
    <message>
        <source>Sessions: %1 (%2)</source>
        <translation>Sesiones: %1 (%2)</translation>
    </message>
    <message>
        <source>No disconnect jobs in this period.</source>
        <translation>No hay trabajos de desconexión en este período.</translation>
    </message>
</context>
<context>
    <name>HttpConnection</name>
    <message>
        <source>the certificate (SHA-256 %1) is not the pinned one (SHA-256 %2)</source>
        <translation>el certificado (SHA-256 %1) no es el anclado (SHA-256 %2)</translation>
    </message>
    <message>
        <source>%1; certificate SHA-256 %2</source>
        <translation>%1; certificado SHA-256 %2</translation>
    </message>
    <message>
        <source>another request is in progress</source>
        <translation>hay otra solicitud en curso</translation>
    </message>
    <message>
        <source>the connection is not open</source>
        <translation>la conexión no está abierta</translation>
    </message>
    <message>
        <source>the reply is too large (more than %1 bytes)</source>
        <translation>la respuesta es demasiado grande (más de %1 bytes)</translation>
    </message>
    <message>
        <source>the reply&apos;s header block is larger than %1 bytes</source>
        <translation>el bloque de encabezados de la respuesta supera los %1 bytes</translation>
    </message>
    <message>
        <source>the server&apos;s answer is not HTTP: %1</source>
        <translation>la respuesta del servidor no es HTTP: %1</translation>
    </message>
    <message>
        <source>the reply has a malformed header line</source>
        <translation>la respuesta tiene una línea de encabezado mal formada</translation>
    </message>
    <message>
        <source>the reply uses an unsupported transfer encoding: %1</source>
        <translation>la respuesta usa una codificación de transferencia no compatible: %1</translation>
    </message>
    <message>
        <source>the reply&apos;s Content-Length is not a number</source>
        <translation>el Content-Length de la respuesta no es un número</translation>
    </message>
    <message>
        <source>the reply is too large (%1 bytes, the limit is %2 bytes)</source>
        <translation>la respuesta es demasiado grande (%1 bytes; el límite es %2 bytes)</translation>
    </message>
    <message>
        <source>the reply has a malformed chunk</source>
        <translation>la respuesta tiene un fragmento mal formado</translation>
    </message>
    <message>
        <source>the connection closed in the middle of the reply</source>
        <translation>la conexión se cerró a mitad de la respuesta</translation>
    </message>
    <message>
        <source>the connection closed without a reply</source>
        <translation>la conexión se cerró sin respuesta</translation>
    </message>
    <message>
        <source>the connection closed while connecting</source>
        <translation>la conexión se cerró mientras se establecía</translation>
    </message>
    <message>
        <source>no connection within %1 ms</source>
        <translation>no se pudo conectar en %1 ms</translation>
    </message>
    <message>
        <source>no complete reply within %1 ms</source>
        <translation>no llegó una respuesta completa en %1 ms</translation>
    </message>
</context>
<context>
    <name>MainWindow</name>
    <message>
        <source>RRAS Console — Demo</source>
        <translation>RRAS Console — Demostración</translation>
    </message>
    <message>
        <source>RRAS Console</source>
        <translation>RRAS Console</translation>
    </message>
    <message>
        <source>&amp;Import Servers…</source>
        <translation>&amp;Importar servidores…</translation>
    </message>
    <message>
        <source>Add the servers of a JSON server list</source>
        <translation>Agrega los servidores de una lista de servidores en JSON</translation>
    </message>
    <message>
        <source>E&amp;xport Servers…</source>
        <translation>E&amp;xportar servidores…</translation>
    </message>
    <message>
        <source>Save the server list as JSON, without passwords</source>
        <translation>Guarda la lista de servidores como JSON, sin contraseñas</translation>
    </message>
    <message>
        <source>&amp;Disconnect Sessions…</source>
        <translation>&amp;Desconectar sesiones…</translation>
    </message>
    <message>
        <source>Disconnect by &amp;List…</source>
        <translation>Desconectar por &amp;lista…</translation>
    </message>
    <message>
        <source>&amp;Refresh</source>
        <translation>&amp;Actualizar</translation>
    </message>
    <message>
        <source>Select &amp;All</source>
        <translation>Seleccionar &amp;todo</translation>
    </message>
    <message>
        <source>&amp;Copy</source>
        <translation>&amp;Copiar</translation>
    </message>
    <message>
        <source>Copy &amp;Host IPs</source>
        <translation>Copiar IP de &amp;host</translation>
    </message>
    <message>
        <source>Show &amp;Details</source>
        <translation>Mostrar de&amp;talles</translation>
    </message>
    <message>
        <source>Filter to This &amp;User</source>
        <translation>Filtrar por este &amp;usuario</translation>
    </message>
    <message>
        <source>Filter to This &amp;Server</source>
        <translation>Filtrar por este &amp;servidor</translation>
    </message>
    <message>
        <source>&amp;Find…</source>
        <translation>&amp;Buscar…</translation>
    </message>
    <message>
        <source>C&amp;lear Filters</source>
        <translation>Borrar fi&amp;ltros</translation>
    </message>
    <message>
        <source>&amp;Add Server…</source>
        <translation>&amp;Agregar servidor…</translation>
    </message>
    <message>
        <source>&amp;Edit Server…</source>
        <translation>&amp;Editar servidor…</translation>
    </message>
    <message>
        <source>&amp;Remove Server</source>
        <translation>&amp;Quitar servidor</translation>
    </message>
    <message>
        <source>&amp;Quit</source>
        <translation>&amp;Salir</translation>
    </message>
    <message>
        <source>&amp;About RRAS Console</source>
        <translation>&amp;Acerca de RRAS Console</translation>
    </message>
    <message>
        <source>About RRAS Console</source>
        <translation>Acerca de RRAS Console</translation>
    </message>
    <message>
        <source>&lt;p&gt;&lt;b&gt;RRAS Console&lt;/b&gt; %1&lt;/p&gt;&lt;p&gt;Live VPN sessions of Windows RRAS servers, disconnected safely by tunnel address.&lt;/p&gt;</source>
        <translation>&lt;p&gt;&lt;b&gt;RRAS Console&lt;/b&gt; %1&lt;/p&gt;&lt;p&gt;Sesiones VPN en tiempo real de servidores de Enrutamiento y acceso remoto (RRAS) de Windows, que se desconectan de forma segura por dirección de túnel.&lt;/p&gt;</translation>
    </message>
    <message>
        <source>Go to &amp;Servers</source>
        <translation>Ir a &amp;servidores</translation>
    </message>
    <message>
        <source>Go to &amp;Filter</source>
        <translation>Ir al &amp;filtro</translation>
    </message>
    <message>
        <source>Go to Sessio&amp;ns</source>
        <translation>Ir a sesi&amp;ones</translation>
    </message>
    <message>
        <source>Ne&amp;xt Area</source>
        <translation>Área si&amp;guiente</translation>
    </message>
    <message>
        <source>Pre&amp;vious Area</source>
        <translation>Área &amp;anterior</translation>
    </message>
    <message>
        <source>Session &amp;Menu</source>
        <translation>&amp;Menú de sesiones</translation>
    </message>
    <message>
        <source>Disconnect the selected sessions by their tunnel address</source>
        <translation>Desconecta las sesiones seleccionadas por su dirección de túnel</translation>
    </message>
    <message>
        <source>Paste tunnel addresses and ranges, preview the matching sessions, then disconnect them</source>
        <translation>Pega direcciones de túnel e intervalos, muestra una vista previa de las sesiones coincidentes y luego las desconecta</translation>
    </message>
    <message>
        <source>Ask every server for its sessions now</source>
        <translation>Solicita ahora sus sesiones a todos los servidores</translation>
    </message>
    <message>
        <source>Select every session the filters show</source>
        <translation>Selecciona todas las sesiones que muestran los filtros</translation>
    </message>
    <message>
        <source>Copy the selected rows as tab-separated text</source>
        <translation>Copia las filas seleccionadas como texto separado por tabulaciones</translation>
    </message>
    <message>
        <source>Copy the tunnel addresses of the selected sessions, one per line</source>
        <translation>Copia las direcciones de túnel de las sesiones seleccionadas, una por línea</translation>
    </message>
    <message>
        <source>Show every field of the current session</source>
        <translation>Muestra todos los campos de la sesión actual</translation>
    </message>
    <message>
        <source>Show only the sessions of the selected session&apos;s user</source>
        <translation>Muestra solo las sesiones del usuario de la sesión seleccionada</translation>
    </message>
    <message>
        <source>Show only the sessions of the selected session&apos;s server</source>
        <translation>Muestra solo las sesiones del servidor de la sesión seleccionada</translation>
    </message>
    <message>
        <source>Filter by user, tunnel address, host name or external address</source>
        <translation>Filtra por usuario, dirección de túnel, nombre de host o dirección externa</translation>
    </message>
    <message>
        <source>Show every session again</source>
        <translation>Vuelve a mostrar todas las sesiones</translation>
    </message>
    <message>
        <source>Watch another RRAS server</source>
        <translation>Agrega otro servidor RRAS para supervisarlo</translation>
    </message>
    <message>
        <source>Change how the selected server is reached</source>
        <translation>Cambia cómo se accede al servidor seleccionado</translation>
    </message>
    <message>
        <source>Stop watching the selected server</source>
        <translation>Deja de supervisar el servidor seleccionado</translation>
    </message>
    <message>
        <source>Close the console</source>
        <translation>Cierra la consola</translation>
    </message>
    <message>
        <source>Version and purpose of RRAS Console</source>
        <translation>Versión y finalidad de RRAS Console</translation>
    </message>
    <message>
        <source>Move the keyboard focus to the server list</source>
        <translation>Mueve el foco del teclado a la lista de servidores</translation>
    </message>
    <message>
        <source>Move the keyboard focus to the filter bar</source>
        <translation>Mueve el foco del teclado a la barra de filtros</translation>
    </message>
    <message>
        <source>Move the keyboard focus to the session table</source>
        <translation>Mueve el foco del teclado a la tabla de sesiones</translation>
    </message>
    <message>
        <source>Move the keyboard focus to the next area of the window</source>
        <translation>Mueve el foco del teclado al área siguiente de la ventana</translation>
    </message>
    <message>
        <source>Move the keyboard focus to the previous area of the window</source>
        <translation>Mueve el foco del teclado al área anterior de la ventana</translation>
    </message>
    <message>
        <source>Open the menu of the selected sessions</source>
        <translation>Abre el menú de las sesiones seleccionadas</translation>
    </message>
    <message>
        <source>Every disconnect, with its sessions and outcomes</source>
        <translation>Todas las desconexiones, con sus sesiones y resultados</translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <comment>tooltip: what the action does (its shortcut)</comment>
        <translation>%1 (%2)</translation>
    </message>
    <message>
        <source>Sessions</source>
        <translation>Sesiones</translation>
    </message>
    <message numerus="yes">
        <source>Disconnecting: %1 of %n session(s) settled</source>
        <translation>
            <numerusform>Desconectando: %1 de %n sesión resuelta</numerusform>
            <numerusform>Desconectando: %1 de %n sesiones resueltas</numerusform>
        </translation>
    </message>
    <message>
        <source>&amp;File</source>
        <translation>&amp;Archivo</translation>
    </message>
    <message>
        <source>&amp;Edit</source>
        <translation>&amp;Edición</translation>
    </message>
    <message>
        <source>&amp;Sessions</source>
        <translation>&amp;Sesiones</translation>
    </message>
    <message>
        <source>&amp;View</source>
        <translation>&amp;Ver</translation>
    </message>
    <message>
        <source>&amp;Go To</source>
        <translation>&amp;Ir a</translation>
    </message>
    <message>
        <source>&amp;Columns</source>
        <translation>&amp;Columnas</translation>
    </message>
    <message>
        <source>&amp;Help</source>
        <translation>Ay&amp;uda</translation>
    </message>
    <message>
        <source>Main toolbar</source>
        <translation>Barra de herramientas principal</translation>
    </message>
    <message>
        <source>Disconnect progress</source>
        <translation>Progreso de la desconexión</translation>
    </message>
    <message>
        <source>Sessions shown</source>
        <translation>Sesiones mostradas</translation>
    </message>
    <message>
        <source>Sessions selected</source>
        <translation>Sesiones seleccionadas</translation>
    </message>
    <message>
        <source>Servers live</source>
        <translation>Servidores en línea</translation>
    </message>
    <message>
        <source>Last refresh</source>
        <translation>Última actualización</translation>
    </message>
    <message numerus="yes">
        <source>&amp;Disconnect %n Session(s)…</source>
        <translation>
            <numerusform>&amp;Desconectar %n sesión…</numerusform>
            <numerusform>&amp;Desconectar %n sesiones…</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%1 of %n tunnel(s) shown</source>
        <translation>
            <numerusform>Túneles mostrados: %1 de %n</numerusform>
            <numerusform>Túneles mostrados: %1 de %n</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n selected</source>
        <translation>
            <numerusform>%n seleccionado</numerusform>
            <numerusform>%n seleccionados</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%1 of %n server(s) live</source>
        <translation>
            <numerusform>Servidores en línea: %1 de %n</numerusform>
            <numerusform>Servidores en línea: %1 de %n</numerusform>
        </translation>
    </message>
    <message>
        <source>Last refresh %1</source>
        <translation>Última actualización: %1</translation>
    </message>
    <message>
        <source>Not refreshed yet</source>
        <translation>Aún sin actualizar</translation>
    </message>
    <message numerus="yes">
        <source>%n session(s) selected</source>
        <comment>table description for screen readers</comment>
        <translation>
            <numerusform>%n sesión seleccionada</numerusform>
            <numerusform>%n sesiones seleccionadas</numerusform>
        </translation>
    </message>
    <message>
        <source>Remove server</source>
        <translation>Quitar servidor</translation>
    </message>
    <message>
        <source>Stop watching %1 and remove it from the list?</source>
        <translation>¿Dejar de supervisar %1 y quitarlo de la lista?</translation>
    </message>
    <message>
        <source>&amp;Remove</source>
        <translation>&amp;Quitar</translation>
    </message>
</context>
<context>
    <name>OutcomeModel</name>
    <message>
        <source>Disconnecting…</source>
        <extracomment>A session whose disconnect request has not been answered yet.</extracomment>
        <translation>Desconectando…</translation>
    </message>
    <message>
        <source>Disconnected</source>
        <extracomment>Outcome: the server confirmed it disconnected the session.</extracomment>
        <translation>Desconectada</translation>
    </message>
    <message>
        <source>Already gone</source>
        <extracomment>Outcome: the session was no longer in the server&apos;s list.</extracomment>
        <translation>Ya cerrada</translation>
    </message>
    <message>
        <source>Failed</source>
        <extracomment>Outcome: the server refused to disconnect the session.</extracomment>
        <translation>Fallida</translation>
    </message>
    <message>
        <source>Unknown</source>
        <extracomment>Outcome: the call timed out or the link broke; nobody knows whether it happened.</extracomment>
        <translation>Sin confirmar</translation>
    </message>
    <message>
        <source>Invalid address</source>
        <extracomment>Outcome: the address was not a valid IP address and was never sent.</extracomment>
        <translation>Dirección no válida</translation>
    </message>
    <message>
        <source>%1 (code %2)</source>
        <translation>%1 (código %2)</translation>
    </message>
    <message>
        <source>Outcome</source>
        <translation>Resultado</translation>
    </message>
    <message>
        <source>Server</source>
        <translation>Servidor</translation>
    </message>
    <message>
        <source>Tunnel address</source>
        <extracomment>The tunnel (host) IP address of a VPN session.</extracomment>
        <translation>Dirección de túnel</translation>
    </message>
    <message>
        <source>User</source>
        <translation>Usuario</translation>
    </message>
    <message>
        <source>Host name</source>
        <translation>Nombre de host</translation>
    </message>
    <message>
        <source>Server message</source>
        <extracomment>What the server said about the disconnect.</extracomment>
        <translation>Mensaje del servidor</translation>
    </message>
</context>
<context>
    <name>PdfExporter</name>
    <message>
        <source>Writing a PDF needs the graphical part of Qt (a QGuiApplication).</source>
        <translation>Para escribir un PDF se necesita la parte gráfica de Qt (una QGuiApplication).</translation>
    </message>
    <message>
        <source>Disconnect report</source>
        <translation>Informe de desconexiones</translation>
    </message>
    <message>
        <source>The PDF could not be started.</source>
        <translation>No se pudo iniciar el PDF.</translation>
    </message>
    <message>
        <source>RRAS Console: disconnect report</source>
        <translation>RRAS Console: informe de desconexiones</translation>
    </message>
    <message>
        <source>A new page could not be added to the PDF.</source>
        <translation>No se pudo agregar una página nueva al PDF.</translation>
    </message>
    <message>
        <source>Page %1 of %2</source>
        <extracomment>PDF page footer.</extracomment>
        <translation>Página %1 de %2</translation>
    </message>
    <message>
        <source>The PDF could not be finished.</source>
        <translation>No se pudo terminar el PDF.</translation>
    </message>
</context>
<context>
    <name>ProfileStore</name>
    <message>
        <source>The file is not valid JSON (%1 at offset %2).</source>
        <translation>El archivo no es un JSON válido (%1 en la posición %2).</translation>
    </message>
    <message>
        <source>The file is not a server list exported by RRAS Console.</source>
        <translation>El archivo no es una lista de servidores exportada por RRAS Console.</translation>
    </message>
    <message>
        <source>The server list was written by a newer version of RRAS Console (format version %1).</source>
        <translation>La lista de servidores la escribió una versión más reciente de RRAS Console (versión de formato %1).</translation>
    </message>
    <message>
        <source>Server %1 in the file carries a password. Passwords are never imported from files: remove it and enter it in the console.</source>
        <extracomment>%1 is the position of the server in the file, from 1.</extracomment>
        <translation>El servidor %1 del archivo incluye una contraseña. Las contraseñas nunca se importan desde archivos: quítela y escríbala en la consola.</translation>
    </message>
    <message>
        <source>Server %1 in the file has no usable http or https address (&quot;%2&quot;).</source>
        <translation>El servidor %1 del archivo no tiene una dirección http o https utilizable (&quot;%2&quot;).</translation>
    </message>
</context>
<context>
    <name>ReportExport</name>
    <message>
        <source>CSV for spreadsheets (*.csv)</source>
        <translation>CSV para hojas de cálculo (*.csv)</translation>
    </message>
    <message>
        <source>JSON (*.json)</source>
        <translation>JSON (*.json)</translation>
    </message>
    <message>
        <source>HTML page, printable (*.html *.htm)</source>
        <translation>Página HTML, imprimible (*.html *.htm)</translation>
    </message>
    <message>
        <source>PDF document (*.pdf)</source>
        <translation>Documento PDF (*.pdf)</translation>
    </message>
    <message>
        <source>disconnect-job-%1.csv</source>
        <extracomment>File name suggested for the report of one job; %1 is its number.</extracomment>
        <translation>trabajo-desconexion-%1.csv</translation>
    </message>
    <message>
        <source>disconnect-report.csv</source>
        <translation>informe-desconexiones.csv</translation>
    </message>
    <message>
        <source>Export Report</source>
        <translation>Exportar informe</translation>
    </message>
</context>
<context>
    <name>ReportWriter</name>
    <message>
        <source>The write fell short.</source>
        <translation>La escritura quedó incompleta.</translation>
    </message>
    <message>
        <source>Cannot write %1: %2</source>
        <extracomment>%1 is a file, %2 the system&apos;s reason.</extracomment>
        <translation>No se puede escribir %1: %2</translation>
    </message>
    <message>
        <source>The report could not be written to %1: %2. Any earlier file of that name is unchanged.</source>
        <translation>No se pudo escribir el informe en %1: %2. Si ya había un archivo con ese nombre, no se ha modificado.</translation>
    </message>
</context>
<context>
    <name>ServerConnection</name>
    <message>
        <source>NTLM needs the gss-ntlmssp package, which is not installed.</source>
        <translation>NTLM necesita el paquete gss-ntlmssp, que no está instalado.</translation>
    </message>
    <message>
        <source>Negotiate (Kerberos or NTLM)</source>
        <extracomment>Windows&apos; default WinRM authentication; it picks Kerberos or NTLM by itself.</extracomment>
        <translation>Negotiate (Kerberos o NTLM)</translation>
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
        <translation>%1 no tiene ninguna contraseña guardada: edite el servidor para escribirla (se conservará hasta que se cierre la consola).</translation>
    </message>
    <message>
        <source>No password for %1 in the keychain: edit the server to enter it.</source>
        <extracomment>%1 is a server name</extracomment>
        <translation>No hay contraseña para %1 en el llavero: edite el servidor para escribirla.</translation>
    </message>
    <message>
        <source>Nothing is saved in demo mode: the password is kept for this session only.</source>
        <translation>En el modo de demostración no se guarda nada: la contraseña se conserva solo hasta que se cierre la consola.</translation>
    </message>
    <message>
        <source>No keychain is available: the password is kept for this session only.</source>
        <translation>No hay ningún llavero disponible: la contraseña se conserva solo hasta que se cierre la consola.</translation>
    </message>
    <message>
        <source>Cannot read %1: %2</source>
        <translation>No se puede leer %1: %2</translation>
    </message>
    <message>
        <source>%1 is too large to be a server list.</source>
        <translation>%1 es demasiado grande para ser una lista de servidores.</translation>
    </message>
    <message>
        <source>%1 lists no servers.</source>
        <translation>%1 no contiene ningún servidor.</translation>
    </message>
    <message numerus="yes">
        <source>Imported %n server(s).</source>
        <extracomment>%n servers were imported</extracomment>
        <translation>
            <numerusform>Se importó %n servidor.</numerusform>
            <numerusform>Se importaron %n servidores.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n server(s) without a password: edit to enter it.</source>
        <translation>
            <numerusform>%n servidor sin contraseña: edítelo para escribirla.</numerusform>
            <numerusform>%n servidores sin contraseña: edítelos para escribirla.</numerusform>
        </translation>
    </message>
    <message>
        <source>Cannot write %1: %2</source>
        <translation>No se puede escribir %1: %2</translation>
    </message>
    <message>
        <source>Import Servers</source>
        <translation>Importar servidores</translation>
    </message>
    <message>
        <source>Server lists (*.json);;All files (*)</source>
        <translation>Listas de servidores (*.json);;Todos los archivos (*)</translation>
    </message>
    <message>
        <source>Export Servers</source>
        <translation>Exportar servidores</translation>
    </message>
    <message>
        <source>Server lists (*.json)</source>
        <translation>Listas de servidores (*.json)</translation>
    </message>
    <message>
        <source>Servers exported to %1 (without passwords).</source>
        <extracomment>%1 is a file path</extracomment>
        <translation>Servidores exportados a %1 (sin contraseñas).</translation>
    </message>
    <message>
        <source>%1: certificate not trusted; the server stays refused. Edit the server to review it again.</source>
        <extracomment>%1 is a server name</extracomment>
        <translation>%1: el certificado no es de confianza; el servidor sigue rechazado. Edite el servidor para volver a revisarlo.</translation>
    </message>
</context>
<context>
    <name>ServerDialog</name>
    <message>
        <source>Write the user as DOMAIN\user, user@realm or, for a local account, just the name.</source>
        <translation>Escriba el usuario como DOMINIO\usuario, usuario@dominio o, para una cuenta local, solo el nombre.</translation>
    </message>
    <message>
        <source>A Windows user name cannot contain &quot;%1&quot;.</source>
        <extracomment>%1 is a character such as &quot;:&quot; or &quot;*&quot;</extracomment>
        <translation>Un nombre de usuario de Windows no puede contener &quot;%1&quot;.</translation>
    </message>
    <message>
        <source>Remove the spaces around the user name.</source>
        <translation>Quite los espacios que rodean el nombre de usuario.</translation>
    </message>
    <message>
        <source>Add Server</source>
        <translation>Agregar servidor</translation>
    </message>
    <message>
        <source>Edit Server</source>
        <translation>Editar servidor</translation>
    </message>
    <message>
        <source>Server</source>
        <translation>Servidor</translation>
    </message>
    <message>
        <source>rras1.corp.example or an address</source>
        <translation>rras1.corp.example o una dirección</translation>
    </message>
    <message>
        <source>The WinRM host. A pasted address such as https://rras1:5986/wsman also sets the protocol and port.</source>
        <translation>El host de WinRM. Si pega una dirección como https://rras1:5986/wsman, también se establecen el protocolo y el puerto.</translation>
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
        <translation>Protocolo</translation>
    </message>
    <message>
        <source>P&amp;ort:</source>
        <translation>Pu&amp;erto:</translation>
    </message>
    <message>
        <source>&amp;Protocol:</source>
        <translation>&amp;Protocolo:</translation>
    </message>
    <message>
        <source>as shown in the console; the host when empty</source>
        <translation>tal como aparece en la consola; si está vacío, el host</translation>
    </message>
    <message>
        <source>&amp;Display name:</source>
        <translation>&amp;Nombre para mostrar:</translation>
    </message>
    <message>
        <source>Sign-in</source>
        <translation>Inicio de sesión</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <extracomment>%1 lists authentication methods, %2 says why they cannot be chosen</extracomment>
        <translation>%1: %2</translation>
    </message>
    <message>
        <source>&amp;Authentication:</source>
        <translation>&amp;Autenticación:</translation>
    </message>
    <message>
        <source>&amp;User:</source>
        <translation>&amp;Usuario:</translation>
    </message>
    <message>
        <source>Pass&amp;word:</source>
        <translation>&amp;Contraseña:</translation>
    </message>
    <message>
        <source>&amp;Remember the password in the system keychain</source>
        <translation>&amp;Recordar la contraseña en el llavero del sistema</translation>
    </message>
    <message>
        <source>Allow unencr&amp;ypted traffic (Basic over plain HTTP) for this server</source>
        <translation>Permitir tráfico sin ci&amp;frar (Basic sobre HTTP sin cifrar) para este servidor</translation>
    </message>
    <message>
        <source>Warning: the password and every session&apos;s data cross the network readable by anyone on the path. The server must allow it too (AllowUnencrypted=true). Use HTTPS where you can.</source>
        <translation>Advertencia: la contraseña y los datos de todas las sesiones atraviesan la red legibles para cualquiera que esté en el camino. El servidor también debe permitirlo (AllowUnencrypted=true). Use HTTPS siempre que pueda.</translation>
    </message>
    <message>
        <source>&amp;Forget</source>
        <translation>&amp;Olvidar</translation>
    </message>
    <message>
        <source>Stop trusting the pinned certificate for this server</source>
        <translation>Deja de confiar en el certificado anclado para este servidor</translation>
    </message>
    <message>
        <source>Certificate:</source>
        <translation>Certificado:</translation>
    </message>
    <message>
        <source>Polling</source>
        <translation>Sondeo</translation>
    </message>
    <message>
        <source>only when the WinRM host manages another RRAS server</source>
        <translation>solo si el host WinRM gestiona otro servidor RRAS</translation>
    </message>
    <message>
        <source>RRAS &amp;computer:</source>
        <extracomment>ComputerName: the RRAS server a management server should act on.</extracomment>
        <translation>E&amp;quipo RRAS:</translation>
    </message>
    <message>
        <source> s</source>
        <extracomment>seconds</extracomment>
        <translation> s</translation>
    </message>
    <message>
        <source>Refresh &amp;every:</source>
        <translation>Actuali&amp;zar cada:</translation>
    </message>
    <message>
        <source> KB</source>
        <extracomment>kilobytes</extracomment>
        <translation> KB</translation>
    </message>
    <message>
        <source>The largest reply the console asks for (w:MaxEnvelopeSize). The server&apos;s own MaxEnvelopeSizekb (500 by default) must allow it.</source>
        <translation>La respuesta más grande que solicita la consola (w:MaxEnvelopeSize). El valor MaxEnvelopeSizekb del propio servidor (500 de forma predeterminada) debe permitirla.</translation>
    </message>
    <message>
        <source>Max en&amp;velope size:</source>
        <translation>Tamaño má&amp;x. del sobre:</translation>
    </message>
    <message>
        <source>Operation t&amp;imeout:</source>
        <translation>&amp;Tiempo de espera de la operación:</translation>
    </message>
    <message>
        <source>&amp;Test Connection</source>
        <translation>Pro&amp;bar conexión</translation>
    </message>
    <message>
        <source>&amp;Show Certificate…</source>
        <translation>&amp;Mostrar certificado…</translation>
    </message>
    <message>
        <source>Test result</source>
        <translation>Resultado de la prueba</translation>
    </message>
    <message>
        <source>Enter the server&apos;s host name or address.</source>
        <translation>Escriba el nombre de host o la dirección del servidor.</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a host name or an IP address.</source>
        <translation>&quot;%1&quot; no es un nombre de host ni una dirección IP.</translation>
    </message>
    <message>
        <source>Another server is already called &quot;%1&quot;.</source>
        <translation>Ya hay otro servidor llamado &quot;%1&quot;.</translation>
    </message>
    <message>
        <source>%1 cannot be used yet: %2</source>
        <translation>%1 todavía no se puede usar: %2</translation>
    </message>
    <message>
        <source>DOMAIN\user or user@realm; empty: your Kerberos ticket</source>
        <translation>DOMINIO\usuario o usuario@dominio; vacío: su vale de Kerberos</translation>
    </message>
    <message>
        <source>DOMAIN\user or user@realm; empty: no credentials</source>
        <translation>DOMINIO\usuario o usuario@dominio; vacío: sin credenciales</translation>
    </message>
    <message>
        <source>Enter the password for %1.</source>
        <translation>Escriba la contraseña de %1.</translation>
    </message>
    <message>
        <source>unchanged (kept for this session)</source>
        <translation>sin cambios (se conserva hasta que se cierre la consola)</translation>
    </message>
    <message>
        <source>unchanged (in the keychain)</source>
        <translation>sin cambios (en el llavero)</translation>
    </message>
    <message>
        <source>The password is kept for this session only and asked for again after a restart.</source>
        <translation>La contraseña se conserva solo hasta que se cierre la consola y se volverá a pedir la próxima vez que se inicie.</translation>
    </message>
    <message>
        <source>Basic over HTTP sends the password readable by anyone on the network: use HTTPS, or allow unencrypted traffic for this server.</source>
        <translation>Basic sobre HTTP envía la contraseña legible para cualquiera en la red: use HTTPS o permita el tráfico sin cifrar para este servidor.</translation>
    </message>
    <message>
        <source>verified against the system&apos;s certificate authorities</source>
        <translation>comprobado con las entidades de certificación del sistema</translation>
    </message>
    <message>
        <source>none (plain HTTP)</source>
        <translation>ninguno (HTTP sin cifrar)</translation>
    </message>
    <message>
        <source>pinned, SHA-256 %1</source>
        <extracomment>%1 is a SHA-256 fingerprint</extracomment>
        <translation>anclado, SHA-256 %1</translation>
    </message>
</context>
<context>
    <name>ServerListModel</name>
    <message>
        <source>Last refreshed %1</source>
        <extracomment>%1 is a date and time.</extracomment>
        <translation>Última actualización: %1</translation>
    </message>
</context>
<context>
    <name>ServerPanel</name>
    <message>
        <source>Servers</source>
        <translation>Servidores</translation>
    </message>
    <message>
        <source>Each server with its state, tunnel count and last refresh. Enter filters the table to the server.</source>
        <translation>Cada servidor con su estado, número de túneles y última actualización. Intro filtra la tabla por ese servidor.</translation>
    </message>
    <message numerus="yes">
        <source>%n tunnel(s)</source>
        <translation>
            <numerusform>%n túnel</numerusform>
            <numerusform>%n túneles</numerusform>
        </translation>
    </message>
    <message>
        <source>UNENCRYPTED</source>
        <extracomment>Marker on a server whose traffic is not encrypted (Basic over plain HTTP).</extracomment>
        <translation>SIN CIFRAR</translation>
    </message>
</context>
<context>
    <name>ServerPoller</name>
    <message>
        <source>Connecting…</source>
        <extracomment>A server whose first listing is on its way.</extracomment>
        <translation>Conectando…</translation>
    </message>
    <message>
        <source>Live</source>
        <extracomment>A server whose tunnel list is current.</extracomment>
        <translation>En línea</translation>
    </message>
    <message>
        <source>Refreshing…</source>
        <translation>Actualizando…</translation>
    </message>
    <message>
        <source>Stale</source>
        <extracomment>The last refresh failed; the tunnels shown are from an earlier one.</extracomment>
        <translation>Desactualizado</translation>
    </message>
    <message>
        <source>Authentication failed</source>
        <translation>Error de autenticación</translation>
    </message>
    <message>
        <source>Unreachable</source>
        <translation>Inaccesible</translation>
    </message>
</context>
<context>
    <name>TunnelDetailsDialog</name>
    <message>
        <source>%1 (%2 bytes)</source>
        <translation>%1 (%2 bytes)</translation>
    </message>
    <message>
        <source>Server</source>
        <translation>Servidor</translation>
    </message>
    <message>
        <source>User names</source>
        <translation>Nombres de usuario</translation>
    </message>
    <message>
        <source>Tunnel IPv4 address</source>
        <translation>Dirección IPv4 del túnel</translation>
    </message>
    <message>
        <source>Tunnel IPv6 address</source>
        <translation>Dirección IPv6 del túnel</translation>
    </message>
    <message>
        <source>Host name</source>
        <translation>Nombre de host</translation>
    </message>
    <message>
        <source>External address</source>
        <translation>Dirección externa</translation>
    </message>
    <message>
        <source>Tunnel type</source>
        <translation>Tipo de túnel</translation>
    </message>
    <message>
        <source>Authentication method</source>
        <translation>Método de autenticación</translation>
    </message>
    <message>
        <source>Connection type</source>
        <translation>Tipo de conexión</translation>
    </message>
    <message>
        <source>Transition technology</source>
        <extracomment>DirectAccess IPv6 transition technology (Teredo, 6to4, IP-HTTPS, …).</extracomment>
        <translation>Tecnología de transición</translation>
    </message>
    <message>
        <source>Connected since</source>
        <translation>Conectado desde</translation>
    </message>
    <message>
        <source>Duration</source>
        <extracomment>%1 the duration as the table shows it (&quot;2 h 31 min&quot;), then the exact seconds.</extracomment>
        <translation>Duración</translation>
    </message>
    <message>
        <source>Bytes in</source>
        <translation>Bytes de entrada</translation>
    </message>
    <message>
        <source>Bytes out</source>
        <translation>Bytes de salida</translation>
    </message>
    <message>
        <source>Bandwidth</source>
        <translation>Ancho de banda</translation>
    </message>
    <message>
        <source>Activity</source>
        <translation>Actividad</translation>
    </message>
    <message>
        <source>Health status</source>
        <extracomment>Network Access Protection health state, reported by older servers only.</extracomment>
        <translation>Estado de mantenimiento</translation>
    </message>
    <message>
        <source>Routing domain</source>
        <translation>Dominio de enrutamiento</translation>
    </message>
    <message>
        <source>Session %1</source>
        <translation>Sesión %1</translation>
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
            <numerusform>%1 (%n segundo)</numerusform>
            <numerusform>%1 (%n segundos)</numerusform>
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
        <translation>Desconectando…</translation>
    </message>
    <message>
        <source>Disconnected</source>
        <translation>Desconectada</translation>
    </message>
    <message>
        <source>Already gone</source>
        <extracomment>The session had ended before the disconnect request reached it.</extracomment>
        <translation>Ya cerrada</translation>
    </message>
    <message>
        <source>Disconnect failed</source>
        <translation>Error al desconectar</translation>
    </message>
    <message>
        <source>Outcome unknown</source>
        <extracomment>Whether the session was disconnected could not be confirmed.</extracomment>
        <translation>Resultado sin confirmar</translation>
    </message>
    <message>
        <source>Invalid address</source>
        <translation>Dirección no válida</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <extracomment>%1 is an outcome such as &quot;Disconnect failed&quot;, %2 the server&apos;s message.</extracomment>
        <translation>%1: %2</translation>
    </message>
    <message>
        <source>Unknown</source>
        <translation>Desconocido</translation>
    </message>
    <message>
        <source>Idle</source>
        <extracomment>A session that has not moved traffic lately.</extracomment>
        <translation>Inactiva</translation>
    </message>
    <message>
        <source>Active</source>
        <translation>Activa</translation>
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
        <translation>Servidor</translation>
    </message>
    <message>
        <source>User</source>
        <translation>Usuario</translation>
    </message>
    <message>
        <source>Tunnel IPv4</source>
        <extracomment>The address the VPN server gave the client inside the tunnel.</extracomment>
        <translation>IPv4 del túnel</translation>
    </message>
    <message>
        <source>Tunnel IPv6</source>
        <translation>IPv6 del túnel</translation>
    </message>
    <message>
        <source>Host name</source>
        <translation>Nombre de host</translation>
    </message>
    <message>
        <source>External address</source>
        <extracomment>The client&apos;s address on the internet, outside the tunnel.</extracomment>
        <translation>Dirección externa</translation>
    </message>
    <message>
        <source>Tunnel type</source>
        <translation>Tipo de túnel</translation>
    </message>
    <message>
        <source>Auth method</source>
        <translation>Autenticación</translation>
    </message>
    <message>
        <source>Connected since</source>
        <translation>Conectado desde</translation>
    </message>
    <message>
        <source>Duration</source>
        <translation>Duración</translation>
    </message>
    <message>
        <source>Bytes in</source>
        <translation>Bytes de entrada</translation>
    </message>
    <message>
        <source>Bytes out</source>
        <translation>Bytes de salida</translation>
    </message>
    <message>
        <source>Activity</source>
        <translation>Actividad</translation>
    </message>
    <message>
        <source>Connection type</source>
        <extracomment>VPN or DirectAccess.</extracomment>
        <translation>Tipo de conexión</translation>
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
        <translation>cancelado</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not an http or https address</source>
        <translation>&quot;%1&quot; no es una dirección http o https</translation>
    </message>
    <message>
        <source>%1 authentication over unencrypted HTTP would expose the password</source>
        <extracomment>%1 is an authentication scheme such as Basic</extracomment>
        <translation>la autenticación %1 sobre HTTP sin cifrar expondría la contraseña</translation>
    </message>
    <message>
        <source>the reply is too large (%1 bytes, the limit is %2 bytes)</source>
        <translation>la respuesta es demasiado grande (%1 bytes; el límite es %2 bytes)</translation>
    </message>
    <message>
        <source>no complete reply within %1 ms</source>
        <translation>no llegó una respuesta completa en %1 ms</translation>
    </message>
    <message>
        <source>the certificate (SHA-256 %1) is not the pinned one (SHA-256 %2)</source>
        <translation>el certificado (SHA-256 %1) no es el anclado (SHA-256 %2)</translation>
    </message>
    <message>
        <source>%1; certificate SHA-256 %2</source>
        <translation>%1; certificado SHA-256 %2</translation>
    </message>
    <message>
        <source>the connection closed without a reply</source>
        <translation>la conexión se cerró sin respuesta</translation>
    </message>
    <message>
        <source>HTTP 401 %1: the server refused the credentials</source>
        <translation>HTTP 401 %1: el servidor rechazó las credenciales</translation>
    </message>
    <message>
        <source>HTTP 413: the request is larger than the server&apos;s MaxEnvelopeSizekb</source>
        <translation>HTTP 413: la solicitud supera el MaxEnvelopeSizekb del servidor</translation>
    </message>
    <message>
        <source>HTTP 200 with an empty body</source>
        <translation>HTTP 200 con el cuerpo vacío</translation>
    </message>
    <message>
        <source>HTTP %1 %2 with an empty body</source>
        <translation>HTTP %1 %2 con el cuerpo vacío</translation>
    </message>
    <message>
        <source>HTTP %1 %2 with a method output instead of a fault</source>
        <translation>HTTP %1 %2 con una salida de método en lugar de un error SOAP</translation>
    </message>
    <message>
        <source>HTTP %1 %2 without a SOAP fault (%3)</source>
        <translation>HTTP %1 %2 sin error SOAP (%3)</translation>
    </message>
    <message>
        <source>the connection closed in the middle of the reply (%1)</source>
        <translation>la conexión se cerró a mitad de la respuesta (%1)</translation>
    </message>
</context>
<context>
    <name>WsmanError</name>
    <message>
        <source>No error.</source>
        <translation>No hay ningún error.</translation>
    </message>
    <message>
        <source>The server could not be reached or the connection broke (%1). Check the host name and port, and that the WinRM service is listening on the server (winrm quickconfig).</source>
        <translation>No se pudo acceder al servidor o se interrumpió la conexión (%1). Compruebe el nombre de host y el puerto, y que el servicio WinRM esté escuchando en el servidor (winrm quickconfig).</translation>
    </message>
    <message>
        <source>The server did not answer in time. The operation may still have completed: refresh before retrying. If this keeps happening, raise the timeout here or MaxTimeoutms on the server.</source>
        <translation>El servidor no respondió a tiempo. Es posible que la operación se haya completado igualmente: actualice antes de reintentar. Si sigue ocurriendo, aumente aquí el tiempo de espera o MaxTimeoutms en el servidor.</translation>
    </message>
    <message>
        <source>Warning: the server presented a different certificate from the one pinned for it (%1). Someone may be intercepting the connection, or the server&apos;s certificate was replaced. Nothing was sent. Confirm the new SHA-256 fingerprint with the server&apos;s administrator before pinning it again.</source>
        <translation>Advertencia: el servidor presentó un certificado distinto del que tiene anclado (%1). Es posible que alguien esté interceptando la conexión o que se haya reemplazado el certificado del servidor. No se envió nada. Confirme la huella digital SHA-256 nueva con el administrador del servidor antes de volver a anclarlo.</translation>
    </message>
    <message>
        <source>The secure connection could not be set up (%1). Check that the port has an HTTPS listener (usually 5986) and that the server accepts TLS 1.2 or later.</source>
        <translation>No se pudo establecer la conexión segura (%1). Compruebe que el puerto tenga un agente de escucha HTTPS (normalmente 5986) y que el servidor acepte TLS 1.2 o posterior.</translation>
    </message>
    <message>
        <source>The server&apos;s certificate is not trusted (%1). Install the issuing certificate authority on this computer, or compare the certificate&apos;s SHA-256 fingerprint with the server&apos;s and pin it for this server.</source>
        <translation>El certificado del servidor no es de confianza (%1). Instale en este equipo la entidad de certificación emisora, o compare la huella digital SHA-256 del certificado con la del servidor y ánclelo para este servidor.</translation>
    </message>
    <message>
        <source>The Kerberos ticket or the password has expired (%1). Sign in again (kinit on Linux) or renew the password, then retry.</source>
        <translation>El vale de Kerberos o la contraseña han caducado (%1). Vuelva a iniciar sesión (kinit en Linux) o renueve la contraseña y vuelva a intentarlo.</translation>
    </message>
    <message>
        <source>No usable credentials for %1 authentication (%2). For Kerberos, get a ticket (kinit) or give user@REALM and the password, and check the realm and the clock; for NTLM, give DOMAIN\user and the password.</source>
        <extracomment>%1 is the authentication method (Negotiate), %2 what GSSAPI said.</extracomment>
        <translation>No hay credenciales utilizables para la autenticación %1 (%2). Para Kerberos, obtenga un vale (kinit) o indique usuario@REALM y la contraseña, y compruebe el dominio Kerberos (realm) y el reloj; para NTLM, indique DOMINIO\usuario y la contraseña.</translation>
    </message>
    <message>
        <source>The credentials were not sent: %1. Use HTTPS, or explicitly allow unencrypted traffic for this server.</source>
        <translation>No se enviaron las credenciales: %1. Use HTTPS o permita explícitamente el tráfico sin cifrar para este servidor.</translation>
    </message>
    <message>
        <source>The server refused the credentials and offered no authentication method. Check the user name and password, and that the account may use WinRM.</source>
        <translation>El servidor rechazó las credenciales y no ofreció ningún método de autenticación. Compruebe el nombre de usuario y la contraseña, y que la cuenta pueda usar WinRM.</translation>
    </message>
    <message>
        <source>The server refused the user name or password (it offers: %1). Check the credentials; local accounts must be members of Administrators.</source>
        <translation>El servidor rechazó el nombre de usuario o la contraseña (ofrece: %1). Compruebe las credenciales; las cuentas locales deben pertenecer al grupo Administradores.</translation>
    </message>
    <message>
        <source>The server does not accept this authentication method; it offers: %1. Choose one of these, or enable Basic on the server (winrm set winrm/config/service/auth @{Basic=&quot;true&quot;}).</source>
        <translation>El servidor no acepta este método de autenticación; ofrece: %1. Elija uno de ellos o habilite Basic en el servidor (winrm set winrm/config/service/auth @{Basic=&quot;true&quot;}).</translation>
    </message>
    <message>
        <source>The server answered HTTP 500 without a SOAP fault. WinRM does this when it cannot read the request; check that the address points to a WinRM listener.</source>
        <translation>El servidor respondió HTTP 500 sin error SOAP. WinRM lo hace cuando no puede leer la solicitud; compruebe que la dirección apunte a un agente de escucha de WinRM.</translation>
    </message>
    <message>
        <source>The server answered HTTP %1 instead of a WS-Management reply. Check that the address points to the WinRM listener (…/wsman).</source>
        <translation>El servidor respondió HTTP %1 en lugar de una respuesta de WS-Management. Compruebe que la dirección apunte al agente de escucha de WinRM (…/wsman).</translation>
    </message>
    <message>
        <source>Access denied: the account needs administrator rights on the server (member of the local Administrators group). The server said: %1</source>
        <translation>Acceso denegado: la cuenta necesita derechos de administrador en el servidor (pertenecer al grupo local Administradores). El servidor indicó: %1</translation>
    </message>
    <message>
        <source>The server does not know the RemoteAccess management classes: install the Remote Access role with its management tools on the server. The server said: %1</source>
        <translation>El servidor no conoce las clases de administración de RemoteAccess: instale en el servidor el rol Acceso remoto con sus herramientas de administración. El servidor indicó: %1</translation>
    </message>
    <message>
        <source>The server reported an error: %1 (code %2).</source>
        <extracomment>%1 is the server&apos;s message, %2 its numeric error code</extracomment>
        <translation>El servidor notificó un error: %1 (código %2).</translation>
    </message>
    <message>
        <source>The server reported an error: %1</source>
        <translation>El servidor notificó un error: %1</translation>
    </message>
    <message>
        <source>The server&apos;s reply exceeds the envelope size this console asks for: raise &quot;Max envelope size&quot; in this server&apos;s settings (the server&apos;s own limit, MaxEnvelopeSizekb, must be at least as large).</source>
        <extracomment>Keep MaxEnvelopeSizekb untranslated; &quot;Max envelope size&quot; is the server dialog&apos;s field.</extracomment>
        <translation>La respuesta del servidor supera el tamaño de sobre que solicita esta consola: aumente &quot;Tamaño máx. del sobre&quot; en la configuración de este servidor (el límite propio del servidor, MaxEnvelopeSizekb, debe ser al menos igual de grande).</translation>
    </message>
    <message>
        <source>The server&apos;s reply exceeds its envelope limit: raise MaxEnvelopeSizekb on the server (winrm set winrm/config @{MaxEnvelopeSizekb=&quot;%1&quot;}).</source>
        <extracomment>Keep MaxEnvelopeSizekb and the winrm command untranslated.</extracomment>
        <translation>La respuesta del servidor supera su límite de sobre: aumente MaxEnvelopeSizekb en el servidor (winrm set winrm/config @{MaxEnvelopeSizekb=&quot;%1&quot;}).</translation>
    </message>
    <message>
        <source>The server&apos;s reply could not be understood (%1). The address may not point to a WinRM server, or something on the way changed the reply.</source>
        <translation>No se pudo interpretar la respuesta del servidor (%1). Es posible que la dirección no apunte a un servidor WinRM o que algo en el camino haya modificado la respuesta.</translation>
    </message>
    <message>
        <source>The request was cancelled.</source>
        <translation>Se canceló la solicitud.</translation>
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
        <translation>cancelado</translation>
    </message>
    <message>
        <source>Not connected: the server does not list this address.</source>
        <translation>No conectada: el servidor no enumera esta dirección.</translation>
    </message>
    <message>
        <source>The server reported success but the session is still connected.</source>
        <translation>El servidor informó de que la operación se realizó correctamente, pero la sesión sigue conectada.</translation>
    </message>
    <message>
        <source>The request did not complete (%1); the session is still listed and may yet be disconnected.</source>
        <translation>La solicitud no se completó (%1); la sesión sigue apareciendo en la lista y aún podría desconectarse.</translation>
    </message>
    <message>
        <source>The server reported success but did not list this address as disconnected</source>
        <translation>El servidor informó de que la operación se realizó correctamente, pero no indicó esta dirección como desconectada</translation>
    </message>
    <message>
        <source>%1; the server&apos;s list could not be read to settle it: %2</source>
        <extracomment>%1: what the disconnect request returned; %2: why the list could not be read.</extracomment>
        <translation>%1; no se pudo leer la lista del servidor para determinarlo: %2</translation>
    </message>
</context>
<context>
    <name>WsmanSession</name>
    <message>
        <source>%1 cannot make a security context</source>
        <translation>%1 no puede crear un contexto de seguridad</translation>
    </message>
    <message>
        <source>the security context cannot encrypt, and this server is reached over plain http</source>
        <translation>el contexto de seguridad no puede cifrar y a este servidor se accede por http sin cifrar</translation>
    </message>
    <message>
        <source>the envelope could not be sealed: %1</source>
        <translation>no se pudo sellar el sobre: %1</translation>
    </message>
    <message>
        <source>the server refused the credentials</source>
        <translation>el servidor rechazó las credenciales</translation>
    </message>
    <message>
        <source>the server closed the connection in the middle of the authentication</source>
        <translation>el servidor cerró la conexión en mitad de la autenticación</translation>
    </message>
    <message>
        <source>the server accepted the connection without completing the authentication (no mutual authentication token), so it did not prove its identity</source>
        <translation>el servidor aceptó la conexión sin completar la autenticación (sin token de autenticación mutua), por lo que no demostró su identidad</translation>
    </message>
    <message>
        <source>the server closed the connection right after the authentication</source>
        <translation>el servidor cerró la conexión justo después de la autenticación</translation>
    </message>
    <message>
        <source>the sealed reply was rejected: %1</source>
        <translation>se rechazó la respuesta sellada: %1</translation>
    </message>
    <message>
        <source>the sealed reply was rejected: it declares %1 bytes but %2 were sealed (tampered with)</source>
        <translation>se rechazó la respuesta sellada: declara %1 bytes, pero se sellaron %2 (manipulada)</translation>
    </message>
    <message>
        <source>the server answered HTTP %1 in plain text on an encrypted session (Content-Type %2); the reply was refused</source>
        <translation>el servidor respondió HTTP %1 en texto sin cifrar en una sesión cifrada (Content-Type %2); se rechazó la respuesta</translation>
    </message>
</context>
<context>
    <name>main</name>
    <message>
        <source>Unknown language &quot;%1&quot;; using the system&apos;s.</source>
        <translation>Idioma desconocido &quot;%1&quot;; se usa el del sistema.</translation>
    </message>
    <message>
        <source>Live VPN sessions of Windows RRAS servers, disconnected by tunnel address.</source>
        <translation>Sesiones VPN en tiempo real de servidores RRAS de Windows, desconectadas por dirección de túnel.</translation>
    </message>
    <message>
        <source>Start built-in simulated servers with changing tunnels.</source>
        <translation>Inicia servidores simulados integrados con túneles que cambian.</translation>
    </message>
    <message>
        <source>Number of simulated servers (default 3).</source>
        <translation>Número de servidores simulados (predeterminado: 3).</translation>
    </message>
    <message>
        <source>Tunnels per simulated server (default 250).</source>
        <translation>Túneles por servidor simulado (predeterminado: 250).</translation>
    </message>
    <message>
        <source>Read and write settings in FILE (INI) instead of the user&apos;s configuration.</source>
        <translation>Lee y escribe la configuración en FILE (INI) en lugar de la configuración del usuario.</translation>
    </message>
    <message>
        <source>Show the console in LANGUAGE (e.g. de, fr, es, en) instead of the system&apos;s language or the ui/language setting.</source>
        <translation>Muestra la consola en LANGUAGE (p. ej., de, fr, es, en) en lugar del idioma del sistema o de la opción ui/language.</translation>
    </message>
    <message>
        <source>Inject a fault into the last simulated server, as rras-sim --fault takes it (e.g. http500/DisconnectByHostIP); repeatable.</source>
        <translation>Inyecta un error en el último servidor simulado, con el formato de rras-sim --fault (p. ej., http500/DisconnectByHostIP); se puede repetir.</translation>
    </message>
    <message>
        <source>Keep the disconnect history in DIR instead of the user&apos;s data folder (also with --demo).</source>
        <translation>Guarda el historial de desconexiones en DIR en lugar de la carpeta de datos del usuario (también con --demo).</translation>
    </message>
    <message>
        <source>RRAS Console</source>
        <translation>RRAS Console</translation>
    </message>
    <message>
        <source>The demo servers could not start: %1</source>
        <translation>No se pudieron iniciar los servidores de demostración: %1</translation>
    </message>
    <message>
        <source>Demo %1</source>
        <translation>Demo %1</translation>
    </message>
    <message>
        <source>History</source>
        <translation>Historial</translation>
    </message>
    <message>
        <source>The disconnect history cannot be used, so disconnecting is not possible until this is fixed:

%1</source>
        <translation>No se puede usar el historial de desconexiones, así que no será posible desconectar hasta que se solucione:

%1</translation>
    </message>
</context>
</TS>
