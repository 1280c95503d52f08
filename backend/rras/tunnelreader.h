#pragma once

#include "tunnel.h"

#include <QDateTime>
#include <QList>
#include <QString>
#include <QStringList>

struct CimInstance;
struct InvokeResult;

// Turning the CimInstances of a GetByActiveStatistics reply into Tunnel values.
//
// Tolerant by design (protocol.md §2.6a): a property that is absent or nil leaves the field at its
// default (empty string, 0, invalid QDateTime); datetimes (bare or cim:Datetime, 'Z' or an
// offset, any number of fractional digits, or DMTF form, read by parseCimDateTime) become UTC;
// unknown properties are ignored. A number that does not parse keeps 0 and adds a warning: one odd
// field must not hide a live tunnel from the operator who wants to disconnect it.

// One RemoteAccessMonitoringConnection. `warnings` (optional) receives one line per field that
// could not be read.
Tunnel readTunnel(const CimInstance &instance, QStringList *warnings = nullptr);

// Every embedded instance of the reply's cmdletOutput, in document order. A nil or absent
// cmdletOutput is an empty list; text (non-instance) items are skipped with a warning.
// (WsmanRrasClient reads listings with TunnelListReader instead, to the same values.)
QList<Tunnel> readTunnels(const InvokeResult &result, QStringList *warnings = nullptr);

// One field's text as readTunnel() converts it, shared with TunnelListReader. Blank text is 0 /
// an invalid QDateTime without a warning; text that does not convert gives the same and sets
// `*warning` (which the caller logs and reports).
// An unsigned number of `bits` (32 or 64) bits.
quint64 tunnelNumberField(const QString &text, const char *name, int bits, QString *warning);
// A datetime in any form parseCimDateTime reads, as UTC (a time without a zone is read as UTC).
QDateTime tunnelDateTimeField(const QString &text, const char *name, QString *warning);
