#pragma once

#include <QByteArray>
#include <QString>

#include <cstdio>

// rrasctl's two streams: data on standard output, progress and errors on standard error, each
// written through at once (a script reading both sees them in order).
inline void writeOut(const QByteArray &data)
{
    std::fwrite(data.constData(), 1, size_t(data.size()), stdout);
    std::fflush(stdout);
}

inline void writeErr(const QString &line)
{
    const QByteArray data = QStringLiteral("rrasctl: %1\n").arg(line).toLocal8Bit();
    std::fwrite(data.constData(), 1, size_t(data.size()), stderr);
    std::fflush(stderr);
}
