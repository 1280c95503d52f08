#include "profileoptions.h"

#include "auth/credentialstore.h"
#include "rras/profilestore.h"
#include "rras/serverconnection.h"

#include <QCommandLineParser>
#include <QCoreApplication>
#include <QFileInfo>
#include <QSettings>
#include <QTimer>

#include <memory>

namespace {

constexpr int keychainTimeoutMs = 30000;

// Where the console keeps its settings when it runs without --settings (see ui/main.cpp).
std::unique_ptr<QSettings> consoleSettings(const QString &file)
{
    if (!file.isEmpty())
        return std::make_unique<QSettings>(file, QSettings::IniFormat);
    return std::make_unique<QSettings>(QSettings::NativeFormat, QSettings::UserScope,
                                       QStringLiteral("rras-console"),
                                       QStringLiteral("rras-console"));
}

} // namespace

ProfileOptions::ProfileOptions()
    : m_profile(QStringLiteral("profile"),
                QCoreApplication::translate("rrasctl",
                                            "Use a server as the console saved it (its name or "
                                            "id): address, user, authentication, certificates. "
                                            "The password comes from the console's keychain "
                                            "entry, else as for --user."),
                QStringLiteral("NAME")),
      m_settings(QStringLiteral("settings"),
                 QCoreApplication::translate("rrasctl",
                                             "Read --profile from the console settings in FILE "
                                             "(as rras-console --settings FILE writes them)."),
                 QStringLiteral("FILE")),
      m_pin(QStringLiteral("pin"),
            QCoreApplication::translate("rrasctl",
                                        "Accept only the https certificate with this SHA-256 "
                                        "fingerprint (64 hex digits, colons allowed), whoever "
                                        "issued it."),
            QStringLiteral("SHA256"))
{ }

QList<QCommandLineOption> ProfileOptions::options() const
{
    return {m_profile, m_settings, m_pin};
}

QString ProfileOptions::read(const QCommandLineParser &parser,
                             const QList<QCommandLineOption> &conflicting,
                             const QCommandLineOption &serverOption, CliOptions &o) const
{
    o.profile = parser.value(m_profile).trimmed();
    o.settingsFile = parser.value(m_settings);
    if (parser.isSet(m_profile) && o.profile.isEmpty())
        return QCoreApplication::translate("rrasctl", "--profile needs the name of a server.");
    if (parser.isSet(m_settings) && !parser.isSet(m_profile))
        return QCoreApplication::translate("rrasctl", "--settings is read only with --profile.");
    if (parser.isSet(m_profile)) {
        for (const QCommandLineOption &option : conflicting) {
            if (parser.isSet(option))
                //: %1 is an option such as --server
                return QCoreApplication::translate("rrasctl",
                                                   "--%1 cannot be combined with --profile: the "
                                                   "profile says it.")
                        .arg(option.names().constFirst());
        }
    }
    if (parser.isSet(m_pin)) {
        o.pinnedSha256 = parseSha256Fingerprint(parser.value(m_pin));
        if (o.pinnedSha256.isEmpty())
            return QCoreApplication::translate("rrasctl",
                                               "--pin takes a SHA-256 fingerprint: 64 hex digits, "
                                               "colons allowed (AB:CD:...).");
        if (parser.values(serverOption).size() > 1)
            return QCoreApplication::translate("rrasctl",
                                               "--pin names the certificate of one server: give "
                                               "one --server.");
    }
    return {};
}

bool applySavedProfile(CliOptions *options, QString *error)
{
    if (!options->settingsFile.isEmpty() && !QFileInfo::exists(options->settingsFile)) {
        *error = QCoreApplication::translate("rrasctl", "The settings file %1 does not exist.")
                         .arg(options->settingsFile);
        return false;
    }
    const std::unique_ptr<QSettings> settings = consoleSettings(options->settingsFile);
    const std::optional<ServerProfile> found = ProfileStore(settings.get()).find(options->profile);
    if (!found) {
        QStringList names;
        for (const ServerProfile &p : ProfileStore(settings.get()).load())
            names.append(p.name);
        //: %1 is the name given to --profile, %2 the saved server names
        *error = names.isEmpty()
                ? QCoreApplication::translate("rrasctl",
                                              "No server \"%1\": the console has no saved servers "
                                              "(in %2).")
                          .arg(options->profile, settings->fileName())
                : QCoreApplication::translate("rrasctl",
                                              "No server \"%1\" among the console's servers: %2.")
                          .arg(options->profile, names.join(QLatin1String(", ")));
        return false;
    }
    const ServerProfile &p = *found;
    QString reason;
    if (!p.user.isEmpty() && !isAuthMethodAvailable(p.authMethod, &reason)) {
        //: %1 server name, %2 authentication method, %3 why it cannot be used
        *error = QCoreApplication::translate("rrasctl", "%1 uses %2 authentication: %3")
                         .arg(p.name, authMethodDisplayName(p.authMethod), reason);
        return false;
    }
    if (!p.user.isEmpty() && isProfileUnencrypted(p) && !p.allowUnencrypted) {
        *error = QCoreApplication::translate("rrasctl",
                                             "%1 would send a password over plain http and does "
                                             "not allow unencrypted traffic: change it in the "
                                             "console.")
                         .arg(p.name);
        return false;
    }
    options->servers = {p.url};
    options->user = p.user;
    options->authMethod = p.authMethod;
    options->allowUnencrypted = p.allowUnencrypted;
    options->computerName = p.computerName;
    // The command line's --timeout and --max-envelope-kb win when given (not at their defaults).
    const CliOptions defaults;
    if (options->timeoutSeconds == defaults.timeoutSeconds)
        options->timeoutSeconds = qMax(1, p.operationTimeoutMs / 1000);
    if (options->maxEnvelopeKb == defaults.maxEnvelopeKb)
        options->maxEnvelopeKb = p.maxEnvelopeKb;
    options->caCertificates = p.caCertificates;
    // A --pin on the command line wins over the saved one.
    if (options->pinnedSha256.isEmpty())
        options->pinnedSha256 = p.pinnedSha256;
    options->keychainKey = p.rememberPassword ? p.id : QString();
    error->clear();
    return true;
}

std::optional<QString> readPasswordFromKeychain(const QString &key, QString *problem)
{
    CredentialStore store;
    CredentialJob *job = store.readPassword(key);
    std::optional<QString> password;
    QObject::connect(job, &CredentialJob::finished, job, [&](CredentialJob *done) {
        if (done->status() == CredentialJob::Status::Ok)
            password = done->password();
        else
            *problem = done->userMessage();
        QCoreApplication::exit(0);
    });
    // A keychain that waits for the user to unlock it must not hang a script.
    QTimer timeout;
    timeout.setSingleShot(true);
    QObject::connect(&timeout, &QTimer::timeout, &timeout, [problem] {
        *problem = QCoreApplication::translate("rrasctl", "The keychain did not answer in time.");
        QCoreApplication::exit(0);
    });
    timeout.start(keychainTimeoutMs);
    // The keychain answers asynchronously (over D-Bus on Linux); this is main()'s own loop,
    // run once before the command, not a nested one.
    QCoreApplication::exec();
    return password;
}
