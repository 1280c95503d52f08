#pragma once

#include "simconfig.h"

#include <QByteArray>
#include <QList>
#include <QProcessEnvironment>
#include <QString>
#include <QStringList>
#include <QUrl>

#include <memory>

class QProcess;
class RrasSimulator;
class SimServer;

// rras-sim in the test's own process, on loopback with free ports. The simulator lives on the
// test's event loop, so QSignalSpy::wait / QTRY_* drive both ends.
class SimFixture
{
public:
    explicit SimFixture(SimConfig config = {});
    ~SimFixture();

    bool start(); // false: errorString() says why
    QString errorString() const;

    RrasSimulator *simulator() const;
    SimServer *server(int index = 0) const;
    QUrl url(int index = 0) const;
    QByteArray caCertificatesPem() const; // every server's certificate (TLS), for a CA list

private:
    SimConfig m_config;
    std::unique_ptr<RrasSimulator> m_sim;
    QString m_error;
};

// rras-sim as a separate process (RRAS_SIM_PATH), for CLI and interop tests.
// Waits for one "READY <name> <url>" line per server.
class SimProcess
{
public:
    SimProcess();
    ~SimProcess(); // kills the process
    bool start(const QStringList &arguments, int servers, int timeoutMs = 20000);
    bool start(const QStringList &arguments, int servers, const QProcessEnvironment &environment,
               int timeoutMs = 20000);
    void stop(); // SIGTERM, then kill after 5 s
    QString errorString() const;
    QList<QUrl> urls() const;
    QStringList names() const;
    QString certificateSha256() const;      // hex, from the "CERT <name> <sha256>" line when --tls
    QStringList certificateSha256s() const; // one per server, in order
    QByteArray standardError() const;       // the request log so far
    QByteArray standardOutput() const;      // the READY/CERT lines read so far
    int exitCode() const;                   // after stop()
    QProcess *process() const;

private:
    struct Private;
    std::unique_ptr<Private> d;
};
