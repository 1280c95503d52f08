#pragma once

#include "rras/rrasclient.h"
#include "rras/sessionkey.h"
#include "rras/tunnel.h"

#include <QAbstractTableModel>
#include <QHash>
#include <QIcon>
#include <QList>

#include <functional>
#include <optional>

// The sessions of one disconnect action with their outcomes, for the results dialog: one row per
// session, filled in as outcomes arrive. Rows never move; an outcome changes one row's cells.
class OutcomeModel final : public QAbstractTableModel
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(OutcomeModel)
public:
    enum class Column { Outcome, Server, Address, User, HostName, Message, Count };
    Q_ENUM(Column)
    enum Role {
        RawValueRole = Qt::UserRole, // sort key
        OutcomeRole,                 // int(DisconnectOutcomeKind), or -1 while pending
        KeyRole,                     // SessionKey
    };

    struct Session
    {
        SessionKey key;
        QString serverName; // as shown to the user
        Tunnel tunnel;      // as it was when the action fired
    };

    explicit OutcomeModel(QObject *parent = nullptr);

    void setSessions(const QList<Session> &sessions);
    void setOutcome(const SessionKey &key, const DisconnectOutcome &outcome);
    // Icons per outcome (the model layer has no style of its own).
    void setIconProvider(std::function<QIcon(std::optional<DisconnectOutcomeKind>)> provider);

    const QList<Session> &sessions() const { return m_sessions; }
    std::optional<DisconnectOutcome> outcome(int row) const;
    int settledCount() const { return m_settled; }
    int count(DisconnectOutcomeKind kind) const;
    // Keys whose outcome is Failed or Unknown: what "Retry failed" acts on.
    QList<SessionKey> retryableKeys() const;
    // Tab-separated text with a header row, for the clipboard.
    QString toTabSeparated() const;

    static QString outcomeText(std::optional<DisconnectOutcomeKind> kind);

    int rowCount(const QModelIndex &parent = {}) const override;
    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation,
                        int role = Qt::DisplayRole) const override;

private:
    QString cellText(int row, Column column) const;

    QList<Session> m_sessions;
    QList<std::optional<DisconnectOutcome>> m_outcomes;
    QHash<SessionKey, int> m_rows;
    int m_settled = 0;
    std::function<QIcon(std::optional<DisconnectOutcomeKind>)> m_iconProvider;
};
