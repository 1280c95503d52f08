#include "simconfig.h"

#include <QCoreApplication>

namespace {

struct KindName
{
    SimFault::Kind kind;
    const char *name;
};

constexpr KindName kindTable[] = {
        {SimFault::Kind::Delay, "delay"},
        {SimFault::Kind::Http500, "http500"},
        {SimFault::Kind::Http401, "http401"},
        {SimFault::Kind::Reset, "reset"},
        {SimFault::Kind::Truncate, "truncate"},
        {SimFault::Kind::BadXml, "badxml"},
        {SimFault::Kind::Timeout, "timeout"},
        {SimFault::Kind::HugeLength, "hugelength"},
        {SimFault::Kind::Endless, "endless"},
        {SimFault::Kind::DeepXml, "deepxml"},
        {SimFault::Kind::Entities, "entities"},
        {SimFault::Kind::BadUtf8, "badutf8"},
        {SimFault::Kind::WrongRelatesTo, "wrongrelates"},
        {SimFault::Kind::Stall, "stall"},
        {SimFault::Kind::NoAnswer, "noanswer"},
        {SimFault::Kind::ResetMid, "resetmid"},
        {SimFault::Kind::CloseOpen, "closeopen"},
        {SimFault::Kind::ExtraResponse, "extraresponse"},
        {SimFault::Kind::BothLengths, "bothlengths"},
        {SimFault::Kind::Continue100, "continue100"},
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

bool SimFault::takesMilliseconds(Kind kind)
{
    return kind == Kind::Delay || kind == Kind::Timeout || kind == Kind::HugeLength
            || kind == Kind::Endless || kind == Kind::ExtraResponse;
}

QStringList SimFault::kindNames()
{
    QStringList names;
    for (const KindName &k : kindTable)
        names.append(QLatin1String(k.name));
    return names;
}

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
    for (const KindName &k : kindTable) {
        if (kindText == QLatin1String(k.name)) {
            fault.kind = k.kind;
            known = true;
        }
    }
    if (!known) {
        //: %2 lists the kinds, e.g. "delay, http500, reset"
        fail(ok, error,
             tr("unknown fault kind \"%1\" (expected one of %2)")
                     .arg(kindText, kindNames().join(QLatin1String(", "))));
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
            if (!takesMilliseconds(fault.kind)) {
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
    for (const KindName &k : kindTable) {
        if (k.kind == kind)
            text = QLatin1String(k.name);
    }
    if (kind == Kind::Delay || (takesMilliseconds(kind) && argMs > 0))
        text += u':' + QString::number(argMs);
    if (!method.isEmpty())
        text += u'/' + method;
    if (rate < 1.0)
        text += u'@' + QString::number(rate);
    return text;
}
