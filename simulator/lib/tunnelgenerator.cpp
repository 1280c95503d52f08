#include "tunnelgenerator.h"

#include <QHostAddress>

#include <algorithm>

namespace {

const char *const firstNames[] = {
        "alice", "bob",    "carol",   "dave",  "erin",   "frank", "grace",  "heidi",
        "ivan",  "judy",   "mallory", "niaj",  "olivia", "peggy", "rupert", "sybil",
        "trent", "victor", "walter",  "wendy", "yusuf",  "zoe",   "amir",   "bea",
        "chen",  "dmitri", "elena",   "farah", "goran",  "hana",  "ines",   "jonas",
        "kenji", "lena",   "marek",   "noor",  "omar",   "priya", "quinn",  "rosa",
};
const char *const lastNames[] = {
        "smith",   "jones", "garcia", "mueller", "rossi",  "kowalski", "nguyen",
        "tanaka",  "silva", "novak",  "dubois",  "jensen", "okafor",   "haddad",
        "ivanova", "kim",   "larsen", "moreau",  "petrov", "schmidt",
};
const char *const domains[] = {"CORP", "CORP", "CORP", "CORP", "CORP", "CORP", "EXAMPLE"};
const char *const resourceNames[] = {"intranet.corp.example", "files.corp.example", "10.0.0.10",
                                     "mail.corp.example", "erp.corp.example"};
const char *const healthStates[] = {"-", "Healthy", "Unknown", "Limited Access", "Probation"};

struct TypeChoice
{
    const char *type;
    int weight;
};
const TypeChoice tunnelTypes[] = {
        {"Ikev2", 34}, {"Sstp", 28}, {"L2tp", 16}, {"Pptp", 10}, {"Unknown", 6}, {"Esp", 6},
};

const char *const pptpAuth[] = {"MSChapv2", "Eap MSChapv2", "Chap", "Pap"};
const char *const l2tpAuth[]
        = {"Psk MSChapv2", "Psk Eap MSChapv2", "Eap Tls", "Machine Certificate & User Ntlm"};
const char *const sstpAuth[] = {"Eap MSChapv2", "Eap Peap", "Eap Tls", "MSChapv2"};
const char *const ikev2Auth[] = {"Eap MSChapv2", "Eap Tls", "Eap Peap", "Machine Certificate"};
const char *const directAccessAuth[]
        = {"Machine Certificate & User Kerberos", "Machine Certificate & User Ntlm",
           "User Kerberos", "User Ntlm"};
const char *const transitions[]
        = {"IPHttps", "IPHttps", "IPHttps", "Teredo", "6to4", "Native IPv6", "Isatap", "Other"};

QString latin(const char *text)
{
    return QString::fromLatin1(text);
}

} // namespace

SimTunnel::Counters SimTunnel::countersAt(const QDateTime &now) const
{
    if (!live)
        return {tunnel.connectionDuration, tunnel.totalBytesIn, tunnel.totalBytesOut};
    const qint64 seconds = std::max<qint64>(0, tunnel.connectionStartTime.secsTo(now));
    return {quint32(seconds), tunnel.totalBytesIn + bytesInPerSecond * quint64(seconds),
            tunnel.totalBytesOut + bytesOutPerSecond * quint64(seconds)};
}

Tunnel SimTunnel::at(const QDateTime &now) const
{
    Tunnel t = tunnel;
    const Counters counters = countersAt(now);
    t.connectionDuration = counters.connectionDuration;
    t.totalBytesIn = counters.totalBytesIn;
    t.totalBytesOut = counters.totalBytesOut;
    return t;
}

TunnelGenerator::TunnelGenerator(quint32 seed, int serverIndex)
    : m_rng(seed ^ (0x9E3779B9u * quint32(serverIndex + 1))), m_serverIndex(serverIndex)
{ }

QList<SimTunnel> TunnelGenerator::initial(int count, const QDateTime &now)
{
    // A user pool smaller than the table, so that some users hold several tunnels.
    m_users.clear();
    const int poolSize = std::max(3, count * 2 / 3);
    for (int i = 0; i < poolSize; ++i) {
        const QString first = latin(pick(firstNames));
        const QString last = latin(pick(lastNames));
        QString login = first.left(1) + last;
        if (chance(30))
            login = first + u'.' + last;
        m_users.append(latin(pick(domains)) + u'\\' + login);
    }
    m_ipv4Blocks = std::clamp(count / 150 + 1, 1, 255);

    QList<SimTunnel> rows;
    rows.reserve(count);
    QSet<QString> used;
    for (int i = 0; i < count; ++i) {
        // Mostly recent connections, a few that have lasted a working day or more.
        const int hours = chance(10) ? 24 * 3 : 10;
        const qint64 ago = 5 + qint64(m_rng.bounded(hours * 3600));
        rows.append(make(now.addSecs(-ago), now, used));
    }
    return rows;
}

SimTunnel TunnelGenerator::arrival(const QDateTime &now, const QSet<QString> &used)
{
    if (m_users.isEmpty())
        initial(0, now);
    QSet<QString> taken = used;
    // Whole seconds, as the wire carries them, so that tunnels() and a listing agree.
    QDateTime start = now.addSecs(-qint64(m_rng.bounded(5)));
    start.setTime(QTime(start.time().hour(), start.time().minute(), start.time().second()));
    return make(start, now, taken);
}

SimTunnel TunnelGenerator::make(const QDateTime &start, const QDateTime &now, QSet<QString> &used)
{
    Q_UNUSED(now)
    SimTunnel row;
    row.live = true;
    Tunnel &t = row.tunnel;

    int roll = int(m_rng.bounded(100));
    const char *type = "Ikev2";
    for (const TypeChoice &c : tunnelTypes) {
        if (roll < c.weight) {
            type = c.type;
            break;
        }
        roll -= c.weight;
    }
    t.tunnelType = latin(type);
    const bool directAccess = t.tunnelType == u"Ikev2" && chance(15);
    t.connectionType = latin("Vpn");
    t.transitionTechnology = latin("None");
    if (directAccess) {
        t.connectionType = latin("DirectAccess");
        t.transitionTechnology = latin(pick(transitions));
    } else if ((t.tunnelType == u"Unknown" || t.tunnelType == u"Esp") && chance(50)) {
        t.connectionType = latin("Unknown");
    }

    if (t.tunnelType == u"Pptp")
        t.authMethod = latin(pick(pptpAuth));
    else if (t.tunnelType == u"L2tp")
        t.authMethod = latin(pick(l2tpAuth));
    else if (t.tunnelType == u"Sstp")
        t.authMethod = latin(pick(sstpAuth));
    else if (directAccess)
        t.authMethod = latin(pick(directAccessAuth));
    else if (t.tunnelType == u"Ikev2")
        t.authMethod = latin(pick(ikev2Auth));
    else
        t.authMethod = latin("Unknown");

    // DirectAccess runs over IPv6 inside; a few VPN clients are IPv6-only too.
    const bool modern = t.tunnelType == u"Ikev2" || t.tunnelType == u"Sstp";
    const bool ipv6Only = directAccess || (modern && chance(4));
    const bool dualStack = !ipv6Only && modern && chance(30);
    if (!ipv6Only)
        t.clientIPv4Address = innerIPv4(used);
    if (ipv6Only || dualStack)
        t.clientIPv6Address = innerIPv6(used);

    t.clientExternalAddress = externalAddress();
    t.hostName = hostName(directAccess);
    t.userName.append(user());
    if (directAccess && chance(50))
        t.userName.append(u"CORP\\" + t.hostName.section(u'.', 0, 0).toUpper() + u'$');
    else if (chance(5))
        t.userName.append(user());

    t.connectionStartTime = start;
    t.userActivityState = chance(60) ? latin("Active") : latin("Idle");
    if (chance(25))
        t.healthStatus = latin(pick(healthStates));
    const int domainRoll = int(m_rng.bounded(10));
    if (domainRoll >= 4)
        t.routingDomain = domainRoll == 9 ? latin("Tenant2") : latin("Default");

    const bool active = t.userActivityState == u"Active";
    row.bytesInPerSecond = active ? 2000 + m_rng.bounded(200000) : 10 + m_rng.bounded(500);
    row.bytesOutPerSecond = active ? 1000 + m_rng.bounded(50000) : 10 + m_rng.bounded(300);
    t.totalBytesIn = 2000 + m_rng.bounded(20000); // the handshake before the clock started
    t.totalBytesOut = 1500 + m_rng.bounded(10000);
    t.bandwidth = quint32((row.bytesInPerSecond + row.bytesOutPerSecond) * 8);

    const int resourceCount = int(m_rng.bounded(3));
    for (int i = 0; i < resourceCount; ++i) {
        const QString resource = latin(pick(resourceNames));
        if (!row.resources.contains(resource))
            row.resources.append(resource);
    }
    return row;
}

QString TunnelGenerator::user()
{
    return m_users.at(int(m_rng.bounded(int(m_users.size()))));
}

QString TunnelGenerator::innerIPv4(QSet<QString> &used)
{
    // An RRAS static pool per server: 10.(16+index).0.0 upwards, as many /24s as needed.
    const int second = 16 + (m_serverIndex % 200);
    for (int attempt = 0; attempt < 200; ++attempt) {
        const QString address = QStringLiteral("10.%1.%2.%3")
                                        .arg(second)
                                        .arg(m_rng.bounded(m_ipv4Blocks))
                                        .arg(2 + m_rng.bounded(253));
        if (!used.contains(address)) {
            used.insert(address);
            return address;
        }
    }
    for (int third = 0; third < 256; ++third) {
        for (int fourth = 2; fourth < 255; ++fourth) {
            const QString address
                    = QStringLiteral("10.%1.%2.%3").arg(second).arg(third).arg(fourth);
            if (!used.contains(address)) {
                used.insert(address);
                return address;
            }
        }
    }
    return {};
}

QString TunnelGenerator::innerIPv6(QSet<QString> &used)
{
    for (;;) {
        Q_IPV6ADDR raw{};
        const quint8 prefix[] = {0xfd, 0x5e, 0xa1, 0xc0, 0x00, quint8(m_serverIndex + 1), 0, 0};
        std::copy(std::begin(prefix), std::end(prefix), raw.c);
        for (int i = 8; i < 16; ++i)
            raw.c[i] = quint8(m_rng.bounded(256));
        if (m_rng.bounded(2) == 0) // short interface ids as well as random ones
            std::fill(raw.c + 8, raw.c + 14, quint8(0));
        const QString address = QHostAddress(raw).toString();
        if (!used.contains(address)) {
            used.insert(address);
            return address;
        }
    }
}

QString TunnelGenerator::externalAddress()
{
    const int roll = int(m_rng.bounded(100));
    const int host = 1 + int(m_rng.bounded(254));
    if (roll < 35)
        return QStringLiteral("198.51.100.%1").arg(host);
    if (roll < 70)
        return QStringLiteral("203.0.113.%1").arg(host);
    if (roll < 90)
        return QStringLiteral("192.0.2.%1").arg(host);
    Q_IPV6ADDR raw{};
    const quint8 prefix[] = {0x20, 0x01, 0x0d, 0xb8};
    std::copy(std::begin(prefix), std::end(prefix), raw.c);
    for (int i = 4; i < 16; ++i)
        raw.c[i] = i < 8 ? quint8(m_rng.bounded(4)) : quint8(m_rng.bounded(256));
    return QHostAddress(raw).toString();
}

QString TunnelGenerator::hostName(bool directAccess)
{
    static const QString alphabet = QStringLiteral("ABCDEFGHJKLMNPQRSTUVWXYZ0123456789");
    if (directAccess)
        return QStringLiteral("pc-%1.corp.example")
                .arg(m_rng.bounded(10000), 4, 10, QLatin1Char('0'));
    switch (m_rng.bounded(3)) {
    case 0:
        return QStringLiteral("LAPTOP-%1").arg(m_rng.bounded(1000), 3, 10, QLatin1Char('0'));
    case 1: {
        QString suffix;
        for (int i = 0; i < 7; ++i)
            suffix += alphabet.at(m_rng.bounded(int(alphabet.size())));
        return u"DESKTOP-" + suffix;
    }
    default:
        return QStringLiteral("WS-%1").arg(m_rng.bounded(10000), 4, 10, QLatin1Char('0'));
    }
}
