#include "rrasclient.h"

#include <array>
#include <utility>

namespace {

// The names are an interface (CLI output, history, reports): never translate, never rename.
constexpr std::array<std::pair<DisconnectOutcomeKind, const char *>, 5> outcomeNames = {{
        {DisconnectOutcomeKind::Disconnected, "Disconnected"},
        {DisconnectOutcomeKind::AlreadyGone, "AlreadyGone"},
        {DisconnectOutcomeKind::Failed, "Failed"},
        {DisconnectOutcomeKind::Unknown, "Unknown"},
        {DisconnectOutcomeKind::InvalidAddress, "InvalidAddress"},
}};

} // namespace

QString outcomeName(DisconnectOutcomeKind kind)
{
    for (const auto &[k, name] : outcomeNames) {
        if (k == kind)
            return QString::fromLatin1(name);
    }
    return QStringLiteral("Unknown");
}

std::optional<DisconnectOutcomeKind> outcomeFromName(const QString &name)
{
    for (const auto &[k, text] : outcomeNames) {
        if (name == QLatin1String(text))
            return k;
    }
    return std::nullopt;
}

void ListTunnelsJob::complete(WsmanError error, QList<Tunnel> tunnels, qint64 elapsedMs)
{
    if (m_finished)
        return;
    m_finished = true;
    m_error = std::move(error);
    m_tunnels = std::move(tunnels);
    m_elapsedMs = elapsedMs;
    Q_EMIT finished();
}

void DisconnectJob::addOutcomes(const QList<DisconnectOutcome> &outcomes)
{
    if (m_finished || outcomes.isEmpty())
        return;
    m_outcomes += outcomes;
    Q_EMIT outcomesReady(outcomes);
}

void DisconnectJob::complete()
{
    if (m_finished)
        return;
    m_finished = true;
    Q_EMIT finished();
}
