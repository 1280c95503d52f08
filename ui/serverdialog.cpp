#include "serverdialog.h"

#include <QCheckBox>
#include <QComboBox>
#include <QDialogButtonBox>
#include <QFormLayout>
#include <QHostAddress>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QRegularExpression>
#include <QSpinBox>
#include <QUrl>
#include <QVBoxLayout>

namespace {
constexpr int httpPort = 5985;
constexpr int httpsPort = 5986;
} // namespace

ServerDialog::ServerDialog(const ServerProfile &profile, QWidget *parent)
    : QDialog(parent), m_profile(profile)
{
    setObjectName(QStringLiteral("ServerDialog"));
    setWindowTitle(profile.url.isEmpty() ? tr("Add server") : tr("Edit server"));
    auto *layout = new QVBoxLayout(this);
    auto *form = new QFormLayout;

    m_name = new QLineEdit(profile.name, this);
    m_name->setPlaceholderText(tr("e.g. VPN Frankfurt 1"));
    form->addRow(tr("&Name:"), m_name);
    m_host = new QLineEdit(profile.url.host(), this);
    m_host->setPlaceholderText(tr("host name or address"));
    form->addRow(tr("&Host:"), m_host);
    m_scheme = new QComboBox(this);
    m_scheme->addItem(tr("HTTPS"), QStringLiteral("https"));
    m_scheme->addItem(tr("HTTP"), QStringLiteral("http"));
    m_scheme->setCurrentIndex(profile.url.scheme() == QLatin1String("http") ? 1 : 0);
    form->addRow(tr("&Protocol:"), m_scheme);
    m_port = new QSpinBox(this);
    m_port->setRange(1, 65535);
    m_port->setValue(profile.url.port(m_scheme->currentIndex() == 1 ? httpPort : httpsPort));
    form->addRow(tr("P&ort:"), m_port);
    m_user = new QLineEdit(profile.user, this);
    m_user->setPlaceholderText(tr("DOMAIN\\user or user@realm"));
    form->addRow(tr("&User:"), m_user);
    m_password = new QLineEdit(this);
    m_password->setEchoMode(QLineEdit::Password);
    m_password->setPlaceholderText(tr("kept in memory for this session"));
    form->addRow(tr("Pass&word:"), m_password);
    m_allowUnencrypted
            = new QCheckBox(tr("Allow Basic authentication over unencrypted HTTP"), this);
    m_allowUnencrypted->setChecked(profile.allowUnencrypted);
    form->addRow(QString(), m_allowUnencrypted);
    m_unencryptedWarning = new QLabel(
            tr("Warning: the password and every session's data cross the network readable by "
               "anyone on the path. Use HTTPS where you can."),
            this);
    m_unencryptedWarning->setWordWrap(true);
    m_unencryptedWarning->setStyleSheet(QStringLiteral("color: #b26a00;"));
    form->addRow(QString(), m_unencryptedWarning);
    m_computerName = new QLineEdit(profile.computerName, this);
    m_computerName->setPlaceholderText(tr("only when the WinRM host manages another RRAS server"));
    //: ComputerName: the RRAS server a management server should act on.
    form->addRow(tr("RRAS &computer:"), m_computerName);
    m_interval = new QSpinBox(this);
    m_interval->setRange(1, 3600);
    m_interval->setSuffix(tr(" s"));
    m_interval->setValue(qMax(1, profile.pollIntervalMs / 1000));
    form->addRow(tr("Refresh &every:"), m_interval);
    m_envelope = new QSpinBox(this);
    m_envelope->setRange(8, 65536);
    m_envelope->setSuffix(tr(" KB"));
    m_envelope->setValue(profile.maxEnvelopeKb);
    form->addRow(tr("Max &envelope size:"), m_envelope);
    m_timeout = new QSpinBox(this);
    m_timeout->setRange(1, 600);
    m_timeout->setSuffix(tr(" s"));
    m_timeout->setValue(qMax(1, profile.operationTimeoutMs / 1000));
    form->addRow(tr("Operation &timeout:"), m_timeout);
    layout->addLayout(form);

    m_error = new QLabel(this);
    m_error->setObjectName(QStringLiteral("validationError"));
    m_error->setStyleSheet(QStringLiteral("color: #d32f2f;"));
    m_error->setWordWrap(true);
    layout->addWidget(m_error);

    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel, this);
    m_ok = buttons->button(QDialogButtonBox::Ok);
    connect(buttons, &QDialogButtonBox::accepted, this, &QDialog::accept);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    layout->addWidget(buttons);

    connect(m_scheme, &QComboBox::currentIndexChanged, this, &ServerDialog::schemeChanged);
    for (QLineEdit *edit : {m_name, m_host, m_user})
        connect(edit, &QLineEdit::textChanged, this, &ServerDialog::validate);
    connect(m_allowUnencrypted, &QCheckBox::toggled, this, &ServerDialog::validate);
    validate();
}

void ServerDialog::schemeChanged()
{
    const bool https = m_scheme->currentData().toString() == QLatin1String("https");
    if (https && m_port->value() == httpPort)
        m_port->setValue(httpsPort);
    else if (!https && m_port->value() == httpsPort)
        m_port->setValue(httpPort);
    validate();
}

ServerProfile ServerDialog::profile() const
{
    ServerProfile p = m_profile;
    p.name = m_name->text().trimmed();
    QUrl url;
    url.setScheme(m_scheme->currentData().toString());
    url.setHost(m_host->text().trimmed());
    url.setPort(m_port->value());
    url.setPath(QStringLiteral("/wsman"));
    p.url = url;
    if (p.name.isEmpty())
        p.name = url.host();
    p.user = m_user->text().trimmed();
    p.allowUnencrypted = m_allowUnencrypted->isChecked();
    p.computerName = m_computerName->text().trimmed();
    p.pollIntervalMs = m_interval->value() * 1000;
    p.maxEnvelopeKb = m_envelope->value();
    p.operationTimeoutMs = m_timeout->value() * 1000;
    return p;
}

QString ServerDialog::password() const
{
    return m_password->text();
}

QString ServerDialog::validationError() const
{
    const QString host = m_host->text().trimmed();
    if (host.isEmpty())
        return tr("Enter the server's host name or address.");
    static const QRegularExpression hostName(QStringLiteral(
            "^[A-Za-z0-9]([A-Za-z0-9-]{0,62})(\\.[A-Za-z0-9]([A-Za-z0-9-]{0,62}))*\\.?$"));
    if (QHostAddress(host).isNull() && !hostName.match(host).hasMatch())
        return tr("\"%1\" is not a valid host name or address.").arg(host);
    const bool http = m_scheme->currentData().toString() == QLatin1String("http");
    if (http && !m_user->text().trimmed().isEmpty() && !m_allowUnencrypted->isChecked())
        return tr("Basic authentication over HTTP sends the password in clear: use HTTPS, or allow "
                  "unencrypted traffic explicitly.");
    return {};
}

void ServerDialog::validate()
{
    const bool http = m_scheme->currentData().toString() == QLatin1String("http");
    m_allowUnencrypted->setEnabled(http);
    m_unencryptedWarning->setVisible(http && m_allowUnencrypted->isChecked());
    const QString error = validationError();
    m_error->setText(error);
    m_error->setVisible(!error.isEmpty());
    m_ok->setEnabled(error.isEmpty());
}
