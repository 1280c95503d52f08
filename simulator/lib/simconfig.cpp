#include "simconfig.h"

#include <QCoreApplication>

namespace {

struct KindName
{
    SimFault::Kind kind;
    const char *name;
};

constexpr KindName kindNames[] = {
        {SimFault::Kind::Delay, "delay"},       {SimFault::Kind::Http500, "http500"},
        {SimFault::Kind::Http401, "http401"},   {SimFault::Kind::Reset, "reset"},
        {SimFault::Kind::Truncate, "truncate"}, {SimFault::Kind::BadXml, "badxml"},
        {SimFault::Kind::Timeout, "timeout"},
};

QString tr(const char *text)
{
    return QCoreApplication::translate("SimFault", text);
}

bool fail(bool *ok, QString *error, const QString &message)
{
    if (ok)
        *ok = false;
    if (error)
        *error = message;
    return false;
}

} // namespace

SimFault SimFault::parse(const QString &text, bool *ok, QString *error)
{
    if (ok)
        *ok = true;
    const QString spec = text.trimmed();
    SimFault fault;

    // The kind runs up to the first marker; each marker opens a segment up to the next one.
    static const QString markers = QStringLiteral(":/@");
    qsizetype end = 0;
    while (end < spec.size() && !markers.contains(spec.at(end)))
        ++end;
    const QString kindText = spec.left(end).toLower();
    bool known = false;
    for (const KindName &k : kindNames) {
        if (kindText == QLatin1String(k.name)) {
            fault.kind = k.kind;
            known = true;
        }
    }
    if (!known) {
        fail(ok, error,
             tr("unknown fault kind \"%1\" (expected delay, http500, http401, reset, "
                "truncate, badxml or timeout)")
                     .arg(kindText));
        return {};
    }

    bool seenArg = false;
    bool seenMethod = false;
    bool seenRate = false;
    qsizetype pos = end;
    while (pos < spec.size()) {
        const QChar marker = spec.at(pos);
        qsizetype next = pos + 1;
        while (next < spec.size() && !markers.contains(spec.at(next)))
            ++next;
        const QString value = spec.mid(pos + 1, next - pos - 1);
        pos = next;
        if (marker == u':') {
            bool numeric = false;
            const int ms = value.toInt(&numeric);
            if (seenArg || !numeric || ms < 0) {
                fail(ok, error, tr("bad milliseconds \"%1\" in fault \"%2\"").arg(value, spec));
                return {};
            }
            if (fault.kind != Kind::Delay && fault.kind != Kind::Timeout) {
                fail(ok, error, tr("fault \"%1\" takes no milliseconds").arg(kindText));
                return {};
            }
            fault.argMs = ms;
            seenArg = true;
        } else if (marker == u'/') {
            if (seenMethod || value.isEmpty()) {
                fail(ok, error, tr("bad method in fault \"%1\"").arg(spec));
                return {};
            }
            fault.method = value;
            seenMethod = true;
        } else {
            bool numeric = false;
            const double rate = value.toDouble(&numeric);
            if (seenRate || !numeric || rate < 0.0 || rate > 1.0) {
                fail(ok, error,
                     tr("bad rate \"%1\" in fault \"%2\" (expected 0..1)").arg(value, spec));
                return {};
            }
            fault.rate = rate;
            seenRate = true;
        }
    }
    if (fault.kind == Kind::Delay && !seenArg) {
        fail(ok, error, tr("fault \"delay\" needs milliseconds, e.g. delay:500"));
        return {};
    }
    return fault;
}

QString SimFault::toString() const
{
    QString text;
    for (const KindName &k : kindNames) {
        if (k.kind == kind)
            text = QLatin1String(k.name);
    }
    if (kind == Kind::Delay || (kind == Kind::Timeout && argMs > 0))
        text += u':' + QString::number(argMs);
    if (!method.isEmpty())
        text += u'/' + method;
    if (rate < 1.0)
        text += u'@' + QString::number(rate);
    return text;
}
