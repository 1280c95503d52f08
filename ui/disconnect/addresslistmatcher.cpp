#include "addresslistmatcher.h"

#include "tunnelfiltermodel.h"

#include <QSet>

QStringList AddressListMatcher::splitEntries(const QString &text)
{
    QStringList entries;
    const QStringList lines = text.split(QLatin1Char('\n'));
    for (QString line : lines) {
        // "# comment" after an entry, as in the CLI's --ips-file.
        const qsizetype hash = line.indexOf(QLatin1Char('#'));
        if (hash >= 0)
            line.truncate(hash);
        entries.append(TunnelFilterModel::splitAddressList(line));
    }
    return entries;
}

AddressListMatcher::Result AddressListMatcher::match(const QString &text,
                                                     const QList<Session> &sessions)
{
    Result result;
    const QStringList entries = splitEntries(text);
    result.entryCount = int(entries.size());
    QList<AddressRange> ranges;
    QList<QString> rangeTexts;
    for (const QString &entry : entries) {
        QString error;
        const auto range = parseAddressRange(entry, &error);
        if (!range) {
            result.unparsed.append(entry);
            continue;
        }
        ranges.append(*range);
        rangeTexts.append(entry);
    }

    QList<bool> used(ranges.size(), false);
    QSet<SessionKey> taken;
    for (const Session &session : sessions) {
        const QHostAddress v4(session.tunnel.clientIPv4Address);
        const QHostAddress v6(session.tunnel.clientIPv6Address);
        bool matched = false;
        for (qsizetype i = 0; i < ranges.size(); ++i) {
            const AddressRange &range = ranges.at(i);
            if ((!v4.isNull() && range.contains(v4)) || (!v6.isNull() && range.contains(v6))) {
                used[i] = true;
                matched = true;
            }
        }
        if (matched && !taken.contains(session.key)) {
            taken.insert(session.key);
            result.matches.append(session);
        }
    }
    for (qsizetype i = 0; i < ranges.size(); ++i) {
        if (!used.at(i))
            result.unmatched.append(rangeTexts.at(i));
    }
    return result;
}
