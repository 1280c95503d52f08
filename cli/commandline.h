#pragma once

#include "report/reportwriter.h"
#include "store/historytypes.h"

#include "rras/serverprofile.h"

#include <QByteArray>
#include <QList>
#include <QSslCertificate>
#include <QString>
#include <QStringList>
#include <QUrl>

// rrasctl's command line, parsed and validated before anything touches the network.

enum class OutputFormat { Table, Csv, Json };
enum class Command { List, Disconnect, History, Report };

struct CliOptions
{
    Command command = Command::List;
    QList<QUrl> servers;   // http(s)://host:port/wsman, path defaulted
    QStringList addresses; // --ip values and --ips-file entries, in order, unvalidated
    QString user;          // empty: no credentials
    QString passwordEnv = QStringLiteral("RRAS_PASSWORD");
    bool allowUnencrypted = false;
    QString caFile;
    QString computerName;
    int timeoutSeconds = 60;
    int maxEnvelopeKb = 500;
    // list: listings in flight at once. Each costs several times its reply in memory while it is
    // received and parsed, so a bound keeps a listing of many large servers small.
    int parallel = 8;
    OutputFormat format = OutputFormat::Table;
    bool verbose = false; // the backend's info and debug log on standard error

    // A server the console saved (profileoptions.h): --profile NAME [--settings FILE].
    QString profile;
    QString settingsFile;
    QString keychainKey; // the profile's keychain entry, when its password is kept there
    ServerProfile::AuthMethod authMethod = ServerProfile::AuthMethod::Negotiate; // --auth
    QList<QSslCertificate> caCertificates; // the profile's extra anchors, beside --ca
    QByteArray pinnedSha256; // --pin or the profile's: only this certificate is accepted

    // The disconnect history (historyoptions.h).
    QString dataDir;             // --data-dir; empty: HistoryStore::defaultDirectory()
    QString reason;              // disconnect --reason
    HistoryFilter historyFilter; // history: --from --to --operator --server --outcome; report
    QList<qint64> jobIds;        // report --job
    ReportFormat reportFormat = ReportFormat::Csv;
    QString outputPath; // report --output
};

struct ParsedCommandLine
{
    enum class Status { Ok, Help, Version, UsageError };
    Status status = Status::Ok;
    CliOptions options;
    QString text; // the help text, or the usage error
};

// `arguments` includes the program name, as QCoreApplication::arguments() gives it.
ParsedCommandLine parseCommandLine(const QStringList &arguments);

// Addresses from a text: separated by commas, spaces or line breaks; '#' starts a comment that
// runs to the end of the line.
QStringList splitAddressList(const QString &text);

// The URL a user typed for a server, checked: http or https, a host, /wsman when no path,
// 5985/5986 when no port. Empty with *error set when unusable.
QUrl parseServerUrl(const QString &text, QString *error);
