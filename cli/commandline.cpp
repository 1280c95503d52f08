#include "commandline.h"

#include "profileoptions.h"

#include "historyoptions.h"

#include "rras/serverconnection.h"

#include <QCommandLineParser>
#include <QCoreApplication>
#include <QFile>
#include <QRegularExpression>

#include <algorithm>

namespace {

ParsedCommandLine usageError(const QString &message)
{
    ParsedCommandLine result;
    result.status = ParsedCommandLine::Status::UsageError;
    result.text = message;
    return result;
}

// Options that would put a secret on the command line, where every user of the machine can read
// it (ps, /proc, shell history). Refused with a pointer to the safe way.
bool isPasswordOption(const QString &argument)
{
    static const QRegularExpression pattern(QStringLiteral("^--?(password|pass|pw|p)(=.*)?$"));
    return pattern.match(argument).hasMatch();
}

bool parseIntInRange(const QString &text, int min, int max, int *value)
{
    bool ok = false;
    const int parsed = text.trimmed().toInt(&ok);
    if (!ok || parsed < min || parsed > max)
        return false;
    *value = parsed;
    return true;
}

} // namespace

QStringList splitAddressList(const QString &text)
{
    static const QRegularExpression separators(QStringLiteral("[,\\s]+"));
    QStringList result;
    const QStringList lines = text.split(QRegularExpression(QStringLiteral("\r\n|\n|\r")));
    for (QString line : lines) {
        const qsizetype hash = line.indexOf(u'#');
        if (hash >= 0)
            line.truncate(hash);
        for (const QString &part : line.split(separators, Qt::SkipEmptyParts))
            result.append(part);
    }
    return result;
}

QUrl parseServerUrl(const QString &text, QString *error)
{
    QUrl url(text.trimmed(), QUrl::StrictMode);
    const QString scheme = url.scheme().toLower();
    if (!url.isValid() || (scheme != u"http" && scheme != u"https") || url.host().isEmpty()) {
        //: %1 is what the user gave after --server.
        *error = QCoreApplication::translate("rrasctl",
                                             "\"%1\" is not a server URL: use "
                                             "http://HOST:5985/wsman or https://HOST:5986/wsman.")
                         .arg(text);
        return {};
    }
    if (!url.userInfo().isEmpty()) {
        *error = QCoreApplication::translate("rrasctl",
                                             "\"%1\": do not put credentials in the URL; use "
                                             "--user and --password-env.")
                         .arg(url.toDisplayString(QUrl::RemoveUserInfo));
        return {};
    }
    url.setScheme(scheme);
    if (url.path().isEmpty() || url.path() == u"/")
        url.setPath(QStringLiteral("/wsman"));
    if (url.port() < 0)
        url.setPort(scheme == u"https" ? 5986 : 5985);
    error->clear();
    return url;
}

ParsedCommandLine parseCommandLine(const QStringList &arguments)
{
    for (const QString &argument : arguments.mid(1)) {
        if (argument == u"--")
            break;
        if (isPasswordOption(argument)) {
            return usageError(QCoreApplication::translate(
                    "rrasctl",
                    "Passwords are never accepted on the command line. Put the password in an "
                    "environment variable and name it with --password-env (default RRAS_PASSWORD), "
                    "or let rrasctl prompt for it on the terminal."));
        }
    }

    QCommandLineParser parser;
    parser.setApplicationDescription(QCoreApplication::translate(
            "rrasctl",
            "List and disconnect VPN tunnels on Windows RRAS servers over WinRM.\n"
            "\n"
            "Commands:\n"
            "  list          list the live tunnels of every --server (queried in parallel)\n"
            "  disconnect    disconnect tunnels by tunnel (host) IP address on one or more\n"
            "                --servers, recorded in the history first (nothing is sent if that\n"
            "                fails). With several, every server is listed first and each address\n"
            "                goes to the server that lists it, all servers at once; an address\n"
            "                listed on two servers is sent to neither (Failed), one listed on\n"
            "                none is AlreadyGone\n"
            "  history       list the disconnect jobs of the history\n"
            "  report        write a report of jobs (--job) or a period (--from/--to) to --output\n"
            "\n"
            "The password for --user comes from the environment variable named by --password-env,\n"
            "or from a prompt on the terminal; never from the command line.\n"
            "Data goes to standard output, progress and errors to standard error.\n"
            "\n"
            "Exit status: 0 every address ended Disconnected or AlreadyGone (list: every server\n"
            "answered); 1 anything else (Failed, Unknown, InvalidAddress, a server unreachable);\n"
            "2 a usage error."));
    parser.setSingleDashWordOptionMode(QCommandLineParser::ParseAsLongOptions);
    const QCommandLineOption helpOption = parser.addHelpOption();
    const QCommandLineOption versionOption = parser.addVersionOption();
    parser.addPositionalArgument(
            QStringLiteral("command"),
            QCoreApplication::translate("rrasctl", "list, disconnect, history or report."),
            QStringLiteral("list|disconnect|history|report"));

    const QCommandLineOption serverOption(
            QStringLiteral("server"),
            QCoreApplication::translate("rrasctl",
                                        "WinRM endpoint of an RRAS server, e.g. "
                                        "https://rras1:5986/wsman. Repeat for several (list, "
                                        "disconnect)."),
            QStringLiteral("URL"));
    const QCommandLineOption ipOption(
            QStringLiteral("ip"),
            QCoreApplication::translate("rrasctl",
                                        "Tunnel address (IPv4 or IPv6) to disconnect. Repeat, or "
                                        "separate with commas."),
            QStringLiteral("ADDR"));
    const QCommandLineOption ipsFileOption(
            QStringLiteral("ips-file"),
            QCoreApplication::translate("rrasctl",
                                        "Read tunnel addresses from FILE: one per line or comma/"
                                        "space separated; # starts a comment."),
            QStringLiteral("FILE"));
    const QCommandLineOption userOption(
            QStringLiteral("user"),
            QCoreApplication::translate("rrasctl",
                                        "User: DOMAIN\\user (NTLM, Basic) or user@REALM "
                                        "(Kerberos). Without it, Negotiate and Kerberos use your "
                                        "Kerberos ticket (kinit)."),
            QStringLiteral("USER"));
    const QCommandLineOption authOption(
            QStringLiteral("auth"),
            QCoreApplication::translate(
                    "rrasctl",
                    "Authentication: negotiate (default with --user, as Windows: Kerberos or "
                    "NTLM), kerberos, ntlm or basic. The first three seal every message over "
                    "plain http. Without --user, negotiate and kerberos use your Kerberos ticket; "
                    "with neither option no credentials are sent."),
            QStringLiteral("METHOD"), QStringLiteral("negotiate"));
    const QCommandLineOption passwordEnvOption(
            QStringLiteral("password-env"),
            QCoreApplication::translate("rrasctl",
                                        "Environment variable holding the password (default "
                                        "RRAS_PASSWORD). When unset, rrasctl prompts on the "
                                        "terminal."),
            QStringLiteral("VAR"), QStringLiteral("RRAS_PASSWORD"));
    const QCommandLineOption allowUnencryptedOption(
            QStringLiteral("allow-unencrypted"),
            QCoreApplication::translate("rrasctl",
                                        "Allow Basic authentication over plain http, where the "
                                        "password crosses the network readable (the server "
                                        "must allow it too: AllowUnencrypted=true)."));
    const QCommandLineOption caOption(
            QStringLiteral("ca"),
            QCoreApplication::translate("rrasctl",
                                        "Trust the PEM certificate(s) in FILE for https, besides "
                                        "the system's."),
            QStringLiteral("FILE"));
    const QCommandLineOption computerNameOption(
            QStringLiteral("computer-name"),
            QCoreApplication::translate("rrasctl",
                                        "RRAS server to act on when the WinRM host is a "
                                        "management server (the ComputerName parameter)."),
            QStringLiteral("NAME"));
    const QCommandLineOption timeoutOption(
            QStringLiteral("timeout"),
            QCoreApplication::translate("rrasctl",
                                        "Operation timeout in seconds (default 60); the network "
                                        "timeout is 15 s longer."),
            QStringLiteral("SECONDS"), QStringLiteral("60"));
    const QCommandLineOption maxEnvelopeOption(
            QStringLiteral("max-envelope-kb"),
            QCoreApplication::translate("rrasctl",
                                        "Largest reply to accept, in KB (default 500, at least 8). "
                                        "Disconnects are split to fit."),
            QStringLiteral("N"), QStringLiteral("500"));
    const QCommandLineOption parallelOption(
            QStringLiteral("parallel"),
            QCoreApplication::translate("rrasctl",
                                        "list: query at most N servers at once (default 8); each "
                                        "listing in flight holds its reply in memory."),
            QStringLiteral("N"), QStringLiteral("8"));
    const QCommandLineOption formatOption(
            QStringLiteral("format"),
            QCoreApplication::translate("rrasctl",
                                        "Output format: table (default), csv or json; report: "
                                        "csv, json, html or pdf (default: from --output)."),
            QStringLiteral("FORMAT"), QStringLiteral("table"));
    const QCommandLineOption verboseOption(
            QStringLiteral("verbose"),
            QCoreApplication::translate("rrasctl",
                                        "Log every request on standard error (never a password)."));
    parser.addOptions({verboseOption, serverOption, ipOption, ipsFileOption, userOption, authOption,
                       passwordEnvOption, allowUnencryptedOption, caOption, computerNameOption,
                       timeoutOption, maxEnvelopeOption, parallelOption, formatOption});
    const HistoryOptions historyOptions;
    parser.addOptions(historyOptions.options());

    const ProfileOptions profileOptions;
    parser.addOptions(profileOptions.options());

    if (!parser.parse(arguments))
        return usageError(parser.errorText());
    if (parser.isSet(helpOption)) {
        ParsedCommandLine result;
        result.status = ParsedCommandLine::Status::Help;
        result.text = parser.helpText();
        return result;
    }
    if (parser.isSet(versionOption)) {
        ParsedCommandLine result;
        result.status = ParsedCommandLine::Status::Version;
        result.text = QCoreApplication::applicationName() + u' '
                + QCoreApplication::applicationVersion() + u'\n';
        return result;
    }

    ParsedCommandLine result;
    CliOptions &o = result.options;
    const QStringList positional = parser.positionalArguments();
    if (positional.isEmpty())
        return usageError(QCoreApplication::translate(
                "rrasctl", "Name a command: list, disconnect, history or report."));
    if (positional.size() > 1) {
        return usageError(
                QCoreApplication::translate("rrasctl",
                                            "Unexpected argument \"%1\"; give addresses with --ip.")
                        .arg(positional.at(1)));
    }
    if (positional.first() == u"list")
        o.command = Command::List;
    else if (positional.first() == u"disconnect")
        o.command = Command::Disconnect;
    else if (positional.first() == u"history")
        o.command = Command::History;
    else if (positional.first() == u"report")
        o.command = Command::Report;
    else
        return usageError(
                QCoreApplication::translate(
                        "rrasctl",
                        "Unknown command \"%1\": use list, disconnect, history or report.")
                        .arg(positional.first()));

    if (const QString error = historyOptions.read(parser, serverOption, formatOption, o);
        !error.isEmpty())
        return usageError(error);
    if (o.command == Command::History || o.command == Command::Report) {
        // Only the local history: no server, no credentials.
        for (const QCommandLineOption &option : {ipOption, ipsFileOption, userOption, caOption,
                                                 computerNameOption, allowUnencryptedOption}) {
            if (parser.isSet(option))
                return usageError(
                        QCoreApplication::translate("rrasctl", "--%1 does not belong to %2.")
                                .arg(option.names().constFirst(), positional.first()));
        }
        if (o.command == Command::History) {
            const QString format = parser.value(formatOption).toLower();
            if (format == u"csv")
                o.format = OutputFormat::Csv;
            else if (format == u"json")
                o.format = OutputFormat::Json;
            else if (format != u"table")
                return usageError(
                        QCoreApplication::translate(
                                "rrasctl", "Unknown format \"%1\": use table, csv or json.")
                                .arg(parser.value(formatOption)));
        }
        o.verbose = parser.isSet(verboseOption);
        return result;
    }

    if (const QString error = profileOptions.read(
                parser,
                {serverOption, userOption, authOption, allowUnencryptedOption, computerNameOption},
                serverOption, o);
        !error.isEmpty())
        return usageError(error);
    const QStringList servers = parser.values(serverOption);
    if (servers.isEmpty() && o.profile.isEmpty())
        return usageError(QCoreApplication::translate(
                "rrasctl", "Name at least one server with --server URL."));
    for (const QString &text : servers) {
        QString error;
        const QUrl url = parseServerUrl(text, &error);
        if (url.isEmpty())
            return usageError(error);
        o.servers.append(url);
    }

    o.verbose = parser.isSet(verboseOption);
    o.user = parser.value(userOption);
    o.passwordEnv = parser.value(passwordEnvOption);
    if (o.passwordEnv.isEmpty())
        return usageError(QCoreApplication::translate(
                "rrasctl", "--password-env needs the name of an environment variable."));
    o.allowUnencrypted = parser.isSet(allowUnencryptedOption);
    if (o.profile.isEmpty() && !parser.isSet(authOption) && o.user.isEmpty()) {
        // Neither a user nor a method: no credentials at all, as before --auth existed.
        o.authMethod = ServerProfile::AuthMethod::Basic;
    } else if (o.profile.isEmpty()) {
        const std::optional<ServerProfile::AuthMethod> method
                = authMethodFromKey(parser.value(authOption).trimmed());
        if (!method)
            return usageError(
                    QCoreApplication::translate(
                            "rrasctl",
                            "--auth takes negotiate, kerberos, ntlm or basic, not \"%1\".")
                            .arg(parser.value(authOption)));
        QString reason;
        if (!isAuthMethodAvailable(*method, &reason))
            return usageError(reason);
        if (*method == ServerProfile::AuthMethod::Ntlm && o.user.isEmpty())
            return usageError(QCoreApplication::translate(
                    "rrasctl", "--auth ntlm needs --user DOMAIN\\user (and its password)."));
        o.authMethod = *method;
    }
    o.caFile = parser.value(caOption);
    o.computerName = parser.value(computerNameOption);

    if (!parseIntInRange(parser.value(timeoutOption), 1, 3600, &o.timeoutSeconds))
        return usageError(QCoreApplication::translate(
                "rrasctl", "--timeout takes a number of seconds from 1 to 3600."));
    if (!parseIntInRange(parser.value(maxEnvelopeOption), 8, 1024 * 1024, &o.maxEnvelopeKb))
        return usageError(QCoreApplication::translate(
                "rrasctl", "--max-envelope-kb takes a number of KB from 8 to 1048576."));
    if (!parseIntInRange(parser.value(parallelOption), 1, 1000, &o.parallel))
        return usageError(QCoreApplication::translate(
                "rrasctl", "--parallel takes a number of servers from 1 to 1000."));

    const QString format = parser.value(formatOption).toLower();
    if (format == u"table")
        o.format = OutputFormat::Table;
    else if (format == u"csv")
        o.format = OutputFormat::Csv;
    else if (format == u"json")
        o.format = OutputFormat::Json;
    else
        return usageError(QCoreApplication::translate(
                                  "rrasctl", "Unknown format \"%1\": use table, csv or json.")
                                  .arg(parser.value(formatOption)));

    if (o.command == Command::List) {
        if (parser.isSet(ipOption) || parser.isSet(ipsFileOption))
            return usageError(QCoreApplication::translate(
                    "rrasctl", "--ip and --ips-file belong to the disconnect command."));
    } else {
        // Several servers: each address goes to the one whose listing holds it. The same server
        // twice would list every address twice, which reads as "on two servers".
        for (qsizetype i = 1; i < o.servers.size(); ++i) {
            if (o.servers.indexOf(o.servers.at(i)) < i) {
                //: %1 is a server URL.
                return usageError(QCoreApplication::translate(
                                          "rrasctl",
                                          "disconnect acts on each server once: %1 is given twice "
                                          "(a tunnel lives on the server that assigned its "
                                          "address).")
                                          .arg(o.servers.at(i).toString()));
            }
        }
        for (const QString &value : parser.values(ipOption))
            o.addresses += splitAddressList(value);
        if (parser.isSet(ipsFileOption)) {
            const QString path = parser.value(ipsFileOption);
            QFile file(path);
            if (!file.open(QIODevice::ReadOnly | QIODevice::Text)) {
                return usageError(QCoreApplication::translate("rrasctl",
                                                              "Cannot read the address file %1: %2")
                                          .arg(path, file.errorString()));
            }
            // A list of addresses is small; anything far larger is not what the user meant.
            constexpr qint64 maxFileBytes = 16 * 1024 * 1024;
            if (file.size() > maxFileBytes)
                return usageError(QCoreApplication::translate(
                                          "rrasctl", "The address file %1 is larger than 16 MB.")
                                          .arg(path));
            o.addresses += splitAddressList(QString::fromUtf8(file.readAll()));
        }
        if (o.addresses.isEmpty())
            return usageError(QCoreApplication::translate(
                    "rrasctl", "Name the tunnel addresses to disconnect with --ip or --ips-file."));
    }

    const bool basicOverHttp = !o.user.isEmpty() && o.authMethod == ServerProfile::AuthMethod::Basic
            && std::any_of(o.servers.cbegin(), o.servers.cend(),
                           [](const QUrl &url) { return url.scheme() == u"http"; });
    if (basicOverHttp && !o.allowUnencrypted) {
        return usageError(QCoreApplication::translate(
                "rrasctl",
                "Basic authentication over plain http sends the password readable by anyone "
                "on the network. Use https, or add --allow-unencrypted if you accept that "
                "(the server must allow it too: AllowUnencrypted=true)."));
    }
    return result;
}
