#pragma once

#include "rras/tunnel.h"

#include <QDialog>

class QFormLayout;

// Every field of one tunnel as the server reported it, selectable for copying.
class TunnelDetailsDialog final : public QDialog
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(TunnelDetailsDialog)
public:
    TunnelDetailsDialog(const QString &serverName, const Tunnel &tunnel, QWidget *parent = nullptr);

    // (label, value) pairs in display order; also what the dialog shows.
    static QList<std::pair<QString, QString>> fields(const QString &serverName,
                                                     const Tunnel &tunnel);
};
