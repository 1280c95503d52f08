#include "disconnect/addresslistmatcher.h"

#include <QTest>

namespace {
AddressListMatcher::Session session(const QString &server, const QString &v4,
                                    const QString &v6 = {})
{
    Tunnel t;
    t.clientIPv4Address = v4;
    t.clientIPv6Address = v6;
    t.userName = {QStringLiteral("CORP\\u-") + v4};
    return {{server, v4.isEmpty() ? v6 : v4}, server, t};
}
} // namespace

class TestAddressListMatcher : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void split_data();
    void split();
    void match_data();
    void match();
    void eachSessionOnce();
};

void TestAddressListMatcher::split_data()
{
    QTest::addColumn<QString>("text");
    QTest::addColumn<QStringList>("entries");
    QTest::newRow("lines") << QStringLiteral("10.0.0.1\n10.0.0.2\n")
                           << QStringList{QStringLiteral("10.0.0.1"), QStringLiteral("10.0.0.2")};
    QTest::newRow("commas and spaces")
            << QStringLiteral(" 10.0.0.1, 10.0.0.2;10.0.0.3\t2001:db8::1 ")
            << QStringList{QStringLiteral("10.0.0.1"), QStringLiteral("10.0.0.2"),
                           QStringLiteral("10.0.0.3"), QStringLiteral("2001:db8::1")};
    QTest::newRow("comments") << QStringLiteral("# from SOC\n10.0.0.1 # laptop\n\n")
                              << QStringList{QStringLiteral("10.0.0.1")};
    QTest::newRow("windows line ends")
            << QStringLiteral("10.0.0.1\r\n10.0.0.2\r\n")
            << QStringList{QStringLiteral("10.0.0.1"), QStringLiteral("10.0.0.2")};
    QTest::newRow("empty") << QString() << QStringList{};
}

void TestAddressListMatcher::split()
{
    QFETCH(QString, text);
    QFETCH(QStringList, entries);
    QCOMPARE(AddressListMatcher::splitEntries(text), entries);
}

void TestAddressListMatcher::match_data()
{
    QTest::addColumn<QString>("text");
    QTest::addColumn<QStringList>("matched"); // keys' addresses, in session order
    QTest::addColumn<QStringList>("unparsed");
    QTest::addColumn<QStringList>("unmatched");
    QTest::newRow("single") << QStringLiteral("10.1.0.2") << QStringList{QStringLiteral("10.1.0.2")}
                            << QStringList{} << QStringList{};
    QTest::newRow("cidr v4") << QStringLiteral("10.1.0.0/24")
                             << QStringList{QStringLiteral("10.1.0.1"), QStringLiteral("10.1.0.2")}
                             << QStringList{} << QStringList{};
    QTest::newRow("cidr v6 matches v6 of dual stack")
            << QStringLiteral("2001:db8::/32")
            << QStringList{QStringLiteral("10.1.0.2"), QStringLiteral("2001:db8:2::5")}
            << QStringList{} << QStringList{};
    QTest::newRow("expanded v6") << QStringLiteral("2001:0db8:0002:0000:0000:0000:0000:0005")
                                 << QStringList{QStringLiteral("2001:db8:2::5")} << QStringList{}
                                 << QStringList{};
    QTest::newRow("bad and unmatched")
            << QStringLiteral("10.0.0.300, fish, 10.9.9.9, 10.1.0.1")
            << QStringList{QStringLiteral("10.1.0.1")}
            << QStringList{QStringLiteral("10.0.0.300"), QStringLiteral("fish")}
            << QStringList{QStringLiteral("10.9.9.9")};
}

void TestAddressListMatcher::match()
{
    QFETCH(QString, text);
    QFETCH(QStringList, matched);
    QFETCH(QStringList, unparsed);
    QFETCH(QStringList, unmatched);
    const QList<AddressListMatcher::Session> sessions{
            session(QStringLiteral("a"), QStringLiteral("10.1.0.1")),
            session(QStringLiteral("a"), QStringLiteral("10.1.0.2"),
                    QStringLiteral("2001:db8:1::9")),
            session(QStringLiteral("b"), QStringLiteral("10.2.0.1")),
            session(QStringLiteral("b"), QString(), QStringLiteral("2001:db8:2::5")),
    };
    const auto result = AddressListMatcher::match(text, sessions);
    QStringList got;
    for (const auto &s : result.matches)
        got.append(s.key.address);
    QCOMPARE(got, matched);
    QCOMPARE(result.unparsed, unparsed);
    QCOMPARE(result.unmatched, unmatched);
}

void TestAddressListMatcher::eachSessionOnce()
{
    // Two ranges covering one session, and one address on two servers.
    const QList<AddressListMatcher::Session> sessions{
            session(QStringLiteral("a"), QStringLiteral("10.1.0.1")),
            session(QStringLiteral("b"), QStringLiteral("10.1.0.1")),
    };
    const auto result = AddressListMatcher::match(QStringLiteral("10.1.0.1\n10.0.0.0/8"), sessions);
    QCOMPARE(result.matches.size(), 2);
    QCOMPARE(result.matches.at(0).key.serverId, QStringLiteral("a"));
    QCOMPARE(result.matches.at(1).key.serverId, QStringLiteral("b"));
    QVERIFY(result.unmatched.isEmpty());
}

QTEST_GUILESS_MAIN(TestAddressListMatcher)
#include "tst_addresslistmatcher.moc"
