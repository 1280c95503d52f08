#pragma once

#include <QDateTime>
#include <QMetaType>
#include <QString>
#include <QStringList>

// One live RRAS connection as RemoteAccessMonitoringConnection describes it (protocol.md §1.1).
// A plain value type: the simulator and the client share it, never its XML.
// Strings are empty where the server sent nil or nothing; the *Present flags tell nil from zero
// for the numeric fields whose absence means something to a user.
struct Tunnel
{
    QString clientIPv4Address; // inner (tunnel) IPv4: what DisconnectByHostIP takes
    QString clientIPv6Address; // inner IPv6
    QString hostName;
    QString clientExternalAddress;
    QString tunnelType; // Unknown, Pptp, L2tp, Sstp, Ikev2, Esp
    QString transitionTechnology; // None, Other, Native IPv6, 6to4, Isatap, Teredo, IPHttps
    QDateTime connectionStartTime; // UTC; invalid when nil
    quint32 connectionDuration = 0; // seconds
    quint64 totalBytesIn = 0;
    quint64 totalBytesOut = 0;
    QString connectionType; // Unknown, Vpn, DirectAccess
    QString healthStatus;
    QString authMethod;
    QString userActivityState; // Idle, Active
    quint32 bandwidth = 0;
    QStringList userName; // DOMAIN\user entries
    QString routingDomain;

    // The address a disconnect names: the IPv4 tunnel address when there is one, else the IPv6.
    QString primaryAddress() const
    {
        return clientIPv4Address.isEmpty() ? clientIPv6Address : clientIPv4Address;
    }

    bool operator==(const Tunnel &) const = default;
};

Q_DECLARE_METATYPE(Tunnel)

// The WMI property names of RemoteAccessMonitoringConnection, in the order the simulator
// writes them and the JSON output of rrasctl lists them.
namespace TunnelFields {
inline constexpr const char *names[] = {
    "AuthMethod",        "Bandwidth",           "ClientExternalAddress", "ClientIPv4Address",
    "ClientIPv6Address", "ConnectionDuration",  "ConnectionStartTime",   "ConnectionType",
    "HealthStatus",      "HostName",            "RoutingDomain",         "TotalBytesIn",
    "TotalBytesOut",     "TransitionTechnology", "TunnelType",           "UserActivityState",
    "UserName",
};
inline constexpr const char *className = "RemoteAccessMonitoringConnection";
} // namespace TunnelFields
