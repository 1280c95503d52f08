#include "serverdialog.h"

#include "rras/connectiontest.h"
#include "rras/serverconnection.h"
#include "tls/certificatedialog.h"

#include <QCheckBox>
#include <QComboBox>
#include <QDialogButtonBox>
#include <QFormLayout>
#include <QGroupBox>
#include <QHBoxLayout>
#include <QHostAddress>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QRegularExpression>
#include <QSpinBox>
#include <QStandardItemModel>
#include <QStyle>
#include <QToolButton>
#include <QUrl>
#include <QVBoxLayout>

namespace {

constexpr int httpPort = 5985;
constexpr int httpsPort = 5986;

const QColor errorColor(0xc6, 0x28, 0x28);
const QColor warningColor(0xa1, 0x5c, 0x00);
const QColor okColor(0x2e, 0x7d, 0x32);

using AuthMethod = ServerProfile::AuthMethod;
constexpr AuthMethod authMethods[]
        = {AuthMethod::Negotiate, AuthMethod::Kerberos, AuthMethod::Ntlm, AuthMethod::Basic};

void setTextColor(QLabel *label, const QColor &color)
{
    QPalette palette = label->palette();
    palette.setColor(QPalette::WindowText, color);
    label->setPalette(palette);
}

QLabel *noteLabel(QWidget *parent, const QString &objectName)
{
    auto *label = new QLabel(parent);
    label->setObjectName(objectName);
    label->setWordWrap(true);
    label->setTextFormat(Qt::PlainText);
    label->hide();
    return label;
}

bool isHttps(const QComboBox *scheme)
{
    return scheme->currentData().toString() == QLatin1String("https");
}

QString normalizedHost(QString host)
{
    host = host.trimmed();
    if (host.startsWith(QLatin1Char('[')) && host.endsWith(QLatin1Char(']')))
        host = host.mid(1, host.size() - 2);
    return host;
}

// Why `user` is not a Windows account name the server could take; empty when it is one.
QString userProblem(const QString &user)
{
    if (user.isEmpty())
        return {};
    const QString form = ServerDialog::tr("Write the user as DOMAIN\\user, user@realm or, for a "
                                          "local account, just the name.");
    QString name = user;
    QString domain;
    bool qualified = false;
    if (const qsizetype slash = user.indexOf(QLatin1Char('\\')); slash >= 0) {
        domain = user.left(slash);
        name = user.mid(slash + 1);
        qualified = true;
    } else if (const qsizetype at = user.lastIndexOf(QLatin1Char('@')); at >= 0) {
        name = user.left(at);
        domain = user.mid(at + 1);
        qualified = true;
    }
    if (qualified && (domain.trimmed().isEmpty() || name.trimmed().isEmpty()))
        return form;
    if (name.contains(QLatin1Char('\\')) || name.contains(QLatin1Char('@'))
        || domain.contains(QLatin1Char('\\')) || domain.contains(QLatin1Char('@')))
        return form;
    static const QRegularExpression forbidden(QStringLiteral("[\"/\\[\\]:;|=,+*?<>]"));
    if (const QRegularExpressionMatch m = forbidden.match(name); m.hasMatch())
        //: %1 is a character such as ":" or "*"
        return ServerDialog::tr("A Windows user name cannot contain \"%1\".").arg(m.captured());
    if (name != name.trimmed() || domain != domain.trimmed())
        return ServerDialog::tr("Remove the spaces around the user name.");
    return {};
}

} // namespace

ServerDialog::ServerDialog(const ServerProfile &profile, QNetworkAccessManager *nam,
                           QWidget *parent)
    : QDialog(parent), m_profile(profile), m_nam(nam), m_pinnedSha256(profile.pinnedSha256)
{
    setObjectName(QStringLiteral("ServerDialog"));
    setWindowTitle(profile.url.isEmpty() ? tr("Add Server") : tr("Edit Server"));
    buildForm();
    validate();
}

ServerDialog::~ServerDialog()
{
    // ~QDialog hides the dialog, and a field losing the focus then would call back into a
    // ServerDialog that is already gone.
    const QList<QObject *> children = findChildren<QObject *>();
    for (QObject *child : children)
        child->disconnect(this);
}

QWidget *ServerDialog::withError(QWidget *field, const QString &key)
{
    auto *box = new QWidget(this);
    // The form's label mnemonic (its buddy is this box) reaches the field.
    box->setFocusProxy(field);
    auto *layout = new QVBoxLayout(box);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->setSpacing(2);
    layout->addWidget(field);
    QLabel *error = noteLabel(box, key + QStringLiteral("Error"));
    setTextColor(error, errorColor);
    layout->addWidget(error);
    m_errorLabels.insert(key, error);
    return box;
}

void ServerDialog::buildForm()
{
    const bool isNew = m_profile.url.isEmpty();
    auto *layout = new QVBoxLayout(this);

    // Where.
    auto *serverBox = new QGroupBox(tr("Server"), this);
    auto *serverForm = new QFormLayout(serverBox);
    m_host = new QLineEdit(m_profile.url.host(), serverBox);
    m_host->setObjectName(QStringLiteral("host"));
    m_host->setPlaceholderText(tr("rras1.corp.example or an address"));
    m_host->setToolTip(tr("The WinRM host. A pasted address such as "
                          "https://rras1:5986/wsman also sets the protocol and port."));
    serverForm->addRow(tr("&Host:"), withError(m_host, QStringLiteral("host")));

    auto *whereRow = new QHBoxLayout;
    m_scheme = new QComboBox(serverBox);
    m_scheme->setObjectName(QStringLiteral("scheme"));
    m_scheme->addItem(tr("HTTPS"), QStringLiteral("https"));
    m_scheme->addItem(tr("HTTP"), QStringLiteral("http"));
    m_scheme->setAccessibleName(tr("Protocol"));
    const bool http
            = m_profile.url.scheme().compare(QLatin1String("http"), Qt::CaseInsensitive) == 0;
    m_scheme->setCurrentIndex(http ? 1 : 0);
    whereRow->addWidget(m_scheme);
    auto *portLabel = new QLabel(tr("P&ort:"), serverBox);
    whereRow->addWidget(portLabel);
    m_port = new QSpinBox(serverBox);
    m_port->setObjectName(QStringLiteral("port"));
    m_port->setRange(1, 65535);
    m_port->setValue(m_profile.url.port(http ? httpPort : httpsPort));
    portLabel->setBuddy(m_port);
    whereRow->addWidget(m_port);
    whereRow->addStretch();
    auto *schemeLabel = new QLabel(tr("&Protocol:"), serverBox);
    schemeLabel->setBuddy(m_scheme);
    serverForm->addRow(schemeLabel, whereRow);

    m_name = new QLineEdit(m_profile.name, serverBox);
    m_name->setObjectName(QStringLiteral("name"));
    m_name->setPlaceholderText(tr("as shown in the console; the host when empty"));
    serverForm->addRow(tr("&Display name:"), withError(m_name, QStringLiteral("name")));
    layout->addWidget(serverBox);

    // Who.
    auto *signInBox = new QGroupBox(tr("Sign-in"), this);
    auto *signInForm = new QFormLayout(signInBox);
    m_auth = new QComboBox(signInBox);
    m_auth->setObjectName(QStringLiteral("authMethod"));
    auto *authModel = new QStandardItemModel(m_auth);
    QStringList unavailable;
    QString unavailableReason;
    for (const AuthMethod method : authMethods) {
        auto *item = new QStandardItem(authMethodDisplayName(method));
        item->setData(int(method), Qt::UserRole);
        QString reason;
        if (!isAuthMethodAvailable(method, &reason)) {
            item->setEnabled(false);
            item->setToolTip(reason);
            unavailable.append(authMethodDisplayName(method));
            unavailableReason = reason;
        }
        authModel->appendRow(item);
    }
    m_auth->setModel(authModel);
    AuthMethod initial = m_profile.authMethod;
    if (isNew) {
        // A new server gets the best method this build has (Windows' default, Negotiate, once
        // it is there).
        for (const AuthMethod method : authMethods) {
            if (isAuthMethodAvailable(method)) {
                initial = method;
                break;
            }
        }
    }
    m_auth->setCurrentIndex(m_auth->findData(int(initial), Qt::UserRole));
    m_authNote = noteLabel(signInBox, QStringLiteral("authNote"));
    if (!unavailable.isEmpty()) {
        //: %1 lists authentication methods, %2 says why they cannot be chosen
        m_authNote->setText(
                tr("%1: %2").arg(unavailable.join(QLatin1String(", ")), unavailableReason));
        m_authNote->show();
    }
    auto *authBox = new QWidget(signInBox);
    authBox->setFocusProxy(m_auth); // the label's mnemonic and name reach the choice
    auto *authLayout = new QVBoxLayout(authBox);
    authLayout->setContentsMargins(0, 0, 0, 0);
    authLayout->setSpacing(2);
    authLayout->addWidget(withError(m_auth, QStringLiteral("authentication")));
    authLayout->addWidget(m_authNote);
    signInForm->addRow(tr("&Authentication:"), authBox);

    m_user = new QLineEdit(m_profile.user, signInBox);
    m_user->setObjectName(QStringLiteral("user"));
    signInForm->addRow(tr("&User:"), withError(m_user, QStringLiteral("user")));

    m_password = new QLineEdit(signInBox);
    m_password->setObjectName(QStringLiteral("password"));
    m_password->setEchoMode(QLineEdit::Password);
    m_password->setInputMethodHints(Qt::ImhHiddenText | Qt::ImhNoPredictiveText
                                    | Qt::ImhNoAutoUppercase);
    signInForm->addRow(tr("Pass&word:"), withError(m_password, QStringLiteral("password")));

    m_remember = new QCheckBox(tr("&Remember the password in the system keychain"), signInBox);
    m_remember->setObjectName(QStringLiteral("rememberPassword"));
    m_remember->setChecked(isNew || m_profile.rememberPassword);
    m_keychainNote = noteLabel(signInBox, QStringLiteral("keychainNote"));
    setTextColor(m_keychainNote, warningColor);
    auto *rememberBox = new QWidget(signInBox);
    auto *rememberLayout = new QVBoxLayout(rememberBox);
    rememberLayout->setContentsMargins(0, 0, 0, 0);
    rememberLayout->addWidget(m_remember);
    rememberLayout->addWidget(m_keychainNote);
    signInForm->addRow(QString(), rememberBox);

    m_allowUnencrypted = new QCheckBox(
            tr("Allow unencr&ypted traffic (Basic over plain HTTP) for this server"), signInBox);
    m_allowUnencrypted->setObjectName(QStringLiteral("allowUnencrypted"));
    m_allowUnencrypted->setChecked(m_profile.allowUnencrypted);
    m_unencryptedWarning = noteLabel(signInBox, QStringLiteral("unencryptedWarning"));
    m_unencryptedWarning->setText(
            tr("Warning: the password and every session's data cross the network readable by "
               "anyone on the path. The server must allow it too (AllowUnencrypted=true). Use "
               "HTTPS where you can."));
    setTextColor(m_unencryptedWarning, warningColor);
    auto *unencryptedBox = new QWidget(signInBox);
    auto *unencryptedLayout = new QVBoxLayout(unencryptedBox);
    unencryptedLayout->setContentsMargins(0, 0, 0, 0);
    unencryptedLayout->addWidget(withError(m_allowUnencrypted, QStringLiteral("unencrypted")));
    unencryptedLayout->addWidget(m_unencryptedWarning);
    signInForm->addRow(QString(), unencryptedBox);

    auto *pinRow = new QHBoxLayout;
    m_pinLabel = new QLabel(signInBox);
    m_pinLabel->setObjectName(QStringLiteral("pinLabel"));
    m_pinLabel->setWordWrap(true);
    m_pinLabel->setTextInteractionFlags(Qt::TextSelectableByMouse);
    pinRow->addWidget(m_pinLabel, 1);
    m_forgetPin = new QToolButton(signInBox);
    m_forgetPin->setObjectName(QStringLiteral("forgetPin"));
    m_forgetPin->setText(tr("&Forget"));
    m_forgetPin->setToolTip(tr("Stop trusting the pinned certificate for this server"));
    pinRow->addWidget(m_forgetPin);
    auto *pinCaption = new QLabel(tr("Certificate:"), signInBox);
    signInForm->addRow(pinCaption, pinRow);
    layout->addWidget(signInBox);

    // What and how often.
    auto *advancedBox = new QGroupBox(tr("Polling"), this);
    auto *advancedForm = new QFormLayout(advancedBox);
    m_computerName = new QLineEdit(m_profile.computerName, advancedBox);
    m_computerName->setObjectName(QStringLiteral("computerName"));
    m_computerName->setPlaceholderText(tr("only when the WinRM host manages another RRAS server"));
    //: ComputerName: the RRAS server a management server should act on.
    advancedForm->addRow(tr("RRAS &computer:"), m_computerName);
    m_interval = new QSpinBox(advancedBox);
    m_interval->setObjectName(QStringLiteral("pollInterval"));
    m_interval->setRange(1, 3600);
    //: seconds
    m_interval->setSuffix(tr(" s"));
    m_interval->setValue(qBound(1, m_profile.pollIntervalMs / 1000, 3600));
    advancedForm->addRow(tr("Refresh &every:"), m_interval);
    m_envelope = new QSpinBox(advancedBox);
    m_envelope->setObjectName(QStringLiteral("maxEnvelope"));
    m_envelope->setRange(8, 65536);
    //: kilobytes
    m_envelope->setSuffix(tr(" KB"));
    m_envelope->setValue(qBound(8, m_profile.maxEnvelopeKb, 65536));
    m_envelope->setToolTip(tr("The largest reply the console asks for (w:MaxEnvelopeSize). The "
                              "server's own MaxEnvelopeSizekb (500 by default) must allow it."));
    advancedForm->addRow(tr("Max en&velope size:"), m_envelope);
    m_timeout = new QSpinBox(advancedBox);
    m_timeout->setObjectName(QStringLiteral("operationTimeout"));
    m_timeout->setRange(1, 600);
    m_timeout->setSuffix(tr(" s"));
    m_timeout->setValue(qBound(1, m_profile.operationTimeoutMs / 1000, 600));
    advancedForm->addRow(tr("Operation t&imeout:"), m_timeout);
    layout->addWidget(advancedBox);

    // Test: the buttons on one line, the answer (often two sentences) below them.
    auto *testRow = new QHBoxLayout;
    m_testButton = new QPushButton(tr("&Test Connection"), this);
    m_testButton->setObjectName(QStringLiteral("testConnection"));
    m_testButton->setAutoDefault(false);
    testRow->addWidget(m_testButton);
    m_showCertificate = new QPushButton(tr("&Show Certificate…"), this);
    m_showCertificate->setObjectName(QStringLiteral("showCertificate"));
    m_showCertificate->setAutoDefault(false);
    m_showCertificate->hide();
    testRow->addWidget(m_showCertificate);
    testRow->addStretch();
    layout->addLayout(testRow);
    m_testResult = noteLabel(this, QStringLiteral("testResult"));
    m_testResult->setTextInteractionFlags(Qt::TextSelectableByMouse);
    m_testResult->setAccessibleName(tr("Test result"));
    layout->addWidget(m_testResult);

    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel, this);
    m_ok = buttons->button(QDialogButtonBox::Ok);
    m_ok->setDefault(true);
    connect(buttons, &QDialogButtonBox::accepted, this, [this] {
        if (validationErrors().isEmpty())
            accept();
    });
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    layout->addWidget(buttons);

    connect(m_scheme, &QComboBox::currentIndexChanged, this, &ServerDialog::schemeChanged);
    connect(m_host, &QLineEdit::editingFinished, this, &ServerDialog::hostEdited);
    for (QLineEdit *edit : {m_name, m_host, m_user, m_password})
        connect(edit, &QLineEdit::textChanged, this, &ServerDialog::validate);
    connect(m_auth, &QComboBox::currentIndexChanged, this, &ServerDialog::validate);
    connect(m_allowUnencrypted, &QCheckBox::toggled, this, &ServerDialog::validate);
    connect(m_remember, &QCheckBox::toggled, this, &ServerDialog::validate);
    connect(m_forgetPin, &QToolButton::clicked, this, [this] {
        m_pinnedSha256.clear();
        validate();
    });
    connect(m_testButton, &QPushButton::clicked, this, &ServerDialog::testConnection);
    connect(m_showCertificate, &QPushButton::clicked, this, &ServerDialog::showCertificate);

    // A form label's buddy is the box withError() wraps around a field, so screen readers would
    // not find the field's name: give each wrapped field its label's words.
    const QList<QLabel *> labels = findChildren<QLabel *>();
    for (QLabel *label : labels) {
        QWidget *field = label->buddy() ? label->buddy()->focusProxy() : nullptr;
        if (field && field->accessibleName().isEmpty()) {
            QString name = label->text();
            name.remove(QLatin1Char('&'));
            if (name.endsWith(QLatin1Char(':')))
                name.chop(1);
            field->setAccessibleName(name);
        }
    }
}

void ServerDialog::schemeChanged()
{
    // The well-known ports follow the scheme; a port the user chose stays.
    const bool https = isHttps(m_scheme);
    if (https && m_port->value() == httpPort)
        m_port->setValue(httpsPort);
    else if (!https && m_port->value() == httpsPort)
        m_port->setValue(httpPort);
    validate();
}

void ServerDialog::hostEdited()
{
    const QString text = m_host->text().trimmed();
    if (!text.contains(QLatin1String("://")))
        return;
    // A pasted endpoint: take its parts apart.
    const QUrl url(text, QUrl::StrictMode);
    const QString scheme = url.scheme().toLower();
    if (!url.isValid() || url.host().isEmpty()
        || (scheme != QLatin1String("http") && scheme != QLatin1String("https")))
        return;
    m_scheme->setCurrentIndex(m_scheme->findData(scheme));
    m_port->setValue(url.port(scheme == QLatin1String("https") ? httpsPort : httpPort));
    m_host->setText(url.host());
}

void ServerDialog::setKnownPassword(const QString &password, KnownPassword where)
{
    m_knownPassword = password;
    m_known = where;
    validate();
}

void ServerDialog::setOtherNames(const QStringList &names)
{
    m_otherNames = names;
    validate();
}

void ServerDialog::setKeychainUnavailable(const QString &reason)
{
    m_keychainReason = reason;
    validate();
}

ServerProfile ServerDialog::profile() const
{
    ServerProfile p = m_profile;
    QUrl url;
    url.setScheme(m_scheme->currentData().toString());
    url.setHost(normalizedHost(m_host->text()));
    url.setPort(m_port->value());
    url.setPath(QStringLiteral("/wsman"));
    p.url = url;
    p.name = m_name->text().trimmed();
    if (p.name.isEmpty())
        p.name = url.host();
    p.user = m_user->text().trimmed();
    p.authMethod = AuthMethod(m_auth->currentData(Qt::UserRole).toInt());
    p.rememberPassword = m_remember->isEnabled() && m_remember->isChecked() && !p.user.isEmpty();
    p.allowUnencrypted = m_allowUnencrypted->isChecked();
    p.computerName = m_computerName->text().trimmed();
    p.pollIntervalMs = m_interval->value() * 1000;
    p.maxEnvelopeKb = m_envelope->value();
    p.operationTimeoutMs = m_timeout->value() * 1000;
    p.pinnedSha256 = url.scheme() == QLatin1String("https") ? m_pinnedSha256 : QByteArray();
    return p;
}

QString ServerDialog::password() const
{
    return m_password->text();
}

bool ServerDialog::passwordEntered() const
{
    return !m_password->text().isEmpty();
}

QString ServerDialog::fieldError(const QString &field) const
{
    const QLabel *label = m_errorLabels.value(field);
    return label ? label->text() : QString();
}

QStringList ServerDialog::validationErrors() const
{
    QStringList errors;
    for (const QString &key :
         {QStringLiteral("host"), QStringLiteral("name"), QStringLiteral("authentication"),
          QStringLiteral("user"), QStringLiteral("password"), QStringLiteral("unencrypted")}) {
        const QString text = fieldError(key);
        if (!text.isEmpty())
            errors.append(text);
    }
    return errors;
}

void ServerDialog::setFieldError(const QString &key, const QString &text)
{
    QLabel *label = m_errorLabels.value(key);
    if (!label)
        return;
    label->setText(text);
    label->setVisible(!text.isEmpty());
}

void ServerDialog::validate()
{
    const ServerProfile p = profile();

    // Host.
    const QString host = normalizedHost(m_host->text());
    static const QRegularExpression hostName(QStringLiteral(
            "^[A-Za-z0-9_]([A-Za-z0-9_-]{0,62})(\\.[A-Za-z0-9_]([A-Za-z0-9_-]{0,62}))*\\.?$"));
    QString hostError;
    if (host.isEmpty())
        hostError = tr("Enter the server's host name or address.");
    else if (QHostAddress(host).isNull() && !hostName.match(host).hasMatch())
        hostError = tr("\"%1\" is not a host name or an IP address.").arg(host);
    setFieldError(QStringLiteral("host"), hostError);

    // Name: unique, so that rrasctl --profile NAME means one server.
    QString nameError;
    for (const QString &other : std::as_const(m_otherNames)) {
        if (!p.name.isEmpty() && other.compare(p.name, Qt::CaseInsensitive) == 0) {
            nameError = tr("Another server is already called \"%1\".").arg(p.name);
            break;
        }
    }
    setFieldError(QStringLiteral("name"), nameError);

    // Authentication method.
    QString authReason;
    QString authError;
    if (!p.user.isEmpty() && !isAuthMethodAvailable(p.authMethod, &authReason))
        authError = tr("%1 cannot be used yet: %2")
                            .arg(authMethodDisplayName(p.authMethod), authReason);
    setFieldError(QStringLiteral("authentication"), authError);

    // User and password.
    const bool ticket
            = p.authMethod == AuthMethod::Negotiate || p.authMethod == AuthMethod::Kerberos;
    m_user->setPlaceholderText(
            ticket ? tr("DOMAIN\\user or user@realm; empty: your Kerberos ticket")
                   : tr("DOMAIN\\user or user@realm; empty: no credentials"));
    setFieldError(QStringLiteral("user"), userProblem(m_user->text()));
    const bool needsPassword = !p.user.isEmpty();
    QString passwordError;
    if (needsPassword && !passwordEntered() && m_known == KnownPassword::None)
        passwordError = tr("Enter the password for %1.").arg(p.user);
    setFieldError(QStringLiteral("password"), passwordError);
    switch (m_known) {
    case KnownPassword::None:
        m_password->setPlaceholderText(QString());
        break;
    case KnownPassword::Session:
        m_password->setPlaceholderText(tr("unchanged (kept for this session)"));
        break;
    case KnownPassword::Keychain:
        m_password->setPlaceholderText(tr("unchanged (in the keychain)"));
        break;
    }
    m_password->setEnabled(!p.user.isEmpty());
    m_remember->setEnabled(!p.user.isEmpty() && m_keychainReason.isEmpty());
    if (!m_keychainReason.isEmpty()) {
        m_remember->setChecked(false);
        m_keychainNote->setText(m_keychainReason);
    } else if (!p.user.isEmpty() && !m_remember->isChecked()) {
        m_keychainNote->setText(tr("The password is kept for this session only and asked for "
                                   "again after a restart."));
    } else {
        m_keychainNote->clear();
    }
    m_keychainNote->setVisible(!m_keychainNote->text().isEmpty());

    // Unencrypted traffic: only where it applies, only when explicitly allowed.
    const bool clearText = isProfileUnencrypted(p);
    m_allowUnencrypted->setEnabled(clearText);
    m_unencryptedWarning->setVisible(clearText && m_allowUnencrypted->isChecked());
    QString unencryptedError;
    if (clearText && !p.user.isEmpty() && !m_allowUnencrypted->isChecked())
        unencryptedError = tr("Basic over HTTP sends the password readable by anyone on the "
                              "network: use HTTPS, or allow unencrypted traffic for this server.");
    setFieldError(QStringLiteral("unencrypted"), unencryptedError);

    updatePin();
    fitHeightLater();
    m_ok->setEnabled(validationErrors().isEmpty());
    m_testButton->setEnabled(hostError.isEmpty() && authError.isEmpty() && !isTesting());
}

void ServerDialog::fitHeightLater()
{
    // Messages appear and wrap as the user types; a top-level window does not grow by itself for
    // word-wrapped labels (a layout's minimum size ignores height-for-width), so a message would
    // be cut off. Grow to what the current width needs, once the layout has settled.
    if (m_fitPending)
        return;
    m_fitPending = true;
    QMetaObject::invokeMethod(
            this,
            [this] {
                m_fitPending = false;
                QLayout *l = layout();
                l->activate();
                const int needed = l->hasHeightForWidth() ? l->totalHeightForWidth(width())
                                                          : l->totalSizeHint().height();
                if (needed > height())
                    resize(width(), needed);
            },
            Qt::QueuedConnection);
}

void ServerDialog::updatePin()
{
    const bool show = isHttps(m_scheme);
    if (m_pinnedSha256.isEmpty()) {
        m_pinLabel->setText(show ? tr("verified against the system's certificate authorities")
                                 : tr("none (plain HTTP)"));
        m_forgetPin->hide();
    } else {
        //: %1 is a SHA-256 fingerprint
        m_pinLabel->setText(tr("pinned, SHA-256 %1").arg(formatSha256Fingerprint(m_pinnedSha256)));
        m_forgetPin->setVisible(show);
    }
}

void ServerDialog::testConnection()
{
    if (isTesting())
        return;
    delete m_test;
    const QString password = passwordEntered() ? m_password->text() : m_knownPassword;
    m_test = new ConnectionTest(m_nam, profile(), password, this);
    connect(m_test, &ConnectionTest::finished, this, &ServerDialog::onTestFinished);
    m_showCertificate->hide();
    m_testResult->setText(m_test->resultText());
    setTextColor(m_testResult, palette().color(QPalette::WindowText));
    m_testResult->show();
    m_test->start();
    m_testButton->setEnabled(false);
}

bool ServerDialog::isTesting() const
{
    return m_test && m_test->isRunning();
}

QString ServerDialog::testResultText() const
{
    return m_testResult->isVisible() || !m_testResult->text().isEmpty() ? m_testResult->text()
                                                                        : QString();
}

void ServerDialog::onTestFinished()
{
    if (!m_test)
        return;
    m_lastTestError = m_test->error();
    m_testResult->setText(m_test->resultText());
    setTextColor(m_testResult, m_test->succeeded() ? okColor : errorColor);
    const bool certificate = m_lastTestError.kind == WsmanError::Kind::Tls
            && !m_lastTestError.certificateSha256.isEmpty();
    m_showCertificate->setVisible(certificate);
    fitHeightLater();
    m_test->deleteLater();
    m_test = nullptr;
    validate();
    Q_EMIT testFinished();
}

void ServerDialog::showCertificate()
{
    const WsmanError &error = m_lastTestError;
    if (error.certificateSha256.isEmpty())
        return;
    const ServerProfile p = profile();
    auto *dialog
            = new CertificateDialog(error.pinMismatch ? CertificateDialog::Mode::Changed
                                                      : CertificateDialog::Mode::Untrusted,
                                    p.name, p.url, error.peerCertificates, error.certificateSha256,
                                    error.detail, m_pinnedSha256, this);
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    connect(dialog, &QDialog::accepted, this, [this, dialog] {
        m_pinnedSha256 = dialog->sha256();
        validate();
        // Show at once that the pin works.
        testConnection();
    });
    dialog->open();
}
