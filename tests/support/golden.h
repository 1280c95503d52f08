#pragma once

#include <QByteArray>
#include <QDir>
#include <QFile>
#include <QString>

// Golden files under tests/data/report/. RRAS_UPDATE_GOLDEN=1 rewrites them from the current
// output; review the diff before committing it.
namespace Golden {

inline QString path(const QString &name)
{
    return QDir(QStringLiteral(RRAS_TEST_DATA_DIR "/report")).filePath(name);
}

// True when `actual` equals the golden file; otherwise *message says where they part.
inline bool matches(const QString &name, const QByteArray &actual, QString *message)
{
    if (qEnvironmentVariableIsSet("RRAS_UPDATE_GOLDEN")) {
        QFile out(path(name));
        if (!out.open(QIODevice::WriteOnly)) {
            *message = out.errorString();
            return false;
        }
        out.write(actual);
        return true;
    }
    QFile file(path(name));
    if (!file.open(QIODevice::ReadOnly)) {
        *message = QStringLiteral("%1: %2").arg(file.fileName(), file.errorString());
        return false;
    }
    const QByteArray expected = file.readAll();
    if (expected == actual)
        return true;
    qsizetype i = 0;
    while (i < expected.size() && i < actual.size() && expected.at(i) == actual.at(i))
        ++i;
    *message = QStringLiteral("%1 differs at byte %2:\nexpected: %3\nactual:   %4")
                       .arg(name)
                       .arg(i)
                       .arg(QString::fromUtf8(expected.mid(qMax<qsizetype>(0, i - 40), 120)),
                            QString::fromUtf8(actual.mid(qMax<qsizetype>(0, i - 40), 120)));
    return false;
}

} // namespace Golden
