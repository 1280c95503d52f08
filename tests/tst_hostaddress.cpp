#include "rras/hostaddress.h"

#include <QtTest>

class TestHostAddress final : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void normalize_data();
    void normalize();
    void parseRange_data();
    void parseRange();
    void contains_data();
    void contains();
};

void TestHostAddress::normalize_data()
{
    QTest::addColumn<QString>("input");
    QTest::addColumn<QString>("expected"); // empty: invalid

    // IPv4: strict dotted quad
    QTest::newRow("v4 plain") << QStringLiteral("10.1.1.11") << QStringLiteral("10.1.1.11");
    QTest::newRow("v4 zeros") << QStringLiteral("0.0.0.0") << QStringLiteral("0.0.0.0");
    QTest::newRow("v4 max") << QStringLiteral("255.255.255.255")
                            << QStringLiteral("255.255.255.255");
    QTest::newRow("v4 trimmed") << QStringLiteral("  192.168.7.1\t")
                                << QStringLiteral("192.168.7.1");
    QTest::newRow("v4 octet 300") << QStringLiteral("10.0.0.300") << QString();
    QTest::newRow("v4 octet 256") << QStringLiteral("256.1.1.1") << QString();
    QTest::newRow("v4 three parts") << QStringLiteral("1.2.3") << QString();
    QTest::newRow("v4 two parts") << QStringLiteral("10.1") << QString();
    QTest::newRow("v4 five parts") << QStringLiteral("1.2.3.4.5") << QString();
    QTest::newRow("v4 octal-looking") << QStringLiteral("010.1.1.1") << QString();
    QTest::newRow("v4 leading zero last") << QStringLiteral("10.1.1.01") << QString();
    QTest::newRow("v4 empty octet") << QStringLiteral("10..1.1") << QString();
    QTest::newRow("v4 trailing dot") << QStringLiteral("10.1.1.1.") << QString();
    QTest::newRow("v4 hex") << QStringLiteral("0x0a.1.1.1") << QString();
    QTest::newRow("v4 sign") << QStringLiteral("+10.1.1.1") << QString();
    QTest::newRow("v4 integer") << QStringLiteral("167837963") << QString();
    QTest::newRow("v4 space inside") << QStringLiteral("10.1. 1.1") << QString();
    QTest::newRow("v4 with port") << QStringLiteral("10.1.1.1:80") << QString();
    QTest::newRow("v4 with prefix") << QStringLiteral("10.1.1.1/32") << QString();
    QTest::newRow("v4 arabic-indic digits") << QStringLiteral("١٠.1.1.1") << QString();
    QTest::newRow("empty") << QString() << QString();
    QTest::newRow("blank") << QStringLiteral("   ") << QString();
    QTest::newRow("host name") << QStringLiteral("laptop-17") << QString();

    // IPv6
    QTest::newRow("v6 compressed")
            << QStringLiteral("2001:db8::1") << QStringLiteral("2001:db8::1");
    QTest::newRow("v6 expanded") << QStringLiteral("2001:0DB8:0000:0000:0000:0000:0000:0001")
                                 << QStringLiteral("2001:db8::1");
    QTest::newRow("v6 upper") << QStringLiteral("FE80::ABCD") << QStringLiteral("fe80::abcd");
    QTest::newRow("v6 loopback") << QStringLiteral("::1") << QStringLiteral("::1");
    QTest::newRow("v6 any") << QStringLiteral("::") << QStringLiteral("::");
    QTest::newRow("v6 mapped v4") << QStringLiteral("::ffff:10.1.1.1")
                                  << QStringLiteral("::ffff:10.1.1.1");
    QTest::newRow("v6 mapped bad v4") << QStringLiteral("::ffff:10.1.1.300") << QString();
    QTest::newRow("v6 mapped octal v4") << QStringLiteral("::ffff:010.1.1.1") << QString();
    QTest::newRow("v6 zone id") << QStringLiteral("fe80::1%eth0") << QString();
    QTest::newRow("v6 numeric zone") << QStringLiteral("fe80::1%2") << QString();
    QTest::newRow("v6 brackets") << QStringLiteral("[2001:db8::1]") << QString();
    QTest::newRow("v6 two double colons") << QStringLiteral("2001::db8::1") << QString();
    QTest::newRow("v6 too many groups") << QStringLiteral("1:2:3:4:5:6:7:8:9") << QString();
    QTest::newRow("v6 group too long") << QStringLiteral("2001:db8:12345::1") << QString();
    QTest::newRow("v6 not hex") << QStringLiteral("2001:db8::g") << QString();
    QTest::newRow("v6 space inside") << QStringLiteral("2001:db8:: 1") << QString();
    QTest::newRow("v6 prefix") << QStringLiteral("2001:db8::/32") << QString();
}

void TestHostAddress::normalize()
{
    QFETCH(QString, input);
    QFETCH(QString, expected);

    const NormalizedAddress n = normalizeHostAddress(input);
    QCOMPARE(n.input, input.trimmed());
    QCOMPARE(n.text, expected);
    QCOMPARE(n.isValid(), !expected.isEmpty());
    if (n.isValid()) {
        QVERIFY(n.error.isEmpty());
        QVERIFY(!n.address.isNull());
        QCOMPARE(n.address.toString(), expected);
        // The normal form is a fixed point.
        QCOMPARE(normalizeHostAddress(n.text).text, n.text);
    } else {
        QVERIFY2(!n.error.isEmpty(), "an invalid address must say why");
        QVERIFY(n.address.isNull());
    }
}

void TestHostAddress::parseRange_data()
{
    QTest::addColumn<QString>("input");
    QTest::addColumn<QString>("expected"); // toString(); empty: invalid

    QTest::newRow("v4 /8") << QStringLiteral("10.0.0.0/8") << QStringLiteral("10.0.0.0/8");
    QTest::newRow("v4 host bits masked")
            << QStringLiteral("10.1.2.3/8") << QStringLiteral("10.0.0.0/8");
    QTest::newRow("v4 /0") << QStringLiteral("1.2.3.4/0") << QStringLiteral("0.0.0.0/0");
    QTest::newRow("v4 /31") << QStringLiteral("10.1.1.3/31") << QStringLiteral("10.1.1.2/31");
    QTest::newRow("v4 single") << QStringLiteral("10.1.1.11") << QStringLiteral("10.1.1.11/32");
    QTest::newRow("v4 /32") << QStringLiteral(" 10.1.1.11/32 ") << QStringLiteral("10.1.1.11/32");
    QTest::newRow("v4 /33") << QStringLiteral("10.0.0.0/33") << QString();
    QTest::newRow("v4 negative") << QStringLiteral("10.0.0.0/-1") << QString();
    QTest::newRow("v4 empty prefix") << QStringLiteral("10.0.0.0/") << QString();
    QTest::newRow("v4 prefix text") << QStringLiteral("10.0.0.0/abc") << QString();
    QTest::newRow("v4 bad address") << QStringLiteral("10.0.0.300/24") << QString();
    QTest::newRow("v4 short address") << QStringLiteral("10.0/16") << QString();
    QTest::newRow("v6 /32") << QStringLiteral("2001:db8::/32") << QStringLiteral("2001:db8::/32");
    QTest::newRow("v6 masked") << QStringLiteral("2001:db8:abcd:1234::1/48")
                               << QStringLiteral("2001:db8:abcd::/48");
    QTest::newRow("v6 /65 masks inside a byte")
            << QStringLiteral("2001:db8::ffff:ffff:ffff:ffff/65")
            << QStringLiteral("2001:db8:0:0:8000::/65");
    QTest::newRow("v6 single") << QStringLiteral("2001:DB8::1")
                               << QStringLiteral("2001:db8::1/128");
    QTest::newRow("v6 /129") << QStringLiteral("2001:db8::/129") << QString();
    QTest::newRow("v6 zone") << QStringLiteral("fe80::%1/64") << QString();
    QTest::newRow("empty") << QString() << QString();
    QTest::newRow("two slashes") << QStringLiteral("10.0.0.0/8/8") << QString();
}

void TestHostAddress::parseRange()
{
    QFETCH(QString, input);
    QFETCH(QString, expected);

    QString error = QStringLiteral("stale");
    const std::optional<AddressRange> range = parseAddressRange(input, &error);
    QCOMPARE(range.has_value(), !expected.isEmpty());
    if (range) {
        QCOMPARE(range->toString(), expected);
        QVERIFY(error.isEmpty());
        QVERIFY(range->contains(range->network));
    } else {
        QVERIFY(!error.isEmpty());
        QVERIFY(error != u"stale");
    }
}

void TestHostAddress::contains_data()
{
    QTest::addColumn<QString>("range");
    QTest::addColumn<QString>("address");
    QTest::addColumn<bool>("contained");

    QTest::newRow("v4 inside /8") << "10.0.0.0/8"
                                  << "10.255.1.2" << true;
    QTest::newRow("v4 outside /8") << "10.0.0.0/8"
                                   << "11.0.0.1" << false;
    QTest::newRow("v4 lower edge /24") << "192.168.1.0/24"
                                       << "192.168.1.0" << true;
    QTest::newRow("v4 upper edge /24") << "192.168.1.0/24"
                                       << "192.168.1.255" << true;
    QTest::newRow("v4 next /24") << "192.168.1.0/24"
                                 << "192.168.2.0" << false;
    QTest::newRow("v4 /0 everything") << "0.0.0.0/0"
                                      << "203.0.113.9" << true;
    QTest::newRow("v4 single equal") << "10.1.1.11"
                                     << "10.1.1.11" << true;
    QTest::newRow("v4 single other") << "10.1.1.11"
                                     << "10.1.1.12" << false;
    QTest::newRow("v4 /31 pair") << "10.1.1.2/31"
                                 << "10.1.1.3" << true;
    QTest::newRow("v4 range, v6 address") << "0.0.0.0/0"
                                          << "::1" << false;
    QTest::newRow("v4 range, mapped v6") << "10.0.0.0/8"
                                         << "::ffff:10.1.1.1" << false;
    QTest::newRow("v6 inside /32") << "2001:db8::/32"
                                   << "2001:db8:ffff::1" << true;
    QTest::newRow("v6 outside /32") << "2001:db8::/32"
                                    << "2001:db9::1" << false;
    QTest::newRow("v6 /65 inside") << "2001:db8::/65"
                                   << "2001:db8::7fff:0:0:1" << true;
    QTest::newRow("v6 /65 outside") << "2001:db8::/65"
                                    << "2001:db8::8000:0:0:1" << false;
    QTest::newRow("v6 /0") << "::/0"
                           << "fe80::1" << true;
    QTest::newRow("v6 range, v4 address") << "::/0"
                                          << "10.1.1.1" << false;
    QTest::newRow("v6 single expanded") << "2001:0db8::0001"
                                        << "2001:db8::1" << true;
}

void TestHostAddress::contains()
{
    QFETCH(QString, range);
    QFETCH(QString, address);
    QFETCH(bool, contained);

    const std::optional<AddressRange> r = parseAddressRange(range);
    QVERIFY(r.has_value());
    QCOMPARE(r->contains(QHostAddress(address)), contained);
    QVERIFY(!r->contains(QHostAddress()));
    QVERIFY(!AddressRange().contains(QHostAddress(address)));
}

QTEST_GUILESS_MAIN(TestHostAddress)
#include "tst_hostaddress.moc"
