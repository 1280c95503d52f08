#include "confirmdisconnectdialog.h"

#include "icons.h"

#include <QDialogButtonBox>
#include <QFormLayout>
#include <QIntValidator>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QStyle>
#include <QVBoxLayout>

namespace {
// At most this many names are spelled out; the rest is counted.
constexpr int maxNamesShown = 8;

QString nameList(const QStringList &names)
{
    if (names.size() <= maxNamesShown)
        return names.join(QStringLiteral(", "));
    const QStringList shown = names.mid(0, maxNamesShown);
    return ConfirmDisconnectDialog::tr("%1 and %n more", "list of names, then a count",
                                       int(names.size() - maxNamesShown))
            .arg(shown.join(QStringLiteral(", ")));
}
} // namespace

ConfirmDisconnectDialog::ConfirmDisconnectDialog(const ConfirmRequest &request, QWidget *parent)
    : QDialog(parent), m_request(request)
{
    const int count = int(request.keys.size());
    setWindowTitle(tr("Disconnect %n session(s)", nullptr, count));
    setObjectName(QStringLiteral("ConfirmDisconnectDialog"));
    setMinimumWidth(480);

    auto *layout = new QVBoxLayout(this);
    auto *headline = new QLabel(tr("Disconnect %n VPN session(s)?", nullptr, count), this);
    QFont bold = headline->font();
    bold.setBold(true);
    bold.setPointSizeF(bold.pointSizeF() * 1.15);
    headline->setFont(bold);
    layout->addWidget(headline);

    auto *form = new QFormLayout;
    auto *users = new QLabel(nameList(request.users), this);
    users->setWordWrap(true);
    users->setTextInteractionFlags(Qt::TextSelectableByMouse);
    form->addRow(tr("%n user(s):", nullptr, int(request.users.size())), users);
    auto *servers = new QLabel(nameList(request.servers), this);
    servers->setWordWrap(true);
    form->addRow(tr("%n server(s):", nullptr, int(request.servers.size())), servers);
    layout->addLayout(form);

    for (const QString &warning : request.warnings) {
        auto *row = new QHBoxLayout;
        auto *icon = new QLabel(this);
        const int size = style()->pixelMetric(QStyle::PM_SmallIconSize, nullptr, this);
        icon->setPixmap(Icons::warning().pixmap(QSize(size, size), devicePixelRatio()));
        icon->setAlignment(Qt::AlignTop);
        auto *text = new QLabel(warning, this);
        text->setWordWrap(true);
        text->setObjectName(QStringLiteral("warning"));
        icon->setAccessibleName(tr("Warning"));
        row->addWidget(icon);
        row->addWidget(text, 1);
        layout->addLayout(row);
    }

    auto *inputs = new QFormLayout;
    m_reasonEdit = new QLineEdit(this);
    m_reasonEdit->setObjectName(QStringLiteral("reasonEdit"));
    m_reasonEdit->setPlaceholderText(tr("Optional, e.g. ticket number"));
    m_reasonEdit->setMaxLength(500);
    inputs->addRow(tr("&Reason or ticket:"), m_reasonEdit);
    if (request.requiresTypedCount()) {
        m_countEdit = new QLineEdit(this);
        m_countEdit->setObjectName(QStringLiteral("countEdit"));
        m_countEdit->setValidator(new QIntValidator(0, 1000000, m_countEdit));
        //: The user must type the number of sessions to confirm a large disconnect.
        inputs->addRow(tr("Type %1 to confirm:").arg(count), m_countEdit);
        connect(m_countEdit, &QLineEdit::textChanged, this,
                &ConfirmDisconnectDialog::updateButtons);
    }
    layout->addLayout(inputs);

    auto *buttons = new QDialogButtonBox(this);
    m_cancelButton = buttons->addButton(QDialogButtonBox::Cancel);
    m_disconnectButton = buttons->addButton(tr("&Disconnect %n", nullptr, count),
                                            QDialogButtonBox::AcceptRole);
    m_disconnectButton->setObjectName(QStringLiteral("disconnectButton"));
    m_disconnectButton->setAutoDefault(false);
    m_cancelButton->setDefault(true);
    m_cancelButton->setFocus();
    connect(buttons, &QDialogButtonBox::accepted, this, &QDialog::accept);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    layout->addWidget(buttons);
    updateButtons();
}

QString ConfirmDisconnectDialog::reason() const
{
    return m_reasonEdit->text().trimmed();
}

void ConfirmDisconnectDialog::updateButtons()
{
    const bool typedOk = !m_countEdit
            || m_countEdit->text().trimmed() == QString::number(m_request.keys.size());
    m_disconnectButton->setEnabled(typedOk);
}

void DialogConfirmer::confirm(const ConfirmRequest &request, QWidget *parent, Done done)
{
    auto *dialog = new ConfirmDisconnectDialog(request, parent);
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    QObject::connect(dialog, &QDialog::finished, dialog, [dialog, done](int result) {
        done(result == QDialog::Accepted, dialog->reason());
    });
    dialog->open();
}
