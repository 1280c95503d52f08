// Server profiles in QSettings and as JSON: every field survives, no secret is ever written.
#include "rras/profilestore.h"
#include "rras/serverconnection.h"
#include "simcertificate.h"

#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QSettings>
#include <QTemporaryDir>
#include <QTest>

using namespace Qt::Literals::StringLiterals;

Q_DECLARE_METATYPE(ServerProfile)

class TestProfileStore : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void roundTrip_data();
    void roundTrip();
    void orderAndRemovalAreKept();
    void settingsFileHoldsNoSecret();
    void oldSettingsWithoutAuthMethodLoadAsBasic();
    void unusableEntriesAreSkipped();
    void findByNameOrId();
    void jsonRoundTrip();
    void jsonLeavesOutEmptyOptionalFields();
    void jsonImportRefuses_data();
    void jsonImportRefuses();
    void jsonImportGivesMissingIdsANewOne();

private:
    QString settingsPath() const { return m_dir.filePath(u"profiles.ini"_s); }
    QList<ServerProfile> sampleProfiles() const;

    QTemporaryDir m_dir;
    QSslCertificate m_certificate;
};

void TestProfileStore::initTestCase()
{
    QVERIFY(m_dir.isValid());
    QString error;
    const std::optional<SimCertificate> made = SimCertificate::create(u"rras-test"_s, &error);
    QVERIFY2(made, qPrintable(error));
    m_certificate = made->certificate;
}

QList<ServerProfile> TestProfileStore::sampleProfiles() const
{
    ServerProfile plain;
    plain.id = u"a1"_s;
    plain.name = u"VPN Frankfurt 1"_s;
    plain.url = QUrl(u"http://rras1.corp.example:5985/wsman"_s);
    plain.user = u"CORP\\helpdesk"_s;
    plain.allowUnencrypted = true;

    ServerProfile tls;
    tls.id = u"b2"_s;
    tls.name = u"Zürich — Edge"_s;
    tls.url = QUrl(u"https://[2001:db8::5]:15986/wsman"_s);
    tls.user = u"op@CORP.EXAMPLE"_s;
    tls.authMethod = ServerProfile::AuthMethod::Kerberos;
    tls.rememberPassword = true;
    tls.computerName = u"RRAS-BACKEND-7"_s;
    tls.pollIntervalMs = 15000;
    tls.maxEnvelopeKb = 2048;
    tls.operationTimeoutMs = 90000;
    tls.caCertificates = {m_certificate};
    tls.pinnedSha256 = m_certificate.digest(QCryptographicHash::Sha256);

    ServerProfile anonymous;
    anonymous.id = u"c3"_s;
    anonymous.name = u"lab"_s;
    anonymous.url = QUrl(u"https://10.0.0.9:5986/wsman"_s);
    anonymous.authMethod = ServerProfile::AuthMethod::Ntlm;
    return {plain, tls, anonymous};
}

void TestProfileStore::roundTrip_data()
{
    QTest::addColumn<ServerProfile>("profile");
    const QList<ServerProfile> samples = sampleProfiles();
    QTest::newRow("http, Basic, unencrypted allowed") << samples.at(0);
    QTest::newRow("https, IPv6, Kerberos, CA, pin, every number") << samples.at(1);
    QTest::newRow("no user, NTLM") << samples.at(2);
    ServerProfile negotiate = samples.at(0);
    negotiate.authMethod = ServerProfile::AuthMethod::Negotiate;
    negotiate.allowUnencrypted = false;
    QTest::newRow("Negotiate") << negotiate;
}

void TestProfileStore::roundTrip()
{
    QFETCH(ServerProfile, profile);
    QFile::remove(settingsPath());
    {
        QSettings settings(settingsPath(), QSettings::IniFormat);
        ProfileStore(&settings).save({profile});
    }
    // A fresh QSettings reads what is on disk, not a cache.
    QSettings settings(settingsPath(), QSettings::IniFormat);
    const QList<ServerProfile> loaded = ProfileStore(&settings).load();
    QCOMPARE(loaded.size(), 1);
    const ServerProfile &back = loaded.first();
    QCOMPARE(back.id, profile.id);
    QCOMPARE(back.name, profile.name);
    QCOMPARE(back.url, profile.url);
    QCOMPARE(back.user, profile.user);
    QCOMPARE(back.authMethod, profile.authMethod);
    QCOMPARE(back.rememberPassword, profile.rememberPassword);
    QCOMPARE(back.allowUnencrypted, profile.allowUnencrypted);
    QCOMPARE(back.computerName, profile.computerName);
    QCOMPARE(back.pollIntervalMs, profile.pollIntervalMs);
    QCOMPARE(back.maxEnvelopeKb, profile.maxEnvelopeKb);
    QCOMPARE(back.operationTimeoutMs, profile.operationTimeoutMs);
    QCOMPARE(back.caCertificates, profile.caCertificates);
    QCOMPARE(back.pinnedSha256, profile.pinnedSha256);
    QVERIFY(back == profile);
}

void TestProfileStore::orderAndRemovalAreKept()
{
    QFile::remove(settingsPath());
    QSettings settings(settingsPath(), QSettings::IniFormat);
    ProfileStore store(&settings);
    QList<ServerProfile> profiles = sampleProfiles();
    store.save(profiles);
    QCOMPARE(store.load(), profiles);
    // Fewer servers: nothing of the removed ones stays behind.
    profiles.removeFirst();
    std::reverse(profiles.begin(), profiles.end());
    store.save(profiles);
    QCOMPARE(store.load(), profiles);
    settings.sync();
    QFile file(settingsPath());
    QVERIFY(file.open(QIODevice::ReadOnly));
    const QByteArray bytes = file.readAll();
    QVERIFY(!bytes.contains("rras1.corp.example"));
    QVERIFY(!bytes.contains("servers\\3\\"));
}

void TestProfileStore::settingsFileHoldsNoSecret()
{
    QFile::remove(settingsPath());
    {
        QSettings settings(settingsPath(), QSettings::IniFormat);
        ProfileStore(&settings).save(sampleProfiles());
    }
    QFile file(settingsPath());
    QVERIFY(file.open(QIODevice::ReadOnly));
    const QByteArray bytes = file.readAll();
    QVERIFY(bytes.contains("helpdesk")); // the file is the one written
    QVERIFY(!bytes.toLower().contains("secret"));
    QVERIFY(!bytes.toLower().contains("password"));
    // The key that says a password is in the keychain is a flag, not the password.
    QVERIFY(bytes.contains("useKeychain=true"));
    QVERIFY(bytes.contains(m_certificate.digest(QCryptographicHash::Sha256).toHex()));
}

void TestProfileStore::oldSettingsWithoutAuthMethodLoadAsBasic()
{
    QFile::remove(settingsPath());
    {
        // As the first console versions wrote them.
        QSettings settings(settingsPath(), QSettings::IniFormat);
        settings.beginWriteArray(u"servers"_s);
        settings.setArrayIndex(0);
        settings.setValue(u"id"_s, u"old"_s);
        settings.setValue(u"name"_s, u"Old one"_s);
        settings.setValue(u"url"_s, QUrl(u"https://old.example:5986/wsman"_s));
        settings.setValue(u"user"_s, u"admin"_s);
        settings.setValue(u"pollIntervalMs"_s, 7000);
        settings.endArray();
    }
    QSettings settings(settingsPath(), QSettings::IniFormat);
    const QList<ServerProfile> loaded = ProfileStore(&settings).load();
    QCOMPARE(loaded.size(), 1);
    QCOMPARE(loaded.first().authMethod, ServerProfile::AuthMethod::Basic);
    QCOMPARE(loaded.first().url, QUrl(u"https://old.example:5986/wsman"_s));
    QCOMPARE(loaded.first().pollIntervalMs, 7000);
    QCOMPARE(loaded.first().maxEnvelopeKb, ServerProfile{}.maxEnvelopeKb);
    QVERIFY(!loaded.first().rememberPassword);
}

void TestProfileStore::unusableEntriesAreSkipped()
{
    QFile::remove(settingsPath());
    QSettings settings(settingsPath(), QSettings::IniFormat);
    settings.beginWriteArray(u"servers"_s);
    const QList<QPair<QString, QString>> entries = {{u""_s, u"https://noid:5986/wsman"_s},
                                                    {u"ftp"_s, u"ftp://files/"_s},
                                                    {u"good"_s, u"http://ok:5985/wsman"_s},
                                                    {u"nohost"_s, u"https:///wsman"_s}};
    for (int i = 0; i < entries.size(); ++i) {
        settings.setArrayIndex(i);
        settings.setValue(u"id"_s, entries.at(i).first);
        settings.setValue(u"url"_s, entries.at(i).second);
    }
    settings.endArray();
    const QList<ServerProfile> loaded = ProfileStore(&settings).load();
    QCOMPARE(loaded.size(), 1);
    QCOMPARE(loaded.first().id, u"good"_s);
    QCOMPARE(loaded.first().name, u"ok"_s); // no name: the host
}

void TestProfileStore::findByNameOrId()
{
    QFile::remove(settingsPath());
    QSettings settings(settingsPath(), QSettings::IniFormat);
    ProfileStore store(&settings);
    store.save(sampleProfiles());
    QCOMPARE(store.find(u"vpn frankfurt 1"_s)->id, u"a1"_s);
    QCOMPARE(store.find(u"b2"_s)->name, u"Zürich — Edge"_s);
    QVERIFY(!store.find(u"nowhere"_s));
}

void TestProfileStore::jsonRoundTrip()
{
    const QList<ServerProfile> profiles = sampleProfiles();
    const QByteArray json = ProfileStore::toJson(profiles);
    QString error;
    const QList<ServerProfile> back = ProfileStore::fromJson(json, &error);
    QVERIFY2(error.isEmpty(), qPrintable(error));
    QCOMPARE(back, profiles);

    const QJsonObject root = QJsonDocument::fromJson(json).object();
    QCOMPARE(root.value(u"format"_s).toString(), u"rras-console-servers"_s);
    QCOMPARE(root.value(u"version"_s).toInt(), 1);
    const QJsonObject second = root.value(u"servers"_s).toArray().at(1).toObject();
    QCOMPARE(second.value(u"authMethod"_s).toString(), u"kerberos"_s);
    QCOMPARE(second.value(u"pinnedSha256"_s).toString(),
             QString::fromLatin1(m_certificate.digest(QCryptographicHash::Sha256).toHex()));
    QVERIFY(second.value(u"caCertificates"_s).toString().startsWith(u"-----BEGIN CERTIFICATE"_s));
    QVERIFY(!json.toLower().contains("password\""));
}

void TestProfileStore::jsonLeavesOutEmptyOptionalFields()
{
    const QJsonObject first = QJsonDocument::fromJson(ProfileStore::toJson(sampleProfiles()))
                                      .object()
                                      .value(u"servers"_s)
                                      .toArray()
                                      .at(0)
                                      .toObject();
    QVERIFY(!first.contains(u"pinnedSha256"_s));
    QVERIFY(!first.contains(u"caCertificates"_s));
    QVERIFY(!first.contains(u"computerName"_s));
    QCOMPARE(first.value(u"user"_s).toString(), u"CORP\\helpdesk"_s);
}

void TestProfileStore::jsonImportRefuses_data()
{
    QTest::addColumn<QByteArray>("json");
    QTest::addColumn<QString>("expected");
    QTest::newRow("not JSON") << QByteArray("{servers: ") << u"not valid JSON"_s;
    QTest::newRow("another format")
            << QByteArray(R"({"format":"something","servers":[]})") << u"not a server list"_s;
    QTest::newRow("newer version")
            << QByteArray(R"({"format":"rras-console-servers","version":9,"servers":[]})")
            << u"newer version"_s;
    QTest::newRow("a password") << QByteArray(
            R"({"format":"rras-console-servers","version":1,"servers":[
                   {"id":"x","url":"https://a:5986/wsman","user":"u","password":"hunter2"}]})")
                                << u"Server 1 in the file carries a password"_s;
    QTest::newRow("bad url") << QByteArray(R"({"format":"rras-console-servers","version":1,
                                   "servers":[{"id":"x","url":"https://a:5986/wsman"},
                                              {"id":"y","url":"gopher://b"}]})")
                             << u"Server 2 in the file has no usable"_s;
}

void TestProfileStore::jsonImportRefuses()
{
    QFETCH(QByteArray, json);
    QFETCH(QString, expected);
    QString error;
    const QList<ServerProfile> profiles = ProfileStore::fromJson(json, &error);
    QVERIFY(profiles.isEmpty());
    QVERIFY2(error.contains(expected), qPrintable(error));
}

void TestProfileStore::jsonImportGivesMissingIdsANewOne()
{
    QString error;
    const QList<ServerProfile> profiles = ProfileStore::fromJson(
            R"({"format":"rras-console-servers","version":1,"servers":[
                {"url":"https://a:5986/wsman","authMethod":"ntlm"},
                {"url":"https://b:5986/wsman","authMethod":"what"}]})",
            &error);
    QVERIFY2(error.isEmpty(), qPrintable(error));
    QCOMPARE(profiles.size(), 2);
    QVERIFY(!profiles.at(0).id.isEmpty());
    QVERIFY(profiles.at(0).id != profiles.at(1).id);
    QCOMPARE(profiles.at(0).name, u"a"_s);
    QCOMPARE(profiles.at(0).authMethod, ServerProfile::AuthMethod::Ntlm);
    QCOMPARE(profiles.at(1).authMethod, ServerProfile::AuthMethod::Basic);
}

QTEST_GUILESS_MAIN(TestProfileStore)
#include "tst_profilestore.moc"
