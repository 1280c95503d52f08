// How long TunnelTableModel::applySnapshot takes at the scale product.md names (20 servers x
// 2,500 tunnels = 50,000 rows), against a baseline that applies the same snapshots by a model
// reset, and how much memory a row costs. Prints medians and spread; see bench/run.sh.
//
// The figures that matter are those with what a user has attached: the TunnelFilterModel the
// view shows, sorted by a column that moves on every poll (bytes in), and a selection model
// holding ten selected rows; and the whole stack, with a QTableView shown offscreen and the
// events each poll causes processed. A reset with nothing attached costs next to nothing, so
// the model-only lines are there for reference.

#include "tunnelfiltermodel.h"
#include "tunneltablemodel.h"

#include <QAbstractTableModel>
#include <QApplication>
#include <QHeaderView>
#include <QItemSelectionModel>
#include <QRandomGenerator>
#include <QSortFilterProxyModel>
#include <QTableView>
#include <QTextStream>

#include <malloc.h>
#include <time.h>

// BENCH_PROFILE=1 under callgrind (--collect-atstart=no): only the timed applySnapshot calls
// are collected, so the totals divided by the polls are the cost of one poll.
#if __has_include(<valgrind/callgrind.h>)
#    include <valgrind/callgrind.h>
#    define RRAS_BENCH_COLLECT() CALLGRIND_TOGGLE_COLLECT
#else
#    define RRAS_BENCH_COLLECT()
#endif

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
        seal();
    }

    const QList<Tunnel> &tunnels() const { return m_tunnels; }

    // Whether the listings carry fingerprints, as TunnelListReader's do (it computes them on
    // the pool thread that parses the reply; a listing read by the generic parser has none).
    void setFingerprints(bool on)
    {
        m_fingerprints = on;
        seal();
    }

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
        seal();
    }

private:
    // What the reader does for every tunnel of every listing (untimed: not the GUI thread's).
    void seal()
    {
        for (Tunnel &t : m_tunnels) {
            if (m_fingerprints)
                t.setFingerprint();
            else
                t.clearFingerprint();
        }
    }

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
    bool m_fingerprints = true;
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

// Runs `rounds` polls of every server and times each applySnapshot-like call; `prepare` runs
// untimed before each one (a reset's baseline selects its rows again first).
template<typename Apply, typename Prepare>
std::vector<double> measure(std::vector<ServerSim> &servers, int rounds, double churn,
                            double counters, bool tick, Apply apply, Prepare prepare)
{
    std::vector<double> ms;
    for (int round = 0; round < rounds; ++round) {
        for (int s = 0; s < kServers; ++s) {
            servers[size_t(s)].advance(churn, counters, tick);
            const QList<Tunnel> snapshot = servers[size_t(s)].tunnels(); // as a poll delivers it
            prepare();
            const qint64 start = cpuNanoseconds();
            apply(serverId(s), snapshot);
            ms.push_back(double(cpuNanoseconds() - start) / 1e6);
        }
    }
    return ms;
}

template<typename Apply>
std::vector<double> measure(std::vector<ServerSim> &servers, int rounds, double churn,
                            double counters, bool tick, Apply apply)
{
    return measure(servers, rounds, churn, counters, tick, apply, [] {});
}

std::vector<ServerSim> makeServers(quint32 seed)
{
    std::vector<ServerSim> servers;
    servers.reserve(kServers);
    for (int s = 0; s < kServers; ++s)
        servers.emplace_back(s, seed + quint32(s));
    return servers;
}

// What a user has attached to the model: the sorted proxy and a selection of ten rows.
struct Attached
{
    explicit Attached(TunnelTableModel *model)
    {
        proxy.setSourceModel(model);
        proxy.sort(int(Column::BytesIn), Qt::DescendingOrder);
    }
    // Ten rows spread over the view, when fewer than ten are selected (after a reset).
    void select()
    {
        if (selection.selectedRows().size() >= 10 || proxy.rowCount() < 10)
            return;
        selection.clear();
        for (int i = 0; i < 10; ++i) {
            selection.select(proxy.index(proxy.rowCount() * i / 10, 0),
                             QItemSelectionModel::Select | QItemSelectionModel::Rows);
        }
        selection.setCurrentIndex(proxy.index(proxy.rowCount() / 2, 0),
                                  QItemSelectionModel::NoUpdate);
    }
    TunnelFilterModel proxy;
    QItemSelectionModel selection{&proxy};
};

template<typename F> double cpuMs(F f)
{
    const qint64 start = cpuNanoseconds();
    f();
    return double(cpuNanoseconds() - start) / 1e6;
}

} // namespace

int main(int argc, char **argv)
{
    QApplication app(argc, argv); // a QTableView for the whole stack's figures (offscreen)
    const int rounds = qEnvironmentVariableIntValue("BENCH_ROUNDS") > 0
            ? qEnvironmentVariableIntValue("BENCH_ROUNDS")
            : 10;
    constexpr double churn = 0.05;
    constexpr double counters = 0.2;

    out() << "TunnelTableModel::applySnapshot: " << kServers << " servers x " << kTunnelsPerServer
          << " tunnels = " << kServers * kTunnelsPerServer << " rows; a poll: " << churn * 100
          << "% of a server's tunnels leave and as many arrive, " << counters * 100
          << "% move traffic" << Qt::endl;

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
    out() << "initial fill (20 first snapshots, model only): " << QString::number(fillMs, 'f', 1)
          << " ms" << Qt::endl;
    {
        // What the fingerprints cost the thread that parses a listing (not the GUI thread).
        std::vector<ServerSim> servers = makeServers(1);
        std::vector<double> ms;
        quint64 sink = 0;
        for (int i = 0; i < 20; ++i) {
            ms.push_back(cpuMs([&] {
                for (const Tunnel &t : servers[size_t(i)].tunnels())
                    sink += t.computeFingerprint(); // the cost of setFingerprint()
            }));
        }
        const Stats s = stats(ms);
        out() << "fingerprints of one listing (2,500 tunnels, parse thread): "
              << QString::number(s.median, 'f', 3) << " ms median" << (sink == 0 ? " " : "")
              << Qt::endl;
    }
    out() << "(d) memory per row (model only, strings included): "
          << QString::number(bytesPerRow, 'f', 0) << " bytes (target < 1024)" << Qt::endl
          << Qt::endl;

    out() << u"CPU ms per server snapshot (2,500 tunnels)"_s.leftJustified(52)
          << "   median      p10      p90"
          << "      min       max     n" << Qt::endl;

    // BENCH_PROFILE=1: only the polls of (a) with the proxy and selection, for a profiler.
    if (qEnvironmentVariableIntValue("BENCH_PROFILE") > 0) {
        std::vector<ServerSim> servers = makeServers(1);
        TunnelTableModel model;
        Attached user(&model);
        for (int s = 0; s < kServers; ++s)
            model.applySnapshot(serverId(s), servers[size_t(s)].tunnels());
        user.select();
        const auto apply = [&model](const QString &id, const QList<Tunnel> &snapshot) {
            RRAS_BENCH_COLLECT();
            model.applySnapshot(id, snapshot);
            RRAS_BENCH_COLLECT();
        };
        printRow(u"(a) + sorted proxy + selection, 5% churn + 20%"_s,
                 stats(measure(servers, rounds, churn, counters, false, apply)));
        return 0;
    }

    // The model alone: the cost on the GUI thread before any view or proxy.
    Stats identicalAlone;
    Stats diffAlone;
    Stats resetAlone;
    {
        std::vector<ServerSim> servers = makeServers(1);
        TunnelTableModel model;
        for (int s = 0; s < kServers; ++s)
            model.applySnapshot(serverId(s), servers[size_t(s)].tunnels());
        int signals = 0;
        for (const auto signal : {&QAbstractItemModel::dataChanged})
            QObject::connect(&model, signal, [&signals] { ++signals; });
        for (const auto signal :
             {&QAbstractItemModel::rowsInserted, &QAbstractItemModel::rowsRemoved})
            QObject::connect(&model, signal, [&signals] { ++signals; });
        QObject::connect(&model, &QAbstractItemModel::modelReset, [&signals] { ++signals; });
        const auto apply = [&model](const QString &id, const QList<Tunnel> &snapshot) {
            model.applySnapshot(id, snapshot);
        };
        measure(servers, 1, churn, counters, false, apply); // warm-up
        signals = 0;
        identicalAlone = stats(measure(servers, rounds, 0, 0, false, apply));
        printRow(u"(b) model alone, identical snapshot"_s, identicalAlone);
        out() << "    signals emitted by identical snapshots: " << signals << Qt::endl;
        diffAlone = stats(measure(servers, rounds, churn, counters, false, apply));
        printRow(u"(a) model alone, 5% churn + 20% counters"_s, diffAlone);
        printRow(u"    model alone, ... + every duration"_s,
                 stats(measure(servers, rounds, churn, counters, true, apply)));
        const auto reset = [&model](const QString &id, const QList<Tunnel> &snapshot) {
            model.resetSnapshot(id, snapshot);
        };
        resetAlone = stats(measure(servers, rounds, churn, counters, false, reset));
        printRow(u"(c) model alone, same by model reset"_s, resetAlone);
    }

    // With the sorted proxy and a selection: what a user's view costs.
    Stats identicalUser;
    Stats diffUser;
    Stats resetUser;
    {
        std::vector<ServerSim> servers = makeServers(1);
        TunnelTableModel model;
        Attached user(&model);
        for (int s = 0; s < kServers; ++s)
            model.applySnapshot(serverId(s), servers[size_t(s)].tunnels());
        user.select();
        int signals = 0;
        for (const auto signal :
             {&QAbstractItemModel::rowsInserted, &QAbstractItemModel::rowsRemoved})
            QObject::connect(&user.proxy, signal, [&signals] { ++signals; });
        QObject::connect(&user.proxy, &QAbstractItemModel::dataChanged, [&signals] { ++signals; });
        QObject::connect(&user.proxy, &QAbstractItemModel::layoutChanged,
                         [&signals] { ++signals; });
        const auto apply = [&model](const QString &id, const QList<Tunnel> &snapshot) {
            model.applySnapshot(id, snapshot);
        };
        measure(servers, 1, churn, counters, false, apply); // warm-up
        user.select();
        signals = 0;
        identicalUser = stats(measure(servers, rounds, 0, 0, false, apply));
        printRow(u"(b) + sorted proxy + selection, identical"_s, identicalUser);
        out() << "    signals from the proxy on identical snapshots: " << signals << Qt::endl;
        diffUser = stats(measure(servers, rounds, churn, counters, false, apply));
        printRow(u"(a) + sorted proxy + selection, 5% churn + 20%"_s, diffUser);
        printRow(u"    + sorted proxy + selection, ... + durations"_s,
                 stats(measure(servers, rounds, churn, counters, true, apply)));
        // Listings read by the generic parser (readTunnels()) carry no fingerprints: every
        // unchanged tunnel is compared field by field.
        for (ServerSim &server : servers)
            server.setFingerprints(false);
        printRow(u"    (a) with tunnels without fingerprints"_s,
                 stats(measure(servers, rounds, churn, counters, false, apply)));
        for (ServerSim &server : servers)
            server.setFingerprints(true);
        // A server going stale marks its whole block (StaleRole over every column).
        std::vector<double> staleMs;
        for (int s = 0; s < kServers; ++s)
            staleMs.push_back(cpuMs([&] { model.setServerStale(serverId(s), true); }));
        printRow(u"    setServerStale + sorted proxy (2,500 rows)"_s, stats(staleMs));

        // (c) the same polls applied by a model reset, with the same things attached; the
        // selection a reset clears is made again (untimed) before each poll.
        const auto reset = [&model](const QString &id, const QList<Tunnel> &snapshot) {
            model.resetSnapshot(id, snapshot);
        };
        resetUser = stats(measure(servers, rounds, churn, counters, false, reset,
                                  [&user] { user.select(); }));
        printRow(u"(c) + sorted proxy + selection, by model reset"_s, resetUser);

        // (e) sorting and filtering all 50,000 rows in the proxy.
        out() << Qt::endl
              << "(e) TunnelFilterModel over " << model.rowCount() << " rows, CPU ms:" << Qt::endl;
        const auto once = [](const QString &name, double ms) {
            out() << "    " << name.leftJustified(48)
                  << QString::number(ms, 'f', 1).rightJustified(9) << Qt::endl;
        };
        once(u"sort by bytes out (numeric)"_s,
             cpuMs([&] { user.proxy.sort(int(Column::BytesOut), Qt::AscendingOrder); }));
        once(u"sort by host name (text)"_s,
             cpuMs([&] { user.proxy.sort(int(Column::HostName), Qt::AscendingOrder); }));
        once(u"sort by tunnel IPv4 (address)"_s,
             cpuMs([&] { user.proxy.sort(int(Column::TunnelIPv4), Qt::DescendingOrder); }));
        once(u"sort by bytes in, descending"_s,
             cpuMs([&] { user.proxy.sort(int(Column::BytesIn), Qt::DescendingOrder); }));
        once(u"text filter \"user1\" (typed a letter at a time)"_s, cpuMs([&] {
                 user.proxy.setTextFilter(u"u"_s);
                 user.proxy.setTextFilter(u"us"_s);
                 user.proxy.setTextFilter(u"user1"_s);
             }));
        out() << "      rows left: " << user.proxy.rowCount() << Qt::endl;
        once(u"clear text filter"_s, cpuMs([&] { user.proxy.setTextFilter({}); }));
        once(u"activity filter: active (2/3 pass, scattered)"_s,
             cpuMs([&] { user.proxy.setActivityFilter(TunnelFilterModel::Activity::Active); }));
        once(u"address filter 10.3.0.0/16"_s,
             cpuMs([&] { user.proxy.setAddressFilter({u"10.3.0.0/16"_s}); }));
        out() << "      rows left: " << user.proxy.rowCount() << Qt::endl;
        once(u"clear filters"_s, cpuMs([&] { user.proxy.clearFilters(); }));
    }

    // The whole stack a user has: model, sorted proxy, selection and a QTableView shown (offscreen,
    // 1280 x 800), each poll followed by the event processing it causes (the view's layout and
    // the repaint of the rows in sight). A reset costs the view far more than a diff does, and
    // it drops the selection, the current row and the scroll position besides.
    Stats diffView;
    Stats resetView;
    {
        std::vector<ServerSim> servers = makeServers(1);
        TunnelTableModel model;
        Attached user(&model);
        QTableView view;
        view.setModel(&user.proxy);
        view.setSelectionModel(&user.selection);
        view.setSortingEnabled(true);
        view.horizontalHeader()->setSortIndicator(int(Column::BytesIn), Qt::DescendingOrder);
        view.verticalHeader()->hide();
        view.resize(1280, 800);
        view.show();
        for (int s = 0; s < kServers; ++s)
            model.applySnapshot(serverId(s), servers[size_t(s)].tunnels());
        QCoreApplication::processEvents();
        user.select();
        view.scrollTo(user.proxy.index(user.proxy.rowCount() / 2, 0));
        QCoreApplication::processEvents();
        const auto apply = [&model](const QString &id, const QList<Tunnel> &snapshot) {
            model.applySnapshot(id, snapshot);
            QCoreApplication::processEvents();
        };
        measure(servers, 1, churn, counters, false, apply); // warm-up
        user.select();
        diffView = stats(measure(servers, rounds, churn, counters, false, apply));
        printRow(u"(a) + proxy + selection + QTableView, diff"_s, diffView);
        const auto reset = [&model](const QString &id, const QList<Tunnel> &snapshot) {
            model.resetSnapshot(id, snapshot);
            QCoreApplication::processEvents();
        };
        resetView = stats(measure(servers, rounds, churn, counters, false, reset, [&] {
            user.select();
            view.scrollTo(user.proxy.index(user.proxy.rowCount() / 2, 0));
            QCoreApplication::processEvents();
        }));
        printRow(u"(c) + proxy + selection + QTableView, reset"_s, resetView);
    }

    // Before: the same model and diff under a stock QSortFilterProxyModel (what TunnelFilterModel
    // derived from until it became its own proxy; that one compared typed values, a little
    // cheaper than these QVariants).
    Stats diffStock;
    {
        std::vector<ServerSim> servers = makeServers(1);
        TunnelTableModel model;
        QSortFilterProxyModel proxy;
        proxy.setSortRole(TunnelTableModel::RawValueRole);
        proxy.setDynamicSortFilter(true);
        proxy.setSourceModel(&model);
        proxy.sort(int(Column::BytesIn), Qt::DescendingOrder);
        QItemSelectionModel selection(&proxy);
        for (int s = 0; s < kServers; ++s)
            model.applySnapshot(serverId(s), servers[size_t(s)].tunnels());
        for (int i = 0; i < 10; ++i) {
            selection.select(proxy.index(proxy.rowCount() * i / 10, 0),
                             QItemSelectionModel::Select | QItemSelectionModel::Rows);
        }
        const auto apply = [&model](const QString &id, const QList<Tunnel> &snapshot) {
            model.applySnapshot(id, snapshot);
        };
        diffStock = stats(measure(servers, std::max(1, rounds / 3), churn, counters, false, apply));
        printRow(u"    diff + QSortFilterProxyModel + selection"_s, diffStock);
    }

    // The earlier baseline: a minimal model that resets, under a stock QSortFilterProxyModel.
    Stats resetStock;
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
        resetStock
                = stats(measure(servers, std::max(1, rounds / 3), churn, counters, false, apply));
        printRow(u"    minimal reset model + QSortFilterProxyModel"_s, resetStock);
    }

    const auto ratio = [](const Stats &reset, const Stats &diff) -> QString {
        return QString::number(reset.median / diff.median, 'f', 1) + u"x"_s;
    };
    out() << Qt::endl
          << "targets: (a) <= 10 ms median and >= 10x cheaper than (c); (b) < 2 ms, no signals"
          << Qt::endl
          << "ratio (c)/(a), medians, with sorted proxy + selection: " << ratio(resetUser, diffUser)
          << "  (a) " << QString::number(diffUser.median, 'f', 2) << " ms  (c) "
          << QString::number(resetUser.median, 'f', 2) << " ms" << Qt::endl
          << "ratio (c)/(a), medians, model alone: " << ratio(resetAlone, diffAlone) << Qt::endl
          << "ratio (c)/(a), medians, with proxy + selection + QTableView: "
          << ratio(resetView, diffView) << "  (a) " << QString::number(diffView.median, 'f', 2)
          << " ms  (c) " << QString::number(resetView.median, 'f', 2) << " ms" << Qt::endl
          << "ratio minimal reset model + QSortFilterProxyModel / (a): "
          << ratio(resetStock, diffUser) << Qt::endl
          << "diff under QSortFilterProxyModel / diff under TunnelFilterModel: "
          << ratio(diffStock, diffUser) << Qt::endl;
    return 0;
}
