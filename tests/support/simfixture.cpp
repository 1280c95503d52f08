#include "simfixture.h"

#include "rrassimulator.h"
#include "simserver.h"

#include <QDeadlineTimer>
#include <QProcess>

SimFixture::SimFixture(SimConfig config) : m_config(std::move(config)) { }

SimFixture::~SimFixture() = default;

bool SimFixture::start()
{
    m_sim = std::make_unique<RrasSimulator>(m_config);
    if (!m_sim->start(&m_error)) {
        m_sim.reset();
        return false;
    }
    return true;
}

QString SimFixture::errorString() const
{
    return m_error;
}

RrasSimulator *SimFixture::simulator() const
{
    return m_sim.get();
}

SimServer *SimFixture::server(int index) const
{
    return m_sim ? m_sim->server(index) : nullptr;
}

QUrl SimFixture::url(int index) const
{
    const SimServer *s = server(index);
    return s ? s->url() : QUrl();
}

QByteArray SimFixture::caCertificatesPem() const
{
    return m_sim ? m_sim->certificatesPem() : QByteArray();
}

struct SimProcess::Private
{
    QProcess process;
    QByteArray stdoutBuffer;
    QByteArray stderrBuffer;
    QList<QUrl> urls;
    QStringList names;
    QStringList certificates;
    QString error;
};

SimProcess::SimProcess() : d(std::make_unique<Private>()) { }

SimProcess::~SimProcess()
{
    stop();
}

bool SimProcess::start(const QStringList &arguments, int servers, int timeoutMs)
{
    return start(arguments, servers, QProcessEnvironment::systemEnvironment(), timeoutMs);
}

bool SimProcess::start(const QStringList &arguments, int servers,
                       const QProcessEnvironment &environment, int timeoutMs)
{
    d->urls.clear();
    d->names.clear();
    d->certificates.clear();
    d->error.clear();
    d->process.setProcessEnvironment(environment);
    d->process.setProgram(QStringLiteral(RRAS_SIM_PATH));
    d->process.setArguments(arguments);
    d->process.start();
    if (!d->process.waitForStarted(timeoutMs)) {
        d->error = d->process.errorString();
        return false;
    }
    const QDeadlineTimer deadline(timeoutMs);
    while (d->urls.size() < servers) {
        while (d->process.canReadLine()) {
            const QByteArray line = d->process.readLine().trimmed();
            d->stdoutBuffer += line + '\n';
            const QList<QByteArray> parts = line.split(' ');
            if (parts.size() == 3 && parts.at(0) == "READY") {
                d->names.append(QString::fromUtf8(parts.at(1)));
                d->urls.append(QUrl(QString::fromUtf8(parts.at(2))));
            } else if (parts.size() == 3 && parts.at(0) == "CERT") {
                d->certificates.append(QString::fromUtf8(parts.at(2)));
            }
        }
        if (d->urls.size() >= servers)
            break;
        if (d->process.state() != QProcess::Running) {
            d->stderrBuffer += d->process.readAllStandardError();
            d->error = QStringLiteral("rras-sim exited (code %1): %2")
                               .arg(d->process.exitCode())
                               .arg(QString::fromLocal8Bit(d->stderrBuffer).trimmed());
            return false;
        }
        if (deadline.hasExpired()) {
            d->error = QStringLiteral("rras-sim printed %1 of %2 READY lines in time")
                               .arg(d->urls.size())
                               .arg(servers);
            return false;
        }
        d->process.waitForReadyRead(int(std::min<qint64>(deadline.remainingTime(), 200)));
    }
    return true;
}

void SimProcess::stop()
{
    if (d->process.state() == QProcess::NotRunning)
        return;
    d->process.terminate();
    if (!d->process.waitForFinished(5000)) {
        d->process.kill();
        d->process.waitForFinished(2000);
    }
}

QString SimProcess::errorString() const
{
    return d->error;
}

QList<QUrl> SimProcess::urls() const
{
    return d->urls;
}

QStringList SimProcess::names() const
{
    return d->names;
}

QString SimProcess::certificateSha256() const
{
    return d->certificates.value(0);
}

QStringList SimProcess::certificateSha256s() const
{
    return d->certificates;
}

QByteArray SimProcess::standardError() const
{
    d->stderrBuffer += d->process.readAllStandardError();
    return d->stderrBuffer;
}

QByteArray SimProcess::standardOutput() const
{
    return d->stdoutBuffer;
}

int SimProcess::exitCode() const
{
    return d->process.exitCode();
}

QProcess *SimProcess::process() const
{
    return &d->process;
}
