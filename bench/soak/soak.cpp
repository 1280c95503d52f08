// Soak (issue 9, point 3): the console's logic, headless, against rras-sim for a long time.
//
// The objects and their wiring are the console's (ui/main.cpp, MainWindow::connectServerSet(),
// DisconnectController::run()/onFinished()), minus the widgets: a ServerSet polling every
// server, a TunnelTableModel fed by its snapshots behind a sorted TunnelFilterModel, and every
// 30 s a disconnect job over a random handful of live sessions on a few servers, recorded in a
// HistoryStore (in a temporary folder) before anything is sent and settled outcome by outcome.
// rras-sim runs as a separate process with churn and random injected faults, so only the
// console's side is measured here.
//
// Every --report-s seconds one line: resident memory (VmRSS of this process and of rras-sim),
// rows, poll latency percentiles, errors by kind, jobs done. At the end:
//   - the history holds every job that was submitted, Finished, with every session in order and
//     the outcome BulkDisconnect reported for it (compared field by field with what was kept
//     in memory when the job ran);
//   - resident memory after warm-up stays flat: the median of the last third of the samples is
//     within --rss-tolerance (10 %) of the median of the second third.
// Exit code 0 when both hold, 1 when history rows are missing or wrong, 2 when memory grew,
// 3 when the run could not start.
//
//   rras_soak [--minutes 30 | --seconds S] [--servers 50] [--tunnels 1000] [--interval-ms 2000]
//             [--job-every-s 30] [--report-s 60] [--churn 60] [--seed 1] [--fault SPEC]...
#include "outcomemodel.h"
#include "rras/bulkdisconnect.h"
#include "rras/serverset.h"
#include "store/historystore.h"
#include "tunnelfiltermodel.h"
#include "tunneltablemodel.h"

#include <QCommandLineParser>
#include <QElapsedTimer>
#include <QFile>
#include <QGuiApplication>
#include <QHash>
#include <QLoggingCategory>
#include <QMap>
#include <QNetworkAccessManager>
#include <QPointer>
#include <QProcess>
#include <QRandomGenerator>
#include <QSet>
#include <QTemporaryDir>
#include <QTimer>

#include <algorithm>
#include <cstdio>
#include <map>
#include <vector>

namespace {

// VmRSS of a process, in KiB; -1 when unknown.
qint64 residentKb(const QString &pid = QStringLiteral("self"))
{
    QFile file(u"/proc/" + pid + u"/status");
    if (!file.open(QIODevice::ReadOnly))
        return -1;
    const QList<QByteArray> lines = file.readAll().split('\n');
    for (const QByteArray &line : lines) {
        if (line.startsWith("VmRSS:"))
            return line.mid(6).trimmed().split(' ').value(0).toLongLong();
    }
    return -1;
}

double percentile(std::vector<qint64> values, double p)
{
    if (values.empty())
        return 0;
    std::sort(values.begin(), values.end());
    const size_t index = std::min(values.size() - 1, size_t(p * double(values.size() - 1) + 0.5));
    return double(values[index]);
}

double median(std::vector<qint64> values)
{
    return percentile(std::move(values), 0.5);
}

// "Http 500", "Fault w:TimedOut", "Transport", ...: the kind and what distinguishes it.
QString errorLabel(const WsmanError &error)
{
    QString label = WsmanError::kindName(error.kind);
    if (error.kind == WsmanError::Kind::Http || error.kind == WsmanError::Kind::Auth)
        label += u' ' + QString::number(error.httpStatus);
    else if (error.kind == WsmanError::Kind::Fault)
        label += u' ' + error.subcode;
    return label;
}

QString countsText(const std::map<QString, int> &counts)
{
    QStringList parts;
    for (const auto &[label, n] : counts)
        parts.append(label + u'=' + QString::number(n));
    return parts.isEmpty() ? QStringLiteral("none") : parts.join(QStringLiteral(", "));
}

void print(const QString &line)
{
    std::fputs(qPrintable(line), stdout);
    std::fputc('\n', stdout);
    std::fflush(stdout);
}

// One submitted job as this program saw it: what it asked for, what BulkDisconnect reported.
struct SubmittedJob
{
    qint64 id = 0;
    QList<HistorySession> sessions;
    QHash<SessionKey, DisconnectOutcome> outcomes;
    bool finished = false;
};

} // namespace

int main(int argc, char *argv[])
{
    qputenv("QT_QPA_PLATFORM", "offscreen");
    QGuiApplication app(argc, argv);
    QCoreApplication::setApplicationName(QStringLiteral("rras-soak"));
    // One line per request would drown the report (and cost more than what is measured).
    QLoggingCategory::setFilterRules(QStringLiteral("*.debug=false\n*.info=false"));

    QCommandLineParser parser;
    parser.setApplicationDescription(QStringLiteral("Soak of the console's models, pollers, "
                                                    "disconnect jobs and history."));
    parser.addHelpOption();
    auto option = [&](const char *name, const char *help, const char *value, const char *def) {
        QCommandLineOption o(QString::fromLatin1(name), QString::fromLatin1(help),
                             QString::fromLatin1(value), QString::fromLatin1(def));
        parser.addOption(o);
        return o;
    };
    const auto minutesOpt = option("minutes", "Duration in minutes.", "M", "30");
    const auto secondsOpt
            = option("seconds", "Duration in seconds (overrides --minutes).", "S", "");
    const auto serversOpt = option("servers", "Simulated servers.", "N", "50");
    const auto tunnelsOpt = option("tunnels", "Tunnels per server.", "K", "1000");
    const auto intervalOpt = option("interval-ms", "Poll interval.", "MS", "2000");
    const auto jobOpt = option("job-every-s", "A disconnect job every S seconds.", "S", "30");
    const auto reportOpt = option("report-s", "A report line every S seconds.", "S", "60");
    const auto sampleOpt = option("sample-s", "A memory sample every S seconds.", "S", "5");
    const auto churnOpt
            = option("churn", "Tunnels arriving and leaving per minute per server.", "R", "60");
    const auto seedOpt = option("seed", "Seed of the simulator and of the job picks.", "S", "1");
    const auto toleranceOpt
            = option("rss-tolerance", "Allowed RSS growth after warm-up (%).", "P", "10");
    const auto faultOpt
            = option("fault", "rras-sim --fault SPEC (repeatable); default a mix.", "SPEC", "");
    const auto simOpt = option("sim", "Path of rras-sim.", "PATH", RRAS_SIM_PATH);
    parser.process(app);

    const qint64 durationMs = parser.isSet(secondsOpt)
            ? parser.value(secondsOpt).toLongLong() * 1000
            : parser.value(minutesOpt).toLongLong() * 60000;
    const int serverCount = parser.value(serversOpt).toInt();
    const int tunnelCount = parser.value(tunnelsOpt).toInt();
    const int intervalMs = parser.value(intervalOpt).toInt();
    const int jobEveryMs = parser.value(jobOpt).toInt() * 1000;
    const int reportMs = parser.value(reportOpt).toInt() * 1000;
    const int sampleMs = parser.value(sampleOpt).toInt() * 1000;
    const double tolerance = parser.value(toleranceOpt).toDouble() / 100.0;
    const quint32 seed = parser.value(seedOpt).toUInt();
    QStringList faults = parser.values(faultOpt);
    faults.removeAll(QString());
    if (faults.isEmpty()) {
        // Low rates: most polls succeed, each kind still shows up many times in 30 minutes.
        faults = {QStringLiteral("delay:1500@0.03"), QStringLiteral("http500@0.01"),
                  QStringLiteral("reset@0.01"),      QStringLiteral("timeout@0.01"),
                  QStringLiteral("truncate@0.005"),  QStringLiteral("badxml@0.005")};
    }
    if (durationMs <= 0 || serverCount <= 0 || tunnelCount <= 0 || intervalMs <= 0) {
        std::fprintf(stderr, "rras_soak: bad arguments\n");
        return 3;
    }

    // The reply holds all tunnels of a server (about 1.3 KB each): both sides get room for it.
    const int envelopeKb = std::max(500, tunnelCount * 2);
    QTemporaryDir dataDir;
    QProcess sim;
    QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
    env.insert(QStringLiteral("RRAS_SOAK_PW"), QStringLiteral("soak"));
    sim.setProcessEnvironment(env);
    sim.setProcessChannelMode(QProcess::SeparateChannels);
    sim.setStandardErrorFile(QProcess::nullDevice());
    QStringList simArgs = {QStringLiteral("--servers"),
                           QString::number(serverCount),
                           QStringLiteral("--tunnels"),
                           QString::number(tunnelCount),
                           QStringLiteral("--churn"),
                           parser.value(churnOpt),
                           QStringLiteral("--seed"),
                           QString::number(seed),
                           QStringLiteral("--max-envelope-kb"),
                           QString::number(envelopeKb),
                           QStringLiteral("--user"),
                           QStringLiteral("soak"),
                           QStringLiteral("--password-env"),
                           QStringLiteral("RRAS_SOAK_PW"),
                           QStringLiteral("--allow-unencrypted"),
                           QStringLiteral("--quiet")};
    for (const QString &f : std::as_const(faults))
        simArgs << QStringLiteral("--fault") << f;
    sim.start(parser.value(simOpt), simArgs);
    QStringList urls;
    QElapsedTimer wait;
    wait.start();
    while (urls.size() < serverCount && wait.elapsed() < 60000
           && sim.state() != QProcess::NotRunning) {
        sim.waitForReadyRead(1000);
        while (sim.canReadLine()) {
            const QStringList parts = QString::fromUtf8(sim.readLine()).split(u' ');
            if (parts.size() >= 3 && parts.first() == u"READY")
                urls.append(parts.at(2).trimmed());
        }
    }
    if (urls.size() < serverCount) {
        std::fprintf(stderr, "rras_soak: rras-sim did not start (%s)\n",
                     qPrintable(sim.errorString()));
        return 3;
    }
    const QString simPid = QString::number(sim.processId());
    print(QStringLiteral("soak: %1 servers x %2 tunnels, poll %3 ms, job every %4 s, %5 s, "
                         "faults %6, history in %7")
                  .arg(serverCount)
                  .arg(tunnelCount)
                  .arg(intervalMs)
                  .arg(jobEveryMs / 1000)
                  .arg(durationMs / 1000)
                  .arg(faults.join(u' '), dataDir.path()));

    // ui/main.cpp: the history first, then the network and the servers.
    HistoryStore history;
    if (!history.open(dataDir.path())) {
        std::fprintf(stderr, "rras_soak: history: %s\n", qPrintable(history.lastError().summary()));
        return 3;
    }
    QNetworkAccessManager nam;
    ServerSet servers(&nam);

    // MainWindow's models and MainWindow::connectServerSet().
    TunnelTableModel tunnels;
    TunnelFilterModel filter;
    filter.setSourceModel(&tunnels);
    filter.sort(int(TunnelTableModel::Column::Server), Qt::AscendingOrder);

    // Measurements: every poll from its start to its end, success or failure.
    std::vector<qint64> latencies; // since the last report
    std::vector<qint64> allLatencies;
    QHash<QString, QElapsedTimer> pollClocks;
    std::map<QString, int> errors;      // since the start
    std::map<QString, int> jobOutcomes; // since the start
    qint64 polls = 0;
    qint64 snapshots = 0;
    auto pollEnded = [&](const QString &id) {
        auto it = pollClocks.find(id);
        if (it == pollClocks.end() || !it->isValid())
            return;
        const qint64 ms = it->elapsed();
        it->invalidate();
        latencies.push_back(ms);
        allLatencies.push_back(ms);
    };

    auto add = [&](const QString &id) {
        const ServerProfile profile = servers.profile(id);
        tunnels.setServerName(id, profile.name);
        if (ServerPoller *poller = servers.poller(id)) {
            QObject::connect(poller, &ServerPoller::pollStarted, &app, [&](const QString &sid) {
                ++polls;
                pollClocks[sid].start();
            });
            QObject::connect(poller, &ServerPoller::pollFailed, &app,
                             [&](const QString &sid, const WsmanError &error) {
                                 pollEnded(sid);
                                 ++errors[errorLabel(error)];
                             });
        }
    };
    QObject::connect(&servers, &ServerSet::serverAdded, &app, add);
    QObject::connect(&servers, &ServerSet::serverRemoved, &app,
                     [&](const QString &id) { tunnels.removeServer(id); });
    // Timed before the model's own slot so the latency excludes the model's work.
    QObject::connect(&servers, &ServerSet::snapshotReady, &app, [&](const QString &id) {
        ++snapshots;
        pollEnded(id);
    });
    QObject::connect(&servers, &ServerSet::snapshotReady, &tunnels,
                     &TunnelTableModel::applySnapshot);
    QObject::connect(&servers, &ServerSet::stateChanged, &app,
                     [&](const QString &id, ServerPoller::State state) {
                         const bool failing = state == ServerPoller::State::Stale
                                 || state == ServerPoller::State::AuthFailed
                                 || state == ServerPoller::State::Unreachable;
                         tunnels.setServerStale(id, failing);
                     });

    // ui/main.cpp --demo: one profile per simulated server.
    for (int i = 0; i < serverCount; ++i) {
        ServerProfile profile;
        profile.id = QStringLiteral("soak-%1").arg(i + 1);
        profile.name = QStringLiteral("Soak rras%1").arg(i + 1);
        profile.url = QUrl(urls.at(i));
        profile.user = QStringLiteral("soak");
        profile.allowUnencrypted = true;
        profile.pollIntervalMs = intervalMs;
        profile.maxEnvelopeKb = envelopeKb;
        servers.addServer(profile, QStringLiteral("soak"));
    }

    // DisconnectController::run() and onFinished(), without the confirmation and the dialogs.
    QRandomGenerator random(seed);
    std::vector<SubmittedJob> submitted;
    QPointer<BulkDisconnect> running;
    int jobsDone = 0;
    int jobsSkipped = 0;
    int jobsRefused = 0;
    int historyWriteFailures = 0;
    auto startJob = [&] {
        if (running) {
            ++jobsSkipped; // the console refuses a second disconnect while one runs
            return;
        }
        // A random handful of live sessions on two to four servers with rows.
        QStringList live;
        for (const QString &id : servers.ids()) {
            if (tunnels.totalCount(id) > 0 && !tunnels.isServerStale(id))
                live.append(id);
        }
        if (live.isEmpty() || tunnels.rowCount() == 0)
            return;
        const int serverPick = std::min<int>(int(live.size()), 2 + int(random.bounded(3)));
        QSet<QString> chosen;
        while (chosen.size() < serverPick)
            chosen.insert(live.at(int(random.bounded(int(live.size())))));
        const int wanted = 3 + int(random.bounded(10));
        QList<SessionKey> keys;
        QSet<SessionKey> seen;
        for (int attempt = 0; attempt < wanted * 50 && keys.size() < wanted; ++attempt) {
            const int row = int(random.bounded(tunnels.rowCount()));
            const SessionKey key = tunnels.keyForRow(row);
            if (!chosen.contains(key.serverId) || seen.contains(key) || tunnels.isStale(row)
                || tunnels.operation(key).phase == TunnelOperation::Phase::Disconnecting)
                continue;
            seen.insert(key);
            keys.append(key);
        }
        if (keys.isEmpty())
            return;

        QList<OutcomeModel::Session> sessions;
        sessions.reserve(keys.size());
        for (const SessionKey &key : std::as_const(keys)) {
            const int row = tunnels.rowForKey(key);
            sessions.append({key, tunnels.serverName(key.serverId),
                             row >= 0 ? tunnels.tunnel(row) : Tunnel{}});
        }
        QList<HistorySession> recorded;
        recorded.reserve(sessions.size());
        for (const OutcomeModel::Session &s : std::as_const(sessions))
            recorded.append({s.key, s.serverName, s.tunnel});
        const HistoryJobInfo info{HistoryStore::osUserName(), HistoryStore::workstationName(),
                                  QStringLiteral("soak"), QStringLiteral("console")};
        const std::optional<qint64> id = history.createJob(info, recorded);
        if (!id) {
            ++jobsRefused;
            print(u"history refused a job: " + history.lastError().summary());
            return;
        }
        submitted.push_back({*id, recorded, {}, false});
        const size_t index = submitted.size() - 1;
        auto *outcomes = new OutcomeModel(&app);
        outcomes->setSessions(sessions);

        tunnels.setOperation(keys, TunnelOperation::disconnecting());
        auto *job = new BulkDisconnect(servers.clients(), keys, &app);
        running = job;
        const qint64 jobId = *id;
        QObject::connect(job, &BulkDisconnect::sessionSettled, &app,
                         [&, outcomes, index, jobId](const SessionKey &key,
                                                     const DisconnectOutcome &outcome) {
                             if (!history.recordOutcome(jobId, key, outcome))
                                 ++historyWriteFailures;
                             submitted[index].outcomes.insert(key, outcome);
                             ++jobOutcomes[outcomeName(outcome.outcome)];
                             tunnels.setOperation(
                                     {key},
                                     TunnelOperation::finished(outcome.outcome, outcome.message));
                             outcomes->setOutcome(key, outcome);
                         });
        QObject::connect(job, &BulkDisconnect::finished, &app, [&, job, outcomes, index, jobId] {
            running = nullptr;
            servers.refresh(job->servers());
            job->deleteLater();
            if (!history.finishJob(jobId))
                ++historyWriteFailures;
            submitted[index].finished = true;
            ++jobsDone;
            // The results dialog owned the outcomes; the user closes it.
            outcomes->deleteLater();
        });
        job->start();
    };

    // Memory samples and reports.
    struct Sample
    {
        qint64 atMs;
        qint64 rssKb;
    };
    std::vector<Sample> samples;
    QElapsedTimer clock;
    clock.start();
    QTimer sampler;
    QObject::connect(&sampler, &QTimer::timeout, &app, [&] {
        samples.push_back({clock.elapsed(), residentKb()});
    });
    QTimer reporter;
    QObject::connect(&reporter, &QTimer::timeout, &app, [&] {
        print(QStringLiteral("t=%1s rss=%2 MiB sim-rss=%3 MiB rows=%4 shown=%5 polls=%6 ok=%7 "
                             "latency(ms, last %8 s) p50=%9 p90=%10 p99=%11 jobs=%12 "
                             "skipped=%13 errors: %14")
                      .arg(clock.elapsed() / 1000)
                      .arg(double(residentKb()) / 1024.0, 0, 'f', 1)
                      .arg(double(residentKb(simPid)) / 1024.0, 0, 'f', 1)
                      .arg(tunnels.rowCount())
                      .arg(filter.rowCount())
                      .arg(polls)
                      .arg(snapshots)
                      .arg(reportMs / 1000)
                      .arg(percentile(latencies, 0.5), 0, 'f', 0)
                      .arg(percentile(latencies, 0.9), 0, 'f', 0)
                      .arg(percentile(latencies, 0.99), 0, 'f', 0)
                      .arg(jobsDone)
                      .arg(jobsSkipped)
                      .arg(countsText(errors)));
        latencies.clear();
    });
    QTimer jobs;
    QObject::connect(&jobs, &QTimer::timeout, &app, startJob);
    sampler.start(sampleMs);
    reporter.start(reportMs);
    jobs.start(jobEveryMs);

    // The end: no new job; the one running may finish (a poll timeout is the longest it waits).
    bool stopping = false;
    QTimer::singleShot(durationMs, &app, [&] {
        stopping = true;
        jobs.stop();
        sampler.stop();
        reporter.stop();
        if (!running)
            QCoreApplication::quit();
    });
    QTimer drain;
    QObject::connect(&drain, &QTimer::timeout, &app, [&] {
        if (stopping && !running)
            QCoreApplication::quit();
    });
    drain.start(200);
    QTimer::singleShot(durationMs + 120000, &app, [&] { QCoreApplication::quit(); });
    app.exec();
    const qint64 endRss = residentKb();
    sim.terminate();
    sim.waitForFinished(5000);

    // 1. The history against what was submitted.
    int missingJobs = 0;
    int badItems = 0;
    int checkedItems = 0;
    const QList<HistoryJob> stored = history.jobs();
    QHash<qint64, HistoryJob> storedById;
    for (const HistoryJob &job : stored)
        storedById.insert(job.id, job);
    for (const SubmittedJob &job : submitted) {
        if (!storedById.contains(job.id)) {
            ++missingJobs;
            print(QStringLiteral("LOST job %1").arg(job.id));
            continue;
        }
        const HistoryJob &s = storedById.value(job.id);
        if (job.finished && s.state != HistoryJobState::Finished) {
            ++badItems;
            print(QStringLiteral("job %1 is %2, not Finished")
                          .arg(job.id)
                          .arg(historyJobStateName(s.state)));
        }
        const QList<HistoryItem> items = history.items(job.id);
        if (items.size() != job.sessions.size()) {
            print(QStringLiteral("job %1: %2 items stored, %3 submitted")
                          .arg(job.id)
                          .arg(items.size())
                          .arg(job.sessions.size()));
            badItems += int(std::abs(job.sessions.size() - items.size()));
        }
        for (qsizetype i = 0; i < std::min(items.size(), job.sessions.size()); ++i) {
            ++checkedItems;
            const HistoryItem &item = items.at(i);
            const HistorySession &session = job.sessions.at(i);
            const auto outcome = job.outcomes.constFind(session.key);
            QString problem;
            if (item.key() != session.key || item.serverName != session.serverName)
                problem = QStringLiteral("another session");
            else if (item.userNames != session.tunnel.userName)
                problem = QStringLiteral("other user names");
            else if (outcome == job.outcomes.cend())
                problem = job.finished ? QStringLiteral("no outcome reported") : QString();
            else if (!item.outcome || *item.outcome != outcome->outcome)
                problem = QStringLiteral("outcome %1 stored, %2 reported")
                                  .arg(item.outcome ? outcomeName(*item.outcome)
                                                    : QStringLiteral("none"),
                                       outcomeName(outcome->outcome));
            else if (item.message != outcome->message || item.code != outcome->code)
                problem = QStringLiteral("other message or code");
            if (!problem.isEmpty()) {
                ++badItems;
                print(QStringLiteral("job %1 item %2 (%3 %4): %5")
                              .arg(job.id)
                              .arg(i)
                              .arg(session.key.serverId, session.key.address, problem));
            }
        }
    }
    const int extraJobs = int(stored.size()) - int(submitted.size()) + missingJobs;

    // 2. Memory after warm-up: the first third is warm-up; compare the medians of the other two.
    std::vector<qint64> second;
    std::vector<qint64> last;
    const size_t n = samples.size();
    for (size_t i = n / 3; i < 2 * n / 3; ++i)
        second.push_back(samples[i].rssKb);
    for (size_t i = 2 * n / 3; i < n; ++i)
        last.push_back(samples[i].rssKb);
    const double secondMedian = median(second);
    const double lastMedian = median(last);
    const double growth = secondMedian > 0 ? (lastMedian - secondMedian) / secondMedian : 0;
    const bool flat = n >= 6 && growth <= tolerance;

    // RSS over time, ten points.
    QStringList curve;
    for (int i = 0; i < 10 && n > 0; ++i) {
        const Sample &s = samples[std::min(n - 1, size_t(i) * n / 10)];
        curve.append(QStringLiteral("%1s:%2")
                             .arg(s.atMs / 1000)
                             .arg(double(s.rssKb) / 1024.0, 0, 'f', 1));
    }
    print(QStringLiteral("---- soak summary ----"));
    print(QStringLiteral("duration %1 s, %2 servers x %3 tunnels, rows at end %4")
                  .arg(clock.elapsed() / 1000)
                  .arg(serverCount)
                  .arg(tunnelCount)
                  .arg(tunnels.rowCount()));
    print(u"rss over time (MiB): " + curve.join(u' '));
    print(QStringLiteral("rss median 2nd third %1 MiB, last third %2 MiB, growth %3 % (limit %4 "
                         "%), end %5 MiB: %6")
                  .arg(secondMedian / 1024.0, 0, 'f', 1)
                  .arg(lastMedian / 1024.0, 0, 'f', 1)
                  .arg(growth * 100.0, 0, 'f', 1)
                  .arg(tolerance * 100.0, 0, 'f', 0)
                  .arg(double(endRss) / 1024.0, 0, 'f', 1)
                  .arg(flat ? QStringLiteral("FLAT") : QStringLiteral("GROWING")));
    print(QStringLiteral("polls %1, snapshots %2, latency ms over the run p50 %3 p90 %4 p99 %5 "
                         "max %6")
                  .arg(polls)
                  .arg(snapshots)
                  .arg(percentile(allLatencies, 0.5), 0, 'f', 0)
                  .arg(percentile(allLatencies, 0.9), 0, 'f', 0)
                  .arg(percentile(allLatencies, 0.99), 0, 'f', 0)
                  .arg(percentile(allLatencies, 1.0), 0, 'f', 0));
    print(u"poll errors by kind: " + countsText(errors));
    print(u"disconnect outcomes: " + countsText(jobOutcomes));
    print(QStringLiteral("jobs submitted %1, done %2, skipped (one still running) %3, refused by "
                         "the history %4, history write failures %5")
                  .arg(submitted.size())
                  .arg(jobsDone)
                  .arg(jobsSkipped)
                  .arg(jobsRefused)
                  .arg(historyWriteFailures));
    print(QStringLiteral("history: %1 jobs stored, %2 missing, %3 unexpected; %4 items checked, "
                         "%5 wrong or missing: %6")
                  .arg(stored.size())
                  .arg(missingJobs)
                  .arg(extraJobs)
                  .arg(checkedItems)
                  .arg(badItems)
                  .arg(missingJobs == 0 && badItems == 0 && extraJobs == 0
                                       && historyWriteFailures == 0 && !submitted.empty()
                               ? QStringLiteral("OK")
                               : QStringLiteral("FAILED")));
    if (missingJobs > 0 || badItems > 0 || extraJobs != 0 || historyWriteFailures > 0
        || submitted.empty())
        return 1;
    return flat ? 0 : 2;
}
