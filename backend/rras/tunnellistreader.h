#pragma once

#include "tunnel.h"
#include "wsman/replyparser.h"

#include <QList>
#include <QString>
#include <QStringList>

#include <memory>

// Reads the cmdletOutput items of a GetByActiveStatistics reply straight into Tunnels while
// parseInvokeReply() parses it (an OutParameterReader): no generic CimInstance per tunnel, no
// property list to search per field. Same values, same warnings in the same order, same
// tolerance as readTunnels() over the generic parse (protocol.md §2.6a): nil items skipped, text
// items skipped with a warning, an empty typed item as an empty Tunnel, absent or nil properties
// as defaults, the first of a repeated scalar wins, UserName as the array of its non-nil
// entries, datetimes bare or wrapped (cim:Datetime...), numbers that do not convert kept as 0 with
// a warning, unknown properties and embedded instances ignored. Hostile-input rules (DOCTYPE,
// entities, nesting) are the parser's: this reads only through its ReplyTokenStream.
//
// Not thread-safe: one parse fills it, then one owner takes the result.
class TunnelListReader final : public OutParameterReader
{
public:
    TunnelListReader();
    Q_DISABLE_COPY_MOVE(TunnelListReader)
    ~TunnelListReader() override;

    QStringView parameterName() const override;
    bool readParameter(ReplyTokenStream &stream) override;
    void discard() override;
    // The fast path (replytree.h): the same values and warnings, from the reply's tree.
    bool readsTrees() const override { return true; }
    bool readParameterTree(const pugi::xml_node &parameter) override;

    // The tunnels read so far, moved out.
    QList<Tunnel> takeTunnels() { return std::exchange(m_tunnels, {}); }
    // One line per field or item that could not be read, as readTunnels() reports them.
    const QStringList &warnings() const { return m_warnings; }
    // Logs the warnings (category rras.rras) as readTunnels() does while it converts; called
    // once the parse has succeeded, so that a reply that turns out broken logs only its error.
    void logWarnings() const;

    // Low-cardinality strings of the tree path (AuthMethod, TunnelType, ...), one QString each.
    class InternedStrings;

private:
    // What both paths make of an item that is an empty typed instance, or no instance at all.
    void addEmptyTunnel();
    void warnNotAnInstance(const QString &itemText);

    std::unique_ptr<InternedStrings> m_interned;
    QList<Tunnel> m_tunnels;
    QStringList m_warnings;
    QStringList m_logLines;
};
