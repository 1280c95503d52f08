#include "rrassimulator.h"

#include "simserver.h"

#include <QCoreApplication>
#include <QFile>
#include <QHostAddress>
#include <QSaveFile>

RrasSimulator::RrasSimulator(SimConfig config, QObject *parent)
    : QObject(parent), m_config(std::move(config))
{ }

RrasSimulator::~RrasSimulator()
{
    stop();
}

bool RrasSimulator::start(QString *error)
{
    auto fail = [this, error](const QString &message) {
        stop();
        if (error)
            *error = message;
        return false;
    };
    stop();
    const QHostAddress address(m_config.bindAddress);
    if (address.isNull())
        return fail(tr("--bind: \"%1\" is not an IP address").arg(m_config.bindAddress));
    if (!address.isLoopback() && !m_config.allowRemote)
        return fail(tr("--bind %1 is not a loopback address; the simulator has no real security, "
                       "so this needs --allow-remote")
                            .arg(m_config.bindAddress));
    if (m_config.servers < 1)
        return fail(tr("--servers must be at least 1"));
    if (m_config.port != 0 && int(m_config.port) + m_config.servers - 1 > 65535)
        return fail(tr("--port %1 leaves no room for %2 servers")
                            .arg(m_config.port)
                            .arg(m_config.servers));

    for (int i = 0; i < m_config.servers; ++i) {
        auto *server = new SimServer(i, m_config, this);
        m_servers.append(server);
        const quint16 port = m_config.port == 0 ? 0 : quint16(m_config.port + i);
        QString why;
        if (!server->start(address, port, &why))
            return fail(why);
    }
    if (m_config.tls && !m_config.certOut.isEmpty()) {
        QSaveFile file(m_config.certOut);
        if (!file.open(QIODevice::WriteOnly) || file.write(certificatesPem()) < 0 || !file.commit())
            return fail(tr("--cert-out %1: %2").arg(m_config.certOut, file.errorString()));
    }
    return true;
}

void RrasSimulator::stop()
{
    qDeleteAll(m_servers);
    m_servers.clear();
}

SimServer *RrasSimulator::server(int index) const
{
    return m_servers.value(index, nullptr);
}

SimServer *RrasSimulator::server(const QString &name) const
{
    for (SimServer *s : m_servers) {
        if (s->name().compare(name, Qt::CaseInsensitive) == 0)
            return s;
    }
    return nullptr;
}

QByteArray RrasSimulator::certificatesPem() const
{
    QByteArray pem;
    for (const SimServer *s : m_servers) {
        if (!s->certificate().isNull())
            pem += s->certificate().toPem();
    }
    return pem;
}
