#include "tunneldetailsdialog.h"

#include "tunneltablemodel.h"

#include <QDialogButtonBox>
#include <QFormLayout>
#include <QLabel>
#include <QLocale>
#include <QVBoxLayout>

QList<std::pair<QString, QString>> TunnelDetailsDialog::fields(const QString &serverName,
                                                               const Tunnel &t)
{
    const QLocale locale;
    auto bytes = [&locale](quint64 value) {
        return tr("%1 (%2 bytes)")
                .arg(locale.formattedDataSize(qint64(value)), locale.toString(value));
    };
    const QString start = t.connectionStartTime.isValid()
            ? locale.toString(t.connectionStartTime.toLocalTime(), QLocale::LongFormat)
            : QString();
    return {
            {tr("Server"), serverName},
            {tr("User names"), t.userName.join(QStringLiteral(", "))},
            {tr("Tunnel IPv4 address"), t.clientIPv4Address},
            {tr("Tunnel IPv6 address"), t.clientIPv6Address},
            {tr("Host name"), t.hostName},
            {tr("External address"), t.clientExternalAddress},
            {tr("Tunnel type"), TunnelTableModel::tunnelTypeText(t.tunnelType)},
            {tr("Authentication method"), t.authMethod},
            {tr("Connection type"), TunnelTableModel::connectionTypeText(t.connectionType)},
            //: DirectAccess IPv6 transition technology (Teredo, 6to4, IP-HTTPS, …).
            {tr("Transition technology"), t.transitionTechnology},
            {tr("Connected since"), start},
            //: %1 the duration as the table shows it ("2 h 31 min"), then the exact seconds.
            {tr("Duration"),
             tr("%1 (%n second(s))", nullptr, int(t.connectionDuration))
                     .arg(TunnelTableModel::formatDuration(t.connectionDuration))},
            {tr("Bytes in"), bytes(t.totalBytesIn)},
            {tr("Bytes out"), bytes(t.totalBytesOut)},
            {tr("Bandwidth"), locale.toString(t.bandwidth)},
            {tr("Activity"), TunnelTableModel::activityText(t.userActivityState)},
            //: Network Access Protection health state, reported by older servers only.
            {tr("Health status"), t.healthStatus},
            {tr("Routing domain"), t.routingDomain},
    };
}

TunnelDetailsDialog::TunnelDetailsDialog(const QString &serverName, const Tunnel &tunnel,
                                         QWidget *parent)
    : QDialog(parent)
{
    setObjectName(QStringLiteral("TunnelDetailsDialog"));
    setWindowTitle(tr("Session %1").arg(tunnel.primaryAddress()));
    auto *layout = new QVBoxLayout(this);
    auto *form = new QFormLayout;
    for (const auto &[label, value] : fields(serverName, tunnel)) {
        auto *valueLabel = new QLabel(value.isEmpty() ? tr("—", "no value") : value, this);
        valueLabel->setTextInteractionFlags(Qt::TextSelectableByMouse
                                            | Qt::TextSelectableByKeyboard);
        valueLabel->setAccessibleName(label);
        //: A field's label in the session details, %1 its name ("Server", "Host name", ...).
        form->addRow(tr("%1:", "form label").arg(label), valueLabel);
    }
    layout->addLayout(form);
    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Close, this);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::close);
    layout->addWidget(buttons);
}
