// The server dialog: fields, inline validation, authentication choices, the password kept out of
// the profile, and "Test connection" against rras-sim (messages, the certificate and its pin).
#include "rras/profilestore.h"
#include "rras/serverconnection.h"
#include "serverdialog.h"
#include "simfixture.h"
#include "simserver.h"
#include "tls/certificatedialog.h"
#include "translations.h"

#include <QAbstractButton>
#include <QApplication>
#include <QCheckBox>
#include <QComboBox>
#include <QFile>
#include <QLabel>
#include <QLineEdit>
#include <QNetworkAccessManager>
#include <QPushButton>
#include <QSettings>
#include <QSignalSpy>
#include <QSpinBox>
#include <QStandardItemModel>
#include <QTemporaryDir>
#include <QTest>

using namespace Qt::Literals::StringLiterals;

namespace {
const QString user = u"CORP\\op"_s;
const QString password = u"S3cret-pw-9f2"_s;
constexpr int tunnels = 60;
constexpr int waitMs = 15000;

ServerProfile newProfile()
{
    ServerProfile p;
    p.id = u"new-id"_s;
    return p;
}
} // namespace

class TestServerDialog : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void newServerDefaults();
    void portFollowsScheme();
    void pastedAddressIsTakenApart();
    void validation_data();
    void validation();
    void unencryptedNeedsExplicitConsent();
    void unavailableAuthMethodsAreDisabledWithAReason();
    void unavailableMethodOfASavedProfileIsAnError();
    void profileFromTheFields();
    void passwordNeverInTheProfileNorTheSettings();
    void knownPasswordMayStayEmpty();
    void keychainUnavailable();
    void testConnectionAnswers_data();
    void testConnectionAnswers();
    void untrustedCertificateCanBePinnedFromTheTest();
    void changedCertificateNeedsConfirmation();
    void certificateDialogDefaultsToRefusing();

private:
    std::unique_ptr<ServerDialog> makeDialog(const ServerProfile &profile = newProfile());
    void fillValid(ServerDialog *dialog);
    bool runTest(ServerDialog *dialog);

    QNetworkAccessManager m_nam;
};

void TestServerDialog::initTestCase()
{
    Translations::install(QCoreApplication::instance(), QLocale(QLocale::English));
}

std::unique_ptr<ServerDialog> TestServerDialog::makeDialog(const ServerProfile &profile)
{
    auto dialog = std::make_unique<ServerDialog>(profile, &m_nam);
    dialog->show();
    return dialog;
}

void TestServerDialog::fillValid(ServerDialog *dialog)
{
    dialog->hostEdit()->setText(u"127.0.0.1"_s);
    dialog->userEdit()->setText(user);
    dialog->passwordEdit()->setText(password);
}

bool TestServerDialog::runTest(ServerDialog *dialog)
{
    QSignalSpy finished(dialog, &ServerDialog::testFinished);
    if (!dialog->testButton()->isEnabled())
        return false;
    dialog->testButton()->click();
    return finished.wait(waitMs);
}

void TestServerDialog::newServerDefaults()
{
    const auto dialog = makeDialog();
    QCOMPARE(dialog->windowTitle(), u"Add Server"_s);
    QCOMPARE(dialog->schemeCombo()->currentData().toString(), u"https"_s);
    QCOMPARE(dialog->portSpin()->value(), 5986);
    QCOMPARE(dialog->intervalSpin()->value(), 5);
    QCOMPARE(dialog->envelopeSpin()->value(), 500);
    QCOMPARE(dialog->timeoutSpin()->value(), 60);
    // The best available method is preselected.
    const auto method = ServerProfile::AuthMethod(dialog->authCombo()->currentData().toInt());
    QVERIFY(isAuthMethodAvailable(method));
    // Nothing entered yet: the host is asked for, OK is off.
    QVERIFY(!dialog->okButton()->isEnabled());
    QVERIFY(!dialog->fieldError(u"host"_s).isEmpty());
    QVERIFY(dialog->findChild<QLabel *>(u"hostError"_s)->isVisible());
}

void TestServerDialog::portFollowsScheme()
{
    const auto dialog = makeDialog();
    dialog->schemeCombo()->setCurrentIndex(dialog->schemeCombo()->findData(u"http"_s));
    QCOMPARE(dialog->portSpin()->value(), 5985);
    dialog->schemeCombo()->setCurrentIndex(dialog->schemeCombo()->findData(u"https"_s));
    QCOMPARE(dialog->portSpin()->value(), 5986);
    // A port of the user's own stays.
    dialog->portSpin()->setValue(8443);
    dialog->schemeCombo()->setCurrentIndex(dialog->schemeCombo()->findData(u"http"_s));
    QCOMPARE(dialog->portSpin()->value(), 8443);
}

void TestServerDialog::pastedAddressIsTakenApart()
{
    const auto dialog = makeDialog();
    dialog->hostEdit()->setText(u"http://rras9.corp.example:15985/wsman"_s);
    Q_EMIT dialog->hostEdit()->editingFinished();
    QCOMPARE(dialog->hostEdit()->text(), u"rras9.corp.example"_s);
    QCOMPARE(dialog->schemeCombo()->currentData().toString(), u"http"_s);
    QCOMPARE(dialog->portSpin()->value(), 15985);
    QCOMPARE(dialog->profile().url, QUrl(u"http://rras9.corp.example:15985/wsman"_s));
}

void TestServerDialog::validation_data()
{
    QTest::addColumn<QString>("host");
    QTest::addColumn<QString>("userName");
    QTest::addColumn<QString>("name");
    QTest::addColumn<QString>("field"); // "" = valid
    QTest::addColumn<QString>("message");
    QTest::newRow("valid, domain user")
            << u"rras1.corp.example"_s << u"CORP\\op"_s << u""_s << QString() << QString();
    QTest::newRow("valid, UPN") << u"10.1.2.3"_s << u"op@corp.example"_s << u"VPN 1"_s << QString()
                                << QString();
    QTest::newRow("valid, local account")
            << u"rras1"_s << u"Administrator"_s << u""_s << QString() << QString();
    QTest::newRow("valid, IPv6 in brackets")
            << u"[2001:db8::5]"_s << u"op@corp"_s << u""_s << QString() << QString();
    QTest::newRow("no host") << u""_s << user << u""_s << u"host"_s << u"Enter the server"_s;
    QTest::newRow("bad host") << u"rras 1!"_s << user << u""_s << u"host"_s << u"not a host name"_s;
    QTest::newRow("domain without user")
            << u"rras1"_s << u"CORP\\"_s << u""_s << u"user"_s << u"DOMAIN\\user"_s;
    QTest::newRow("user without domain")
            << u"rras1"_s << u"\\op"_s << u""_s << u"user"_s << u"DOMAIN\\user"_s;
    QTest::newRow("realm missing")
            << u"rras1"_s << u"op@"_s << u""_s << u"user"_s << u"user@realm"_s;
    QTest::newRow("two separators")
            << u"rras1"_s << u"CORP\\op@corp"_s << u""_s << u"user"_s << u"DOMAIN\\user"_s;
    QTest::newRow("forbidden character")
            << u"rras1"_s << u"CORP\\o:p"_s << u""_s << u"user"_s << u"cannot contain \":\""_s;
    QTest::newRow("name taken") << u"rras1"_s << user << u"frankfurt"_s << u"name"_s
                                << u"already called"_s;
    QTest::newRow("host as name taken")
            << u"Frankfurt"_s << user << u""_s << u"name"_s << u"already called"_s;
}

void TestServerDialog::validation()
{
    QFETCH(QString, host);
    QFETCH(QString, userName);
    QFETCH(QString, name);
    QFETCH(QString, field);
    QFETCH(QString, message);
    const auto dialog = makeDialog();
    dialog->setOtherNames({u"Frankfurt"_s});
    dialog->hostEdit()->setText(host);
    dialog->userEdit()->setText(userName);
    dialog->passwordEdit()->setText(password);
    dialog->nameEdit()->setText(name);
    if (field.isEmpty()) {
        QVERIFY2(dialog->validationErrors().isEmpty(),
                 qPrintable(dialog->validationErrors().join(u" | "_s)));
        QVERIFY(dialog->okButton()->isEnabled());
        return;
    }
    const QString shown = dialog->fieldError(field);
    QVERIFY2(shown.contains(message), qPrintable(shown));
    // Shown inline, under its field.
    QLabel *label = dialog->findChild<QLabel *>(field + u"Error"_s);
    QVERIFY(label);
    QVERIFY(label->isVisible());
    QCOMPARE(label->text(), shown);
    QVERIFY(!dialog->okButton()->isEnabled());
    // Fixing it clears the message.
    if (field == u"host")
        dialog->hostEdit()->setText(u"rras7"_s);
    else if (field == u"user")
        dialog->userEdit()->setText(user);
    else
        dialog->nameEdit()->setText(u"a new name"_s);
    QVERIFY(dialog->fieldError(field).isEmpty());
    QVERIFY(!label->isVisible());
}

void TestServerDialog::unencryptedNeedsExplicitConsent()
{
    const auto dialog = makeDialog();
    fillValid(dialog.get());
    dialog->authCombo()->setCurrentIndex(
            dialog->authCombo()->findData(int(ServerProfile::AuthMethod::Basic)));
    // HTTPS: nothing to consent to.
    QVERIFY(!dialog->allowUnencryptedCheck()->isEnabled());
    QVERIFY(dialog->okButton()->isEnabled());
    dialog->schemeCombo()->setCurrentIndex(dialog->schemeCombo()->findData(u"http"_s));
    QVERIFY(dialog->allowUnencryptedCheck()->isEnabled());
    QVERIFY(dialog->fieldError(u"unencrypted"_s).contains(u"use HTTPS"_s));
    QVERIFY(!dialog->okButton()->isEnabled());
    QVERIFY(!dialog->unencryptedWarning()->isVisible());
    dialog->allowUnencryptedCheck()->setChecked(true);
    QVERIFY(dialog->fieldError(u"unencrypted"_s).isEmpty());
    QVERIFY(dialog->unencryptedWarning()->isVisible());
    QVERIFY(dialog->unencryptedWarning()->text().startsWith(u"Warning"_s));
    QVERIFY(dialog->okButton()->isEnabled());
    QVERIFY(dialog->profile().allowUnencrypted);
    QVERIFY(isProfileUnencrypted(dialog->profile()));
}

void TestServerDialog::unavailableAuthMethodsAreDisabledWithAReason()
{
    const auto dialog = makeDialog();
    auto *model = qobject_cast<QStandardItemModel *>(dialog->authCombo()->model());
    QVERIFY(model);
    QCOMPARE(model->rowCount(), 4);
    QStringList unavailable;
    for (int row = 0; row < model->rowCount(); ++row) {
        QStandardItem *item = model->item(row);
        const auto method = ServerProfile::AuthMethod(item->data(Qt::UserRole).toInt());
        QString reason;
        const bool available = isAuthMethodAvailable(method, &reason);
        QCOMPARE(item->isEnabled(), available);
        if (!available) {
            QCOMPARE(item->toolTip(), reason);
            QVERIFY(!reason.isEmpty());
            unavailable.append(item->text());
        }
    }
    // tst_serverdialog_nontlm runs without the NTLM mechanism (GSS_MECH_CONFIG=/dev/null).
    if (qEnvironmentVariableIsSet("RRAS_TEST_EXPECT_UNAVAILABLE_AUTH"))
        QVERIFY(!unavailable.isEmpty());
    QCOMPARE(dialog->authNote()->isVisible(), !unavailable.isEmpty());
    for (const QString &name : std::as_const(unavailable))
        QVERIFY2(dialog->authNote()->text().contains(name), qPrintable(dialog->authNote()->text()));
    // Basic is always there.
    const int basic = dialog->authCombo()->findData(int(ServerProfile::AuthMethod::Basic));
    QVERIFY(model->item(basic)->isEnabled());
}

void TestServerDialog::unavailableMethodOfASavedProfileIsAnError()
{
    using M = ServerProfile::AuthMethod;
    std::optional<M> missing;
    for (M method : {M::Negotiate, M::Kerberos, M::Ntlm}) {
        if (!isAuthMethodAvailable(method))
            missing = method;
    }
    if (!missing)
        QSKIP("every authentication method is available in this build");
    ServerProfile p = newProfile();
    p.url = QUrl(u"https://rras1:5986/wsman"_s);
    p.user = user;
    p.authMethod = *missing; // e.g. from an imported list
    const auto dialog = makeDialog(p);
    dialog->passwordEdit()->setText(password);
    QCOMPARE(dialog->authCombo()->currentData().toInt(), int(*missing));
    QVERIFY(dialog->fieldError(u"authentication"_s).contains(u"cannot be used yet"_s));
    QVERIFY(!dialog->okButton()->isEnabled());
    QVERIFY(!dialog->testButton()->isEnabled());
    dialog->authCombo()->setCurrentIndex(dialog->authCombo()->findData(int(M::Basic)));
    QVERIFY(dialog->okButton()->isEnabled());
}

void TestServerDialog::profileFromTheFields()
{
    ServerProfile original = newProfile();
    original.url = QUrl(u"https://old:5986/wsman"_s);
    original.pinnedSha256 = QByteArray(32, '\x42');
    const auto dialog = makeDialog(original);
    QCOMPARE(dialog->windowTitle(), u"Edit Server"_s);
    QVERIFY(dialog->pinLabel()->text().contains(formatSha256Fingerprint(original.pinnedSha256)));
    dialog->hostEdit()->setText(u"rras2.corp.example"_s);
    dialog->portSpin()->setValue(15986);
    dialog->nameEdit()->setText(u"  Edge 2 "_s);
    dialog->userEdit()->setText(u" op@CORP.EXAMPLE "_s);
    dialog->passwordEdit()->setText(password);
    dialog->computerNameEdit()->setText(u"RRAS-BACK"_s);
    dialog->intervalSpin()->setValue(12);
    dialog->envelopeSpin()->setValue(2048);
    dialog->timeoutSpin()->setValue(90);
    dialog->rememberCheck()->setChecked(true);
    const ServerProfile p = dialog->profile();
    QCOMPARE(p.id, original.id);
    QCOMPARE(p.name, u"Edge 2"_s);
    QCOMPARE(p.url, QUrl(u"https://rras2.corp.example:15986/wsman"_s));
    QCOMPARE(p.user, u"op@CORP.EXAMPLE"_s);
    QCOMPARE(p.computerName, u"RRAS-BACK"_s);
    QCOMPARE(p.pollIntervalMs, 12000);
    QCOMPARE(p.maxEnvelopeKb, 2048);
    QCOMPARE(p.operationTimeoutMs, 90000);
    QVERIFY(p.rememberPassword);
    QCOMPARE(p.pinnedSha256, original.pinnedSha256);
    // Forgetting the pin.
    auto *forget = dialog->findChild<QAbstractButton *>(u"forgetPin"_s);
    QVERIFY(forget && forget->isVisible());
    forget->click();
    QVERIFY(dialog->profile().pinnedSha256.isEmpty());
    // No name: the host.
    dialog->nameEdit()->clear();
    QCOMPARE(dialog->profile().name, u"rras2.corp.example"_s);
}

void TestServerDialog::passwordNeverInTheProfileNorTheSettings()
{
    const auto dialog = makeDialog();
    fillValid(dialog.get());
    dialog->rememberCheck()->setChecked(true);
    QCOMPARE(dialog->password(), password);
    QVERIFY(dialog->passwordEntered());
    QCOMPARE(dialog->passwordEdit()->echoMode(), QLineEdit::Password);
    const ServerProfile p = dialog->profile();
    // Saved as the console saves it: the password is nowhere in the file.
    QTemporaryDir dir;
    const QString path = dir.filePath(u"console.ini"_s);
    {
        QSettings settings(path, QSettings::IniFormat);
        ProfileStore(&settings).save({p});
    }
    QFile file(path);
    QVERIFY(file.open(QIODevice::ReadOnly));
    const QByteArray bytes = file.readAll();
    QVERIFY(bytes.contains("127.0.0.1"));
    QVERIFY(!bytes.contains(password.toUtf8()));
    QVERIFY(!bytes.contains(password.toUtf8().toBase64()));
    QVERIFY(!ProfileStore::toJson({p}).contains(password.toUtf8()));
}

void TestServerDialog::knownPasswordMayStayEmpty()
{
    const auto dialog = makeDialog();
    dialog->hostEdit()->setText(u"rras1"_s);
    dialog->userEdit()->setText(user);
    dialog->authCombo()->setCurrentIndex(
            dialog->authCombo()->findData(int(ServerProfile::AuthMethod::Basic)));
    QVERIFY(dialog->fieldError(u"password"_s).contains(u"Enter the password for CORP\\op"_s));
    dialog->setKnownPassword(password, ServerDialog::KnownPassword::Keychain);
    QVERIFY(dialog->fieldError(u"password"_s).isEmpty());
    QCOMPARE(dialog->passwordEdit()->placeholderText(), u"unchanged (in the keychain)"_s);
    QVERIFY(!dialog->passwordEntered());
    dialog->setKnownPassword(password, ServerDialog::KnownPassword::Session);
    QCOMPARE(dialog->passwordEdit()->placeholderText(), u"unchanged (kept for this session)"_s);
    // No user: no password field at all.
    dialog->userEdit()->clear();
    QVERIFY(!dialog->passwordEdit()->isEnabled());
    QVERIFY(!dialog->profile().rememberPassword);
}

void TestServerDialog::keychainUnavailable()
{
    const auto dialog = makeDialog();
    fillValid(dialog.get());
    QVERIFY(dialog->rememberCheck()->isChecked());
    const QString reason
            = u"No keychain is available on this system: kept for this session only."_s;
    dialog->setKeychainUnavailable(reason);
    QVERIFY(!dialog->rememberCheck()->isEnabled());
    QVERIFY(!dialog->rememberCheck()->isChecked());
    QLabel *note = dialog->findChild<QLabel *>(u"keychainNote"_s);
    QVERIFY(note->isVisible());
    QCOMPARE(note->text(), reason);
    QVERIFY(!dialog->profile().rememberPassword);
    QVERIFY(dialog->okButton()->isEnabled()); // a session password is fine
}

void TestServerDialog::testConnectionAnswers_data()
{
    QTest::addColumn<QString>("scenario");
    QTest::addColumn<QStringList>("mustContain");
    QTest::newRow("live") << u"ok"_s << QStringList{u"Connected in"_s, u"60 tunnel"_s};
    QTest::newRow("envelope-limited server")
            << u"envelope"_s << QStringList{u"MaxEnvelopeSizekb"_s, u"envelope limit"_s};
    QTest::newRow("wrong password")
            << u"password"_s << QStringList{u"refused the user name or password"_s};
    QTest::newRow("server down") << u"down"_s << QStringList{u"could not be reached"_s};
}

void TestServerDialog::testConnectionAnswers()
{
    QFETCH(QString, scenario);
    QFETCH(QStringList, mustContain);
    SimConfig config;
    config.tunnels = tunnels;
    config.user = user;
    config.password = password;
    config.allowUnencrypted = true;
    config.log = false;
    SimFixture sim(config);
    QVERIFY2(sim.start(), qPrintable(sim.errorString()));

    const auto dialog = makeDialog();
    dialog->hostEdit()->setText(u"127.0.0.1"_s);
    dialog->schemeCombo()->setCurrentIndex(dialog->schemeCombo()->findData(u"http"_s));
    dialog->portSpin()->setValue(sim.server()->port());
    dialog->authCombo()->setCurrentIndex(
            dialog->authCombo()->findData(int(ServerProfile::AuthMethod::Basic)));
    dialog->allowUnencryptedCheck()->setChecked(true);
    dialog->userEdit()->setText(user);
    dialog->passwordEdit()->setText(scenario == u"password" ? u"wrong"_s : password);
    if (scenario == u"envelope")
        sim.server()->setMaxEnvelopeKb(8);
    if (scenario == u"down")
        QVERIFY(sim.server()->setListening(false));

    QVERIFY(runTest(dialog.get()));
    const QString text = dialog->testResultText();
    for (const QString &words : mustContain)
        QVERIFY2(text.contains(words), qPrintable(text));
    QVERIFY(dialog->testResultLabel()->isVisible());
    QVERIFY(!dialog->showCertificateButton()->isVisible());
    QVERIFY(dialog->testButton()->isEnabled()); // ready for another try
}

void TestServerDialog::untrustedCertificateCanBePinnedFromTheTest()
{
    SimConfig config;
    config.tls = true;
    config.tunnels = tunnels;
    config.user = user;
    config.password = password;
    config.log = false;
    SimFixture sim(config);
    QVERIFY2(sim.start(), qPrintable(sim.errorString()));
    const QByteArray sha = QByteArray::fromHex(sim.server()->certificateSha256Hex().toLatin1());

    const auto dialog = makeDialog();
    fillValid(dialog.get());
    dialog->portSpin()->setValue(sim.server()->port());
    dialog->authCombo()->setCurrentIndex(
            dialog->authCombo()->findData(int(ServerProfile::AuthMethod::Basic)));
    QVERIFY(runTest(dialog.get()));
    QVERIFY2(dialog->testResultText().contains(u"not trusted"_s),
             qPrintable(dialog->testResultText()));
    QVERIFY(dialog->showCertificateButton()->isVisible());

    dialog->showCertificateButton()->click();
    CertificateDialog *certificate = nullptr;
    QTRY_VERIFY((certificate = dialog->findChild<CertificateDialog *>()) != nullptr);
    QTRY_VERIFY(certificate->isVisible());
    QCOMPARE(certificate->mode(), CertificateDialog::Mode::Untrusted);
    QCOMPARE(certificate->fingerprintText(), formatSha256Fingerprint(sha));
    QCOMPARE(certificate->sha256(), sha);
    QVERIFY(certificate->pinButton()->isEnabled());

    QSignalSpy finished(dialog.get(), &ServerDialog::testFinished);
    certificate->pinButton()->click();
    // Pinning runs the test again, which now goes through.
    QVERIFY(finished.wait(waitMs));
    QVERIFY2(dialog->testResultText().contains(u"Connected in"_s),
             qPrintable(dialog->testResultText()));
    QCOMPARE(dialog->profile().pinnedSha256, sha);
    QVERIFY(dialog->pinLabel()->text().contains(formatSha256Fingerprint(sha)));
    QVERIFY(!dialog->showCertificateButton()->isVisible());
}

void TestServerDialog::changedCertificateNeedsConfirmation()
{
    SimConfig config;
    config.tls = true;
    config.tunnels = 3;
    config.log = false;
    SimFixture sim(config);
    QVERIFY2(sim.start(), qPrintable(sim.errorString()));
    const QByteArray sha = QByteArray::fromHex(sim.server()->certificateSha256Hex().toLatin1());

    ServerProfile p = newProfile();
    p.url = sim.url();
    p.pinnedSha256 = QByteArray(32, '\x01'); // a certificate the server no longer has
    const auto dialog = makeDialog(p);
    QVERIFY(runTest(dialog.get()));
    QVERIFY2(dialog->testResultText().startsWith(u"Warning"_s),
             qPrintable(dialog->testResultText()));
    QVERIFY(dialog->testResultText().contains(u"different certificate"_s));

    dialog->showCertificateButton()->click();
    CertificateDialog *certificate = nullptr;
    QTRY_VERIFY((certificate = dialog->findChild<CertificateDialog *>()) != nullptr);
    QCOMPARE(certificate->mode(), CertificateDialog::Mode::Changed);
    QVERIFY(certificate->warningText().startsWith(u"Warning"_s));
    QCOMPARE(certificate->findChild<QLabel *>(u"pinnedFingerprint"_s)->text().remove(u'\n'),
             formatSha256Fingerprint(p.pinnedSha256));
    // Re-pinning only after saying the new fingerprint was checked.
    QVERIFY(!certificate->pinButton()->isEnabled());
    certificate->confirmCheck()->setChecked(true);
    QVERIFY(certificate->pinButton()->isEnabled());
    QSignalSpy finished(dialog.get(), &ServerDialog::testFinished);
    certificate->pinButton()->click();
    QVERIFY(finished.wait(waitMs));
    QCOMPARE(dialog->profile().pinnedSha256, sha);
    QVERIFY(dialog->testResultText().contains(u"Connected in"_s));
}

void TestServerDialog::certificateDialogDefaultsToRefusing()
{
    CertificateDialog dialog(CertificateDialog::Mode::Untrusted, u"rras1"_s,
                             QUrl(u"https://rras1:5986/wsman"_s), {}, QByteArray(32, '\x07'),
                             u"self-signed"_s);
    dialog.show();
    QVERIFY(dialog.cancelButton()->isDefault());
    QVERIFY(!dialog.pinButton()->isDefault());
    QVERIFY(!dialog.pinButton()->autoDefault());
    QSignalSpy rejected(&dialog, &QDialog::rejected);
    QTest::keyClick(&dialog, Qt::Key_Return);
    QCOMPARE(rejected.count(), 1);
}

QTEST_MAIN(TestServerDialog)
#include "tst_serverdialog.moc"
