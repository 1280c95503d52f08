#include "disconnectbylistdialog.h"

#include <QDialogButtonBox>
#include <QHeaderView>
#include <QLabel>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QSplitter>
#include <QStandardItemModel>
#include <QTableView>
#include <QTimer>
#include <QVBoxLayout>

DisconnectByListDialog::DisconnectByListDialog(SessionSource sessions, QWidget *parent)
    : QDialog(parent), m_sessions(std::move(sessions))
{
    setObjectName(QStringLiteral("DisconnectByListDialog"));
    setWindowTitle(tr("Disconnect by list"));
    resize(760, 520);
    auto *layout = new QVBoxLayout(this);

    auto *intro
            = new QLabel(tr("Paste tunnel IP addresses or CIDR ranges (IPv4 or IPv6), one per "
                            "line or separated by commas. Sessions on every server are matched."),
                         this);
    intro->setWordWrap(true);
    layout->addWidget(intro);

    auto *splitter = new QSplitter(Qt::Vertical, this);
    m_editor = new QPlainTextEdit(splitter);
    m_editor->setObjectName(QStringLiteral("addressEditor"));
    m_editor->setPlaceholderText(QStringLiteral("10.1.0.15\n10.1.2.0/24, 2001:db8:5::/64"));
    m_editor->setTabChangesFocus(true);
    m_editor->setAccessibleName(tr("Addresses and ranges"));
    m_editor->setAccessibleDescription(intro->text());
    intro->setBuddy(m_editor);

    auto *previewBox = new QWidget(splitter);
    auto *previewLayout = new QVBoxLayout(previewBox);
    previewLayout->setContentsMargins(0, 0, 0, 0);
    m_summary = new QLabel(previewBox);
    m_summary->setObjectName(QStringLiteral("summary"));
    previewLayout->addWidget(m_summary);
    m_previewModel = new QStandardItemModel(0, 5, this);
    m_previewModel->setHorizontalHeaderLabels(
            {tr("Server"), tr("User"), tr("Tunnel IPv4"), tr("Tunnel IPv6"), tr("Host name")});
    m_preview = new QTableView(previewBox);
    m_preview->setModel(m_previewModel);
    m_preview->setAccessibleName(tr("Matching sessions"));
    m_preview->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_preview->setSelectionMode(QAbstractItemView::NoSelection);
    m_preview->verticalHeader()->hide();
    m_preview->horizontalHeader()->setStretchLastSection(true);
    previewLayout->addWidget(m_preview, 1);
    m_problems = new QLabel(previewBox);
    m_problems->setObjectName(QStringLiteral("problems"));
    m_problems->setAccessibleName(tr("Lines that matched nothing"));
    m_problems->setWordWrap(true);
    m_problems->setTextInteractionFlags(Qt::TextSelectableByMouse);
    previewLayout->addWidget(m_problems);
    splitter->setStretchFactor(1, 2);
    layout->addWidget(splitter, 1);

    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Cancel, this);
    m_continue = buttons->addButton(tr("&Continue…"), QDialogButtonBox::AcceptRole);
    m_continue->setObjectName(QStringLiteral("continueButton"));
    connect(buttons, &QDialogButtonBox::accepted, this, &QDialog::accept);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    layout->addWidget(buttons);

    m_debounce = new QTimer(this);
    m_debounce->setSingleShot(true);
    m_debounce->setInterval(250);
    connect(m_debounce, &QTimer::timeout, this, &DisconnectByListDialog::updatePreview);
    connect(m_editor, &QPlainTextEdit::textChanged, m_debounce, qOverload<>(&QTimer::start));
    updatePreview();
}

QList<SessionKey> DisconnectByListDialog::matchedKeys() const
{
    QList<SessionKey> keys;
    keys.reserve(m_result.matches.size());
    for (const auto &session : m_result.matches)
        keys.append(session.key);
    return keys;
}

void DisconnectByListDialog::updatePreview()
{
    m_debounce->stop();
    m_result = AddressListMatcher::match(m_editor->toPlainText(), m_sessions());
    m_previewModel->removeRows(0, m_previewModel->rowCount());
    // The preview shows what will be acted on; a cap keeps a huge paste responsive.
    constexpr int maxPreviewRows = 5000;
    const qsizetype shown = std::min<qsizetype>(m_result.matches.size(), maxPreviewRows);
    for (qsizetype i = 0; i < shown; ++i) {
        const auto &session = m_result.matches.at(i);
        QList<QStandardItem *> row{
                new QStandardItem(session.serverName),
                new QStandardItem(session.tunnel.userName.join(QStringLiteral(", "))),
                new QStandardItem(session.tunnel.clientIPv4Address),
                new QStandardItem(session.tunnel.clientIPv6Address),
                new QStandardItem(session.tunnel.hostName)};
        m_previewModel->appendRow(row);
    }
    m_summary->setText(tr("%n matching session(s)", nullptr, int(m_result.matches.size())));
    QStringList problems;
    if (!m_result.unparsed.isEmpty())
        problems.append(tr("Not an address or range: %1")
                                .arg(m_result.unparsed.join(QStringLiteral(", "))));
    if (!m_result.unmatched.isEmpty())
        problems.append(
                tr("Matched no session: %1").arg(m_result.unmatched.join(QStringLiteral(", "))));
    m_problems->setText(problems.join(QLatin1Char('\n')));
    m_problems->setVisible(!problems.isEmpty());
    m_continue->setEnabled(!m_result.matches.isEmpty());
    m_continue->setText(m_result.matches.isEmpty()
                                ? tr("&Continue…")
                                : tr("&Disconnect %n…", nullptr, int(m_result.matches.size())));
}
