#pragma once

#include "serverprofile.h"
#include "wsman/wsmanerror.h"

#include <QObject>
#include <QPointer>
#include <QString>

#include <memory>

class ListTunnelsJob;
class QNetworkAccessManager;
class WsmanClient;
class WsmanRrasClient;

// "Test connection" for a profile that is not saved yet: one real listing, exactly as the poller
// would make it (same endpoint, authenticator and ComputerName), reported once through
// finished() with the latency and the tunnel count, or the error. Never blocks.
class ConnectionTest final : public QObject
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(ConnectionTest)
public:
    // `nam` must outlive the test. The password is used for this test only.
    ConnectionTest(QNetworkAccessManager *nam, const ServerProfile &profile,
                   const QString &password, QObject *parent = nullptr);
    ~ConnectionTest() override; // aborts a listing in flight, silently

    void start(); // a second call does nothing
    void abort(); // finished() follows with a Cancelled error

    bool isRunning() const { return m_started && !m_finished; }
    bool isFinished() const { return m_finished; }
    bool succeeded() const { return m_finished && !m_error.isError(); }
    const WsmanError &error() const { return m_error; }
    qint64 latencyMs() const { return m_latencyMs; }
    int tunnelCount() const { return m_tunnelCount; }
    // One or two sentences for the user: "Connected in 42 ms: 17 tunnels." or what went wrong and
    // how to fix it.
    QString resultText() const;

Q_SIGNALS:
    void finished();

private:
    void onFinished();

    ServerProfile m_profile;
    std::unique_ptr<WsmanClient> m_wsman;
    std::unique_ptr<WsmanRrasClient> m_rras;
    QPointer<ListTunnelsJob> m_job;
    bool m_started = false;
    bool m_finished = false;
    WsmanError m_error;
    qint64 m_latencyMs = -1;
    int m_tunnelCount = 0;
};
