#pragma once

#include "tunnel.h"

#include <QDateTime>
#include <QRandomGenerator>
#include <QSet>
#include <QString>
#include <QStringList>

// One row of a simulated server's table. A "live" row ages: its ConnectionDuration is
// now - ConnectionStartTime and its byte counters grow at a fixed rate. Rows given by a test
// (setTunnels/addTunnel) are served exactly as given.
struct SimTunnel
{
    Tunnel tunnel;
    bool live = false;
    quint64 bytesInPerSecond = 0;
    quint64 bytesOutPerSecond = 0;
    QStringList resources; // internal servers reached (the ResourceName filter)

    // What a live row's counters have reached at `now` (a row as given: its own).
    struct Counters
    {
        quint32 connectionDuration = 0;
        quint64 totalBytesIn = 0;
        quint64 totalBytesOut = 0;
    };
    Counters countersAt(const QDateTime &now) const;
    // The row as a listing made at `now` reports it.
    Tunnel at(const QDateTime &now) const;
};

// Realistic tunnels from a seed: the same seed, server index and `now` give the same rows.
class TunnelGenerator final
{
public:
    TunnelGenerator(quint32 seed, int serverIndex);

    // `count` rows started before `now`, with unique inner addresses.
    QList<SimTunnel> initial(int count, const QDateTime &now);
    // One row that connected a moment ago; its inner addresses avoid `used`.
    SimTunnel arrival(const QDateTime &now, const QSet<QString> &used);

    QRandomGenerator &random() { return m_rng; }

private:
    SimTunnel make(const QDateTime &start, const QDateTime &now, QSet<QString> &used);
    QString user();
    QString innerIPv4(QSet<QString> &used);
    QString innerIPv6(QSet<QString> &used);
    QString externalAddress();
    QString hostName(bool directAccess);
    template<typename T, qsizetype N> const T &pick(const T (&items)[N])
    {
        return items[m_rng.bounded(int(N))];
    }
    bool chance(int percent) { return int(m_rng.bounded(100)) < percent; }

    QRandomGenerator m_rng;
    int m_serverIndex = 0;
    QStringList m_users;
    int m_ipv4Blocks = 4; // inner IPv4 pool size in /24 blocks
};
