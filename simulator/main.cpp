// rras-sim: simulated Windows RRAS servers speaking WinRM on loopback.

#include "rrassimulator.h"
#include "simserver.h"

#include <QCommandLineParser>
#include <QCoreApplication>
#include <QFileInfo>
#include <QSocketNotifier>

#include <csignal>
#include <cstdio>
#include <sys/socket.h>
#include <unistd.h>

namespace {

int signalPipe[2] = {-1, -1};

void onSignal(int)
{
    const char byte = 1;
    // Only async-signal-safe work here; the event loop reads the pipe and quits.
    [[maybe_unused]] const ssize_t written = ::write(signalPipe[1], &byte, 1);
}

void printLine(const QString &line)
{
    std::fputs(line.toLocal8Bit().constData(), stdout);
    std::fputc('\n', stdout);
    std::fflush(stdout);
}

int usageError(const QString &message)
{
    std::fputs(qPrintable(QCoreApplication::translate("main", "rras-sim: %1\n").arg(message)),
               stderr);
    return 2;
}

} // namespace

int main(int argc, char *argv[])
{
    QCoreApplication app(argc, argv);
    QCoreApplication::setApplicationName(QStringLiteral("rras-sim"));
    QCoreApplication::setApplicationVersion(QStringLiteral(RRAS_SIM_VERSION));

    auto tr = [](const char *text) {
        return QCoreApplication::translate("main", text);
    };
    QCommandLineParser parser;
    parser.setApplicationDescription(
            tr("Simulated Windows RRAS servers speaking WinRM (WS-Management) on loopback.\n"
               "Prints \"CERT <name> <sha256>\" (with --tls) and \"READY <name> <url>\" per server "
               "once it accepts connections; logs one line per request on stderr."));
    parser.addHelpOption();
    parser.addVersionOption();
    const QCommandLineOption servers(QStringLiteral("servers"),
                                     tr("Number of servers (rras1, rras2, ...); default 1."),
                                     tr("N"), QStringLiteral("1"));
    const QCommandLineOption port(
            QStringLiteral("port"),
            tr("First port; servers use P..P+N-1. 0 (default) picks free ports."), tr("P"),
            QStringLiteral("0"));
    const QCommandLineOption bind(QStringLiteral("bind"),
                                  tr("Address to listen on; default 127.0.0.1."), tr("ADDR"),
                                  QStringLiteral("127.0.0.1"));
    const QCommandLineOption allowRemote(QStringLiteral("allow-remote"),
                                         tr("Allow a non-loopback --bind address."));
    const QCommandLineOption tls(QStringLiteral("tls"),
                                 tr("Serve HTTPS with a self-signed certificate made at start."));
    const QCommandLineOption certOut(QStringLiteral("cert-out"),
                                     tr("Write the certificate(s) as PEM to FILE (a CA file for "
                                        "clients)."),
                                     tr("FILE"));
    const QCommandLineOption user(QStringLiteral("user"),
                                  tr("The Basic user (with --auth basic, the default when only "
                                     "--user is given)."),
                                  tr("USER"));
    const QCommandLineOption passwordEnv(QStringLiteral("password-env"),
                                         tr("Name of the environment variable holding the "
                                            "password for --user."),
                                         tr("VAR"));
    const QCommandLineOption allowUnencrypted(
            QStringLiteral("allow-unencrypted"),
            tr("Windows' AllowUnencrypted=true: accept Basic and unsealed messages over plain "
               "http. Default off: Negotiate/Kerberos/NTLM clients must seal every message."));
    const QCommandLineOption auth(
            QStringLiteral("auth"),
            tr("Enabled authentication: basic, negotiate, kerberos, ntlm (repeatable or "
               "comma-separated). Default as Windows: negotiate (and kerberos with --keytab) when "
               "--keytab or --ntlm-users is given, else basic when --user is given, else none."),
            tr("METHODS"));
    const QCommandLineOption keytab(QStringLiteral("keytab"),
                                    tr("Kerberos acceptor keys (a keytab with the --spn "
                                       "service, HTTP/localhost by default)."),
                                    tr("FILE"));
    const QCommandLineOption ntlmUsers(QStringLiteral("ntlm-users"),
                                       tr("NTLM accounts for gss-ntlmssp, one DOMAIN:user:password "
                                          "per line."),
                                       tr("FILE"));
    const QCommandLineOption spn(QStringLiteral("spn"),
                                 tr("The acceptor's service name; default HTTP@localhost."),
                                 tr("SERVICE@HOST"), QStringLiteral("HTTP@localhost"));
    const QCommandLineOption tunnels(QStringLiteral("tunnels"),
                                     tr("Tunnels per server; default 50."), tr("K"),
                                     QStringLiteral("50"));
    const QCommandLineOption seed(QStringLiteral("seed"),
                                  tr("Seed for the generated tunnels and fault rates; default 1."),
                                  tr("S"), QStringLiteral("1"));
    const QCommandLineOption churn(QStringLiteral("churn"),
                                   tr("Tunnels arriving and leaving per minute per server (0 = "
                                      "static)."),
                                   tr("R"), QStringLiteral("0"));
    const QCommandLineOption notConnected(
            QStringLiteral("not-connected"),
            tr("How DisconnectByHostIP/ByUserName treats a name without a tunnel: silent (skipped, "
               "absent from cmdletOutput), fault (RemoteAccessError fault, nothing disconnected), "
               "retval (ReturnValue 2, the others disconnected). Default silent."),
            tr("MODE"), QStringLiteral("silent"));
    const QCommandLineOption ns(QStringLiteral("namespace"),
                                tr("Reply layout: wmi (Windows: <Method>_OUTPUT in the wmi/root "
                                   "URI; default) or cim (cim-schema/2 forms as OMI writes them)."),
                                tr("NS"), QStringLiteral("wmi"));
    const QCommandLineOption maxEnvelopeKb(QStringLiteral("max-envelope-kb"),
                                           tr("The service's MaxEnvelopeSizekb: reply cap and "
                                              "request body cap (413 above it); default 500."),
                                           tr("KB"), QStringLiteral("500"));
    const QCommandLineOption maxTimeoutMs(QStringLiteral("max-timeout-ms"),
                                          tr("The service's MaxTimeoutms: OperationTimeout is "
                                             "clamped to it; default 60000."),
                                          tr("MS"), QStringLiteral("60000"));
    const QCommandLineOption fault(
            QStringLiteral("fault"),
            tr("Inject a fault (repeatable). SPEC = KIND[:MS][/METHOD][@RATE], KIND one of "
               "delay:MS, http500, http401, reset, truncate, badxml, timeout[:MS]; RATE 0..1 "
               "(default 1); METHOD limits it to one method, e.g. timeout/DisconnectByHostIP@0.5. "
               "Hostile kinds (the operation is not done; the reply pretends it was): "
               "hugelength[:MS] (Content-Length 1 GiB, then an endless body, one 64 KiB piece per "
               "MS if given), endless[:MS] (chunked, never ends), deepxml (100,000 nested "
               "elements), entities (DOCTYPE with billion-laughs entities), badutf8, wrongrelates "
               "(RelatesTo another MessageID), stall (headers and half the body, then silence), "
               "noanswer (never answers), resetmid (half the reply, then a TCP reset). HTTP/1.1 "
               "quirks around the real reply: closeopen (Connection: close, the socket left open "
               "and deaf), extraresponse[:MS] (an unasked-for second response, MS later), "
               "bothlengths (chunked and Content-Length), continue100 (an unasked-for 100 "
               "Continue first)."),
            tr("SPEC"));
    const QCommandLineOption quiet(QStringLiteral("quiet"), tr("Do not log requests on stderr."));
    parser.addOptions(
            {servers,          port, bind,          allowRemote,  tls,   certOut, user, passwordEnv,
             allowUnencrypted, auth, keytab,        ntlmUsers,    spn,   tunnels, seed, churn,
             notConnected,     ns,   maxEnvelopeKb, maxTimeoutMs, fault, quiet});
    parser.process(app);
    if (!parser.positionalArguments().isEmpty())
        return usageError(tr("unexpected argument %1").arg(parser.positionalArguments().first()));

    SimConfig config;
    auto intValue = [&](const QCommandLineOption &option, int min, int max, int *out) {
        bool ok = false;
        const int v = parser.value(option).toInt(&ok);
        if (!ok || v < min || v > max)
            return false;
        *out = v;
        return true;
    };
    int number = 0;
    if (!intValue(servers, 1, 1000, &config.servers))
        return usageError(tr("--servers needs a number from 1 to 1000"));
    if (!intValue(port, 0, 65535, &number))
        return usageError(tr("--port needs a number from 0 to 65535"));
    config.port = quint16(number);
    config.bindAddress = parser.value(bind);
    config.allowRemote = parser.isSet(allowRemote);
    config.tls = parser.isSet(tls);
    config.certOut = parser.value(certOut);
    if (!config.certOut.isEmpty() && !config.tls)
        return usageError(tr("--cert-out needs --tls"));
    config.user = parser.value(user);
    if (!config.user.isEmpty()) {
        if (!parser.isSet(passwordEnv))
            return usageError(tr("--user needs --password-env VAR"));
        const QByteArray var = parser.value(passwordEnv).toLocal8Bit();
        if (!qEnvironmentVariableIsSet(var.constData()))
            return usageError(tr("environment variable %1 (--password-env) is not set")
                                      .arg(parser.value(passwordEnv)));
        config.password = qEnvironmentVariable(var.constData());
    }
    config.allowUnencrypted = parser.isSet(allowUnencrypted);
    config.keytab = parser.value(keytab);
    config.ntlmUsersFile = parser.value(ntlmUsers);
    config.serviceName = parser.value(spn);
    for (const QString &value : parser.values(auth)) {
        for (const QString &item : value.split(u',', Qt::SkipEmptyParts)) {
            const QString name = item.trimmed().toLower();
            SimConfig::Auth method = SimConfig::Auth::Basic;
            if (name == u"basic")
                method = SimConfig::Auth::Basic;
            else if (name == u"negotiate")
                method = SimConfig::Auth::Negotiate;
            else if (name == u"kerberos")
                method = SimConfig::Auth::Kerberos;
            else if (name == u"ntlm")
                method = SimConfig::Auth::Ntlm;
            else
                return usageError(
                        tr("--auth takes basic, negotiate, kerberos or ntlm, not %1").arg(item));
            if (!config.auth.contains(method))
                config.auth.append(method);
        }
    }
    // Without --auth: as Windows (Negotiate and Kerberos) once there is something to accept
    // them with; Basic when only a Basic user is given (what older scripts and tests expect).
    if (config.auth.isEmpty() && (!config.keytab.isEmpty() || !config.ntlmUsersFile.isEmpty())) {
        config.auth = {SimConfig::Auth::Negotiate};
        if (!config.keytab.isEmpty())
            config.auth.append(SimConfig::Auth::Kerberos);
    } else if (config.auth.isEmpty() && !config.user.isEmpty())
        config.auth = {SimConfig::Auth::Basic};
    if (config.auth.contains(SimConfig::Auth::Basic) && config.user.isEmpty())
        return usageError(tr("--auth basic needs --user and --password-env"));
    const bool kerberosWanted = config.auth.contains(SimConfig::Auth::Kerberos);
    const bool ntlmWanted = config.auth.contains(SimConfig::Auth::Ntlm);
    if (kerberosWanted && config.keytab.isEmpty())
        return usageError(tr("--auth kerberos needs --keytab"));
    if (ntlmWanted && config.ntlmUsersFile.isEmpty())
        return usageError(tr("--auth ntlm needs --ntlm-users"));
    if (config.auth.contains(SimConfig::Auth::Negotiate) && config.keytab.isEmpty()
        && config.ntlmUsersFile.isEmpty())
        return usageError(tr("--auth negotiate needs --keytab or --ntlm-users"));
    for (const QString &file : {config.keytab, config.ntlmUsersFile}) {
        if (!file.isEmpty() && !QFileInfo(file).isReadable())
            return usageError(tr("cannot read %1").arg(file));
    }
    if (!intValue(tunnels, 0, 1000000, &config.tunnels))
        return usageError(tr("--tunnels needs a number from 0 to 1000000"));
    bool ok = false;
    config.seed = parser.value(seed).toUInt(&ok);
    if (!ok)
        return usageError(tr("--seed needs an unsigned number"));
    config.churnPerMinute = parser.value(churn).toDouble(&ok);
    if (!ok || config.churnPerMinute < 0)
        return usageError(tr("--churn needs a number >= 0"));
    const QString mode = parser.value(notConnected).toLower();
    if (mode == u"silent")
        config.notConnected = SimConfig::NotConnected::Silent;
    else if (mode == u"fault")
        config.notConnected = SimConfig::NotConnected::Fault;
    else if (mode == u"retval")
        config.notConnected = SimConfig::NotConnected::ReturnValue;
    else
        return usageError(tr("--not-connected must be silent, fault or retval"));
    const QString nsValue = parser.value(ns).toLower();
    if (nsValue == u"wmi")
        config.ns = SimConfig::Namespace::Wmi;
    else if (nsValue == u"cim")
        config.ns = SimConfig::Namespace::Cim;
    else
        return usageError(tr("--namespace must be wmi or cim"));
    if (!intValue(maxEnvelopeKb, 8, 1024 * 1024, &config.maxEnvelopeKb))
        return usageError(tr("--max-envelope-kb needs a number from 8 to 1048576"));
    if (!intValue(maxTimeoutMs, 1, 24 * 3600 * 1000, &config.maxTimeoutMs))
        return usageError(tr("--max-timeout-ms needs a positive number"));
    const QStringList faultSpecs = parser.values(fault);
    for (const QString &spec : faultSpecs) {
        QString error;
        const SimFault f = SimFault::parse(spec, &ok, &error);
        if (!ok)
            return usageError(tr("--fault: %1").arg(error));
        config.faults.append(f);
    }
    config.log = !parser.isSet(quiet);

    if (::socketpair(AF_UNIX, SOCK_STREAM, 0, signalPipe) != 0)
        return usageError(tr("cannot create the signal pipe"));
    QSocketNotifier notifier(signalPipe[0], QSocketNotifier::Read);
    QObject::connect(&notifier, &QSocketNotifier::activated, &app, [] {
        char byte = 0;
        [[maybe_unused]] const ssize_t n = ::read(signalPipe[0], &byte, 1);
        QCoreApplication::quit();
    });
    struct sigaction action = {};
    action.sa_handler = onSignal;
    sigemptyset(&action.sa_mask);
    action.sa_flags = SA_RESTART;
    sigaction(SIGTERM, &action, nullptr);
    sigaction(SIGINT, &action, nullptr);

    RrasSimulator simulator(config);
    QString error;
    if (!simulator.start(&error)) {
        std::fputs(qPrintable(tr("rras-sim: %1\n").arg(error)), stderr);
        return 1;
    }
    for (int i = 0; i < simulator.serverCount(); ++i) {
        const SimServer *server = simulator.server(i);
        if (server->isTls())
            printLine(u"CERT " + server->name() + u' ' + server->certificateSha256Hex());
        printLine(u"READY " + server->name() + u' ' + server->url().toString());
    }
    const int rc = app.exec();
    simulator.stop();
    return rc;
}
