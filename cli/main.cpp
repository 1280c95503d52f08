// rrasctl: the command-line face of the RRAS Console backend.

#include "commandline.h"
#include "password.h"
#include "profileoptions.h"
#include "runner.h"

#include <QCoreApplication>
#include <QGuiApplication>
#include <QLoggingCategory>
#include <QTimer>

#include <cstdio>
#include <memory>

#if defined(__GLIBC__)
#    include <malloc.h>
#endif

namespace {

constexpr int exitUsage = 2;

void printTo(FILE *stream, const QString &text)
{
    const QByteArray data = text.toLocal8Bit();
    std::fwrite(data.constData(), 1, size_t(data.size()), stream);
    std::fflush(stream);
}

int usageError(const QString &message)
{
    printTo(stderr,
            QStringLiteral("rrasctl: %1\n").arg(message)
                    + QCoreApplication::translate("rrasctl", "Try 'rrasctl --help'.") + u'\n');
    return exitUsage;
}

// `report` writing a PDF: QTextDocument and QPdfWriter need fonts, so a QGuiApplication, which
// must exist before the command line is parsed. Only this command gets one (on the offscreen
// platform: no display is needed or touched).
bool writesPdf(int argc, char *argv[])
{
    bool report = false;
    QByteArray format;
    QByteArray output;
    for (int i = 1; i < argc; ++i) {
        const QByteArray arg(argv[i]);
        const QByteArray next = i + 1 < argc ? QByteArray(argv[i + 1]) : QByteArray();
        if (arg == "report")
            report = true;
        else if (arg == "--format" || arg == "-format")
            format = next;
        else if (arg.startsWith("--format=") || arg.startsWith("-format="))
            format = arg.mid(arg.indexOf('=') + 1);
        else if (arg == "--output" || arg == "-output")
            output = next;
        else if (arg.startsWith("--output=") || arg.startsWith("-output="))
            output = arg.mid(arg.indexOf('=') + 1);
    }
    if (!report)
        return false;
    return format.isEmpty() ? output.toLower().endsWith(".pdf") : format.toLower() == "pdf";
}

} // namespace

int main(int argc, char *argv[])
{
#if defined(__GLIBC__)
    // A listing passes several buffers of megabytes per server (the reply, its tree, its JSON)
    // through the heap, one server after the other. glibc would map each from the kernel and
    // give it back when freed, and every page of the next one would fault in zeroed again: keep
    // them in the heap and reuse them (rrasctl is short-lived; peak memory is unchanged).
    mallopt(M_MMAP_THRESHOLD, 32 * 1024 * 1024);
    mallopt(M_TRIM_THRESHOLD, 256 * 1024 * 1024);
    mallopt(M_TOP_PAD, 16 * 1024 * 1024);
#endif
    std::unique_ptr<QCoreApplication> application;
    if (writesPdf(argc, argv)) {
        qputenv("QT_QPA_PLATFORM", "offscreen");
        application = std::make_unique<QGuiApplication>(argc, argv);
    } else {
        application = std::make_unique<QCoreApplication>(argc, argv);
    }
    QCoreApplication &app = *application;
    QCoreApplication::setApplicationName(QStringLiteral("rrasctl"));
    QCoreApplication::setApplicationVersion(QStringLiteral(RRAS_VERSION));

    const ParsedCommandLine parsed = parseCommandLine(QCoreApplication::arguments());
    switch (parsed.status) {
    case ParsedCommandLine::Status::UsageError:
        return usageError(parsed.text);
    case ParsedCommandLine::Status::Help:
    case ParsedCommandLine::Status::Version:
        printTo(stdout, parsed.text);
        return 0;
    case ParsedCommandLine::Status::Ok:
        break;
    }
    CliOptions options = parsed.options;
    // --profile: the server as the console saved it.
    if (!options.profile.isEmpty()) {
        QString error;
        if (!applySavedProfile(&options, &error))
            return usageError(error);
    }
    // Standard error is for progress and errors; the request log only on demand. QT_LOGGING_RULES
    // still overrides this.
    QLoggingCategory::setFilterRules(options.verbose ? QStringLiteral("rras.*=true")
                                                     : QStringLiteral("rras.*.debug=false\n"
                                                                      "rras.*.info=false"));

    QString password;
    std::optional<QString> stored;
    if (!options.user.isEmpty() && !options.keychainKey.isEmpty()) {
        // The console's keychain entry for the profile comes first.
        QString problem;
        stored = readPasswordFromKeychain(options.keychainKey, &problem);
        if (!stored && options.verbose)
            printTo(stderr, QStringLiteral("rrasctl: %1\n").arg(problem));
    }
    if (stored) {
        password = *stored;
        stored->fill(u'\0');
    } else if (!options.user.isEmpty()) {
        if (qEnvironmentVariableIsSet(options.passwordEnv.toLocal8Bit().constData())) {
            password = qEnvironmentVariable(options.passwordEnv.toLocal8Bit().constData());
        } else {
            //: %1 is the user name.
            const std::optional<QString> typed = readPasswordFromTerminal(
                    QCoreApplication::translate("rrasctl", "Password for %1: ").arg(options.user));
            if (!typed) {
                return usageError(
                        QCoreApplication::translate(
                                "rrasctl",
                                "No password for %1: set the environment variable %2 (or name "
                                "another with --password-env), or run rrasctl on a terminal to "
                                "be asked.")
                                .arg(options.user, options.passwordEnv));
            }
            password = *typed;
        }
    }

    Runner runner(options, password);
    password.fill(u'\0');
    QObject::connect(&runner, &Runner::finished, &app, &QCoreApplication::exit,
                     Qt::QueuedConnection);
    QString error;
    if (!runner.start(&error))
        return usageError(error);
    return app.exec();
}
