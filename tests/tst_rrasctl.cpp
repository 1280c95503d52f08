// The real rrasctl binary (RRASCTL_PATH) against rras-sim running as a process (RRAS_SIM_PATH).

#include "rras/tunnel.h"
#include "simfixture.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QProcess>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QtTest>

using namespace Qt::Literals::StringLiterals;

namespace {

constexpr char simPasswordVar[] = "RRASCTL_TEST_SIM_PASSWORD";
const QString user = QStringLiteral("CORP\\helpdesk");
const QString password = QStringLiteral("s3cret: \"quoted\" & long");

struct Result
{
    int exitCode = -1;
    QByteArray out;
    QByteArray err;
};

QProcessEnvironment environmentWithPassword(const QString &variable
                                            = QStringLiteral("RRAS_PASSWORD"),
                                            const QString &value = password)
{
    QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
    env.remove(QStringLiteral("RRAS_PASSWORD"));
    env.remove(QStringLiteral("QT_LOGGING_RULES"));
    if (!variable.isEmpty())
        env.insert(variable, value);
    return env;
}

Result run(const QStringList &arguments, const QProcessEnvironment &env = environmentWithPassword())
{
    QProcess process;
    process.setProcessEnvironment(env);
    process.start(QStringLiteral(RRASCTL_PATH), arguments);
    Result r;
    if (!process.waitForStarted(10000))
        return r;
    process.closeWriteChannel(); // standard input is not a terminal, and empty
    if (!process.waitForFinished(60000)) {
        process.kill();
        process.waitForFinished(5000);
        return r;
    }
    r.exitCode = process.exitStatus() == QProcess::NormalExit ? process.exitCode() : -2;
    r.out = process.readAllStandardOutput();
    r.err = process.readAllStandardError();
    return r;
}

// The simulator here takes Basic (rras-sim's default when only --user is given); rrasctl's own
// default is Negotiate, as Windows'.
QStringList auth(bool allowUnencrypted = true)
{
    QStringList a{QStringLiteral("--auth"), QStringLiteral("basic"), QStringLiteral("--user"),
                  user};
    if (allowUnencrypted)
        a << QStringLiteral("--allow-unencrypted");
    return a;
}

QJsonArray parseArray(const QByteArray &json, QString *error)
{
    QJsonParseError e;
    const QJsonDocument doc = QJsonDocument::fromJson(json, &e);
    if (e.error != QJsonParseError::NoError || !doc.isArray()) {
        *error = e.errorString() + QStringLiteral(": ") + QString::fromUtf8(json.left(200));
        return {};
    }
    return doc.array();
}

QMap<QString, int> outcomeCounts(const QJsonArray &rows)
{
    QMap<QString, int> counts;
    for (const QJsonValue &v : rows)
        ++counts[v.toObject().value(QLatin1String("outcome")).toString()];
    return counts;
}

} // namespace

class TestRrasctl final : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void issueCheck();
    void usageErrors_data();
    void usageErrors();
    void passwordNeverFromArgv();
    void promptsOnTerminal();
    void basicOverHttpNeedsFlag();
    void exitCodes();
    void wrongPassword();
    void csvFormat();
    void tableFormat();
    void ipsFile();
    void httpsWithCa();

private:
    QStringList liveAddresses(const QUrl &server, int count);

    SimProcess m_sim;
    QTemporaryDir m_dataHome; // rrasctl disconnect records its jobs: not in the user's history
    QList<QUrl> m_urls;
};

void TestRrasctl::initTestCase()
{
    qputenv(simPasswordVar, password.toUtf8());
    qputenv("XDG_DATA_HOME", QFile::encodeName(m_dataHome.path()));
    QVERIFY2(
            m_sim.start({QStringLiteral("--servers"), QStringLiteral("2"), QStringLiteral("--port"),
                         QStringLiteral("0"), QStringLiteral("--tunnels"), QStringLiteral("300"),
                         QStringLiteral("--seed"), QStringLiteral("7"), QStringLiteral("--churn"),
                         QStringLiteral("0"), QStringLiteral("--user"), user,
                         QStringLiteral("--password-env"), QLatin1String(simPasswordVar),
                         QStringLiteral("--allow-unencrypted")},
                        2),
            qPrintable(m_sim.errorString()));
    m_urls = m_sim.urls();
    QCOMPARE(m_urls.size(), 2);
}

QStringList TestRrasctl::liveAddresses(const QUrl &server, int count)
{
    const Result r
            = run(QStringList{QStringLiteral("list"), QStringLiteral("--server"), server.toString(),
                              QStringLiteral("--format"), QStringLiteral("json")}
                  + auth());
    QString error;
    const QJsonArray rows = parseArray(r.out, &error);
    QStringList result;
    for (const QJsonValue &v : rows) {
        const QString a = v.toObject().value(QLatin1String("ClientIPv4Address")).toString();
        if (!a.isEmpty() && result.size() < count)
            result.append(a);
    }
    return result;
}

void TestRrasctl::issueCheck()
{
    // rrasctl list over both servers: 600 tunnels, every field present and typed.
    const Result list = run(QStringList{QStringLiteral("list"), QStringLiteral("--server"),
                                        m_urls[0].toString(), QStringLiteral("--server"),
                                        m_urls[1].toString(), QStringLiteral("--format"),
                                        QStringLiteral("json")}
                            + auth());
    QVERIFY2(list.exitCode == 0, list.err.constData());
    QString error;
    const QJsonArray rows = parseArray(list.out, &error);
    QVERIFY2(error.isEmpty(), qPrintable(error));
    QCOMPARE(rows.size(), 600);

    QSet<QString> expectedKeys{QStringLiteral("server")};
    for (const char *name : TunnelFields::names)
        expectedKeys.insert(QLatin1String(name));
    const QSet<QString> numeric{QStringLiteral("Bandwidth"), QStringLiteral("ConnectionDuration"),
                                QStringLiteral("TotalBytesIn"), QStringLiteral("TotalBytesOut")};
    QMap<QString, int> perServer;
    for (const QJsonValue &value : rows) {
        const QJsonObject o = value.toObject();
        const QStringList keys = o.keys();
        QCOMPARE(QSet<QString>(keys.cbegin(), keys.cend()), expectedKeys);
        for (const QString &key : keys) {
            const QJsonValue v = o.value(key);
            if (numeric.contains(key))
                QVERIFY2(v.isDouble(), qPrintable(key));
            else if (key == u"UserName")
                QVERIFY(v.isArray());
            else
                QVERIFY2(v.isString(), qPrintable(key));
        }
        const QJsonArray users = o.value(QLatin1String("UserName")).toArray();
        QVERIFY(!users.isEmpty());
        for (const QJsonValue &u : users)
            QVERIFY(u.isString() && !u.toString().isEmpty());
        const QString start = o.value(QLatin1String("ConnectionStartTime")).toString();
        QVERIFY2(start.endsWith(u'Z'), qPrintable(start));
        QVERIFY(QDateTime::fromString(start, Qt::ISODate).isValid());
        QVERIFY(!o.value(QLatin1String("ClientIPv4Address")).toString().isEmpty()
                || !o.value(QLatin1String("ClientIPv6Address")).toString().isEmpty());
        for (const char *filled :
             {"TunnelType", "AuthMethod", "ConnectionType", "HostName", "ClientExternalAddress",
              "UserActivityState", "TransitionTechnology"})
            QVERIFY2(!o.value(QLatin1String(filled)).toString().isEmpty(), filled);
        ++perServer[o.value(QLatin1String("server")).toString()];
    }
    QCOMPARE(perServer.value(m_urls[0].toString()), 300);
    QCOMPARE(perServer.value(m_urls[1].toString()), 300);

    // Disconnect 5 live, 2 not connected and one invalid address on the first server.
    QStringList live;
    for (const QJsonValue &value : rows) {
        const QJsonObject o = value.toObject();
        const QString a = o.value(QLatin1String("ClientIPv4Address")).toString();
        if (o.value(QLatin1String("server")).toString() == m_urls[0].toString() && !a.isEmpty()
            && live.size() < 5)
            live.append(a);
    }
    QCOMPARE(live.size(), 5);
    QStringList args{QStringLiteral("disconnect"), QStringLiteral("--server"), m_urls[0].toString(),
                     QStringLiteral("--format"), QStringLiteral("json")};
    for (const QString &a : live)
        args << QStringLiteral("--ip") << a;
    args << QStringLiteral("--ip") << QStringLiteral("198.51.100.1,198.51.100.2")
         << QStringLiteral("--ip") << QStringLiteral("10.0.0.300");
    const Result disconnect = run(args + auth());
    QCOMPARE(disconnect.exitCode, 1);
    const QJsonArray outcomes = parseArray(disconnect.out, &error);
    QVERIFY2(error.isEmpty(), qPrintable(error));
    QCOMPARE(outcomes.size(), 8);
    const QMap<QString, int> counts = outcomeCounts(outcomes);
    QCOMPARE(counts.value(QStringLiteral("Disconnected")), 5);
    QCOMPARE(counts.value(QStringLiteral("AlreadyGone")), 2);
    QCOMPARE(counts.value(QStringLiteral("InvalidAddress")), 1);
    // Rows in the order given, with every column.
    for (int i = 0; i < 5; ++i) {
        const QJsonObject o = outcomes.at(i).toObject();
        QCOMPARE(o.value(QLatin1String("address")).toString(), live.at(i));
        QCOMPARE(o.value(QLatin1String("server")).toString(), m_urls[0].toString());
        QVERIFY(o.value(QLatin1String("code")).isDouble());
        QVERIFY(o.value(QLatin1String("message")).isString());
    }
    QCOMPARE(outcomes.at(7).toObject().value(QLatin1String("address")).toString(),
             QStringLiteral("10.0.0.300"));

    const Result after = run(QStringList{QStringLiteral("list"), QStringLiteral("--server"),
                                         m_urls[0].toString(), QStringLiteral("--format"),
                                         QStringLiteral("json")}
                             + auth());
    QCOMPARE(after.exitCode, 0);
    QCOMPARE(parseArray(after.out, &error).size(), 295);
}

void TestRrasctl::usageErrors_data()
{
    QTest::addColumn<QStringList>("arguments");
    QTest::addColumn<QString>("stderrContains");

    const QString url = QStringLiteral("http://127.0.0.1:1/wsman");
    QTest::newRow("no arguments") << QStringList{} << u"command"_s;
    QTest::newRow("unknown command") << QStringList{u"purge"_s, u"--server"_s, url} << u"purge"_s;
    QTest::newRow("unknown option")
            << QStringList{u"list"_s, u"--server"_s, url, u"--frobnicate"_s} << u"frobnicate"_s;
    QTest::newRow("missing --server") << QStringList{u"list"_s} << u"--server"_s;
    QTest::newRow("unknown --auth")
            << QStringList{u"list"_s, u"--server"_s, url, u"--auth"_s, u"digest"_s} << u"digest"_s;
    QTest::newRow("ntlm without a user")
            << QStringList{u"list"_s, u"--server"_s, url, u"--auth"_s, u"ntlm"_s} << u"--user"_s;
    QTest::newRow("bad URL scheme") << QStringList{u"list"_s, u"--server"_s, u"ftp://host/wsman"_s}
                                    << u"ftp://host/wsman"_s;
    QTest::newRow("URL without host")
            << QStringList{u"list"_s, u"--server"_s, u"http://"_s} << u"URL"_s;
    QTest::newRow("not a URL") << QStringList{u"list"_s, u"--server"_s, u"rras1 5985"_s}
                               << u"URL"_s;
    QTest::newRow("credentials in URL")
            << QStringList{u"list"_s, u"--server"_s, u"https://bob:pw@host/wsman"_s}
            << u"credentials"_s;
    QTest::newRow("bad format") << QStringList{u"list"_s, u"--server"_s, url, u"--format"_s,
                                               u"xml"_s}
                                << u"xml"_s;
    QTest::newRow("bad timeout") << QStringList{u"list"_s, u"--server"_s, url, u"--timeout"_s,
                                                u"0"_s}
                                 << u"--timeout"_s;
    QTest::newRow("bad envelope") << QStringList{u"list"_s, u"--server"_s, url,
                                                 u"--max-envelope-kb"_s, u"4"_s}
                                  << u"--max-envelope-kb"_s;
    QTest::newRow("disconnect without addresses")
            << QStringList{u"disconnect"_s, u"--server"_s, url} << u"--ip"_s;
    QTest::newRow("disconnect on the same server twice")
            << QStringList{u"disconnect"_s, u"--server"_s, url, u"--server"_s, url,
                           u"--ip"_s,       u"10.1.1.1"_s}
            << u"given twice"_s;
    QTest::newRow("list with --ip")
            << QStringList{u"list"_s, u"--server"_s, url, u"--ip"_s, u"10.1.1.1"_s} << u"--ip"_s;
    QTest::newRow("missing ips file") << QStringList{u"disconnect"_s, u"--server"_s, url,
                                                     u"--ips-file"_s, u"/nonexistent/ips.txt"_s}
                                      << u"/nonexistent/ips.txt"_s;
    QTest::newRow("missing CA file")
            << QStringList{u"list"_s, u"--server"_s, u"https://127.0.0.1:1/wsman"_s, u"--ca"_s,
                           u"/nonexistent/ca.pem"_s}
            << u"/nonexistent/ca.pem"_s;
    QTest::newRow("stray argument")
            << QStringList{u"disconnect"_s, u"--server"_s, url, u"10.1.1.1"_s} << u"--ip"_s;
}

void TestRrasctl::usageErrors()
{
    QFETCH(QStringList, arguments);
    QFETCH(QString, stderrContains);
    const Result r = run(arguments);
    QCOMPARE(r.exitCode, 2);
    QVERIFY(r.out.isEmpty());
    QVERIFY2(QString::fromLocal8Bit(r.err).contains(stderrContains), r.err.constData());
}

void TestRrasctl::passwordNeverFromArgv()
{
    for (const QStringList &secret :
         {QStringList{u"--password"_s, u"s3cret"_s}, QStringList{u"--password=s3cret"_s},
          QStringList{u"-p"_s, u"s3cret"_s}, QStringList{u"--pass"_s, u"s3cret"_s}}) {
        const Result r = run(QStringList{QStringLiteral("list"), QStringLiteral("--server"),
                                         m_urls[0].toString()}
                             + auth() + secret);
        QCOMPARE(r.exitCode, 2);
        QVERIFY(r.out.isEmpty());
        QVERIFY2(r.err.contains("--password-env"), r.err.constData());
    }
    // No variable and no terminal: a usage error, never an attempt without a password.
    const Result none = run(
            QStringList{QStringLiteral("list"), QStringLiteral("--server"), m_urls[0].toString()}
                    + auth(),
            environmentWithPassword(QString()));
    QCOMPARE(none.exitCode, 2);
    QVERIFY2(none.err.contains("RRAS_PASSWORD"), none.err.constData());
    // A variable of the user's choosing.
    const Result custom = run(QStringList{QStringLiteral("list"), QStringLiteral("--server"),
                                          m_urls[0].toString(), QStringLiteral("--password-env"),
                                          QStringLiteral("MY_RRAS_PW"), QStringLiteral("--format"),
                                          QStringLiteral("csv")}
                                      + auth(),
                              environmentWithPassword(QStringLiteral("MY_RRAS_PW")));
    QVERIFY2(custom.exitCode == 0, custom.err.constData());
    QVERIFY(!custom.err.contains(password.toUtf8()));
}

void TestRrasctl::promptsOnTerminal()
{
    // Without the variable but on a terminal, rrasctl asks, and the typed password is not echoed.
    // script(1) from util-linux gives it a pseudo-terminal.
    const QString script = QStandardPaths::findExecutable(QStringLiteral("script"));
    if (script.isEmpty())
        QSKIP("script(1) is not installed");
    const QString command = QStringLiteral("'%1' list --server '%2' --auth basic --user '%3' "
                                           "--allow-unencrypted --format json")
                                    .arg(QStringLiteral(RRASCTL_PATH), m_urls[0].toString(), user);
    QProcess process;
    process.setProcessEnvironment(environmentWithPassword(QString()));
    process.setProcessChannelMode(QProcess::MergedChannels); // one terminal for both
    process.start(script, {QStringLiteral("-qec"), command, QStringLiteral("/dev/null")});
    QVERIFY(process.waitForStarted(10000));
    QByteArray seen;
    QTRY_VERIFY_WITH_TIMEOUT((seen += process.readAll()).contains("Password for"), 10000);
    process.write(password.toUtf8() + "\n");
    QVERIFY(process.waitForFinished(30000));
    seen += process.readAll();
    QCOMPARE(process.exitCode(), 0);
    QVERIFY2(seen.contains("\"ClientIPv4Address\""), seen.left(300).constData());
    QVERIFY2(!seen.contains(password.toUtf8()), "the password was echoed");
}

void TestRrasctl::basicOverHttpNeedsFlag()
{
    const Result refused = run(
            QStringList{QStringLiteral("list"), QStringLiteral("--server"), m_urls[0].toString()}
            + auth(false));
    QCOMPARE(refused.exitCode, 2);
    QVERIFY2(refused.err.contains("--allow-unencrypted"), refused.err.constData());
    QVERIFY(refused.out.isEmpty());

    const Result allowed = run(
            QStringList{QStringLiteral("list"), QStringLiteral("--server"), m_urls[0].toString()}
            + auth(true));
    QCOMPARE(allowed.exitCode, 0);
}

void TestRrasctl::exitCodes()
{
    // 0: every address Disconnected or AlreadyGone.
    const QStringList live = liveAddresses(m_urls[1], 2);
    QCOMPARE(live.size(), 2);
    const Result ok = run(QStringList{QStringLiteral("disconnect"), QStringLiteral("--server"),
                                      m_urls[1].toString(), QStringLiteral("--ip"), live.join(u','),
                                      QStringLiteral("--ip"), QStringLiteral("198.51.100.9")}
                          + auth());
    QVERIFY2(ok.exitCode == 0, ok.out.constData());
    QCOMPARE(ok.out.count("Disconnected"), 2);
    QCOMPARE(ok.out.count("AlreadyGone"), 1);
    QVERIFY2(ok.err.contains("3 address(es)"), ok.err.constData()); // progress on stderr

    // Again: now both are gone.
    const Result again
            = run(QStringList{QStringLiteral("disconnect"), QStringLiteral("--server"),
                              m_urls[1].toString(), QStringLiteral("--ip"), live.join(u',')}
                  + auth());
    QCOMPARE(again.exitCode, 0);
    QCOMPARE(again.out.count("AlreadyGone"), 2);

    // 1: an invalid address alone.
    const Result invalid = run(QStringList{QStringLiteral("disconnect"), QStringLiteral("--server"),
                                           m_urls[1].toString(), QStringLiteral("--ip"),
                                           QStringLiteral("010.1.1.1")}
                               + auth());
    QCOMPARE(invalid.exitCode, 1);
    QVERIFY(invalid.out.contains("InvalidAddress"));

    // 1: one of two servers unreachable; the other's tunnels are still printed.
    const Result partial = run(QStringList{QStringLiteral("list"), QStringLiteral("--server"),
                                           m_urls[1].toString(), QStringLiteral("--server"),
                                           QStringLiteral("http://127.0.0.1:1/wsman"),
                                           QStringLiteral("--format"), QStringLiteral("json")}
                               + auth());
    QCOMPARE(partial.exitCode, 1);
    QString error;
    QCOMPARE(parseArray(partial.out, &error).size(), 298);
    QVERIFY2(partial.err.contains("127.0.0.1:1"), partial.err.constData());
}

void TestRrasctl::wrongPassword()
{
    const Result r = run(
            QStringList{QStringLiteral("disconnect"), QStringLiteral("--server"),
                        m_urls[1].toString(), QStringLiteral("--ip"), QStringLiteral("10.99.99.99"),
                        QStringLiteral("--format"), QStringLiteral("csv")}
                    + auth(),
            environmentWithPassword(QStringLiteral("RRAS_PASSWORD"), QStringLiteral("wrong")));
    QCOMPARE(r.exitCode, 1);
    const QList<QByteArray> lines = r.out.split('\n');
    QVERIFY2(lines.size() >= 2, r.out.constData());
    QVERIFY2(lines.at(1).contains(",Failed,"), r.out.constData()); // 401: never processed

    const Result list = run(
            QStringList{QStringLiteral("list"), QStringLiteral("--server"), m_urls[1].toString()}
                    + auth(),
            environmentWithPassword(QStringLiteral("RRAS_PASSWORD"), QStringLiteral("wrong")));
    QCOMPARE(list.exitCode, 1);
    QVERIFY(!list.err.contains("wrong"));
}

void TestRrasctl::csvFormat()
{
    const Result list = run(QStringList{QStringLiteral("list"), QStringLiteral("--server"),
                                        m_urls[1].toString(), QStringLiteral("--format"),
                                        QStringLiteral("csv")}
                            + auth());
    QCOMPARE(list.exitCode, 0);
    QVERIFY(list.out.endsWith("\r\n"));
    const QList<QByteArray> lines = list.out.split('\n');
    QByteArray header = "server";
    for (const char *name : TunnelFields::names)
        header += QByteArray(",") + name;
    QCOMPARE(lines.first(), header + '\r');
    QVERIFY(lines.size() > 250);

    // Formula-looking cells are neutralised; quotes and commas are quoted per RFC 4180.
    const Result bad = run(QStringList{QStringLiteral("disconnect"), QStringLiteral("--server"),
                                       m_urls[1].toString(), QStringLiteral("--ip"),
                                       QStringLiteral("=HYPERLINK(1)"), QStringLiteral("--ip"),
                                       QStringLiteral("@SUM(A1)"), QStringLiteral("--format"),
                                       QStringLiteral("csv")}
                           + auth());
    QCOMPARE(bad.exitCode, 1);
    const QList<QByteArray> rows = bad.out.split('\n');
    QCOMPARE(rows.first(), QByteArray("server,address,outcome,message,code\r"));
    QVERIFY2(rows.at(1).contains(",'=HYPERLINK(1),InvalidAddress,\""), bad.out.constData());
    QVERIFY2(rows.at(1).contains("\"\"=HYPERLINK(1)\"\""), bad.out.constData()); // doubled quotes
    QVERIFY2(rows.at(2).contains(",'@SUM(A1),InvalidAddress,"), bad.out.constData());
}

void TestRrasctl::tableFormat()
{
    const Result r = run(
            QStringList{QStringLiteral("list"), QStringLiteral("--server"), m_urls[1].toString()}
            + auth());
    QCOMPARE(r.exitCode, 0);
    const QStringList lines = QString::fromUtf8(r.out).split(u'\n', Qt::SkipEmptyParts);
    QVERIFY(lines.size() > 250);
    const QString header = lines.first();
    for (const char *column :
         {"Server", "User", "Tunnel IPv4", "Tunnel IPv6", "Host", "External", "Type", "Auth",
          "Since", "Duration", "In", "Out", "Activity", "Connection"})
        QVERIFY2(header.contains(QLatin1String(column)), column);
    // Aligned: the IPv4 column starts at the same place on every row.
    const qsizetype ipv4Column = header.indexOf(QLatin1String("Tunnel IPv4"));
    const qsizetype userColumn = header.indexOf(QLatin1String("User"));
    for (const QString &line : lines.mid(1)) {
        QVERIFY(line.startsWith(m_urls[1].toString()));
        QCOMPARE(line.at(ipv4Column - 1), u' ');
        QCOMPARE(line.at(userColumn - 1), u' ');
        QVERIFY(line.at(userColumn) != u' ');
    }
    QVERIFY2(r.err.contains("tunnel(s)"), r.err.constData()); // the summary goes to stderr
}

void TestRrasctl::ipsFile()
{
    const QStringList live = liveAddresses(m_urls[1], 3);
    QCOMPARE(live.size(), 3);
    QTemporaryDir dir;
    QVERIFY(dir.isValid());
    const QString path = dir.filePath(QStringLiteral("ips.txt"));
    QFile file(path);
    QVERIFY(file.open(QIODevice::WriteOnly));
    file.write("# tunnels to cut, ticket 4711\n");
    file.write(live.at(0).toUtf8() + "\n\n");
    file.write(live.at(1).toUtf8() + ", " + live.at(2).toUtf8() + "   # two on one line\r\n");
    file.write("198.51.100.40 1.2.3\n");
    file.write("   # " + QByteArray("198.51.100.41") + " commented out\n");
    file.close();

    const Result r = run(QStringList{QStringLiteral("disconnect"), QStringLiteral("--server"),
                                     m_urls[1].toString(), QStringLiteral("--ips-file"), path,
                                     QStringLiteral("--format"), QStringLiteral("json")}
                         + auth());
    QCOMPARE(r.exitCode, 1); // 1.2.3 is invalid
    QString error;
    const QJsonArray rows = parseArray(r.out, &error);
    QVERIFY2(error.isEmpty(), qPrintable(error));
    QCOMPARE(rows.size(), 5);
    const QMap<QString, int> counts = outcomeCounts(rows);
    QCOMPARE(counts.value(QStringLiteral("Disconnected")), 3);
    QCOMPARE(counts.value(QStringLiteral("AlreadyGone")), 1);
    QCOMPARE(counts.value(QStringLiteral("InvalidAddress")), 1);
    QVERIFY(!r.out.contains("198.51.100.41"));
}

void TestRrasctl::httpsWithCa()
{
    QTemporaryDir dir;
    QVERIFY(dir.isValid());
    const QString certPath = dir.filePath(QStringLiteral("sim.pem"));
    SimProcess tls;
    QVERIFY2(tls.start({QStringLiteral("--servers"), QStringLiteral("1"), QStringLiteral("--port"),
                        QStringLiteral("0"), QStringLiteral("--tunnels"), QStringLiteral("20"),
                        QStringLiteral("--seed"), QStringLiteral("3"), QStringLiteral("--churn"),
                        QStringLiteral("0"), QStringLiteral("--user"), user,
                        QStringLiteral("--password-env"), QLatin1String(simPasswordVar),
                        QStringLiteral("--tls"), QStringLiteral("--cert-out"), certPath},
                       1),
             qPrintable(tls.errorString()));
    const QUrl url = tls.urls().constFirst();
    QCOMPARE(url.scheme(), QStringLiteral("https"));

    // Basic over https needs no --allow-unencrypted; the CA file makes the certificate trusted.
    const Result ok = run(QStringList{QStringLiteral("list"), QStringLiteral("--server"),
                                      url.toString(), QStringLiteral("--ca"), certPath,
                                      QStringLiteral("--format"), QStringLiteral("json")}
                          + auth(false));
    QVERIFY2(ok.exitCode == 0, ok.err.constData());
    QString error;
    QCOMPARE(parseArray(ok.out, &error).size(), 20);

    // Without it the self-signed certificate is refused.
    const Result untrusted
            = run(QStringList{QStringLiteral("list"), QStringLiteral("--server"), url.toString()}
                  + auth(false));
    QCOMPARE(untrusted.exitCode, 1);
    QVERIFY2(untrusted.err.contains("ertificate"), untrusted.err.constData());
}

QTEST_GUILESS_MAIN(TestRrasctl)
#include "tst_rrasctl.moc"
