#pragma once

#include <QDateTime>
#include <QHashFunctions>
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
    QString tunnelType;             // Unknown, Pptp, L2tp, Sstp, Ikev2, Esp
    QString transitionTechnology;   // None, Other, Native IPv6, 6to4, Isatap, Teredo, IPHttps
    QDateTime connectionStartTime;  // UTC; invalid when nil
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

    // A digest of every field above, 0 when none was computed. TunnelListReader sets it while it
    // parses (on a pool thread), so that the GUI thread can tell an unchanged tunnel from a
    // changed one by comparing two numbers instead of every field (TunnelTableModel does, when
    // both tunnels carry one). Code that changes a field of a tunnel that carries one must set
    // it again (setFingerprint()) or clear it to 0; operator== never looks at it.
    quint64 fingerprint = 0;
    // The same digest of every field but the three counters that move on every poll
    // (connectionDuration, totalBytesIn, totalBytesOut), set and cleared with `fingerprint`:
    // when two versions of a tunnel agree on it, only those three can differ, and a change of
    // traffic is told without reading a string.
    quint64 steadyFingerprint = 0;

    // The address a disconnect names: the IPv4 tunnel address when there is one, else the IPv6.
    // A reference into the tunnel (no copy on a poll's hot path): copy it to keep it longer.
    const QString &primaryAddress() const
    {
        return clientIPv4Address.isEmpty() ? clientIPv6Address : clientIPv4Address;
    }

    // The digests of the fields as they are now: equal tunnels (operator==) get equal digests,
    // and a change in any one field changes it but for a 1 in 2^64 chance. Never 0.
    quint64 computeFingerprint() const { return withCounters(computeSteadyFingerprint()); }
    quint64 computeSteadyFingerprint() const
    {
        quint64 h = 0x6a09e667f3bcc908ULL;
        size_t seed = 0;
        // Each string hashed with its own seed: the same text in another field counts apart.
        const auto addText = [&](const QString &text) {
            mix(h, qHash(QStringView(text), ++seed));
        };
        addText(clientIPv4Address);
        addText(clientIPv6Address);
        addText(hostName);
        addText(clientExternalAddress);
        addText(tunnelType);
        addText(transitionTechnology);
        // All invalid times are equal (operator==); valid ones are equal by their instant.
        mix(h,
            connectionStartTime.isValid() ? quint64(connectionStartTime.toMSecsSinceEpoch())
                                          : 0x8000000000000001ULL);
        mix(h, connectionStartTime.isValid());
        addText(connectionType);
        addText(healthStatus);
        addText(authMethod);
        addText(userActivityState);
        mix(h, bandwidth);
        mix(h, quint64(userName.size()));
        for (const QString &name : userName)
            addText(name);
        addText(routingDomain);
        return finish(h);
    }
    void setFingerprint()
    {
        steadyFingerprint = computeSteadyFingerprint();
        fingerprint = withCounters(steadyFingerprint);
    }
    void clearFingerprint() { fingerprint = steadyFingerprint = 0; }

    // Field by field; the fingerprint is a cache of the fields, not one of them.
    bool operator==(const Tunnel &other) const
    {
        return clientIPv4Address == other.clientIPv4Address
                && clientIPv6Address == other.clientIPv6Address && hostName == other.hostName
                && clientExternalAddress == other.clientExternalAddress
                && tunnelType == other.tunnelType
                && transitionTechnology == other.transitionTechnology
                && connectionStartTime == other.connectionStartTime
                && connectionDuration == other.connectionDuration
                && totalBytesIn == other.totalBytesIn && totalBytesOut == other.totalBytesOut
                && connectionType == other.connectionType && healthStatus == other.healthStatus
                && authMethod == other.authMethod && userActivityState == other.userActivityState
                && bandwidth == other.bandwidth && userName == other.userName
                && routingDomain == other.routingDomain;
    }

private:
    static void mix(quint64 &h, quint64 value)
    {
        h = (h ^ value) * 0x9e3779b97f4a7c15ULL;
        h ^= h >> 29;
    }
    static quint64 finish(quint64 h)
    {
        h ^= h >> 32;
        return h == 0 ? 1 : h;
    }
    quint64 withCounters(quint64 steady) const
    {
        quint64 h = steady;
        mix(h, connectionDuration);
        mix(h, totalBytesIn);
        mix(h, totalBytesOut);
        return finish(h);
    }
};

Q_DECLARE_METATYPE(Tunnel)

// The WMI property names of RemoteAccessMonitoringConnection, in the order the simulator
// writes them and the JSON output of rrasctl lists them.
namespace TunnelFields {
inline constexpr const char *names[] = {
        "AuthMethod",
        "Bandwidth",
        "ClientExternalAddress",
        "ClientIPv4Address",
        "ClientIPv6Address",
        "ConnectionDuration",
        "ConnectionStartTime",
        "ConnectionType",
        "HealthStatus",
        "HostName",
        "RoutingDomain",
        "TotalBytesIn",
        "TotalBytesOut",
        "TransitionTechnology",
        "TunnelType",
        "UserActivityState",
        "UserName",
};
inline constexpr const char *className = "RemoteAccessMonitoringConnection";
} // namespace TunnelFields
