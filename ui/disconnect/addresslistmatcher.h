#pragma once

#include "rras/hostaddress.h"
#include "rras/sessionkey.h"
#include "rras/tunnel.h"

#include <QList>
#include <QString>
#include <QStringList>

// The logic of "Disconnect by list": pasted addresses and CIDR ranges (one per line, or separated
// by commas, semicolons or white space) matched against every live session of every server.
class AddressListMatcher
{
public:
    struct Session
    {
        SessionKey key;
        QString serverName;
        Tunnel tunnel;
    };
    struct Result
    {
        QList<Session> matches; // in the order of `sessions`, each once
        QStringList unparsed;   // entries that are neither an address nor a range
        QStringList unmatched;  // valid entries that matched no session
        int entryCount = 0;
    };

    static QStringList splitEntries(const QString &text);
    static Result match(const QString &text, const QList<Session> &sessions);
};
