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
QList<Tunnel> readTunnels(const InvokeResult &result, QStringList *warnings = nullptr);
