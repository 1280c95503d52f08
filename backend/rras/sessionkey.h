#pragma once

#include <QHash>
#include <QMetaType>
#include <QString>

// A session as the user picked it: which server, which tunnel address (normal form).
// Actions capture keys when they fire and act on keys only, never on rows.
struct SessionKey
{
    QString serverId;
    QString address;

    bool operator==(const SessionKey &) const = default;
};

inline size_t qHash(const SessionKey &key, size_t seed = 0) noexcept
{
    return qHashMulti(seed, key.serverId, key.address);
}

Q_DECLARE_METATYPE(SessionKey)
