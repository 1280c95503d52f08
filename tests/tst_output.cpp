// rrasctl's listing output (cli/output.cpp) for json and csv, written straight into bytes, against
// what it wrote before: QJsonDocument(QJsonObject per row).toJson(Indented), re-indented, and
// csvLine() of csvCell()s. Byte for byte, for generated rows and for every awkward value (JSON
// escapes, lone surrogates, CSV quoting and formula guards, number and date limits).

#include "output.h"
#include "tunnelgenerator.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QRandomGenerator>
#include <QtTest>

#include <limits>

class TestOutput final : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void sameBytesAsBefore_data();
    void sameBytesAsBefore();
};

namespace {

QString isoUtc(const QDateTime &time)
{
    return time.toUTC().toString(Qt::ISODate);
}

// The JSON rows as output.cpp wrote them before (a QJsonObject per row).
QByteArray oldJsonBody(const QList<ServerTunnel> &rows, bool first)
{
    QByteArray out;
    for (const ServerTunnel &row : rows) {
        const Tunnel &t = row.tunnel;
        QJsonObject o;
        o.insert(QLatin1String("server"), row.server);
        o.insert(QLatin1String("AuthMethod"), t.authMethod);
        o.insert(QLatin1String("Bandwidth"), qint64(t.bandwidth));
        o.insert(QLatin1String("ClientExternalAddress"), t.clientExternalAddress);
        o.insert(QLatin1String("ClientIPv4Address"), t.clientIPv4Address);
        o.insert(QLatin1String("ClientIPv6Address"), t.clientIPv6Address);
        o.insert(QLatin1String("ConnectionDuration"), qint64(t.connectionDuration));
        o.insert(QLatin1String("ConnectionStartTime"),
                 t.connectionStartTime.isValid() ? QJsonValue(isoUtc(t.connectionStartTime))
                                                 : QJsonValue(QJsonValue::Null));
        o.insert(QLatin1String("ConnectionType"), t.connectionType);
        o.insert(QLatin1String("HealthStatus"), t.healthStatus);
        o.insert(QLatin1String("HostName"), t.hostName);
        o.insert(QLatin1String("RoutingDomain"), t.routingDomain);
        o.insert(QLatin1String("TotalBytesIn"), qint64(t.totalBytesIn));
        o.insert(QLatin1String("TotalBytesOut"), qint64(t.totalBytesOut));
        o.insert(QLatin1String("TransitionTechnology"), t.transitionTechnology);
        o.insert(QLatin1String("TunnelType"), t.tunnelType);
        o.insert(QLatin1String("UserActivityState"), t.userActivityState);
        o.insert(QLatin1String("UserName"), QJsonArray::fromStringList(t.userName));
        QByteArray object = QJsonDocument(o).toJson(QJsonDocument::Indented);
        object.chop(1);
        if (!first)
            out += ",\n";
        first = false;
        out += "    ";
        out += object.replace("\n", "\n    ");
    }
    return out;
}

// The CSV rows as before: csvLine() of csvCell()s, joined, then UTF-8.
QByteArray oldCsvBody(const QList<ServerTunnel> &rows)
{
    QByteArray out;
    for (const ServerTunnel &row : rows) {
        const Tunnel &t = row.tunnel;
        const QStringList cells{row.server,
                                t.authMethod,
                                QString::number(t.bandwidth),
                                t.clientExternalAddress,
                                t.clientIPv4Address,
                                t.clientIPv6Address,
                                QString::number(t.connectionDuration),
                                t.connectionStartTime.isValid() ? isoUtc(t.connectionStartTime)
                                                                : QString(),
                                t.connectionType,
                                t.healthStatus,
                                t.hostName,
                                t.routingDomain,
                                QString::number(t.totalBytesIn),
                                QString::number(t.totalBytesOut),
                                t.transitionTechnology,
                                t.tunnelType,
                                t.userActivityState,
                                t.userName.join(u';')};
        QStringList quoted;
        for (const QString &cell : cells)
            quoted.append(csvCell(cell));
        out += quoted.join(u',').toUtf8() + "\r\n";
    }
    return out;
}

QString fromUtf16(std::initializer_list<char16_t> units)
{
    return QString(reinterpret_cast<const QChar *>(std::data(units)), qsizetype(units.size()));
}

// Every string that needs care somewhere.
QStringList awkwardStrings()
{
    QStringList out{QString(),
                    QStringLiteral(""),
                    QStringLiteral("plain"),
                    QStringLiteral("quote \" backslash \\ slash /"),
                    QStringLiteral("=1+2"),
                    QStringLiteral("+x"),
                    QStringLiteral("-x"),
                    QStringLiteral("@x"),
                    QStringLiteral("\tx"),
                    QStringLiteral("\rx"),
                    QStringLiteral("a,b"),
                    QStringLiteral("line\nbreak"),
                    QStringLiteral("cr\r"),
                    QStringLiteral("\"quoted\""),
                    QStringLiteral("=\"a\",b"),
                    QStringLiteral("caf\u00e9 \u263a \u00ff \u0100 \u07ff \u0800 \uffff \ufffd"),
                    QStringLiteral("\U0001F600 pair"),
                    QStringLiteral("\x7f del"),
                    fromUtf16({u'a', 0xD800}),
                    fromUtf16({0xDC00, u'b'}),
                    fromUtf16({0xD83D, 0xD83D, 0xDE00}),
                    fromUtf16({0xDBFF}),
                    fromUtf16({0xDE00, 0xD83D})};
    QString controls;
    for (char16_t c = 0; c < 0x20; ++c)
        controls += QChar(c);
    out.append(controls);
    return out;
}

} // namespace

void TestOutput::sameBytesAsBefore_data()
{
    QTest::addColumn<QList<ServerTunnel>>("rows");

    const QString server = QStringLiteral("http://127.0.0.1:5985/wsman");
    const QDateTime now(QDate(2026, 11, 24), QTime(7, 0), Qt::UTC);
    TunnelGenerator generator(3, 1);
    QList<ServerTunnel> generated;
    for (const SimTunnel &t : generator.initial(500, now))
        generated.append({server, t.at(now)});
    QTest::newRow("generated") << generated;
    QTest::newRow("none") << QList<ServerTunnel>{};

    QList<ServerTunnel> strings;
    for (const QString &text : awkwardStrings()) {
        Tunnel t;
        t.authMethod = text;
        t.hostName = text;
        t.clientIPv4Address = text;
        t.routingDomain = text;
        t.userName = {text, text};
        strings.append({text, t});
    }
    QTest::newRow("awkward strings") << strings;

    QList<ServerTunnel> limits;
    const QList<QDateTime> times{
            QDateTime(),
            QDateTime(QDate(2024, 3, 5), QTime(14, 7, 9, 123), Qt::UTC),
            QDateTime(QDate(2024, 3, 5), QTime(14, 7, 9), QTimeZone(3600)),
            QDateTime(QDate(2024, 1, 1), QTime(0, 30), QTimeZone(7200)), // the year before in UTC
            QDateTime(QDate(1, 1, 1), QTime(0, 0), Qt::UTC),
            QDateTime(QDate(9999, 12, 31), QTime(23, 59, 59, 999), Qt::UTC),
            QDateTime(QDate(10000, 1, 1), QTime(0, 0), Qt::UTC),
            QDateTime(QDate(-5, 6, 7), QTime(1, 2, 3), Qt::UTC),
            QDateTime(QDate(1970, 1, 1), QTime(0, 0), Qt::LocalTime),
    };
    const QList<quint64> numbers{0,
                                 1,
                                 9,
                                 10,
                                 4294967295ull,
                                 9007199254740993ull,
                                 quint64(std::numeric_limits<qint64>::max()),
                                 quint64(std::numeric_limits<qint64>::max()) + 1,
                                 std::numeric_limits<quint64>::max()};
    for (qsizetype i = 0; i < std::max(times.size(), numbers.size()); ++i) {
        Tunnel t;
        t.connectionStartTime = times.value(i % times.size());
        t.totalBytesIn = numbers.at(i % numbers.size());
        t.totalBytesOut = numbers.at((i + 3) % numbers.size());
        t.bandwidth = quint32(numbers.at(i % 5));
        t.connectionDuration = std::numeric_limits<quint32>::max() - quint32(i);
        limits.append({server, t});
    }
    QTest::newRow("numbers and times") << limits;

    // Random UTF-16 (surrogates included) in every string field.
    QRandomGenerator random(42);
    auto randomText = [&random] {
        QString text;
        const int length = int(random.bounded(12));
        for (int i = 0; i < length; ++i) {
            const quint32 pick = random.bounded(4);
            const char16_t unit = pick == 0 ? char16_t(random.bounded(0x80))
                    : pick == 1             ? char16_t(0xD800 + random.bounded(0x800))
                                            : char16_t(random.bounded(0x10000));
            text += QChar(unit);
        }
        return text;
    };
    QList<ServerTunnel> randomRows;
    for (int i = 0; i < 300; ++i) {
        Tunnel t;
        for (QString *field :
             {&t.clientIPv4Address, &t.clientIPv6Address, &t.hostName, &t.clientExternalAddress,
              &t.tunnelType, &t.transitionTechnology, &t.connectionType, &t.healthStatus,
              &t.authMethod, &t.userActivityState, &t.routingDomain})
            *field = randomText();
        for (int n = int(random.bounded(3)); n > 0; --n)
            t.userName.append(randomText());
        randomRows.append({randomText(), t});
    }
    QTest::newRow("random UTF-16") << randomRows;
}

void TestOutput::sameBytesAsBefore()
{
    QFETCH(QList<ServerTunnel>, rows);
    for (const bool first : {true, false}) {
        const QByteArray json = formatTunnelsBody(rows, OutputFormat::Json, first);
        const QByteArray oldJson = oldJsonBody(rows, first);
        if (json != oldJson) {
            qsizetype at = 0;
            while (at < std::min(json.size(), oldJson.size()) && json.at(at) == oldJson.at(at))
                ++at;
            QFAIL(qPrintable(QStringLiteral("JSON differs at byte %1: \"%2\" instead of \"%3\"")
                                     .arg(at)
                                     .arg(QString::fromLatin1(json.mid(at - 20, 60).toHex()),
                                          QString::fromLatin1(oldJson.mid(at - 20, 60).toHex()))));
        }
    }
    QCOMPARE(formatTunnelsBody(rows, OutputFormat::Csv, true), oldCsvBody(rows));
    // One server's rows given as its Tunnels (how rrasctl list formats each reply): the same.
    if (!rows.isEmpty()) {
        const QString server = rows.constFirst().server;
        QList<Tunnel> tunnels;
        QList<ServerTunnel> sameServer;
        for (const ServerTunnel &row : rows) {
            tunnels.append(row.tunnel);
            sameServer.append({server, row.tunnel});
        }
        for (const OutputFormat format : {OutputFormat::Json, OutputFormat::Csv}) {
            for (const bool first : {true, false})
                QCOMPARE(formatTunnelsBody(server, tunnels, format, first),
                         formatTunnelsBody(sameServer, format, first));
        }
    }
    // The whole document still parses as JSON, with every row.
    QJsonParseError error;
    const QJsonDocument document
            = QJsonDocument::fromJson(formatTunnels(rows, OutputFormat::Json), &error);
    QCOMPARE(error.error, QJsonParseError::NoError);
    QCOMPARE(document.array().size(), rows.size());
}

QTEST_GUILESS_MAIN(TestOutput)
#include "tst_output.moc"
