#include "outcomemodel.h"

OutcomeModel::OutcomeModel(QObject *parent) : QAbstractTableModel(parent) { }

void OutcomeModel::setSessions(const QList<Session> &sessions)
{
    // A new action: this is the one place a reset is right.
    beginResetModel();
    m_sessions = sessions;
    m_outcomes = QList<std::optional<DisconnectOutcome>>(sessions.size());
    m_rows.clear();
    for (int row = 0; row < m_sessions.size(); ++row)
        m_rows.insert(m_sessions.at(row).key, row);
    m_settled = 0;
    endResetModel();
}

void OutcomeModel::setOutcome(const SessionKey &key, const DisconnectOutcome &outcome)
{
    const auto it = m_rows.constFind(key);
    if (it == m_rows.cend())
        return;
    const int row = *it;
    if (!m_outcomes.at(row))
        ++m_settled;
    m_outcomes[row] = outcome;
    Q_EMIT dataChanged(
            index(row, 0), index(row, columnCount() - 1),
            {Qt::DisplayRole, Qt::DecorationRole, Qt::ToolTipRole, RawValueRole, OutcomeRole});
}

void OutcomeModel::setIconProvider(
        std::function<QIcon(std::optional<DisconnectOutcomeKind>)> provider)
{
    m_iconProvider = std::move(provider);
    if (!m_sessions.isEmpty())
        Q_EMIT dataChanged(index(0, 0), index(rowCount() - 1, 0), {Qt::DecorationRole});
}

std::optional<DisconnectOutcome> OutcomeModel::outcome(int row) const
{
    if (row < 0 || row >= m_outcomes.size())
        return std::nullopt;
    return m_outcomes.at(row);
}

int OutcomeModel::count(DisconnectOutcomeKind kind) const
{
    int n = 0;
    for (const auto &outcome : m_outcomes) {
        if (outcome && outcome->outcome == kind)
            ++n;
    }
    return n;
}

QList<SessionKey> OutcomeModel::retryableKeys() const
{
    QList<SessionKey> keys;
    for (int row = 0; row < m_sessions.size(); ++row) {
        const auto &outcome = m_outcomes.at(row);
        if (outcome
            && (outcome->outcome == DisconnectOutcomeKind::Failed
                || outcome->outcome == DisconnectOutcomeKind::Unknown))
            keys.append(m_sessions.at(row).key);
    }
    return keys;
}

QString OutcomeModel::toTabSeparated() const
{
    auto clean = [](QString text) {
        text.replace(QLatin1Char('\t'), QLatin1Char(' '));
        text.replace(QLatin1Char('\n'), QLatin1Char(' '));
        text.replace(QLatin1Char('\r'), QLatin1Char(' '));
        return text;
    };
    QStringList lines;
    QStringList header;
    for (int c = 0; c < int(Column::Count); ++c)
        header.append(headerData(c, Qt::Horizontal).toString());
    lines.append(header.join(QLatin1Char('\t')));
    for (int row = 0; row < m_sessions.size(); ++row) {
        QStringList cells;
        for (int c = 0; c < int(Column::Count); ++c)
            cells.append(clean(cellText(row, Column(c))));
        lines.append(cells.join(QLatin1Char('\t')));
    }
    return lines.join(QLatin1Char('\n')) + QLatin1Char('\n');
}

QString OutcomeModel::outcomeText(std::optional<DisconnectOutcomeKind> kind)
{
    if (!kind)
        //: A session whose disconnect request has not been answered yet.
        return tr("Disconnecting…");
    switch (*kind) {
    case DisconnectOutcomeKind::Disconnected:
        //: Outcome: the server confirmed it disconnected the session.
        return tr("Disconnected");
    case DisconnectOutcomeKind::AlreadyGone:
        //: Outcome: the session was no longer in the server's list.
        return tr("Already gone");
    case DisconnectOutcomeKind::Failed:
        //: Outcome: the server refused to disconnect the session.
        return tr("Failed");
    case DisconnectOutcomeKind::Unknown:
        //: Outcome: the call timed out or the link broke; nobody knows whether it happened.
        return tr("Unknown");
    case DisconnectOutcomeKind::InvalidAddress:
        //: Outcome: the address was not a valid IP address and was never sent.
        return tr("Invalid address");
    }
    return {};
}

int OutcomeModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(m_sessions.size());
}

int OutcomeModel::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(Column::Count);
}

QString OutcomeModel::cellText(int row, Column column) const
{
    const Session &session = m_sessions.at(row);
    const auto &outcome = m_outcomes.at(row);
    switch (column) {
    case Column::Outcome:
        return outcomeText(outcome ? std::optional(outcome->outcome) : std::nullopt);
    case Column::Server:
        return session.serverName.isEmpty() ? session.key.serverId : session.serverName;
    case Column::Address:
        return session.key.address;
    case Column::User:
        return session.tunnel.userName.join(QStringLiteral(", "));
    case Column::HostName:
        return session.tunnel.hostName;
    case Column::Message:
        if (!outcome)
            return {};
        return outcome->code ? tr("%1 (code %2)").arg(outcome->message).arg(outcome->code)
                             : outcome->message;
    case Column::Count:
        break;
    }
    return {};
}

QVariant OutcomeModel::data(const QModelIndex &index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return {};
    const int row = index.row();
    const auto column = Column(index.column());
    const auto &outcome = m_outcomes.at(row);
    switch (role) {
    case Qt::DisplayRole:
        return cellText(row, column);
    case Qt::ToolTipRole:
        if (column == Column::Message || column == Column::Outcome)
            return cellText(row, Column::Message);
        return {};
    case Qt::DecorationRole:
        if (column == Column::Outcome && m_iconProvider)
            return m_iconProvider(outcome ? std::optional(outcome->outcome) : std::nullopt);
        return {};
    case RawValueRole:
        if (column == Column::Outcome)
            return outcome ? int(outcome->outcome) : -1;
        return cellText(row, column);
    case OutcomeRole:
        return outcome ? int(outcome->outcome) : -1;
    case KeyRole:
        return QVariant::fromValue(m_sessions.at(row).key);
    default:
        return {};
    }
}

QVariant OutcomeModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return QAbstractTableModel::headerData(section, orientation, role);
    switch (Column(section)) {
    case Column::Outcome:
        return tr("Outcome");
    case Column::Server:
        return tr("Server");
    case Column::Address:
        //: The tunnel (host) IP address of a VPN session.
        return tr("Tunnel address");
    case Column::User:
        return tr("User");
    case Column::HostName:
        return tr("Host name");
    case Column::Message:
        //: What the server said about the disconnect.
        return tr("Server message");
    case Column::Count:
        break;
    }
    return {};
}
