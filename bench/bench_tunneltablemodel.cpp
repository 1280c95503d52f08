// How long TunnelTableModel::applySnapshot takes at the scale product.md names (20 servers x
// 2,500 tunnels = 50,000 rows), against a baseline that resets the model on every poll, and how
// much memory a row costs. Prints medians and spread; see bench/run.sh.

#include "tunnelfiltermodel.h"
#include "tunneltablemodel.h"

#include <QAbstractTableModel>
#include <QCoreApplication>
#include <QRandomGenerator>
#include <QTextStream>

#include <malloc.h>
#include <time.h>

#include <algorithm>
#include <functional>
#include <vector>

using namespace Qt::Literals::StringLiterals;
using Column = TunnelTableModel::Column;

namespace {

constexpr int kServers = 20;
constexpr int kTunnelsPerServer = 2500;

QTextStream &out()
{
    static QTextStream stream(stdout);
    return stream;
}

// A string in its own allocation, as a reply parser makes it (literals would share static data
// and hide the memory a real listing costs).
QString parsed(QStringView text)
{
    return QString(text.data(), text.size());
}

// One server's tunnels, as a poll would list them, and how they move between polls.
class ServerSim
{
public:
    ServerSim(int server, quint32 seed) : m_server(server), m_random(seed)
    {
        for (int i = 0; i < kTunnelsPerServer; ++i)
            m_tunnels.append(makeTunnel());
    }

    const QList<Tunnel> &tunnels() const { return m_tunnels; }

    // `churn` of the tunnels leave and as many arrive; `counters` of them move traffic; every
    // tunnel's duration ticks when `tick` is set (as the server reports it on each poll).
    void advance(double churn, double counters, bool tick)
    {
        const int moving = int(m_tunnels.size() * churn);
        for (int i = 0; i < moving; ++i)
            m_tunnels.removeAt(m_random.bounded(m_tunnels.size()));
        for (int i = 0; i < moving; ++i)
            m_tunnels.insert(m_random.bounded(m_tunnels.size() + 1), makeTunnel());
        const int active = int(m_tunnels.size() * counters);
        for (int i = 0; i < active; ++i) {
            Tunnel &t = m_tunnels[m_random.bounded(m_tunnels.size())];
            t.totalBytesIn += m_random.bounded(100000);
            t.totalBytesOut += m_random.bounded(400000);
        }
        if (tick) {
            for (Tunnel &t : m_tunnels)
                t.connectionDuration += 5;
        }
    }

private:
    Tunnel makeTunnel()
    {
        static const QStringList types{u"Sstp"_s, u"Ikev2"_s, u"L2tp"_s, u"Pptp"_s};
        const int serial = m_serial++;
        Tunnel t;
        t.clientIPv4Address
                = u"10.%1.%2.%3"_s.arg(m_server).arg((serial / 250) % 256).arg(serial % 250 + 1);
        if (m_random.bounded(10) < 3)
            t.clientIPv6Address = u"fd00:%1::%2"_s.arg(m_server).arg(serial, 0, 16);
        QString host = u"LAPTOP-"_s;
        for (int i = 0; i < 6; ++i)
            host += QChar(u'A' + m_random.bounded(26));
        t.hostName = host;
        t.clientExternalAddress = u"%1.%2.%3.%4"_s.arg(m_random.bounded(1, 224))
                                          .arg(m_random.bounded(256))
                                          .arg(m_random.bounded(256))
                                          .arg(m_random.bounded(1, 255));
        t.tunnelType = parsed(types.at(m_random.bounded(types.size())));
        t.transitionTechnology = parsed(u"None");
        t.connectionType = parsed(m_random.bounded(10) == 0 ? u"DirectAccess" : u"Vpn");
        t.healthStatus = parsed(u"OK");
        t.authMethod = parsed(m_random.bounded(2) ? u"EAP" : u"MSCHAPv2");
        t.userActivityState = parsed(m_random.bounded(3) ? u"Active" : u"Idle");
        t.userName = {u"CORP\\user"_s + QString::number(m_server * 100000 + serial)};
        const quint32 age = m_random.bounded(8 * 3600);
        t.connectionStartTime = QDateTime::currentDateTimeUtc().addSecs(-qint64(age));
        t.connectionDuration = age;
        t.totalBytesIn = m_random.bounded(500'000'000);
        t.totalBytesOut = m_random.bounded(2'000'000'000);
        t.bandwidth = 1000;
        t.routingDomain = QString();
        return t;
    }

    int m_server;
    QRandomGenerator m_random;
    int m_serial = 0;
    QList<Tunnel> m_tunnels;
};

// The baseline: what a model that resets on every poll costs. It keeps the snapshots as they
// come and answers the same roles the proxy sorts by.
class ResetModel final : public QAbstractTableModel
{
public:
    void applySnapshot(const QString &server, const QList<Tunnel> &tunnels)
    {
        beginResetModel();
        m_snapshots.insert(server, tunnels);
        m_rows.clear();
        for (auto it = m_snapshots.cbegin(); it != m_snapshots.cend(); ++it) {
            for (const Tunnel &t : it.value())
                m_rows.push_back(&t);
        }
        endResetModel();
    }
    int rowCount(const QModelIndex &parent = {}) const override
    {
        return parent.isValid() ? 0 : int(m_rows.size());
    }
    int columnCount(const QModelIndex &parent = {}) const override
    {
        return parent.isValid() ? 0 : int(Column::Count);
    }
    QVariant data(const QModelIndex &index, int role) const override
    {
        if (!index.isValid())
            return {};
        const Tunnel &t = *m_rows[size_t(index.row())];
        if (role == TunnelTableModel::RawValueRole && index.column() == int(Column::BytesIn))
            return qulonglong(t.totalBytesIn);
        if (role == Qt::DisplayRole || role == TunnelTableModel::RawValueRole)
            return t.hostName;
        return {};
    }

private:
    QHash<QString, QList<Tunnel>> m_snapshots;
    std::vector<const Tunnel *> m_rows;
};

struct Stats
{
    double median = 0, p10 = 0, p90 = 0, min = 0, max = 0;
    int samples = 0;
};

Stats stats(std::vector<double> ms)
{
    Stats s;
    if (ms.empty())
        return s;
    std::sort(ms.begin(), ms.end());
    const auto at = [&ms](double q) {
        return ms[size_t(q * double(ms.size() - 1) + 0.5)];
    };
    s.median = at(0.5);
    s.p10 = at(0.1);
    s.p90 = at(0.9);
    s.min = ms.front();
    s.max = ms.back();
    s.samples = int(ms.size());
    return s;
}

void printRow(const QString &name, const Stats &s)
{
    out() << name.leftJustified(52) << QString::number(s.median, 'f', 3).rightJustified(9)
          << QString::number(s.p10, 'f', 3).rightJustified(9)
          << QString::number(s.p90, 'f', 3).rightJustified(9)
          << QString::number(s.min, 'f', 3).rightJustified(9)
          << QString::number(s.max, 'f', 3).rightJustified(10)
          << QString::number(s.samples).rightJustified(6) << Qt::endl;
}

// CPU time of this thread: on a shared build machine wall time mostly measures the neighbours.
qint64 cpuNanoseconds()
{
    timespec ts{};
    clock_gettime(CLOCK_THREAD_CPUTIME_ID, &ts);
    return qint64(ts.tv_sec) * 1'000'000'000 + ts.tv_nsec;
}

size_t heapInUse()
{
    malloc_trim(0);
    return mallinfo2().uordblks;
}

QString serverId(int server)
{
    return u"rras%1"_s.arg(server + 1);
}

// Runs `rounds` polls of every server and times each applySnapshot-like call.
template<typename Apply>
std::vector<double> measure(std::vector<ServerSim> &servers, int rounds, double churn,
                            double counters, bool tick, Apply apply)
{
    std::vector<double> ms;
    for (int round = 0; round < rounds; ++round) {
        for (int s = 0; s < kServers; ++s) {
            servers[size_t(s)].advance(churn, counters, tick);
            const QList<Tunnel> snapshot = servers[size_t(s)].tunnels(); // as a poll delivers it
            const qint64 start = cpuNanoseconds();
            apply(serverId(s), snapshot);
            ms.push_back(double(cpuNanoseconds() - start) / 1e6);
        }
    }
    return ms;
}

std::vector<ServerSim> makeServers(quint32 seed)
{
    std::vector<ServerSim> servers;
    servers.reserve(kServers);
    for (int s = 0; s < kServers; ++s)
        servers.emplace_back(s, seed + quint32(s));
    return servers;
}

} // namespace

int main(int argc, char **argv)
{
    QCoreApplication app(argc, argv);
    const int rounds = qEnvironmentVariableIntValue("BENCH_ROUNDS") > 0
            ? qEnvironmentVariableIntValue("BENCH_ROUNDS")
            : 10;

    out() << "TunnelTableModel::applySnapshot: " << kServers << " servers x " << kTunnelsPerServer
          << " tunnels = " << kServers * kTunnelsPerServer << " rows" << Qt::endl;

    // Memory: the model is the only owner of its strings once the snapshots are gone.
    double bytesPerRow = 0;
    double fillMs = 0;
    {
        const size_t before = heapInUse();
        TunnelTableModel model;
        {
            std::vector<ServerSim> servers = makeServers(1);
            const qint64 start = cpuNanoseconds();
            for (int s = 0; s < kServers; ++s)
                model.applySnapshot(serverId(s), servers[size_t(s)].tunnels());
            fillMs = double(cpuNanoseconds() - start) / 1e6;
        }
        const size_t after = heapInUse();
        bytesPerRow = double(after - before) / double(model.rowCount());
    }
    out() << "initial fill (20 first snapshots): " << QString::number(fillMs, 'f', 1) << " ms"
          << Qt::endl;
    out() << "memory per row (model only, strings included): "
          << QString::number(bytesPerRow, 'f', 0) << " bytes" << Qt::endl
          << Qt::endl;

    out() << u"CPU ms per server snapshot (2,500 tunnels)"_s.leftJustified(52)
          << "   median      p10      p90"
          << "      min       max     n" << Qt::endl;

    // The model alone: the cost on the GUI thread before any view or proxy.
    Stats diffFew;
    Stats diffAll;
    {
        std::vector<ServerSim> servers = makeServers(1);
        TunnelTableModel model;
        for (int s = 0; s < kServers; ++s)
            model.applySnapshot(serverId(s), servers[size_t(s)].tunnels());
        const auto apply = [&model](const QString &id, const QList<Tunnel> &snapshot) {
            model.applySnapshot(id, snapshot);
        };
        measure(servers, 1, 0.01, 0.2, false, apply); // warm-up
        printRow(u"diff, identical snapshot"_s,
                 stats(measure(servers, rounds, 0, 0, false, apply)));
        diffFew = stats(measure(servers, rounds, 0.01, 0.2, false, apply));
        printRow(u"diff, 1% churn + 20% counters"_s, diffFew);
        diffAll = stats(measure(servers, rounds, 0.01, 0.2, true, apply));
        printRow(u"diff, 1% churn + 20% counters + every duration"_s, diffAll);
    }
    Stats resetAlone;
    {
        std::vector<ServerSim> servers = makeServers(1);
        ResetModel model;
        for (int s = 0; s < kServers; ++s)
            model.applySnapshot(serverId(s), servers[size_t(s)].tunnels());
        const auto apply = [&model](const QString &id, const QList<Tunnel> &snapshot) {
            model.applySnapshot(id, snapshot);
        };
        resetAlone = stats(measure(servers, rounds, 0.01, 0.2, false, apply));
        printRow(u"reset baseline, 1% churn + 20% counters"_s, resetAlone);
    }

    // With a proxy sorting by bytes in (the counters that move): what a view's model costs.
    const int proxyRounds = std::max(1, rounds / 3);
    Stats diffProxy;
    Stats diffProxyAll;
    {
        std::vector<ServerSim> servers = makeServers(1);
        TunnelTableModel model;
        TunnelFilterModel proxy;
        proxy.setSourceModel(&model);
        proxy.sort(int(Column::BytesIn), Qt::DescendingOrder);
        for (int s = 0; s < kServers; ++s)
            model.applySnapshot(serverId(s), servers[size_t(s)].tunnels());
        const auto apply = [&model](const QString &id, const QList<Tunnel> &snapshot) {
            model.applySnapshot(id, snapshot);
        };
        diffProxy = stats(measure(servers, proxyRounds, 0.01, 0.2, false, apply));
        printRow(u"diff + sorted proxy, 1% churn + 20% counters"_s, diffProxy);
        diffProxyAll = stats(measure(servers, proxyRounds, 0.01, 0.2, true, apply));
        printRow(u"diff + sorted proxy, ... + every duration"_s, diffProxyAll);
        // A server going stale marks its whole block (StaleRole over every column).
        std::vector<double> staleMs;
        for (int s = 0; s < kServers; ++s) {
            const qint64 start = cpuNanoseconds();
            model.setServerStale(serverId(s), true);
            staleMs.push_back(double(cpuNanoseconds() - start) / 1e6);
        }
        printRow(u"setServerStale + sorted proxy (2,500 rows)"_s, stats(staleMs));
    }
    Stats resetProxy;
    {
        std::vector<ServerSim> servers = makeServers(1);
        ResetModel model;
        QSortFilterProxyModel proxy;
        proxy.setSortRole(TunnelTableModel::RawValueRole);
        proxy.setDynamicSortFilter(true);
        proxy.setSourceModel(&model);
        proxy.sort(int(Column::BytesIn), Qt::DescendingOrder);
        for (int s = 0; s < kServers; ++s)
            model.applySnapshot(serverId(s), servers[size_t(s)].tunnels());
        const auto apply = [&model](const QString &id, const QList<Tunnel> &snapshot) {
            model.applySnapshot(id, snapshot);
        };
        resetProxy = stats(measure(servers, proxyRounds, 0.01, 0.2, false, apply));
        printRow(u"reset baseline + sorted proxy, 1% churn + 20%"_s, resetProxy);
    }

    out() << Qt::endl
          << "ratio reset/diff (medians), model alone: "
          << QString::number(resetAlone.median / diffFew.median, 'f', 1) << "x" << Qt::endl
          << "ratio reset/diff (medians), with sorted proxy: "
          << QString::number(resetProxy.median / diffProxy.median, 'f', 1) << "x" << Qt::endl;
    return 0;
}
