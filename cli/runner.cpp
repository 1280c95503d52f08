#include "runner.h"

#include "auth/authenticator.h"
#include "disconnectrun.h"
#include "report/csvexporter.h"
#include "report/historyreport.h"
#include "report/htmlexporter.h"
#include "report/jsonexporter.h"
#include "report/pdf/pdfexporter.h"
#include "rras/hostaddress.h"
#include "rras/serverconnection.h"
#include "rras/wsmanrrasclient.h"
#include "stdstreams.h"
#include "store/historystore.h"
#include "wsman/backgroundtask.h"
#include "wsman/wsmanclient.h"

#include <QCoreApplication>
#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QHash>
#include <QNetworkAccessManager>
#include <QSet>
#include <QThread>
#include <QThreadPool>

#include <algorithm>
#include <cstdio>
#include <memory>

namespace {

QString serverLabel(const QUrl &url)
{
    return url.toString();
}

} // namespace

Runner::Runner(CliOptions options, QString password, QObject *parent)
    : QObject(parent),
      m_options(std::move(options)),
      m_password(std::move(password)),
      m_nam(new QNetworkAccessManager(this))
{ }

Runner::~Runner() = default;

bool Runner::start(QString *error)
{
    if (!m_options.caFile.isEmpty()) {
        QFile file(m_options.caFile);
        if (!file.open(QIODevice::ReadOnly)) {
            *error = tr("Cannot read the CA file %1: %2").arg(m_options.caFile, file.errorString());
            return false;
        }
        m_caCertificates = QSslCertificate::fromData(file.readAll(), QSsl::Pem);
        if (m_caCertificates.isEmpty()) {
            *error = tr("The CA file %1 holds no PEM certificate.").arg(m_options.caFile);
            return false;
        }
    }
    switch (m_options.command) {
    case Command::List:
        startList();
        break;
    case Command::Disconnect:
        startDisconnect();
        break;
    case Command::History:
        startHistory();
        break;
    case Command::Report:
        startReport();
        break;
    }
    return true;
}

WsmanRrasClient *Runner::makeClient(const QUrl &url)
{
    WsmanEndpoint endpoint;
    endpoint.url = url;
    endpoint.allowUnencrypted = m_options.allowUnencrypted;
    endpoint.maxEnvelopeSize = quint32(m_options.maxEnvelopeKb) * 1024;
    endpoint.operationTimeoutMs = m_options.timeoutSeconds * 1000;
    endpoint.caCertificates = m_caCertificates + m_options.caCertificates;
    endpoint.pinnedSha256 = m_options.pinnedSha256;
    // The authenticator as the console makes it for a profile.
    ServerProfile profile;
    profile.user = m_options.user;
    profile.authMethod = m_options.authMethod;
    auto *wsman = new WsmanClient(m_nam, endpoint, createProfileAuthenticator(profile, m_password),
                                  this);
    m_wsmanClients.append(wsman);
    WsmanRrasClientOptions options;
    options.computerName = m_options.computerName;
    options.serverId = serverLabel(url);
    return new WsmanRrasClient(wsman, options, this);
}

namespace {

QList<ServerTunnel> serverRows(const QString &label, const QList<Tunnel> &tunnels)
{
    QList<ServerTunnel> rows;
    rows.reserve(tunnels.size());
    for (const Tunnel &t : tunnels)
        rows.append({label, t});
    return rows;
}

} // namespace

void Runner::startList()
{
    const qsizetype count = m_options.servers.size();
    m_listed.resize(count);
    m_formatted.resize(count);
    m_done.fill(false, count);
    m_pendingListings = int(count);
    if (m_options.format != OutputFormat::Table)
        writeOut(formatTunnelsHead(m_options.format));
    for (int i = 0; i < m_options.parallel && m_nextListing < count; ++i)
        startNextListing();
}

void Runner::startNextListing()
{
    const qsizetype i = m_nextListing++;
    const QUrl url = m_options.servers.at(i);
    WsmanRrasClient *client = makeClient(url);
    if (!m_parsePool) {
        m_parsePool = new QThreadPool(this);
        m_parsePool->setMaxThreadCount(std::max(1, QThread::idealThreadCount()));
    }
    client->wsmanClient()->setThreadPool(m_parsePool);
    ListTunnelsJob *job = client->listTunnels();
    connect(job, &ListTunnelsJob::finished, this, [this, job, client, i, url] {
        job->deleteLater();
        bool formatting = false;
        if (job->error()) {
            m_anyListingFailed = true;
            //: %1 is the server URL, %2 what went wrong and how to fix it.
            writeErr(tr("%1: %2").arg(serverLabel(url), job->error().userMessage()));
            writeErr(tr("%1: %2").arg(serverLabel(url), job->error().summary()));
        } else {
            const QList<Tunnel> tunnels = job->tunnels();
            m_tunnelCount += tunnels.size();
            const QString label = serverLabel(url); // once, not per row
            if (m_options.format == OutputFormat::Table) {
                m_listed[i] = serverRows(label, tunnels);
            } else if (!tunnels.isEmpty()) {
                // Formatted now, on the parse pool (while other replies arrive or parse), so
                // that only bytes wait for the servers before this one.
                runInBackground(
                        m_parsePool, this,
                        [tunnels, label, format = m_options.format] {
                            return formatTunnelsBody(label, tunnels, format, true);
                        },
                        [this, i](QByteArray chunk) {
                            m_formatted[i] = std::move(chunk);
                            listingDone(i);
                        });
                formatting = true;
            }
        }
        // The client and its connection are done with: a long list of servers does not keep
        // one per server.
        client->deleteLater();
        if (m_nextListing < m_options.servers.size())
            startNextListing();
        if (!formatting)
            listingDone(i);
    });
}

void Runner::listingDone(qsizetype i)
{
    m_done[i] = true;
    writeReadyListings();
    if (--m_pendingListings == 0)
        finishList();
}

void Runner::writeReadyListings()
{
    if (m_options.format == OutputFormat::Table)
        return;
    while (m_nextToWrite < m_done.size() && m_done.at(m_nextToWrite)) {
        QByteArray chunk;
        chunk.swap(m_formatted[m_nextToWrite]);
        ++m_nextToWrite;
        if (chunk.isEmpty())
            continue;
        // Each chunk was formatted as if first; the JSON separator goes between chunks.
        if (m_anyRowWritten && m_options.format == OutputFormat::Json)
            writeOut(QByteArrayLiteral(",\n"));
        writeOut(chunk);
        m_anyRowWritten = true;
    }
}

void Runner::finishList()
{
    if (m_options.format == OutputFormat::Table) {
        QList<ServerTunnel> all;
        for (const QList<ServerTunnel> &rows : std::as_const(m_listed))
            all += rows;
        writeOut(formatTunnels(all, m_options.format));
    } else {
        writeOut(formatTunnelsTail(m_options.format, m_anyRowWritten));
    }
    //: Summary on standard error after a listing.
    writeErr(tr("%1 tunnel(s) on %n server(s)", nullptr, int(m_options.servers.size()))
                     .arg(m_tunnelCount));
    Q_EMIT finished(m_anyListingFailed ? 1 : 0);
}

QString Runner::dataDirectory() const
{
    return m_options.dataDir.isEmpty() ? HistoryStore::defaultDirectory() : m_options.dataDir;
}

void Runner::startDisconnect()
{
    // The history comes first: a job it cannot record is not started.
    m_store = new HistoryStore(this);
    if (!m_store->open(dataDirectory())) {
        //: %1 says what is wrong with the history and how to fix it.
        writeErr(tr("%1 Nothing was sent.").arg(m_store->lastError().summary()));
        Q_EMIT finished(1);
        return;
    }
    auto *run = new DisconnectRun(
            m_options, m_store, [this](const QUrl &url) { return makeClient(url); }, this);
    connect(run, &DisconnectRun::finished, this, &Runner::finished);
    run->start();
}

bool Runner::openHistoryForReading(QString *error)
{
    const QString directory = dataDirectory();
    m_store = new HistoryStore(this);
    if (!QFileInfo::exists(QDir(directory).filePath(HistoryStore::databaseFileName()))) {
        //: %1 is a folder.
        *error = tr("There is no history in %1 yet.").arg(QDir::toNativeSeparators(directory));
        return false;
    }
    // Read-write first, so that jobs cut short by a crash are shown as Interrupted.
    if (m_store->open(directory))
        return true;
    if (m_store->lastError().kind == StoreError::Kind::ReadOnly) {
        HistoryStore::Options options;
        options.readOnly = true;
        if (m_store->open(directory, options))
            return true;
    }
    *error = m_store->lastError().summary();
    return false;
}

void Runner::startHistory()
{
    QString error;
    if (!openHistoryForReading(&error)) {
        writeErr(error);
        // No history yet is an empty history, not a failure.
        if (!QFileInfo::exists(QDir(dataDirectory()).filePath(HistoryStore::databaseFileName()))) {
            writeOut(formatHistory({}, m_options.format));
            Q_EMIT finished(0);
        } else {
            Q_EMIT finished(1);
        }
        return;
    }
    const QList<HistoryJob> jobs = m_store->jobs(m_options.historyFilter);
    if (m_store->lastError()) {
        writeErr(m_store->lastError().summary());
        Q_EMIT finished(1);
        return;
    }
    writeOut(formatHistory(jobs, m_options.format));
    //: Summary on standard error after `rrasctl history`.
    writeErr(tr("%n job(s)", nullptr, int(jobs.size())));
    Q_EMIT finished(0);
}

void Runner::startReport()
{
    QString error;
    if (!openHistoryForReading(&error)) {
        writeErr(error);
        Q_EMIT finished(1);
        return;
    }
    const std::optional<HistoryReport> report = m_options.jobIds.isEmpty()
            ? HistoryReport::forFilter(*m_store, m_options.historyFilter, &error)
            : HistoryReport::forJobs(*m_store, m_options.jobIds, &error);
    if (!report) {
        writeErr(error);
        Q_EMIT finished(1);
        return;
    }
    std::unique_ptr<ReportWriter> writer;
    switch (m_options.reportFormat) {
    case ReportFormat::Csv:
        writer = std::make_unique<CsvExporter>();
        break;
    case ReportFormat::Json:
        writer = std::make_unique<JsonExporter>();
        break;
    case ReportFormat::Html:
        writer = std::make_unique<HtmlExporter>();
        break;
    case ReportFormat::Pdf:
        writer = std::make_unique<PdfExporter>();
        break;
    }
    if (!saveReport(*writer, *report, m_options.outputPath, &error)) {
        writeErr(error);
        Q_EMIT finished(1);
        return;
    }
    //: %1 is a file, %2 "N jobs", %3 "M sessions".
    writeErr(tr("Report written to %1: %2, %3.")
                     .arg(QDir::toNativeSeparators(m_options.outputPath),
                          tr("%n job(s)", nullptr, int(report->jobs.size())),
                          tr("%n session(s)", nullptr, report->sessionCount())));
    Q_EMIT finished(0);
}
