#include "runner.h"

#include "auth/authenticator.h"
#include "rras/hostaddress.h"
#include "rras/wsmanrrasclient.h"
#include "wsman/wsmanclient.h"

#include <QCoreApplication>
#include <QFile>
#include <QHash>
#include <QNetworkAccessManager>

#include <algorithm>
#include <cstdio>

namespace {

void writeOut(const QByteArray &data)
{
    std::fwrite(data.constData(), 1, size_t(data.size()), stdout);
    std::fflush(stdout);
}

void writeErr(const QString &line)
{
    const QByteArray data = QStringLiteral("rrasctl: %1\n").arg(line).toLocal8Bit();
    std::fwrite(data.constData(), 1, size_t(data.size()), stderr);
    std::fflush(stderr);
}

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
    if (m_options.command == Command::List)
        startList();
    else
        startDisconnect();
    return true;
}

WsmanRrasClient *Runner::makeClient(const QUrl &url)
{
    WsmanEndpoint endpoint;
    endpoint.url = url;
    endpoint.allowUnencrypted = m_options.allowUnencrypted;
    endpoint.maxEnvelopeSize = quint32(m_options.maxEnvelopeKb) * 1024;
    endpoint.operationTimeoutMs = m_options.timeoutSeconds * 1000;
    endpoint.caCertificates = m_caCertificates;
    std::unique_ptr<Authenticator> auth;
    if (!m_options.user.isEmpty())
        auth = std::make_unique<BasicAuthenticator>(m_options.user, m_password);
    auto *wsman = new WsmanClient(m_nam, endpoint, std::move(auth), this);
    m_wsmanClients.append(wsman);
    WsmanRrasClientOptions options;
    options.computerName = m_options.computerName;
    options.serverId = serverLabel(url);
    return new WsmanRrasClient(wsman, options, this);
}

void Runner::startList()
{
    m_listed.resize(m_options.servers.size());
    m_pendingListings = int(m_options.servers.size());
    for (qsizetype i = 0; i < m_options.servers.size(); ++i) {
        const QUrl url = m_options.servers.at(i);
        WsmanRrasClient *client = makeClient(url);
        ListTunnelsJob *job = client->listTunnels();
        connect(job, &ListTunnelsJob::finished, this, [this, job, i, url] {
            job->deleteLater();
            if (job->error()) {
                m_anyListingFailed = true;
                //: %1 is the server URL, %2 what went wrong and how to fix it.
                writeErr(tr("%1: %2").arg(serverLabel(url), job->error().userMessage()));
                writeErr(tr("%1: %2").arg(serverLabel(url), job->error().summary()));
            } else {
                QList<ServerTunnel> rows;
                rows.reserve(job->tunnels().size());
                for (const Tunnel &t : job->tunnels())
                    rows.append({serverLabel(url), t});
                m_listed[i] = rows;
            }
            if (--m_pendingListings == 0)
                finishList();
        });
    }
}

void Runner::finishList()
{
    QList<ServerTunnel> all;
    for (const QList<ServerTunnel> &rows : std::as_const(m_listed))
        all += rows;
    writeOut(formatTunnels(all, m_options.format));
    //: Summary on standard error after a listing.
    writeErr(tr("%1 tunnel(s) on %n server(s)", nullptr, int(m_options.servers.size()))
                     .arg(all.size()));
    Q_EMIT finished(m_anyListingFailed ? 1 : 0);
}

void Runner::startDisconnect()
{
    const QUrl url = m_options.servers.constFirst();
    WsmanRrasClient *client = makeClient(url);
    const QStringList addresses = m_options.addresses;
    writeErr(tr("Disconnecting %n address(es) on %1…", nullptr, int(addresses.size()))
                     .arg(serverLabel(url)));
    DisconnectJob *job = client->disconnectByHostIp(addresses);
    auto settled = std::make_shared<int>(0);
    connect(job, &DisconnectJob::outcomesReady, this,
            [settled](const QList<DisconnectOutcome> &outcomes) {
                *settled += int(outcomes.size());
                writeErr(tr("%n address(es) settled", nullptr, *settled));
            });
    connect(job, &DisconnectJob::finished, this, [this, job, url, addresses] {
        job->deleteLater();
        // Report in the order the user gave the addresses.
        QHash<QString, qsizetype> order;
        for (qsizetype i = 0; i < addresses.size(); ++i) {
            if (!order.contains(addresses.at(i)))
                order.insert(addresses.at(i), i);
        }
        QList<DisconnectOutcome> outcomes = job->outcomes();
        std::stable_sort(outcomes.begin(), outcomes.end(),
                         [&order](const DisconnectOutcome &a, const DisconnectOutcome &b) {
                             return order.value(a.requested, -1) < order.value(b.requested, -1);
                         });
        QList<ServerOutcome> rows;
        bool allGood = true;
        for (const DisconnectOutcome &o : std::as_const(outcomes)) {
            rows.append({serverLabel(url), o});
            allGood = allGood
                    && (o.outcome == DisconnectOutcomeKind::Disconnected
                        || o.outcome == DisconnectOutcomeKind::AlreadyGone);
        }
        writeOut(formatOutcomes(rows, m_options.format));
        Q_EMIT finished(allGood ? 0 : 1);
    });
}
