// Servers as the user manages them, through the real main window: add a server in the dialog
// against rras-sim over HTTPS, pin its certificate from the prompt, find no password in the
// settings file but in the keychain, refuse a new certificate with a warning, start again from the
// saved settings, import and export. Runs with a private Secret Service (with-keyring.sh) and, as
// tst_servercontroller_nokeychain, with none at all.
#include "auth/credentialstore.h"
#include "mainwindow.h"
#include "rras/profilestore.h"
#include "rras/serverconnection.h"
#include "rras/serverset.h"
#include "servercontroller.h"
#include "serverdialog.h"
#include "serverlistmodel.h"
#include "serverpanel.h"
#include "simfixture.h"
#include "simserver.h"
#include "tls/certificatedialog.h"
#include "translations.h"
#include "tunneltablemodel.h"

#include <QAction>
#include <QCheckBox>
#include <QComboBox>
#include <QFile>
#include <QJsonDocument>
#include <QLineEdit>
#include <QListView>
#include <QNetworkAccessManager>
#include <QPushButton>
#include <QSettings>
#include <QSignalSpy>
#include <QSpinBox>
#include <QStatusBar>
#include <QTemporaryDir>
#include <QTest>

using namespace Qt::Literals::StringLiterals;

namespace {
const QString user = u"CORP\\helpdesk"_s;
const QString password = u"Kx9-unique-pw-4711"_s;
constexpr int tunnels = 9;
constexpr int waitMs = 15000;

bool noKeychainRun()
{
    return qEnvironmentVariableIsSet("RRAS_TEST_NO_KEYCHAIN");
}
} // namespace

class TestServerController : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void init();
    void cleanup();

    void addPinLiveAndNoPasswordInTheSettings();
    void newCertificateIsRefusedWithAWarning();
    void savedServersComeBackAfterARestart();
    void unencryptedServerIsMarked();
    void editKeepsThePasswordWhenLeftEmpty();
    void removeForgetsEverything();
    void exportAndImport();
    void importRefusesAFileWithAPassword();

private:
    bool startSim(bool tls, quint16 port = 0);
    void openWindow();
    void closeWindow();
    // Fills and accepts the add dialog for the simulator; returns the new server's id.
    QString addThroughDialog(bool https, bool remember = true);
    CertificateDialog *waitForCertificatePrompt();
    QByteArray settingsBytes();
    QString keychainPassword(const QString &id, CredentialJob::Status *status = nullptr);

    QTemporaryDir m_dir;
    std::unique_ptr<SimFixture> m_sim;
    std::unique_ptr<QNetworkAccessManager> m_nam;
    std::unique_ptr<ServerSet> m_servers;
    std::unique_ptr<QSettings> m_settings;
    std::unique_ptr<MainWindow> m_window;
};

void TestServerController::initTestCase()
{
    Translations::install(QCoreApplication::instance(), QLocale(QLocale::English));
    if (!noKeychainRun() && !qEnvironmentVariableIsSet("DBUS_SESSION_BUS_ADDRESS"))
        QSKIP("No D-Bus session: run through tests/keyring/with-keyring.sh (ctest does).");
}

void TestServerController::init()
{
    QFile::remove(m_dir.filePath(u"console.ini"_s));
    openWindow();
}

void TestServerController::cleanup()
{
    closeWindow();
    m_sim.reset();
}

bool TestServerController::startSim(bool tls, quint16 port)
{
    SimConfig config;
    config.tls = tls;
    config.port = port;
    config.tunnels = tunnels;
    config.user = user;
    config.password = password;
    config.allowUnencrypted = !tls;
    config.log = false;
    m_sim = std::make_unique<SimFixture>(config);
    return m_sim->start();
}

void TestServerController::openWindow()
{
    m_nam = std::make_unique<QNetworkAccessManager>();
    m_servers = std::make_unique<ServerSet>(m_nam.get());
    m_settings
            = std::make_unique<QSettings>(m_dir.filePath(u"console.ini"_s), QSettings::IniFormat);
    MainWindow::Options options;
    options.persistServers = true;
    m_window = std::make_unique<MainWindow>(m_servers.get(), m_settings.get(), options);
    m_window->show();
    m_window->loadServers();
}

void TestServerController::closeWindow()
{
    m_window.reset();
    m_servers.reset();
    m_nam.reset();
    m_settings.reset();
}

QString TestServerController::addThroughDialog(bool https, bool remember)
{
    const QSet<QString> before(m_servers->ids().cbegin(), m_servers->ids().cend());
    m_window->addServerAction()->trigger();
    ServerDialog *dialog = m_window->findChild<ServerDialog *>();
    if (!dialog || !dialog->isVisible())
        return {};
    dialog->nameEdit()->setText(u"Lab RRAS"_s);
    dialog->hostEdit()->setText(u"127.0.0.1"_s);
    dialog->schemeCombo()->setCurrentIndex(
            dialog->schemeCombo()->findData(https ? u"https"_s : u"http"_s));
    dialog->portSpin()->setValue(m_sim->server()->port());
    dialog->authCombo()->setCurrentIndex(
            dialog->authCombo()->findData(int(ServerProfile::AuthMethod::Basic)));
    dialog->userEdit()->setText(user);
    dialog->passwordEdit()->setText(password);
    if (dialog->rememberCheck()->isEnabled())
        dialog->rememberCheck()->setChecked(remember);
    if (!https)
        dialog->allowUnencryptedCheck()->setChecked(true);
    dialog->intervalSpin()->setValue(3600); // polls on demand only
    if (!dialog->okButton()->isEnabled()) {
        qWarning() << dialog->validationErrors();
        return {};
    }
    dialog->okButton()->click();
    for (const QString &id : m_servers->ids()) {
        if (!before.contains(id))
            return id;
    }
    return {};
}

CertificateDialog *TestServerController::waitForCertificatePrompt()
{
    CertificateDialog *dialog = nullptr;
    const bool shown = QTest::qWaitFor(
            [&] {
                dialog = m_window->serverController()->certificateDialog();
                return dialog && dialog->isVisible();
            },
            waitMs);
    return shown ? dialog : nullptr;
}

QByteArray TestServerController::settingsBytes()
{
    m_settings->sync();
    QFile file(m_dir.filePath(u"console.ini"_s));
    if (!file.open(QIODevice::ReadOnly))
        return {};
    return file.readAll();
}

QString TestServerController::keychainPassword(const QString &id, CredentialJob::Status *status)
{
    CredentialStore store(u"rras-console"_s);
    CredentialJob *job = store.readPassword(id);
    QString result;
    CredentialJob::Status got = CredentialJob::Status::Failed;
    connect(job, &CredentialJob::finished, this, [&](CredentialJob *done) {
        got = done->status();
        result = done->password();
    });
    QSignalSpy spy(job, &CredentialJob::finished);
    spy.wait(waitMs);
    if (status)
        *status = got;
    return result;
}

void TestServerController::addPinLiveAndNoPasswordInTheSettings()
{
    QVERIFY2(startSim(true), qPrintable(m_sim->errorString()));
    const QByteArray sha = QByteArray::fromHex(m_sim->server()->certificateSha256Hex().toLatin1());
    const QString id = addThroughDialog(true);
    QVERIFY(!id.isEmpty());

    // The self-signed certificate is refused, and the prompt shows what to compare.
    CertificateDialog *prompt = waitForCertificatePrompt();
    QVERIFY(prompt);
    QCOMPARE(prompt->mode(), CertificateDialog::Mode::Untrusted);
    QCOMPARE(prompt->fingerprintText(), formatSha256Fingerprint(sha));
    QCOMPARE(m_sim->server()->requestCount(), 0);
    prompt->pinButton()->click();

    // Pinned: the server goes live and its tunnels fill the table.
    QTRY_COMPARE_WITH_TIMEOUT(m_servers->poller(id)->state(), ServerPoller::State::Live, waitMs);
    QTRY_COMPARE_WITH_TIMEOUT(m_window->tunnelModel()->rowCount(), tunnels, waitMs);
    QCOMPARE(m_servers->profile(id).pinnedSha256, sha);

    // The settings file: the profile and its pin, never the password.
    const QByteArray bytes = settingsBytes();
    QVERIFY(bytes.contains("Lab RRAS"));
    QVERIFY(bytes.contains(sha.toHex()));
    QVERIFY(!bytes.contains(password.toUtf8()));
    QVERIFY(!bytes.contains(password.toUtf8().toBase64()));
    QVERIFY(!bytes.contains(QByteArray(user.toUtf8() + ':' + password.toUtf8()).toBase64()));

    // The password is in the keychain, or (no keychain) in memory only, and the user was told.
    CredentialJob::Status status = CredentialJob::Status::Failed;
    const QString stored = keychainPassword(id, &status);
    if (noKeychainRun()) {
        QCOMPARE(status, CredentialJob::Status::Unavailable);
        QTRY_VERIFY(m_window->statusBar()->currentMessage().contains(u"session only"_s));
        QVERIFY(m_window->serverController()->hasPassword(id));
    } else {
        QCOMPARE(status, CredentialJob::Status::Ok);
        QCOMPARE(stored, password);
        QVERIFY(bytes.contains("useKeychain=true"));
    }
}

void TestServerController::newCertificateIsRefusedWithAWarning()
{
    QVERIFY2(startSim(true), qPrintable(m_sim->errorString()));
    const QString id = addThroughDialog(true);
    QVERIFY(!id.isEmpty());
    CertificateDialog *prompt = waitForCertificatePrompt();
    QVERIFY(prompt);
    prompt->pinButton()->click();
    QTRY_COMPARE_WITH_TIMEOUT(m_servers->poller(id)->state(), ServerPoller::State::Live, waitMs);
    const QByteArray pinned = m_servers->profile(id).pinnedSha256;

    // The simulator comes back on the same port with a new certificate.
    const quint16 port = m_sim->server()->port();
    m_sim.reset();
    QVERIFY(startSim(true, port));
    const QByteArray fresh
            = QByteArray::fromHex(m_sim->server()->certificateSha256Hex().toLatin1());
    m_window->refreshAction()->trigger();

    prompt = waitForCertificatePrompt();
    QVERIFY(prompt);
    QCOMPARE(prompt->mode(), CertificateDialog::Mode::Changed);
    QVERIFY(prompt->warningText().startsWith(u"Warning"_s));
    QCOMPARE(prompt->fingerprintText(), formatSha256Fingerprint(fresh));
    QVERIFY(!prompt->pinButton()->isEnabled());
    // The server panel carries the warning too.
    const QModelIndex row
            = m_window->serverModel()->index(m_window->serverModel()->rowForServer(id));
    QTRY_VERIFY(row.data(ServerListModel::ErrorTextRole)
                        .toString()
                        .contains(u"different certificate"_s));
    QVERIFY(m_servers->poller(id)->state() != ServerPoller::State::Live);
    QCOMPARE(m_sim->server()->requestCount(), 0); // the password went nowhere

    // Keep refusing: no second prompt for the same certificate, the old pin stays.
    QPointer<CertificateDialog> guard(prompt);
    prompt->cancelButton()->click();
    QTRY_VERIFY(guard.isNull());
    QVERIFY(m_window->statusBar()->currentMessage().contains(u"not trusted"_s));
    QSignalSpy failed(m_servers->poller(id), &ServerPoller::pollFailed);
    m_window->refreshAction()->trigger();
    QVERIFY(failed.wait(waitMs));
    QVERIFY(!m_window->serverController()->certificateDialog());
    QCOMPARE(m_servers->profile(id).pinnedSha256, pinned);
    QVERIFY(settingsBytes().contains(pinned.toHex()));
    QCOMPARE(m_sim->server()->requestCount(), 0);

    // Re-pinned from the edit dialog's test: live again.
    m_window->serverPanel()->view()->setCurrentIndex(row);
    m_window->editServerAction()->trigger();
    ServerDialog *dialog = m_window->findChild<ServerDialog *>();
    QVERIFY(dialog);
    QSignalSpy tested(dialog, &ServerDialog::testFinished);
    dialog->testButton()->click();
    QVERIFY(tested.wait(waitMs));
    QVERIFY(dialog->showCertificateButton()->isVisible());
    dialog->showCertificateButton()->click();
    CertificateDialog *changed = nullptr;
    QTRY_VERIFY((changed = dialog->findChild<CertificateDialog *>()) != nullptr);
    changed->confirmCheck()->setChecked(true);
    changed->pinButton()->click();
    QVERIFY(tested.wait(waitMs));
    QVERIFY(dialog->testResultText().contains(u"Connected in"_s));
    dialog->okButton()->click();
    QTRY_COMPARE_WITH_TIMEOUT(m_servers->poller(id)->state(), ServerPoller::State::Live, waitMs);
    QCOMPARE(m_servers->profile(id).pinnedSha256, fresh);
    QVERIFY(settingsBytes().contains(fresh.toHex()));
}

void TestServerController::savedServersComeBackAfterARestart()
{
    QVERIFY2(startSim(true), qPrintable(m_sim->errorString()));
    const QString id = addThroughDialog(true);
    QVERIFY(!id.isEmpty());
    CertificateDialog *prompt = waitForCertificatePrompt();
    QVERIFY(prompt);
    prompt->pinButton()->click();
    QTRY_COMPARE_WITH_TIMEOUT(m_servers->poller(id)->state(), ServerPoller::State::Live, waitMs);

    // A new console on the same settings: the server, its pin and (from the keychain) its
    // password come back; without a keychain the password is asked for again.
    closeWindow();
    openWindow();
    QTRY_VERIFY_WITH_TIMEOUT(m_servers->contains(id), waitMs);
    const ServerProfile p = m_servers->profile(id);
    QCOMPARE(p.name, u"Lab RRAS"_s);
    QCOMPARE(p.user, user);
    QVERIFY(!p.pinnedSha256.isEmpty());
    if (noKeychainRun()) {
        QTRY_COMPARE_WITH_TIMEOUT(m_servers->poller(id)->state(), ServerPoller::State::AuthFailed,
                                  waitMs);
        QVERIFY(!m_window->serverController()->hasPassword(id));
    } else {
        QTRY_COMPARE_WITH_TIMEOUT(m_servers->poller(id)->state(), ServerPoller::State::Live,
                                  waitMs);
        QVERIFY(m_window->serverController()->hasPassword(id));
        QTRY_COMPARE_WITH_TIMEOUT(m_window->tunnelModel()->rowCount(), tunnels, waitMs);
    }
    // No prompt: the pin holds.
    QVERIFY(!m_window->serverController()->certificateDialog());
}

void TestServerController::unencryptedServerIsMarked()
{
    QVERIFY2(startSim(false), qPrintable(m_sim->errorString()));
    const QString id = addThroughDialog(false);
    QVERIFY(!id.isEmpty());
    QTRY_COMPARE_WITH_TIMEOUT(m_servers->poller(id)->state(), ServerPoller::State::Live, waitMs);
    ServerPanel *panel = m_window->serverPanel();
    QVERIFY(panel->isUnencrypted(id));
    // The marker is in what the panel shows for the server.
    const QModelIndex index
            = m_window->serverModel()->index(m_window->serverModel()->rowForServer(id));
    QVERIFY2(panel->itemText(index).contains(u"UNENCRYPTED"_s), qPrintable(panel->itemText(index)));
    QVERIFY(settingsBytes().contains("allowUnencrypted=true"));

    // Switched to HTTPS: the marker goes.
    ServerProfile p = m_servers->profile(id);
    p.url.setScheme(u"https"_s);
    m_servers->addServer(p, password);
    QVERIFY(!panel->isUnencrypted(id));
    const QModelIndex again
            = m_window->serverModel()->index(m_window->serverModel()->rowForServer(id));
    QVERIFY(!panel->itemText(again).contains(u"UNENCRYPTED"_s));
}

void TestServerController::editKeepsThePasswordWhenLeftEmpty()
{
    QVERIFY2(startSim(false), qPrintable(m_sim->errorString()));
    const QString id = addThroughDialog(false, false);
    QVERIFY(!id.isEmpty());
    QTRY_COMPARE_WITH_TIMEOUT(m_servers->poller(id)->state(), ServerPoller::State::Live, waitMs);
    CredentialJob::Status status = CredentialJob::Status::Ok;
    keychainPassword(id, &status);
    QVERIFY(status != CredentialJob::Status::Ok); // not remembered: not in the keychain

    const QModelIndex row
            = m_window->serverModel()->index(m_window->serverModel()->rowForServer(id));
    m_window->serverPanel()->view()->setCurrentIndex(row);
    m_window->editServerAction()->trigger();
    ServerDialog *dialog = m_window->findChild<ServerDialog *>();
    QVERIFY(dialog);
    QCOMPARE(dialog->windowTitle(), u"Edit Server"_s);
    QCOMPARE(dialog->passwordEdit()->text(), QString()); // never shown again
    QCOMPARE(dialog->passwordEdit()->placeholderText(), u"unchanged (kept for this session)"_s);
    dialog->nameEdit()->setText(u"Lab RRAS renamed"_s);
    QVERIFY(dialog->okButton()->isEnabled());
    dialog->okButton()->click();
    QTRY_COMPARE(m_servers->profile(id).name, u"Lab RRAS renamed"_s);
    m_servers->refresh({id});
    QTRY_COMPARE_WITH_TIMEOUT(m_servers->poller(id)->state(), ServerPoller::State::Live, waitMs);
    QVERIFY(settingsBytes().contains("Lab RRAS renamed"));
}

void TestServerController::removeForgetsEverything()
{
    if (noKeychainRun())
        QSKIP("needs a keychain");
    QVERIFY2(startSim(false), qPrintable(m_sim->errorString()));
    const QString id = addThroughDialog(false, true);
    QVERIFY(!id.isEmpty());
    QTRY_COMPARE_WITH_TIMEOUT(keychainPassword(id), password, waitMs);
    m_window->serverController()->removeServer(id);
    QVERIFY(!m_servers->contains(id));
    QVERIFY(!settingsBytes().contains(id.toUtf8()));
    CredentialJob::Status status = CredentialJob::Status::Ok;
    QTRY_VERIFY_WITH_TIMEOUT(
            (keychainPassword(id, &status), status == CredentialJob::Status::NotFound), waitMs);
}

void TestServerController::exportAndImport()
{
    QVERIFY2(startSim(false), qPrintable(m_sim->errorString()));
    const QString id = addThroughDialog(false);
    QVERIFY(!id.isEmpty());
    const QString path = m_dir.filePath(u"servers.json"_s);
    QString error;
    QVERIFY2(m_window->serverController()->exportFile(path, &error), qPrintable(error));
    QFile file(path);
    QVERIFY(file.open(QIODevice::ReadOnly));
    const QByteArray json = file.readAll();
    file.close();
    QVERIFY(!json.contains(password.toUtf8()));
    QVERIFY(QJsonDocument::fromJson(json).isObject());
    QVERIFY(json.contains("Lab RRAS"));

    m_window->serverController()->removeServer(id);
    QVERIFY(!m_servers->contains(id));
    QVERIFY2(m_window->serverController()->importFile(path, &error), qPrintable(error));
    QVERIFY(m_servers->contains(id));
    QCOMPARE(m_servers->profile(id).name, u"Lab RRAS"_s);
    QVERIFY(settingsBytes().contains("Lab RRAS"));
    QVERIFY(m_window->statusBar()->currentMessage().contains(u"Imported 1 server"_s));
}

void TestServerController::importRefusesAFileWithAPassword()
{
    const QString path = m_dir.filePath(u"bad.json"_s);
    QFile file(path);
    QVERIFY(file.open(QIODevice::WriteOnly));
    file.write(R"({"format":"rras-console-servers","version":1,"servers":[
                  {"id":"x","url":"https://a:5986/wsman","user":"u","password":"hunter2"}]})");
    file.close();
    QString error;
    QVERIFY(!m_window->serverController()->importFile(path, &error));
    QVERIFY2(error.contains(u"carries a password"_s), qPrintable(error));
    QVERIFY(m_servers->ids().isEmpty());
    QVERIFY(!settingsBytes().contains("hunter2"));
}

QTEST_MAIN(TestServerController)
#include "tst_servercontroller.moc"
