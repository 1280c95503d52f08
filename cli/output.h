#pragma once

#include "commandline.h"

#include "rras/rrasclient.h"
#include "rras/tunnel.h"
#include "store/historytypes.h"

#include <QByteArray>
#include <QList>
#include <QString>

// What rrasctl prints on standard output, as bytes (UTF-8), so that it can be tested apart from
// the network.

struct ServerTunnel
{
    QString server; // the server's URL as given
    Tunnel tunnel;
};

struct ServerOutcome
{
    QString server;
    DisconnectOutcome outcome;
};

QByteArray formatTunnels(const QList<ServerTunnel> &rows, OutputFormat format);
// formatTunnels() in pieces for json and csv (table needs every row for its widths): the head,
// the rows in any number of chunks (`first`: no row was written before this chunk), the tail
// (`anyRows`: some chunk had rows). Their concatenation is formatTunnels() of all the rows.
QByteArray formatTunnelsHead(OutputFormat format);
QByteArray formatTunnelsBody(const QList<ServerTunnel> &rows, OutputFormat format, bool first);
// The same for the rows of one server.
QByteArray formatTunnelsBody(const QString &server, const QList<Tunnel> &tunnels,
                             OutputFormat format, bool first);
QByteArray formatTunnelsTail(OutputFormat format, bool anyRows);
QByteArray formatOutcomes(const QList<ServerOutcome> &rows, OutputFormat format);
// `rrasctl history`: one row per job, newest first, with its counts per outcome. The JSON fields
// are those of a job in a JSON report, without the sessions.
QByteArray formatHistory(const QList<HistoryJob> &jobs, OutputFormat format);

// One CSV cell (RFC 4180): quoted when it holds a comma, quote, CR or LF; a cell that a
// spreadsheet would run as a formula (starting with = + - @ tab or CR) gets a leading '.
QString csvCell(const QString &text);

// "3d 04:05:06" / "04:05:06"
QString formatDuration(quint32 seconds);
