#pragma once

#include "rras/sessionkey.h"

#include <QList>
#include <QString>
#include <QStringList>

#include <functional>

class QWidget;

// What the user is asked to confirm before a disconnect: built from the captured keys, never from
// the moving table.
struct ConfirmRequest
{
    QList<SessionKey> keys;
    QStringList users;                   // distinct, sorted
    QStringList servers;                 // display names, distinct
    QStringList warnings;                // translated sentences
    int typedConfirmationThreshold = 20; // above it the user types the number of sessions
    bool requiresTypedCount() const { return keys.size() > typedConfirmationThreshold; }
};

// Asks the user, or a test, whether to go ahead. Implementations never block: they call `done`
// later (or at once), exactly once.
class DisconnectConfirmer
{
public:
    virtual ~DisconnectConfirmer() = default;
    // `reason` is the optional reason/ticket the user typed.
    using Done = std::function<void(bool accepted, const QString &reason)>;
    virtual void confirm(const ConfirmRequest &request, QWidget *parent, Done done) = 0;
};
