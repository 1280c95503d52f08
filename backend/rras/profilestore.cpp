#include "profilestore.h"

#include "serverconnection.h"

#include <QCoreApplication>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QSettings>
#include <QUuid>

namespace {

const QLatin1String formatName("rras-console-servers");
constexpr int formatVersion = 1;

// One name per field, shared by the settings file and JSON.
namespace Key {
const QLatin1String id("id");
const QLatin1String name("name");
const QLatin1String url("url");
const QLatin1String user("user");
const QLatin1String authMethod("authMethod");
const QLatin1String rememberPassword("useKeychain"); // a flag, never the password
const QLatin1String allowUnencrypted("allowUnencrypted");
const QLatin1String computerName("computerName");
const QLatin1String pollIntervalMs("pollIntervalMs");
const QLatin1String maxEnvelopeKb("maxEnvelopeKb");
const QLatin1String operationTimeoutMs("operationTimeoutMs");
const QLatin1String caCertificates("caCertificates");
const QLatin1String pinnedSha256("pinnedSha256");
} // namespace Key

const ServerProfile defaults;

bool usableUrl(const QUrl &url)
{
    const QString scheme = url.scheme().toLower();
    return url.isValid() && !url.host().isEmpty()
            && (scheme == QLatin1String("http") || scheme == QLatin1String("https"));
}

QString certificatesToPem(const QList<QSslCertificate> &certificates)
{
    QByteArray pem;
    for (const QSslCertificate &certificate : certificates)
        pem += certificate.toPem();
    return QString::fromLatin1(pem);
}

// The fields of a profile as plain values: what both the settings file and JSON hold.
QVariantMap toMap(const ServerProfile &p)
{
    QVariantMap map;
    map.insert(Key::id, p.id);
    map.insert(Key::name, p.name);
    map.insert(Key::url, p.url.toString());
    map.insert(Key::user, p.user);
    map.insert(Key::authMethod, authMethodKey(p.authMethod));
    map.insert(Key::rememberPassword, p.rememberPassword);
    map.insert(Key::allowUnencrypted, p.allowUnencrypted);
    map.insert(Key::computerName, p.computerName);
    map.insert(Key::pollIntervalMs, p.pollIntervalMs);
    map.insert(Key::maxEnvelopeKb, p.maxEnvelopeKb);
    map.insert(Key::operationTimeoutMs, p.operationTimeoutMs);
    map.insert(Key::caCertificates, certificatesToPem(p.caCertificates));
    map.insert(Key::pinnedSha256, QString::fromLatin1(p.pinnedSha256.toHex()));
    return map;
}

int positiveInt(const QVariant &value, int fallback)
{
    bool ok = false;
    const int v = value.toInt(&ok);
    return ok && v > 0 ? v : fallback;
}

// `get(key)` returns an invalid QVariant for a missing key.
template<typename Get> ServerProfile fromValues(Get get)
{
    ServerProfile p;
    p.id = get(Key::id).toString();
    p.name = get(Key::name).toString();
    p.url = QUrl(get(Key::url).toString(), QUrl::StrictMode);
    p.user = get(Key::user).toString();
    // Profiles saved before the choice existed used Basic.
    p.authMethod = authMethodFromKey(get(Key::authMethod).toString()).value_or(defaults.authMethod);
    p.rememberPassword = get(Key::rememberPassword).toBool();
    p.allowUnencrypted = get(Key::allowUnencrypted).toBool();
    p.computerName = get(Key::computerName).toString();
    p.pollIntervalMs = positiveInt(get(Key::pollIntervalMs), defaults.pollIntervalMs);
    p.maxEnvelopeKb = positiveInt(get(Key::maxEnvelopeKb), defaults.maxEnvelopeKb);
    p.operationTimeoutMs = positiveInt(get(Key::operationTimeoutMs), defaults.operationTimeoutMs);
    p.caCertificates
            = QSslCertificate::fromData(get(Key::caCertificates).toString().toLatin1(), QSsl::Pem);
    const QByteArray pin = QByteArray::fromHex(get(Key::pinnedSha256).toString().toLatin1());
    p.pinnedSha256 = pin.size() == 32 ? pin : QByteArray();
    if (p.name.isEmpty())
        p.name = p.url.host();
    return p;
}

} // namespace

ProfileStore::ProfileStore(QSettings *settings) : m_settings(settings) { }

QList<ServerProfile> ProfileStore::load() const
{
    QList<ServerProfile> profiles;
    const int count = m_settings->beginReadArray(QStringLiteral("servers"));
    for (int i = 0; i < count; ++i) {
        m_settings->setArrayIndex(i);
        const ServerProfile p
                = fromValues([this](QLatin1String key) { return m_settings->value(QString(key)); });
        if (!p.id.isEmpty() && usableUrl(p.url))
            profiles.append(p);
    }
    m_settings->endArray();
    return profiles;
}

void ProfileStore::save(const QList<ServerProfile> &profiles)
{
    // Rewritten as a whole so that removed servers leave no keys behind.
    m_settings->remove(QStringLiteral("servers"));
    m_settings->beginWriteArray(QStringLiteral("servers"), int(profiles.size()));
    for (int i = 0; i < profiles.size(); ++i) {
        m_settings->setArrayIndex(i);
        const QVariantMap map = toMap(profiles.at(i));
        for (auto it = map.cbegin(); it != map.cend(); ++it)
            m_settings->setValue(it.key(), it.value());
    }
    m_settings->endArray();
    m_settings->sync();
}

std::optional<ServerProfile> ProfileStore::find(const QString &nameOrId) const
{
    const QList<ServerProfile> profiles = load();
    for (const ServerProfile &p : profiles) {
        if (p.name.compare(nameOrId, Qt::CaseInsensitive) == 0)
            return p;
    }
    for (const ServerProfile &p : profiles) {
        if (p.id == nameOrId)
            return p;
    }
    return std::nullopt;
}

QByteArray ProfileStore::toJson(const QList<ServerProfile> &profiles)
{
    QJsonArray servers;
    for (const ServerProfile &p : profiles) {
        QJsonObject object = QJsonObject::fromVariantMap(toMap(p));
        // Empty optional fields are left out, to keep the file readable.
        for (QLatin1String key : {Key::caCertificates, Key::pinnedSha256, Key::computerName}) {
            if (object.value(key).toString().isEmpty())
                object.remove(key);
        }
        servers.append(object);
    }
    QJsonObject root;
    root.insert(QLatin1String("format"), formatName);
    root.insert(QLatin1String("version"), formatVersion);
    root.insert(QLatin1String("servers"), servers);
    return QJsonDocument(root).toJson(QJsonDocument::Indented);
}

QList<ServerProfile> ProfileStore::fromJson(const QByteArray &json, QString *error)
{
    auto fail = [error](const QString &why) {
        *error = why;
        return QList<ServerProfile>{};
    };
    QJsonParseError parseError;
    const QJsonDocument document = QJsonDocument::fromJson(json, &parseError);
    if (document.isNull())
        return fail(QCoreApplication::translate("ProfileStore",
                                                "The file is not valid JSON (%1 at offset %2).")
                            .arg(parseError.errorString())
                            .arg(parseError.offset));
    const QJsonObject root = document.object();
    if (root.value(QLatin1String("format")).toString() != formatName
        || !root.value(QLatin1String("servers")).isArray())
        return fail(QCoreApplication::translate("ProfileStore",
                                                "The file is not a server list exported by RRAS "
                                                "Console."));
    if (root.value(QLatin1String("version")).toInt() > formatVersion)
        return fail(QCoreApplication::translate("ProfileStore",
                                                "The server list was written by a newer version "
                                                "of RRAS Console (format version %1).")
                            .arg(root.value(QLatin1String("version")).toInt()));

    QList<ServerProfile> profiles;
    const QJsonArray servers = root.value(QLatin1String("servers")).toArray();
    for (qsizetype i = 0; i < servers.size(); ++i) {
        const QJsonObject object = servers.at(i).toObject();
        for (auto it = object.begin(); it != object.end(); ++it) {
            if (it.key().contains(QLatin1String("password"), Qt::CaseInsensitive))
                //: %1 is the position of the server in the file, from 1.
                return fail(QCoreApplication::translate("ProfileStore",
                                                        "Server %1 in the file carries a password. "
                                                        "Passwords are never imported from files: "
                                                        "remove it and enter it in the console.")
                                    .arg(i + 1));
        }
        ServerProfile p = fromValues([&object](QLatin1String key) {
            return object.contains(key) ? object.value(key).toVariant() : QVariant();
        });
        if (!usableUrl(p.url))
            return fail(QCoreApplication::translate("ProfileStore",
                                                    "Server %1 in the file has no usable http or "
                                                    "https address (\"%2\").")
                                .arg(i + 1)
                                .arg(object.value(Key::url).toString()));
        if (p.id.isEmpty())
            p.id = QUuid::createUuid().toString(QUuid::WithoutBraces);
        profiles.append(p);
    }
    error->clear();
    return profiles;
}
