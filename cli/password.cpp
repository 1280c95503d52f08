#include "password.h"

#include <QByteArray>

#include <cstdio>
#include <termios.h>
#include <unistd.h>

std::optional<QString> readPasswordFromTerminal(const QString &prompt)
{
    if (!isatty(STDIN_FILENO))
        return std::nullopt;

    termios saved{};
    const bool haveTermios = tcgetattr(STDIN_FILENO, &saved) == 0;
    if (haveTermios) {
        termios silent = saved;
        silent.c_lflag &= ~tcflag_t(ECHO);
        silent.c_lflag |= ECHONL; // the user still sees the line end
        tcsetattr(STDIN_FILENO, TCSAFLUSH, &silent);
    }
    // The prompt comes after echo is off: whatever is typed once it shows is neither echoed nor
    // flushed away.
    std::fputs(prompt.toLocal8Bit().constData(), stderr);
    std::fflush(stderr);

    QByteArray line;
    bool gotLine = false;
    for (;;) {
        char c = 0;
        const ssize_t n = read(STDIN_FILENO, &c, 1);
        if (n <= 0)
            break;
        if (c == '\n' || c == '\r') {
            gotLine = true;
            break;
        }
        line.append(c);
    }

    if (haveTermios)
        tcsetattr(STDIN_FILENO, TCSAFLUSH, &saved);
    if (!gotLine && line.isEmpty())
        return std::nullopt;
    QString password = QString::fromLocal8Bit(line);
    line.fill('\0'); // do not leave the secret in freed memory longer than needed
    return password;
}
