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
    void helpText();
    void disconnectOnSeveralServers();
    void disconnectWithAFaultingServer();
    void addressOnTwoServersIsNotSent();
    void unlistedServers();

private:
    // `rrasctl history --format json` in the tests' history: the newest job first.
    QJsonArray historyJobs();
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

void TestRrasctl::helpText()
{
    const Result r = run({QStringLiteral("--help")});
    QCOMPARE(r.exitCode, 0);
    const QString help = QString::fromLocal8Bit(r.out);
    QVERIFY2(help.contains(u"on one or more\n                --servers"_s), r.out.constData());
    QVERIFY2(help.contains(u"listed on two servers is sent to neither"_s), r.out.constData());
    QVERIFY2(help.simplified().contains(u"Repeat for several (list, disconnect)"_s),
             r.out.constData());
}

QJsonArray TestRrasctl::historyJobs()
{
    const Result r
            = run({QStringLiteral("history"), QStringLiteral("--format"), QStringLiteral("json")});
    QString error;
    const QJsonArray jobs = parseArray(r.out, &error);
    if (!error.isEmpty())
        qWarning() << error;
    return jobs;
}

void TestRrasctl::disconnectOnSeveralServers()
{
    // Two servers in one process: each address goes to the server that lists it, the user's
    // order is kept, an address no server lists and an invalid one are settled without sending,
    // and the history holds one job for the whole run.
    const QStringList a = liveAddresses(m_urls[0], 3);
    const QStringList b = liveAddresses(m_urls[1], 2);
    QCOMPARE(a.size(), 3);
    QCOMPARE(b.size(), 2);
    const qsizetype jobsBefore = historyJobs().size();
    const QStringList given{b.at(0),
                            a.at(0),
                            QStringLiteral("198.51.100.77"),
                            a.at(1),
                            QStringLiteral("10.0.0.300"),
                            b.at(1),
                            a.at(2)};
    const Result r = run(QStringList{QStringLiteral("disconnect"), QStringLiteral("--server"),
                                     m_urls[0].toString(), QStringLiteral("--server"),
                                     m_urls[1].toString(), QStringLiteral("--ip"), given.join(u','),
                                     QStringLiteral("--format"), QStringLiteral("json"),
                                     QStringLiteral("--reason"), QStringLiteral("two servers")}
                         + auth());
    QCOMPARE(r.exitCode, 1); // the invalid address
    QString error;
    const QJsonArray rows = parseArray(r.out, &error);
    QVERIFY2(error.isEmpty(), qPrintable(error));
    QCOMPARE(rows.size(), given.size());
    for (qsizetype i = 0; i < given.size(); ++i) {
        const QJsonObject o = rows.at(i).toObject();
        QCOMPARE(o.value(QLatin1String("address")).toString(), given.at(i));
        const QString outcome = o.value(QLatin1String("outcome")).toString();
        const QString server = o.value(QLatin1String("server")).toString();
        if (a.contains(given.at(i))) {
            QCOMPARE(outcome, QStringLiteral("Disconnected"));
            QCOMPARE(server, m_urls[0].toString());
        } else if (b.contains(given.at(i))) {
            QCOMPARE(outcome, QStringLiteral("Disconnected"));
            QCOMPARE(server, m_urls[1].toString());
        } else if (given.at(i) == u"198.51.100.77") {
            QCOMPARE(outcome, QStringLiteral("AlreadyGone"));
            QVERIFY(server.isEmpty());
        } else {
            QCOMPARE(outcome, QStringLiteral("InvalidAddress"));
            QVERIFY(server.isEmpty());
        }
    }
    // One request per server, both announced.
    QCOMPARE(r.err.count("Disconnecting "), 2);
    QVERIFY2(QString::fromLocal8Bit(r.err).contains(u"Disconnecting 3 address(es) on "_s
                                                    + m_urls[0].toString()),
             r.err.constData());
    QVERIFY2(QString::fromLocal8Bit(r.err).contains(u"Disconnecting 2 address(es) on "_s
                                                    + m_urls[1].toString()),
             r.err.constData());
    QCOMPARE(r.err.count("Recorded as job"), 1);

    // They are gone from their servers.
    for (int server = 0; server < 2; ++server) {
        const QStringList still = liveAddresses(m_urls[server], 1000);
        for (const QString &address : given)
            QVERIFY2(!still.contains(address), qPrintable(address));
    }

    // One job with every session.
    const QJsonArray jobs = historyJobs();
    QCOMPARE(jobs.size(), jobsBefore + 1);
    const QJsonObject job = jobs.first().toObject();
    QCOMPARE(job.value(QLatin1String("reason")).toString(), QStringLiteral("two servers"));
    QCOMPARE(job.value(QLatin1String("state")).toString(), QStringLiteral("Finished"));
    const QJsonObject counts = job.value(QLatin1String("counts")).toObject();
    QCOMPARE(counts.value(QLatin1String("sessions")).toInt(), 7);
    QCOMPARE(counts.value(QLatin1String("Disconnected")).toInt(), 5);
    QCOMPARE(counts.value(QLatin1String("AlreadyGone")).toInt(), 1);
    QCOMPARE(counts.value(QLatin1String("InvalidAddress")).toInt(), 1);
    const QJsonArray servers = job.value(QLatin1String("servers")).toArray();
    QCOMPARE(servers.size(), 2);
}

void TestRrasctl::disconnectWithAFaultingServer()
{
    // A third server whose DisconnectByHostIP always fails (HTTP 500, no SOAP fault: the outcome
    // is not known). Its sessions end Failed or Unknown, never Disconnected; the healthy servers'
    // sessions are disconnected all the same.
    SimProcess faulty;
    QVERIFY2(faulty.start({QStringLiteral("--servers"), QStringLiteral("1"),
                           QStringLiteral("--port"), QStringLiteral("0"),
                           QStringLiteral("--tunnels"), QStringLiteral("20"),
                           QStringLiteral("--seed"), QStringLiteral("11"),
                           QStringLiteral("--churn"), QStringLiteral("0"), QStringLiteral("--user"),
                           user, QStringLiteral("--password-env"), QLatin1String(simPasswordVar),
                           QStringLiteral("--allow-unencrypted"), QStringLiteral("--fault"),
                           QStringLiteral("http500/DisconnectByHostIP")},
                          1),
             qPrintable(faulty.errorString()));
    const QUrl bad = faulty.urls().constFirst();
    // The simulators give their first servers the same address pool: take addresses that only
    // one server lists (the others would be refused as listed on two servers).
    const QStringList allA = liveAddresses(m_urls[0], 1000);
    const QStringList allB = liveAddresses(m_urls[1], 1000);
    const QStringList allC = liveAddresses(bad, 1000);
    auto onlyIn = [](const QStringList &from, const QStringList &x, const QStringList &y, int n) {
        QStringList picked;
        for (const QString &address : from) {
            if (picked.size() < n && !x.contains(address) && !y.contains(address))
                picked.append(address);
        }
        return picked;
    };
    const QStringList a = onlyIn(allA, allB, allC, 2);
    const QStringList b = onlyIn(allB, allA, allC, 2);
    const QStringList c = onlyIn(allC, allA, allB, 3);
    QCOMPARE(a.size(), 2);
    QCOMPARE(b.size(), 2);
    QCOMPARE(c.size(), 3);
    const QStringList given = c + a + b;
    const Result r = run(QStringList{QStringLiteral("disconnect"), QStringLiteral("--server"),
                                     m_urls[0].toString(), QStringLiteral("--server"),
                                     bad.toString(), QStringLiteral("--server"),
                                     m_urls[1].toString(), QStringLiteral("--ip"), given.join(u','),
                                     QStringLiteral("--format"), QStringLiteral("json")}
                         + auth());
    QCOMPARE(r.exitCode, 1);
    QString error;
    const QJsonArray rows = parseArray(r.out, &error);
    QVERIFY2(error.isEmpty(), qPrintable(error));
    QVERIFY2(rows.size() == given.size(), r.out.constData());
    for (qsizetype i = 0; i < given.size(); ++i) {
        const QJsonObject o = rows.at(i).toObject();
        QCOMPARE(o.value(u"address"_s).toString(), given.at(i));
        const QString outcome = o.value(u"outcome"_s).toString();
        if (c.contains(given.at(i))) {
            QCOMPARE(o.value(u"server"_s).toString(), bad.toString());
            QVERIFY2(outcome == u"Failed" || outcome == u"Unknown", qPrintable(outcome));
        } else {
            QCOMPARE(outcome, u"Disconnected"_s);
        }
    }
    // The faulting server's sessions are all still there.
    const QStringList still = liveAddresses(bad, 1000);
    for (const QString &address : c)
        QVERIFY2(still.contains(address), qPrintable(address));
    const QJsonObject counts = historyJobs().first().toObject().value(u"counts"_s).toObject();
    QCOMPARE(counts.value(QLatin1String("sessions")).toInt(), 7);
    QCOMPARE(counts.value(QLatin1String("Disconnected")).toInt(), 4);
    QCOMPARE(counts.value(QLatin1String("Failed")).toInt()
                     + counts.value(QLatin1String("Unknown")).toInt(),
             3);
}

void TestRrasctl::addressOnTwoServersIsNotSent()
{
    // One server under two names lists every address twice: which session was meant is not
    // known, so none is sent and each copy ends Failed.
    QUrl other = m_urls[0];
    other.setHost(QStringLiteral("localhost"));
    const QStringList a = liveAddresses(m_urls[0], 2);
    QCOMPARE(a.size(), 2);
    const Result r = run(QStringList{QStringLiteral("disconnect"), QStringLiteral("--server"),
                                     m_urls[0].toString(), QStringLiteral("--server"),
                                     other.toString(), QStringLiteral("--ip"), a.join(u','),
                                     QStringLiteral("--format"), QStringLiteral("json")}
                         + auth());
    QCOMPARE(r.exitCode, 1);
    QString error;
    const QJsonArray rows = parseArray(r.out, &error);
    QVERIFY2(error.isEmpty(), qPrintable(error));
    QCOMPARE(rows.size(), 4);
    QCOMPARE(outcomeCounts(rows).value(QStringLiteral("Failed")), 4);
    QSet<QString> pairs;
    for (const QJsonValue &v : rows) {
        const QJsonObject o = v.toObject();
        pairs.insert(o.value(u"server"_s).toString() + u' ' + o.value(u"address"_s).toString());
        QVERIFY(o.value(u"message"_s).toString().contains(u"several servers"_s));
    }
    QCOMPARE(pairs.size(), 4);
    QVERIFY2(!r.err.contains("Disconnecting"), r.err.constData()); // nothing was sent
    const QStringList still = liveAddresses(m_urls[0], 1000);
    for (const QString &address : a)
        QVERIFY2(still.contains(address), qPrintable(address));
}

void TestRrasctl::unlistedServers()
{
    // A server that cannot be listed may hold the addresses no other server lists: with one
    // such server they are sent to it (as the one-server command would); with two, which one
    // holds them is not known and nothing is sent. Either way nothing ends Disconnected there.
    const QStringList a = liveAddresses(m_urls[0], 1);
    QCOMPARE(a.size(), 1);
    const QString deadA = QStringLiteral("http://127.0.0.1:1/wsman");
    const QString deadB = QStringLiteral("http://127.0.0.1:2/wsman");
    const Result one = run(QStringList{QStringLiteral("disconnect"), QStringLiteral("--server"),
                                       m_urls[0].toString(), QStringLiteral("--server"), deadA,
                                       QStringLiteral("--ip"), a.first() + u",198.51.100.5"_s,
                                       QStringLiteral("--format"), QStringLiteral("json")}
                           + auth());
    QCOMPARE(one.exitCode, 1);
    QString error;
    QJsonArray rows = parseArray(one.out, &error);
    QVERIFY2(error.isEmpty(), qPrintable(error));
    QCOMPARE(rows.size(), 2);
    QCOMPARE(rows.at(0).toObject().value(u"outcome"_s).toString(), u"Disconnected"_s);
    QCOMPARE(rows.at(1).toObject().value(u"server"_s).toString(), deadA);
    QCOMPARE(rows.at(1).toObject().value(u"outcome"_s).toString(), u"Failed"_s);
    QVERIFY2(QString::fromLocal8Bit(one.err).contains(u"Disconnecting 1 address(es) on "_s + deadA),
             one.err.constData());

    const Result two = run(QStringList{QStringLiteral("disconnect"), QStringLiteral("--server"),
                                       deadA, QStringLiteral("--server"), deadB,
                                       QStringLiteral("--ip"), QStringLiteral("198.51.100.5")}
                           + auth());
    QCOMPARE(two.exitCode, 1);
    QVERIFY2(two.out.contains("Failed"), two.out.constData());
    QVERIFY2(two.out.contains("could not be"), two.out.constData());
    QVERIFY2(!two.err.contains("Disconnecting"), two.err.constData());
}

QTEST_GUILESS_MAIN(TestRrasctl)
#include "tst_rrasctl.moc"
