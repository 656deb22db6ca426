#include "progress.h"

#include <cstdio>
#ifdef Q_OS_WIN
#include <io.h>
#define VEILLE_ISATTY _isatty
#define VEILLE_FILENO _fileno
#else
#include <unistd.h>
#define VEILLE_ISATTY isatty
#define VEILLE_FILENO fileno
#endif

namespace veille::cli {

Progress::Progress(QTextStream &err)
    : m_err(err)
    , m_tty(VEILLE_ISATTY(VEILLE_FILENO(stderr)) != 0) {
    m_sinceLast.start();
}

void Progress::update(const QString &text, bool force) {
    const qint64 every = m_tty ? 100 : 5000;
    if (!force && m_sinceLast.elapsed() < every)
        return;
    m_sinceLast.restart();
    if (m_tty)
        m_err << '\r' << text << "\x1b[K";
    else
        m_err << text << '\n';
    m_err.flush();
    m_shown = true;
}

void Progress::done() {
    if (m_tty && m_shown) {
        m_err << '\n';
        m_err.flush();
    }
}

} // namespace veille::cli
