#pragma once

#include "simconfig.h"

#include <QList>
#include <QObject>
#include <QString>

class SimServer;

// rras-sim as a library: `config.servers` simulated RRAS servers on consecutive ports
// (or free ports with port 0), each with its own tunnel table. Used by rras-sim's main, by the
// tests (SimFixture) and by the console's --demo.
class RrasSimulator final : public QObject
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(RrasSimulator)
public:
    explicit RrasSimulator(SimConfig config, QObject *parent = nullptr);
    ~RrasSimulator() override;

    // Creates the servers and starts listening. On failure returns false with *error set and
    // leaves no server running.
    bool start(QString *error);
    void stop();

    const SimConfig &config() const { return m_config; }
    int serverCount() const { return int(m_servers.size()); }
    SimServer *server(int index) const;           // nullptr when out of range
    SimServer *server(const QString &name) const; // case-insensitive; nullptr when unknown
    // All servers' certificates as PEM (empty without TLS): a CA file for clients.
    QByteArray certificatesPem() const;

private:
    SimConfig m_config;
    QList<SimServer *> m_servers;
};
