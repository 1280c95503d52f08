#pragma once

#include <QByteArray>
#include <QHash>
#include <QProcessEnvironment>
#include <QString>
#include <QStringList>
#include <QTemporaryDir>

#include <memory>

class QProcess;

// A Kerberos realm made at test time (env-notes.md): MIT krb5-kdc on a free loopback port, its
// database, a keytab with HTTP/localhost, all in a temporary folder, no root daemon. start() sets
// KRB5_CONFIG, KRB5_KDC_PROFILE, KRB5CCNAME and KRB5_KTNAME for this process (restored by the
// destructor); environment() gives the same for child processes (rras-sim, rrasctl, pywinrm).
class KdcFixture
{
public:
    KdcFixture();
    ~KdcFixture(); // stops the KDC, restores the environment

    // Empty when every program the realm needs is installed; else what is missing and which
    // Debian packages bring it (for QSKIP).
    static QString missingTools();

    // Realm TEST.LOCAL with HTTP/localhost in keytabPath(). false: errorString() says why.
    bool start();
    QString errorString() const { return m_error; }

    QString realm() const { return QStringLiteral("TEST.LOCAL"); }
    QString directory() const;
    QString keytabPath() const;
    QString ccachePath() const;
    QProcessEnvironment environment() const;

    bool addPrincipal(const QString &name, const QString &password);
    // A ticket for `principal` in ccachePath(); `lifetime` as kinit -l takes it ("5s"), or empty.
    bool kinit(const QString &principal, const QString &password, const QString &lifetime = {});
    bool kdestroy();
    // True while the cache holds a ticket that has not expired (klist -s).
    bool hasValidTicket() const;
    // True while the KDC gives the cached user a ticket for HTTP/localhost (kvno).
    bool canGetServiceTicket() const;

    // Writes gss-ntlmssp's user file ("DOMAIN:user:password" lines) and returns its path.
    QString writeNtlmUsers(const QStringList &lines,
                           const QString &fileName = QStringLiteral("ntlm-users"));

private:
    bool run(const QString &program, const QStringList &arguments, const QByteArray &input = {},
             QString *output = nullptr) const;
    static QString tool(const QString &name);

    std::unique_ptr<QTemporaryDir> m_dir;
    std::unique_ptr<QProcess> m_kdc;
    quint16 m_port = 0;
    QString m_error;
    QHash<QByteArray, QByteArray> m_savedEnvironment; // value before start(); "" + unset flag below
    QHash<QByteArray, bool> m_wasSet;
};
