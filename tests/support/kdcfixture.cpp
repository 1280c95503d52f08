#include "kdcfixture.h"

#include <QDeadlineTimer>
#include <QFile>
#include <QProcess>
#include <QStandardPaths>
#include <QTcpServer>
#include <QTcpSocket>
#include <QThread>
#include <QUdpSocket>

namespace {

const QStringList searchPath = {QStringLiteral("/usr/sbin"), QStringLiteral("/usr/bin"),
                                QStringLiteral("/sbin"), QStringLiteral("/bin")};

const QList<QByteArray> variables
        = {"KRB5_CONFIG", "KRB5_KDC_PROFILE", "KRB5CCNAME", "KRB5_KTNAME", "KRB5RCACHEDIR"};

// A port free for both TCP and UDP on loopback (the KDC listens on both).
quint16 freePort()
{
    for (int attempt = 0; attempt < 50; ++attempt) {
        QTcpServer tcp;
        if (!tcp.listen(QHostAddress::LocalHost, 0))
            continue;
        const quint16 port = tcp.serverPort();
        QUdpSocket udp;
        if (udp.bind(QHostAddress::LocalHost, port))
            return port;
    }
    return 0;
}

bool writeFile(const QString &path, const QByteArray &content)
{
    QFile f(path);
    return f.open(QIODevice::WriteOnly | QIODevice::Truncate) && f.write(content) == content.size();
}

} // namespace

KdcFixture::KdcFixture() : m_dir(std::make_unique<QTemporaryDir>()) { }

KdcFixture::~KdcFixture()
{
    if (m_kdc) {
        m_kdc->terminate();
        if (!m_kdc->waitForFinished(5000)) {
            m_kdc->kill();
            m_kdc->waitForFinished(5000);
        }
    }
    for (const QByteArray &name : variables) {
        if (!m_wasSet.contains(name))
            continue;
        if (m_wasSet.value(name))
            qputenv(name.constData(), m_savedEnvironment.value(name));
        else
            qunsetenv(name.constData());
    }
}

QString KdcFixture::tool(const QString &name)
{
    return QStandardPaths::findExecutable(name, searchPath);
}

QString KdcFixture::missingTools()
{
    QStringList missing;
    for (const QString &name : {QStringLiteral("krb5kdc"), QStringLiteral("kdb5_util")})
        if (tool(name).isEmpty())
            missing.append(name + QStringLiteral(" (krb5-kdc)"));
    if (tool(QStringLiteral("kadmin.local")).isEmpty())
        missing.append(QStringLiteral("kadmin.local (krb5-admin-server)"));
    for (const QString &name : {QStringLiteral("kinit"), QStringLiteral("klist"),
                                QStringLiteral("kvno"), QStringLiteral("kdestroy")})
        if (tool(name).isEmpty())
            missing.append(name + QStringLiteral(" (krb5-user)"));
    if (missing.isEmpty())
        return {};
    return QStringLiteral("missing %1: run scripts/deps.sh test").arg(missing.join(u", "));
}

QString KdcFixture::directory() const
{
    return m_dir->path();
}

QString KdcFixture::keytabPath() const
{
    return directory() + QStringLiteral("/http.keytab");
}

QString KdcFixture::ccachePath() const
{
    return directory() + QStringLiteral("/ccache");
}

QProcessEnvironment KdcFixture::environment() const
{
    QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
    env.insert(QStringLiteral("KRB5_CONFIG"), directory() + QStringLiteral("/krb5.conf"));
    env.insert(QStringLiteral("KRB5_KDC_PROFILE"), directory() + QStringLiteral("/kdc.conf"));
    env.insert(QStringLiteral("KRB5CCNAME"), QStringLiteral("FILE:") + ccachePath());
    env.insert(QStringLiteral("KRB5_KTNAME"), QStringLiteral("FILE:") + keytabPath());
    env.insert(QStringLiteral("KRB5RCACHEDIR"), directory());
    return env;
}

bool KdcFixture::run(const QString &program, const QStringList &arguments, const QByteArray &input,
                     QString *output) const
{
    QProcess p;
    p.setProcessEnvironment(environment());
    p.setProcessChannelMode(QProcess::MergedChannels);
    p.start(tool(program), arguments);
    if (!p.waitForStarted(10000))
        return false;
    if (!input.isEmpty())
        p.write(input);
    p.closeWriteChannel();
    if (!p.waitForFinished(30000)) {
        p.kill();
        p.waitForFinished();
        return false;
    }
    const QByteArray out = p.readAll();
    if (output)
        *output = QString::fromLocal8Bit(out);
    return p.exitStatus() == QProcess::NormalExit && p.exitCode() == 0;
}

bool KdcFixture::start()
{
    if (const QString missing = missingTools(); !missing.isEmpty()) {
        m_error = missing;
        return false;
    }
    if (!m_dir->isValid()) {
        m_error = QStringLiteral("cannot create a temporary folder");
        return false;
    }
    m_port = freePort();
    if (m_port == 0) {
        m_error = QStringLiteral("no free port for the KDC");
        return false;
    }
    const QByteArray dir = directory().toLocal8Bit();
    const QByteArray port = QByteArray::number(m_port);
    // TCP only (udp_preference_limit = 1) and no DNS at all: everything stays on loopback.
    const QByteArray krb5conf = "[libdefaults]\n"
                                "  default_realm = TEST.LOCAL\n"
                                "  dns_lookup_kdc = false\n"
                                "  dns_lookup_realm = false\n"
                                "  rdns = false\n"
                                "  dns_canonicalize_hostname = false\n"
                                "  udp_preference_limit = 1\n"
                                // Expired tickets are refused at once, not 5 minutes later.
                                "  clockskew = 1\n"
                                "[realms]\n"
                                "  TEST.LOCAL = {\n"
                                "    kdc = 127.0.0.1:"
            + port
            + "\n"
              "  }\n"
              "[domain_realm]\n"
              "  localhost = TEST.LOCAL\n"
              "  127.0.0.1 = TEST.LOCAL\n";
    const QByteArray kdcconf = "[kdcdefaults]\n"
                               "  kdc_listen = 127.0.0.1:"
            + port + "\n  kdc_tcp_listen = 127.0.0.1:" + port
            + "\n"
              "[realms]\n"
              "  TEST.LOCAL = {\n"
              "    database_name = "
            + dir + "/principal\n    key_stash_file = " + dir + "/stash\n    acl_file = " + dir
            + "/kadm5.acl\n"
              "    max_life = 10h\n"
              "    supported_enctypes = aes256-cts-hmac-sha1-96:normal "
              "aes128-cts-hmac-sha1-96:normal\n"
              "  }\n"
              "[logging]\n"
              "  kdc = FILE:"
            + dir + "/kdc.log\n";
    if (!writeFile(directory() + QStringLiteral("/krb5.conf"), krb5conf)
        || !writeFile(directory() + QStringLiteral("/kdc.conf"), kdcconf)
        || !writeFile(directory() + QStringLiteral("/kadm5.acl"), QByteArray())) {
        m_error = QStringLiteral("cannot write the realm's configuration");
        return false;
    }

    for (const QByteArray &name : variables) {
        m_wasSet.insert(name, qEnvironmentVariableIsSet(name.constData()));
        m_savedEnvironment.insert(name, qgetenv(name.constData()));
    }
    const QProcessEnvironment env = environment();
    for (const QByteArray &name : variables)
        qputenv(name.constData(), env.value(QString::fromLatin1(name)).toLocal8Bit());

    QString output;
    if (!run(QStringLiteral("kdb5_util"),
             {QStringLiteral("create"), QStringLiteral("-s"), QStringLiteral("-r"), realm(),
              QStringLiteral("-P"), QStringLiteral("master-") + QString::number(m_port)},
             {}, &output)) {
        m_error = QStringLiteral("kdb5_util create failed: ") + output;
        return false;
    }
    if (!run(QStringLiteral("kadmin.local"),
             {QStringLiteral("-q"), QStringLiteral("addprinc -randkey HTTP/localhost")}, {},
             &output)
        || !run(QStringLiteral("kadmin.local"),
                {QStringLiteral("-q"),
                 QStringLiteral("ktadd -k %1 HTTP/localhost").arg(keytabPath())},
                {}, &output)) {
        m_error = QStringLiteral("kadmin.local failed: ") + output;
        return false;
    }

    m_kdc = std::make_unique<QProcess>();
    m_kdc->setProcessEnvironment(env);
    m_kdc->setProcessChannelMode(QProcess::MergedChannels);
    m_kdc->start(
            tool(QStringLiteral("krb5kdc")),
            {QStringLiteral("-n"), QStringLiteral("-P"), directory() + QStringLiteral("/kdc.pid")});
    if (!m_kdc->waitForStarted(10000)) {
        m_error = QStringLiteral("krb5kdc did not start: ") + m_kdc->errorString();
        return false;
    }
    // Ready once it accepts TCP connections.
    const QDeadlineTimer deadline(15000);
    while (!deadline.hasExpired()) {
        if (m_kdc->state() != QProcess::Running) {
            m_error = QStringLiteral("krb5kdc exited: ") + QString::fromLocal8Bit(m_kdc->readAll());
            return false;
        }
        QTcpSocket probe;
        probe.connectToHost(QHostAddress::LocalHost, m_port);
        if (probe.waitForConnected(200))
            return true;
        QThread::msleep(50);
    }
    m_error = QStringLiteral("krb5kdc did not listen on port %1").arg(m_port);
    return false;
}

bool KdcFixture::addPrincipal(const QString &name, const QString &password)
{
    QString output;
    const bool ok
            = run(QStringLiteral("kadmin.local"),
                  {QStringLiteral("-q"), QStringLiteral("addprinc -pw %1 %2").arg(password, name)},
                  {}, &output);
    if (!ok)
        m_error = output;
    return ok;
}

bool KdcFixture::kinit(const QString &principal, const QString &password, const QString &lifetime)
{
    QStringList args;
    if (!lifetime.isEmpty())
        args << QStringLiteral("-l") << lifetime;
    args << principal;
    QString output;
    const bool ok = run(QStringLiteral("kinit"), args, password.toUtf8() + '\n', &output);
    if (!ok)
        m_error = output;
    return ok;
}

bool KdcFixture::kdestroy()
{
    return run(QStringLiteral("kdestroy"), {});
}

bool KdcFixture::hasValidTicket() const
{
    return run(QStringLiteral("klist"), {QStringLiteral("-s")});
}

QString KdcFixture::writeNtlmUsers(const QStringList &lines, const QString &fileName)
{
    const QString path = directory() + QLatin1Char('/') + fileName;
    writeFile(path, lines.join(QLatin1Char('\n')).toUtf8() + '\n');
    return path;
}

bool KdcFixture::canGetServiceTicket() const
{
    return run(QStringLiteral("kvno"), {QStringLiteral("HTTP/localhost")});
}
