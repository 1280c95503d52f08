#pragma once

#include "simconfig.h"
#include "tunnel.h"
#include "tunnelgenerator.h"

#include <QByteArray>
#include <QList>
#include <QString>
#include <QStringList>

#include <optional>

// The simulator's own reply writer. With Namespace::Wmi it writes what Windows sends
// (protocol.md §4.2/§4.3: s/a/w prefixes, <Method>_OUTPUT in the class's wmi/root URI,
// ReturnValue last, each embedded instance declaring p1, <cim:Datetime>); with Namespace::Cim
// the layout Microsoft's OMI server uses (§2.6a: SOAP-ENV/wsa/wsman prefixes declared on the
// Envelope, <Method> in …/cim-schema/2/<Method>, ReturnValue first, p1…pN counting up,
// bare datetimes, Action without "Response").

// CIM_Error / MSFT_WmiError / RemoteAccessError fields a provider fault carries (§1.4).
struct SimProviderError
{
    quint32 cimStatusCode = 1;
    QString message;
    quint32 errorCode = 0;     // error_Code
    quint16 errorCategory = 0; // error_Category
    quint32 remoteAccessErrorCode = 0;
};

struct SimSoapFault
{
    enum class Code { Sender, Receiver, MustUnderstand };
    enum class SubcodeNamespace { None, Wsman, Addressing };
    Code code = Code::Receiver;
    SubcodeNamespace subcodeNamespace = SubcodeNamespace::Wsman;
    QString subcode; // local name, e.g. "TimedOut", "DestinationUnreachable"
    QString reason;
    QString faultDetail;   // URI for <w:FaultDetail>; empty = none
    quint32 wsmanCode = 0; // <f:WSManFault Code=…>; 0 = no WSManFault element
    QString wsmanMessage;
    std::optional<SimProviderError> provider;
    QString notUnderstoodName; // for Code::MustUnderstand: the refused header
    QString notUnderstoodNamespace;
};

struct SimSummary
{
    quint32 totalUniqueUsers = 0;
    quint32 totalCumulativeConnections = 0;
    quint32 totalConnections = 0;
    quint32 totalDAConnections = 0;
    quint32 totalVpnConnections = 0;
    quint32 maxConcurrentConnections = 0;
    quint64 totalBytesIn = 0;
    quint64 totalBytesOut = 0;
};

class SimReplyWriter final
{
public:
    // `requestAction` and `relatesTo` come from the request (either may be empty).
    SimReplyWriter(SimConfig::Namespace ns, const QString &machine, const QString &requestAction,
                   const QString &relatesTo);

    // A listing's row: a tunnel as stored, with the counters it has at the listing's time (what
    // SimTunnel::at() gives, without copying the tunnel: a listing is 2,500 of them).
    struct ListingRow
    {
        const Tunnel *tunnel = nullptr;
        SimTunnel::Counters counters;
    };
    // PS_RemoteAccessConnectionStatistics.GetByActiveStatistics: one cmdletOutput per tunnel.
    QByteArray listing(const QList<ListingRow> &rows) const;
    QByteArray listing(const QList<Tunnel> &tunnels) const; // each with its own counters
    // PS_RemoteAccessConnectionStatisticsSummary.GetByActiveStatistics: one instance.
    QByteArray summary(const SimSummary &summary) const;
    // PS_VpnUser.DisconnectBy*: cmdletOutput strings (left out when !withOutput) and ReturnValue.
    QByteArray strings(const QString &className, const QString &method, const QStringList &output,
                       bool withOutput, quint32 returnValue) const;
    QByteArray fault(const SimSoapFault &fault) const;

    static QString escape(QStringView text);
    static QString
    wmiClassUri(const QString &className); // …/wmi/root/Microsoft/Windows/RemoteAccess/<Class>

private:
    QByteArray envelope(const QString &action, const QString &headerExtra,
                        const QString &body) const;
    QString outputElement(const QString &className, const QString &method, const QString &items,
                          quint32 returnValue) const;
    QString instanceOpen(const QString &className, int &counter, QString *qualifier) const;
    QString responseAction() const;

    SimConfig::Namespace m_ns;
    QString m_machine;
    QString m_action;
    QString m_relatesTo;
};
