#include "connectiontest.h"

#include "auth/authenticator.h"
#include "serverconnection.h"
#include "wsman/wsmanclient.h"
#include "wsmanrrasclient.h"

ConnectionTest::ConnectionTest(QNetworkAccessManager *nam, const ServerProfile &profile,
                               const QString &password, QObject *parent)
    : QObject(parent),
      m_profile(profile),
      m_wsman(std::make_unique<WsmanClient>(nam, profileEndpoint(profile),
                                            createProfileAuthenticator(profile, password))),
      m_rras(std::make_unique<WsmanRrasClient>(
              m_wsman.get(), WsmanRrasClientOptions{profile.computerName, profile.id}))
{ }

ConnectionTest::~ConnectionTest()
{
    if (m_job) {
        disconnect(m_job, nullptr, this, nullptr);
        m_job->abort();
        delete m_job;
    }
}

void ConnectionTest::start()
{
    if (m_started)
        return;
    m_started = true;
    m_job = m_rras->listTunnels();
    connect(m_job, &ListTunnelsJob::finished, this, &ConnectionTest::onFinished);
}

void ConnectionTest::abort()
{
    if (m_job && !m_finished)
        m_job->abort();
}

void ConnectionTest::onFinished()
{
    ListTunnelsJob *job = m_job;
    if (!job || m_finished)
        return;
    m_finished = true;
    m_error = job->error();
    m_latencyMs = job->elapsedMs();
    m_tunnelCount = m_error.isError() ? 0 : int(job->tunnels().size());
    m_job = nullptr;
    job->deleteLater();
    Q_EMIT finished();
}

QString ConnectionTest::resultText() const
{
    if (!m_finished)
        return tr("Testing…");
    if (!m_error.isError())
        //: %1 is the round trip in milliseconds; then the number of tunnels listed.
        return tr("Connected in %1 ms: %n tunnel(s) listed.", nullptr, m_tunnelCount)
                .arg(m_latencyMs);
    return m_error.userMessage();
}
